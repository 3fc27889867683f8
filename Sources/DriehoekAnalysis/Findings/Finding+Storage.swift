import DriehoekModel

extension Finding {
  /// The fields of a finding, as one value.
  struct Fields: Hashable, Sendable {
    var code: String
    var slug: String
    var severity: Severity
    var message: String
    var betreft: [ElementID]
    var location: SourceLocation?
    var waarom: String
    var oplossing: String
    var executor: ElementID?
    var executors: [ElementID]
    var acceptance: Acceptance?
    var summarisedCount: Int?
  }

  /// The fields of a finding, shared by its copies and never changed: a change to a copy makes
  /// a new storage (``change(_:)``).
  final class Storage: Sendable {
    /// The fields.
    let fields: Fields

    /// Holds the fields.
    init(_ fields: Fields) {
      self.fields = fields
    }
  }

  /// Changes fields of this finding only: the fields are copied, changed, and held in a new
  /// storage; the other copies keep the storage they share.
  mutating func change(_ body: (inout Fields) -> Void) {
    var fields = storage.fields
    body(&fields)
    storage = Storage(fields)
  }

  /// Findings are equal when every field is equal (two copies of one finding are equal at once).
  public static func == (lhs: Finding, rhs: Finding) -> Bool {
    lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
  }

  /// Hashes every field, so equal findings hash alike.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(storage.fields)
  }
}
