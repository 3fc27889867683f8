public import DriehoekModel

/// A party in the document's index of parties: a unit or organisation that holds a role, gives
/// an opdracht, is bound by an afspraak or directs a keten; diagrams link their cards here.
public struct PartyEntry: Hashable, Sendable {
  /// The unit or organisation.
  public var id: ElementID
  /// Its name.
  public var name: String
  /// The organisation it belongs to (itself for an organisation).
  public var organisation: ElementID
  /// What it is in the model, one phrase each, such as "eigenaar van SVB".
  public var roles: [String]
  /// The executors it holds a role over, sorted; the index links to their sections.
  public var executors: [ElementID]

  /// Creates an entry.
  public init(
    id: ElementID, name: String, organisation: ElementID, roles: [String], executors: [ElementID]
  ) {
    self.id = id
    self.name = name
    self.organisation = organisation
    self.roles = roles
    self.executors = executors
  }
}
