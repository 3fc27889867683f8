/// One role in a sturingsdriehoek: who (`houder`) holds which role over which executor (`van`).
public struct Role: Hashable, Sendable, Encodable {
  /// The role (`rol`).
  public var kind: RoleKind
  /// The unit or organisation that holds the role (`houder`).
  public var holder: ElementID
  /// The executing organisation the role is about (`van`).
  public var executor: ElementID
  /// Whether this opdrachtgever coordinates the others (`coordinerend`).
  public var isCoordinating: Bool
  /// When the role holds (`geldig`); `nil` means always.
  public var validity: Period?
  /// A free description (`beschrijving`), for instance where the role is not confirmed.
  public var description: String?

  /// Where the facts about the element come from (`bronnen`): web addresses or short
  /// citations, in the order written.
  public var sources: [String]

  /// Where the element was written, if it was loaded from a file.
  @NotCompared public var origin: Origin?

  /// Creates a role.
  public init(
    kind: RoleKind, holder: ElementID, executor: ElementID, isCoordinating: Bool = false,
    validity: Period? = nil, description: String? = nil, sources: [String] = [],
    origin: Origin? = nil
  ) {
    self.origin = origin
    self.sources = sources
    self.kind = kind
    self.holder = holder
    self.executor = executor
    self.isCoordinating = isCoordinating
    self.validity = validity
    self.description = description
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: ModelKey.self)
    try container.encode(kind, forKey: .rol)
    try container.encode(holder, forKey: .houder)
    try container.encode(executor, forKey: .van)
    if isCoordinating { try container.encode(true, forKey: .coordinerend) }
    try container.encodeIfPresent(validity, forKey: .geldig)
    try container.encodeIfPresent(description, forKey: .beschrijving)
    if !sources.isEmpty { try container.encode(sources, forKey: .bronnen) }
  }
}
