/// An afspraak: an agreement or arrangement between parties.
public struct Afspraak: Hashable, Sendable, Encodable {
  /// The identifier, unique across the model.
  public var id: ElementID
  /// The kind (`soort`).
  public var kind: AfspraakKind
  /// An optional name (`naam`).
  public var name: String?
  /// The units, organisations or persons it binds (`partijen`).
  public var parties: [ElementID]
  /// When it is valid (`periode`); `nil` means always.
  public var period: Period?
  /// A free description (`beschrijving`).
  public var description: String?

  /// Where the facts about the element come from (`bronnen`): web addresses or short
  /// citations, in the order written.
  public var sources: [String]

  /// Where the element was written, if it was loaded from a file.
  @NotCompared public var origin: Origin?

  /// Creates an afspraak.
  public init(
    id: ElementID, kind: AfspraakKind, name: String? = nil, parties: [ElementID],
    period: Period? = nil, description: String? = nil, sources: [String] = [], origin: Origin? = nil
  ) {
    self.origin = origin
    self.sources = sources
    self.id = id
    self.kind = kind
    self.name = name
    self.parties = parties
    self.period = period
    self.description = description
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: ModelKey.self)
    try container.encode(id, forKey: .id)
    try container.encode(kind, forKey: .soort)
    try container.encodeIfPresent(name, forKey: .naam)
    try container.encode(parties, forKey: .partijen)
    try container.encodeIfPresent(period, forKey: .periode)
    try container.encodeIfPresent(description, forKey: .beschrijving)
    if !sources.isEmpty { try container.encode(sources, forKey: .bronnen) }
  }
}
