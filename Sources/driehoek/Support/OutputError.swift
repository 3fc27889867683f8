/// Why an output file could not be written; nothing was changed.
struct OutputError: Error, CustomStringConvertible {
  /// The target as the user gave it.
  var path: String
  /// Why, in Dutch.
  var reason: String

  var description: String { "kan '\(path)' niet schrijven: \(reason)" }
}
