/// A keten: a chain of executors that work together.
public struct Keten: Hashable, Sendable, Encodable {
  /// The identifier, unique across the model.
  public var id: ElementID
  /// The name.
  public var name: String
  /// The executing organisations in the chain (`leden`).
  public var members: [ElementID]
  /// The chain director, a unit (`regisseur`).
  public var regisseur: ElementID?
  /// A free description (`beschrijving`).
  public var description: String?

  /// Where the facts about the element come from (`bronnen`): web addresses or short
  /// citations, in the order written.
  public var sources: [String]

  /// Where the element was written, if it was loaded from a file.
  @NotCompared public var origin: Origin?

  /// Creates a keten.
  public init(
    id: ElementID, name: String, members: [ElementID], regisseur: ElementID? = nil,
    description: String? = nil, sources: [String] = [], origin: Origin? = nil
  ) {
    self.origin = origin
    self.sources = sources
    self.id = id
    self.name = name
    self.members = members
    self.regisseur = regisseur
    self.description = description
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: ModelKey.self)
    try container.encode(id, forKey: .id)
    try container.encode(name, forKey: .naam)
    if !members.isEmpty { try container.encode(members, forKey: .leden) }
    try container.encodeIfPresent(regisseur, forKey: .regisseur)
    try container.encodeIfPresent(description, forKey: .beschrijving)
    if !sources.isEmpty { try container.encode(sources, forKey: .bronnen) }
  }
}
