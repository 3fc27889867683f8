import DriehoekModel

/// The properties the ArchiMate export writes where ArchiMate has no place for a field of the
/// model, each with a property definition of its own.
///
/// The name is the model file's key, so an architect reading them in Archi sees the words of
/// the model file.
public enum ArchiMateProperty: String, Hashable, Sendable, CaseIterable {
  /// `soort` of an organisation, unit or afspraak.
  case soort
  /// `capaciteit` of an organisation or opdracht, in fte.
  case capaciteit
  /// `kosten` of an opdracht, in euro.
  case kosten
  /// `budget` of an opdracht, in euro.
  case budget
  /// `prioriteit` of an opdracht.
  case prioriteit
  /// `geldig` of an organisation, unit, person or role, as an interval `van/tot`.
  case geldig
  /// `periode` of an opdracht or afspraak, as an interval `van/tot`.
  case periode
  /// `url` of an organisation.
  case url
  /// `onderdeel-van` of an organisation: the model id of the ministry it is part of.
  case onderdeelVan = "onderdeel-van"
  /// One entry of `bronnen` (any element, or a role's assignment); one property per entry, in
  /// order.
  case bronnen
  /// The kind of a role element: eigenaar, opdrachtgever or opdrachtnemer.
  case rol
  /// `coordinerend: true` on a role (the assignment of its holder).
  case coordinerend
  /// The model's `peildatum`.
  case peildatum
  /// `regel` of an afwijking (the rule code).
  case regel
  /// `tot` of an afwijking.
  case tot
  /// Marks an afspraak written without `naam` (its element shows the id instead).
  case naamloos
  /// An open finding on the element it names (written, never read back).
  case bevinding
  /// The date the written findings were determined on (written, never read back).
  case bevindingenPeildatum = "peildatum bevindingen"

  /// The property definition's data type in the exchange format.
  var dataType: String {
    switch self {
    case .capaciteit, .kosten, .budget: "number"
    case .peildatum, .tot, .bevindingenPeildatum: "date"
    case .coordinerend, .naamloos: "boolean"
    default: "string"
    }
  }

  /// The identifier of the property definition.
  var identifier: String { "pd-" + rawValue.replacing(" ", with: "-") }

  /// Whether import ignores the property (it is derived output, not model data).
  var isDerived: Bool { self == .bevinding || self == .bevindingenPeildatum }

  /// Whether a concept may carry the property more than once (one per entry of a list).
  var isRepeated: Bool { self == .bronnen }

  /// A period as an ISO 8601 interval, `..` for an open end: `2026-01-01/..`.
  static func text(of period: Period) -> String {
    (period.start?.description ?? "..") + "/" + (period.end?.description ?? "..")
  }

  /// The period an interval text stands for, or `nil` when it is not `DATE/DATE` with `..` for an
  /// open end.
  static func period(from text: String) -> Period? {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2 else { return nil }
    func day(_ part: Substring) -> Day?? {
      if part == ".." { return .some(nil) }
      return Day(iso: part).map { .some($0) }
    }
    guard let start = day(parts[0]), let end = day(parts[1]) else { return nil }
    return Period(start: start, end: end)
  }

  /// A number without a needless fraction; loads back to the same `Double`.
  static func text(of number: Double) -> String {
    if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
    return String(number)
  }
}
