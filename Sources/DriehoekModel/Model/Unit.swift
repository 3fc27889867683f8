/// A unit (onderdeel) of an organisation, such as an SG, a DG, a directie or a board.
public struct Unit: Hashable, Sendable, Codable {
  /// The identifier, unique across the model.
  public var id: ElementID
  /// The full name.
  public var name: String
  /// The kind (`soort`).
  public var kind: UnitKind
  /// When the unit exists (`geldig`); `nil` means always.
  public var validity: Period?
  /// A free description (`beschrijving`).
  public var description: String?
  /// The units inside this one.
  public var units: [Unit]

  /// Where the facts about the element come from (`bronnen`): web addresses or short
  /// citations, in the order written.
  public var sources: [String]

  /// Where the element was written, if it was loaded from a file.
  public var origin: Origin? = nil

  /// Creates a unit.
  public init(
    id: ElementID, name: String, kind: UnitKind, validity: Period? = nil,
    description: String? = nil, units: [Unit] = [], sources: [String] = [], origin: Origin? = nil
  ) {
    self.origin = origin
    self.sources = sources
    self.id = id
    self.name = name
    self.kind = kind
    self.validity = validity
    self.description = description
    self.units = units
  }

  enum CodingKeys: String, CodingKey {
    case id
    case name = "naam"
    case kind = "soort"
    case validity = "geldig"
    case description = "beschrijving"
    case units = "onderdelen"
    case sources = "bronnen"
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(ElementID.self, forKey: .id)
    name = try container.decode(String.self, forKey: .name)
    kind = try container.decode(UnitKind.self, forKey: .kind)
    validity = try container.decodeIfPresent(Period.self, forKey: .validity)
    description = try container.decodeIfPresent(String.self, forKey: .description)
    units = try container.decodeIfPresent([Unit].self, forKey: .units) ?? []
    sources = try container.decodeIfPresent([String].self, forKey: .sources) ?? []
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(name, forKey: .name)
    try container.encode(kind, forKey: .kind)
    try container.encodeIfPresent(validity, forKey: .validity)
    try container.encodeIfPresent(description, forKey: .description)
    if !sources.isEmpty { try container.encode(sources, forKey: .sources) }
    if !units.isEmpty { try container.encode(units, forKey: .units) }
  }
}
