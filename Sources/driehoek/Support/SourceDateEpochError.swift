/// A `SOURCE_DATE_EPOCH` that is not a whole number of seconds.
struct SourceDateEpochError: Error {
  /// The variable's text.
  var text: String
}
