/// A keten: a chain of executors that work together.
public struct Keten: Hashable, Sendable, Codable {
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
  public var origin: Origin? = nil

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

  enum CodingKeys: String, CodingKey {
    case id
    case name = "naam"
    case members = "leden"
    case regisseur
    case description = "beschrijving"
    case sources = "bronnen"
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(ElementID.self, forKey: .id)
    name = try container.decode(String.self, forKey: .name)
    members = try container.decodeIfPresent([ElementID].self, forKey: .members) ?? []
    regisseur = try container.decodeIfPresent(ElementID.self, forKey: .regisseur)
    description = try container.decodeIfPresent(String.self, forKey: .description)
    sources = try container.decodeIfPresent([String].self, forKey: .sources) ?? []
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(name, forKey: .name)
    if !members.isEmpty { try container.encode(members, forKey: .members) }
    try container.encodeIfPresent(regisseur, forKey: .regisseur)
    try container.encodeIfPresent(description, forKey: .description)
    if !sources.isEmpty { try container.encode(sources, forKey: .sources) }
  }
}
