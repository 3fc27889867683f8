/// What a worksheet writes for a string cell's shared-string index.
///
/// The measuring pass (``MeasuredStrings``) writes nothing and notes the text; the writing
/// pass (``PlannedStrings``) writes the index the merged table gave it.
protocol StringCells {
  /// Handles the next string cell of the sheet, `text`, whose index goes into `out`.
  mutating func reference(_ text: String, into out: inout [UInt8])
}
