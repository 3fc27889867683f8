/// A unit (onderdeel) of an organisation, such as an SG, a DG, a directie or a board.
public struct Unit: Hashable, Sendable, Encodable {
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
  @NotCompared public var origin: Origin?

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
