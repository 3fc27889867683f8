/// A model of sturingsdriehoeken: organisations, the roles they hold over executors, and the
/// opdrachten, afspraken, ketens and accepted risks around them.
///
/// A model is a plain value. Build it in code, or load it from a file with `ModelLoader` (module
/// `DriehoekLoading`). ``validate(options:)`` returns every structural problem as a
/// ``Diagnostic``; the conflict rules live in `DriehoekAnalysis`.
public struct Model: Hashable, Sendable, Encodable {
  /// The name of the model (`naam`).
  public var name: String
  /// The date the checks look at (`peildatum`); `nil` means the day of the check.
  public var peildatum: Day?
  /// A free description (`beschrijving`).
  public var description: String?
  /// The organisations (`organisaties`), each with its units.
  public var organisations: [Organisation]
  /// The persons (`personen`).
  public var persons: [Person]
  /// The roles (`rollen`).
  public var roles: [Role]
  /// The opdrachten (assignments).
  public var opdrachten: [Opdracht]
  /// The afspraken (agreements).
  public var afspraken: [Afspraak]
  /// The ketens (chains).
  public var ketens: [Keten]
  /// The afwijkingen (accepted risks).
  public var afwijkingen: [Afwijking]
  /// Where the model's root file starts, if it was loaded from a file.
  @NotCompared public var origin: Origin?

  /// Creates a model.
  public init(
    name: String, peildatum: Day? = nil, description: String? = nil,
    organisations: [Organisation] = [], persons: [Person] = [], roles: [Role] = [],
    opdrachten: [Opdracht] = [], afspraken: [Afspraak] = [], ketens: [Keten] = [],
    afwijkingen: [Afwijking] = [], origin: Origin? = nil
  ) {
    self.name = name
    self.peildatum = peildatum
    self.description = description
    self.organisations = organisations
    self.persons = persons
    self.roles = roles
    self.opdrachten = opdrachten
    self.afspraken = afspraken
    self.ketens = ketens
    self.afwijkingen = afwijkingen
    self.origin = origin
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: ModelKey.self)
    try container.encode(name, forKey: .naam)
    try container.encodeIfPresent(peildatum, forKey: .peildatum)
    try container.encodeIfPresent(description, forKey: .beschrijving)
    if !organisations.isEmpty { try container.encode(organisations, forKey: .organisaties) }
    if !persons.isEmpty { try container.encode(persons, forKey: .personen) }
    if !roles.isEmpty { try container.encode(roles, forKey: .rollen) }
    if !opdrachten.isEmpty { try container.encode(opdrachten, forKey: .opdrachten) }
    if !afspraken.isEmpty { try container.encode(afspraken, forKey: .afspraken) }
    if !ketens.isEmpty { try container.encode(ketens, forKey: .ketens) }
    if !afwijkingen.isEmpty { try container.encode(afwijkingen, forKey: .afwijkingen) }
  }
}
