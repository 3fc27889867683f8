/// Where a model element was written: its own location and that of each of its values.
///
/// An origin is not part of a model's value: two elements that differ only in where they were
/// written are equal, so a model loaded from YAML equals the same model loaded from JSON or built
/// in code. Elements built in code have no origin.
///
/// The locations of the values are kept as a short list of keys with line and column in the
/// element's own file (an element has at most a few dozen), not as a dictionary: a large model
/// has hundreds of thousands of origins, and a lookup is a linear scan over a dozen small keys.
public struct Origin: Hashable, Sendable {
  /// The location of the element itself (its first key, or the `-` of a list item).
  public var location: SourceLocation
  /// The values in `entriesFile`, in the order they were recorded.
  private var entries: [Field] = []
  /// The file of `entries`: that of the element when the origin was made.
  private var entriesFile: String
  /// The values in another file than `entriesFile` (only through ``fields``).
  private var elsewhere: [String: SourceLocation] = [:]

  /// The location of one value: its key (`houder`, `partijen.1`), line and column, in the file of
  /// the element.
  package struct Field: Sendable {
    package var key: String
    package var line: Int
    package var column: Int

    package init(key: String, line: Int, column: Int) {
      self.key = key
      self.line = line
      self.column = column
    }
  }

  /// Creates an origin.
  public init(location: SourceLocation, fields: [String: SourceLocation] = [:]) {
    self.location = location
    self.entriesFile = location.file
    self.fields = fields
  }

  /// Creates an origin from the locations of its values in the element's own file; a key that
  /// occurs twice keeps its last location.
  package init(location: SourceLocation, entries: [Field]) {
    self.location = location
    self.entriesFile = location.file
    self.entries = entries
  }

  /// The location of each value, by key (`houder`), or by key and index (`partijen.1`).
  public var fields: [String: SourceLocation] {
    get {
      var result = elsewhere
      for entry in entries {
        result[entry.key] = SourceLocation(
          file: entriesFile, line: entry.line, column: entry.column)
      }
      return result
    }
    set {
      entries = []
      elsewhere = [:]
      entriesFile = location.file
      for (key, value) in newValue {
        if value.file == entriesFile {
          entries.append(Field(key: key, line: value.line, column: value.column))
        } else {
          elsewhere[key] = value
        }
      }
    }
  }

  /// The recorded location of a value, or `nil` when the value has none.
  public func recordedLocation(of field: String) -> SourceLocation? {
    if let entry = entries.last(where: { $0.key == field }) {
      return SourceLocation(file: entriesFile, line: entry.line, column: entry.column)
    }
    return elsewhere.isEmpty ? nil : elsewhere[field]
  }

  /// The location of a value, or the element's own location when the value has none.
  public func location(of field: String) -> SourceLocation {
    recordedLocation(of: field) ?? location
  }

  /// Always `true`: origins never make two elements different.
  public static func == (lhs: Origin, rhs: Origin) -> Bool { true }

  /// Adds nothing to the hash, consistent with ``==(_:_:)``.
  public func hash(into hasher: inout Hasher) {}
}
