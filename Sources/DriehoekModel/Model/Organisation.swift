/// An organisation: a ministry, an executor (agentschap, zbo, dienst, …) or an outside party.
public struct Organisation: Hashable, Sendable, Encodable {
  /// The identifier, unique across the model.
  public var id: ElementID
  /// The full name.
  public var name: String
  /// The kind (`soort`).
  public var kind: OrganisationKind
  /// The capacity in fte available for opdrachten (`capaciteit`), if known.
  public var capacity: Double?
  /// When the organisation exists (`geldig`); `nil` means always.
  public var validity: Period?
  /// A free description (`beschrijving`).
  public var description: String?
  /// A web address (`url`; http, https or mailto).
  public var url: String?
  /// The ministry the organisation is part of (`onderdeel-van`).
  ///
  /// A dienst or agentschap of that ministry, say; `nil` when it stands on its own. It places
  /// the organisation inside the ministry's frame in diagrams and changes no rule.
  public var partOf: ElementID?
  /// The units inside the organisation (`onderdelen`), nested to any depth.
  public var units: [Unit]

  /// Where the facts about the element come from (`bronnen`): web addresses or short
  /// citations, in the order written.
  public var sources: [String]

  /// Where the element was written, if it was loaded from a file.
  @NotCompared public var origin: Origin?

  /// Creates an organisation.
  public init(
    id: ElementID, name: String, kind: OrganisationKind, capacity: Double? = nil,
    validity: Period? = nil, description: String? = nil, url: String? = nil,
    partOf: ElementID? = nil, units: [Unit] = [], sources: [String] = [], origin: Origin? = nil
  ) {
    self.origin = origin
    self.sources = sources
    self.id = id
    self.name = name
    self.kind = kind
    self.capacity = capacity
    self.validity = validity
    self.description = description
    self.url = url
    self.partOf = partOf
    self.units = units
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: ModelKey.self)
    try container.encode(id, forKey: .id)
    try container.encode(name, forKey: .naam)
    try container.encode(kind, forKey: .soort)
    try container.encodeIfPresent(capacity, forKey: .capaciteit)
    try container.encodeIfPresent(validity, forKey: .geldig)
    try container.encodeIfPresent(description, forKey: .beschrijving)
    try container.encodeIfPresent(url, forKey: .url)
    try container.encodeIfPresent(partOf, forKey: .onderdeelVan)
    if !sources.isEmpty { try container.encode(sources, forKey: .bronnen) }
    if !units.isEmpty { try container.encode(units, forKey: .onderdelen) }
  }
}
