/// A file of a set could not be put in place.
struct OutputFileSetError: Error, CustomStringConvertible {
  var path: String
  var reason: String
  var description: String { "kan '\(path)' niet schrijven: \(reason)" }
}
