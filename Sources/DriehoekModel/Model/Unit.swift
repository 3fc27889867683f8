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

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: ModelKey.self)
    id = try container.decode(ElementID.self, forKey: .id)
    name = try container.decode(String.self, forKey: .naam)
    kind = try container.decode(UnitKind.self, forKey: .soort)
    validity = try container.decodeIfPresent(Period.self, forKey: .geldig)
    description = try container.decodeIfPresent(String.self, forKey: .beschrijving)
    units = try container.decodeIfPresent([Unit].self, forKey: .onderdelen) ?? []
    sources = try container.decodeIfPresent([String].self, forKey: .bronnen) ?? []
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: ModelKey.self)
    try container.encode(id, forKey: .id)
    try container.encode(name, forKey: .naam)
    try container.encode(kind, forKey: .soort)
    try container.encodeIfPresent(validity, forKey: .geldig)
    try container.encodeIfPresent(description, forKey: .beschrijving)
    if !sources.isEmpty { try container.encode(sources, forKey: .bronnen) }
    if !units.isEmpty { try container.encode(units, forKey: .onderdelen) }
  }
}
