/// Where a model element was written: its own location and that of each of its values.
///
/// An origin is not part of a model's value: two elements that differ only in where they were
/// written are equal, so a model loaded from YAML equals the same model loaded from JSON or built
/// in code. Elements built in code have no origin.
///
/// A large model has hundreds of thousands of origins, copied with their elements, so an origin
/// is one reference to immutable storage (a copy costs one retain), and the locations of the
/// values are kept as a short list of keys with line and column in the element's own file rather
/// than as a dictionary (a lookup is a linear scan over a dozen small keys).
public struct Origin: Hashable, Sendable {
  /// The location of one value: its key (`houder`, `partijen.1`), line and column, in the file of
  /// the element.
  ///
  /// Line and column are stored in 32 bits each (larger values are clamped), so that a field
  /// takes 24 bytes rather than 32: a model of 10,000 executors records about three million.
  package struct Field: Sendable {
    package var key: String
    private var storedLine: UInt32
    private var storedColumn: UInt32

    package init(key: String, line: Int, column: Int) {
      self.key = key
      storedLine = UInt32(clamping: line)
      storedColumn = UInt32(clamping: column)
    }

    package var line: Int {
      get { Int(storedLine) }
      set { storedLine = UInt32(clamping: newValue) }
    }

    package var column: Int {
      get { Int(storedColumn) }
      set { storedColumn = UInt32(clamping: newValue) }
    }
  }

  private final class Storage: Sendable {
    let location: SourceLocation
    /// The values in `entriesFile`, in the order they were recorded.
    let entries: [Field]
    /// The file of `entries`: that of the element when the origin was made.
    let entriesFile: String
    /// The values in another file than `entriesFile` (only through ``Origin/fields``).
    let elsewhere: [String: SourceLocation]

    init(
      location: SourceLocation, entries: [Field], entriesFile: String,
      elsewhere: [String: SourceLocation]
    ) {
      self.location = location
      self.entries = entries.compacted()
      self.entriesFile = entriesFile
      self.elsewhere = elsewhere
    }
  }

  private var storage: Storage

  /// Creates an origin.
  public init(location: SourceLocation, fields: [String: SourceLocation] = [:]) {
    storage = Self.storage(location: location, fields: fields)
  }

  /// Creates an origin from the locations of its values in the element's own file; a key that
  /// occurs twice keeps its last location.
  package init(location: SourceLocation, entries: [Field]) {
    storage = Storage(
      location: location, entries: entries, entriesFile: location.file, elsewhere: [:])
  }

  private static func storage(location: SourceLocation, fields: [String: SourceLocation])
    -> Storage
  {
    var entries: [Field] = []
    var elsewhere: [String: SourceLocation] = [:]
    for (key, value) in fields {
      if value.file == location.file {
        entries.append(Field(key: key, line: value.line, column: value.column))
      } else {
        elsewhere[key] = value
      }
    }
    return Storage(
      location: location, entries: entries, entriesFile: location.file, elsewhere: elsewhere)
  }

  /// The location of the element itself (its first key, or the `-` of a list item).
  public var location: SourceLocation {
    get { storage.location }
    set {
      storage = Storage(
        location: newValue, entries: storage.entries, entriesFile: storage.entriesFile,
        elsewhere: storage.elsewhere)
    }
  }

  /// The location of each value, by key (`houder`), or by key and index (`partijen.1`).
  public var fields: [String: SourceLocation] {
    get {
      var result = storage.elsewhere
      for entry in storage.entries {
        result[entry.key] = SourceLocation(
          file: storage.entriesFile, line: entry.line, column: entry.column)
      }
      return result
    }
    set { storage = Self.storage(location: storage.location, fields: newValue) }
  }

  /// The recorded location of a value, or `nil` when the value has none.
  public func recordedLocation(of field: String) -> SourceLocation? {
    if let entry = storage.entries.last(where: { $0.key == field }) {
      return SourceLocation(file: storage.entriesFile, line: entry.line, column: entry.column)
    }
    return storage.elsewhere.isEmpty ? nil : storage.elsewhere[field]
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
