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

  /// Where the element was written, if it was loaded from a file.
  public var origin: Origin? = nil

  /// Creates a unit.
  public init(
    id: ElementID, name: String, kind: UnitKind, validity: Period? = nil,
    description: String? = nil, units: [Unit] = [], origin: Origin? = nil
  ) {
    self.origin = origin
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
  }
}
