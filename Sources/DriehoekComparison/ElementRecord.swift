import DriehoekModel

/// One element of a model as the comparison sees it: what identifies it, its keys with their
/// values as the model file writes them, and the ids it concerns (to find its executor).
struct ElementRecord: Sendable {
  /// The kind of element.
  var soort: ElementSoort
  /// What identifies it.
  var sleutel: ElementSleutel
  /// Its name, if it has one.
  var naam: String?
  /// Its keys in the order the model file documents them; `nil` where not written or empty.
  var fields: [(key: String, value: FieldValue?)]
  /// Where it stands.
  var location: SourceLocation?
  /// The ids it is about, in order of relevance: for a role its executor, for an assignment
  /// its opdrachtnemer, for an agreement its parties.
  var concerns: [ElementID]
  /// Whether it is in force on a day (its `geldig`, `periode` or `tot`).
  var validity: Period?
  /// The `geldig` of the units and organisation a unit stands in: a unit is in force only
  /// while they are.
  var enclosing: [Period] = []

  /// Whether it is in force on a day: its own period and those it stands in hold.
  func isInForce(on day: Day) -> Bool {
    validity.contains(day) && enclosing.allSatisfy { $0.contains(day) }
  }

  /// The value of a key.
  func value(of key: String) -> FieldValue? {
    fields.first { $0.key == key }?.value
  }
}

extension FieldValue {
  /// A text key, `nil` when absent.
  static func text(_ text: String?) -> FieldValue? { text.map { .text($0) } }

  /// An id key, `nil` when absent.
  static func id(_ id: ElementID?) -> FieldValue? { id.map { .text($0.rawValue) } }

  /// A number key, `nil` when absent.
  static func number(_ number: Double?) -> FieldValue? { number.map { .number($0) } }

  /// A list of ids whose order carries no meaning; `nil` when empty.
  static func ids(_ ids: [ElementID]) -> FieldValue? {
    ids.isEmpty ? nil : .list(ids.map { .text($0.rawValue) }, isUnordered: true)
  }

  /// A list of texts whose order carries no meaning (`bronnen`); `nil` when empty.
  static func texts(_ texts: [String]) -> FieldValue? {
    texts.isEmpty ? nil : .list(texts.map { .text($0) }, isUnordered: true)
  }

  /// A period `{van, tot}`; `nil` when absent or open at both ends.
  static func period(_ period: Period?) -> FieldValue? {
    guard let period, period.start != nil || period.end != nil else { return nil }
    var members: [Member] = []
    if let start = period.start {
      members.append(Member(key: "van", value: .text(start.description)))
    }
    if let end = period.end { members.append(Member(key: "tot", value: .text(end.description))) }
    return .record(members)
  }
}
