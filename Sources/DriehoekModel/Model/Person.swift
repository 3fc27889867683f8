/// A person who holds functions in units.
public struct Person: Hashable, Sendable, Codable {
  /// The identifier, unique across the model.
  public var id: ElementID
  /// The name.
  public var name: String
  /// The units (or organisations) in which the person holds a function (`functies`).
  public var functions: [ElementID]
  /// When the person is in office (`geldig`); `nil` means always.
  public var validity: Period?
  /// A free description (`beschrijving`).
  public var description: String?

  /// Where the element was written, if it was loaded from a file.
  public var origin: Origin? = nil

  /// Creates a person.
  public init(
    id: ElementID, name: String, functions: [ElementID] = [], validity: Period? = nil,
    description: String? = nil, origin: Origin? = nil
  ) {
    self.origin = origin
    self.id = id
    self.name = name
    self.functions = functions
    self.validity = validity
    self.description = description
  }

  enum CodingKeys: String, CodingKey {
    case id
    case name = "naam"
    case functions = "functies"
    case validity = "geldig"
    case description = "beschrijving"
  }
}
