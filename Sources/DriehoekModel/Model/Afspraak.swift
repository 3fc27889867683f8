/// An afspraak: an agreement or arrangement between parties.
public struct Afspraak: Hashable, Sendable, Codable {
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
  public var origin: Origin? = nil

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

  enum CodingKeys: String, CodingKey {
    case id
    case kind = "soort"
    case name = "naam"
    case parties = "partijen"
    case period = "periode"
    case description = "beschrijving"
    case sources = "bronnen"
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(ElementID.self, forKey: .id)
    kind = try container.decode(AfspraakKind.self, forKey: .kind)
    name = try container.decodeIfPresent(String.self, forKey: .name)
    parties = try container.decode([ElementID].self, forKey: .parties)
    period = try container.decodeIfPresent(Period.self, forKey: .period)
    description = try container.decodeIfPresent(String.self, forKey: .description)
    sources = try container.decodeIfPresent([String].self, forKey: .sources) ?? []
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(kind, forKey: .kind)
    try container.encodeIfPresent(name, forKey: .name)
    try container.encode(parties, forKey: .parties)
    try container.encodeIfPresent(period, forKey: .period)
    try container.encodeIfPresent(description, forKey: .description)
    if !sources.isEmpty { try container.encode(sources, forKey: .sources) }
  }
}
