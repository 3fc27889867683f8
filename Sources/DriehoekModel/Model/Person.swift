/// A person who holds functions in units.
public struct Person: Hashable, Sendable, Encodable {
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
  @NotCompared public var origin: Origin?

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
