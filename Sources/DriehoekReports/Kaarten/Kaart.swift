public import DriehoekModel

/// One card of the printed card set (`driehoek kaarten`): a party of the meeting with, on the
/// front, its kaartenset header, its roles and its relations in the model, and on the back the
/// discussion questions the open findings about it raise.
public struct Kaart: Hashable, Sendable {
  /// The party: an executor, or a unit or organisation that holds an eigenaar or opdrachtgever
  /// role.
  public var id: ElementID
  /// The name on the card.
  public var name: String
  /// The name of the organisation a unit belongs to; `nil` for an organisation.
  public var organisation: String?
  /// The kind of the (owning) organisation, which decides the header band.
  public var kind: OrganisationKind
  /// The kind of the unit, when the party is a unit.
  public var unitKind: UnitKind?
  /// Whether the party is an executor in the set.
  public var isExecutor: Bool
  /// The role badges, in the order eigenaar, opdrachtgever, coördinerend, opdrachtnemer.
  public var roles: [KaartRol]
  /// What the party is and does in the model, one block per relation (already in the set's
  /// language).
  public var blocks: [KaartBlok]
  /// The discussion questions for the back, the most serious first.
  public var questions: [KaartVraag]

  /// Creates a card.
  public init(
    id: ElementID, name: String, organisation: String? = nil, kind: OrganisationKind,
    unitKind: UnitKind? = nil, isExecutor: Bool, roles: [KaartRol], blocks: [KaartBlok],
    questions: [KaartVraag]
  ) {
    self.id = id
    self.name = name
    self.organisation = organisation
    self.kind = kind
    self.unitKind = unitKind
    self.isExecutor = isExecutor
    self.roles = roles
    self.blocks = blocks
    self.questions = questions
  }
}
