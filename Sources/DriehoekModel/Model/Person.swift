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

  /// Where the facts about the element come from (`bronnen`): web addresses or short
  /// citations, in the order written.
  public var sources: [String]

  /// Where the element was written, if it was loaded from a file.
  public var origin: Origin? = nil

  /// Creates a person.
  public init(
    id: ElementID, name: String, functions: [ElementID] = [], validity: Period? = nil,
    description: String? = nil, sources: [String] = [], origin: Origin? = nil
  ) {
    self.origin = origin
    self.sources = sources
    self.id = id
    self.name = name
    self.functions = functions
    self.validity = validity
    self.description = description
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: ModelKey.self)
    id = try container.decode(ElementID.self, forKey: .id)
    name = try container.decode(String.self, forKey: .naam)
    functions = try container.decodeIfPresent([ElementID].self, forKey: .functies) ?? []
    validity = try container.decodeIfPresent(Period.self, forKey: .geldig)
    description = try container.decodeIfPresent(String.self, forKey: .beschrijving)
    sources = try container.decodeIfPresent([String].self, forKey: .bronnen) ?? []
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: ModelKey.self)
    try container.encode(id, forKey: .id)
    try container.encode(name, forKey: .naam)
    if !functions.isEmpty { try container.encode(functions, forKey: .functies) }
    try container.encodeIfPresent(validity, forKey: .geldig)
    try container.encodeIfPresent(description, forKey: .beschrijving)
    if !sources.isEmpty { try container.encode(sources, forKey: .bronnen) }
  }
}
