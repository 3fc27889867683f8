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

  /// Where the element was written, if it was loaded from a file.
  public var origin: Origin? = nil

  /// Creates an afspraak.
  public init(
    id: ElementID, kind: AfspraakKind, name: String? = nil, parties: [ElementID],
    period: Period? = nil, description: String? = nil, origin: Origin? = nil
  ) {
    self.origin = origin
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
  }
}
