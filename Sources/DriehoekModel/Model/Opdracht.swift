/// An opdracht (assignment) that an opdrachtgever gives an executor.
public struct Opdracht: Hashable, Sendable, Encodable {
  /// The identifier, unique across the model.
  public var id: ElementID
  /// The name.
  public var name: String
  /// The unit that commissions it; it must hold the opdrachtgever role over the executor.
  public var opdrachtgever: ElementID?
  /// The executing organisation.
  public var opdrachtnemer: ElementID?
  /// The capacity claimed, in fte (`capaciteit`).
  public var capacity: Double?
  /// The estimated cost in euro (`kosten`).
  public var cost: Double?
  /// The committed budget in euro (`budget`).
  public var budget: Double?
  /// The priority (`prioriteit`).
  public var priority: Priority?
  /// When the opdracht runs (`periode`); `nil` means always.
  public var period: Period?
  /// The afspraak that covers it (`afspraak`).
  public var afspraak: ElementID?
  /// A free description (`beschrijving`).
  public var description: String?

  /// Where the facts about the element come from (`bronnen`): web addresses or short
  /// citations, in the order written.
  public var sources: [String]

  /// Where the element was written, if it was loaded from a file.
  @NotCompared public var origin: Origin?

  /// Creates an opdracht.
  public init(
    id: ElementID, name: String, opdrachtgever: ElementID? = nil, opdrachtnemer: ElementID? = nil,
    capacity: Double? = nil, cost: Double? = nil, budget: Double? = nil,
    priority: Priority? = nil, period: Period? = nil, afspraak: ElementID? = nil,
    description: String? = nil, sources: [String] = [], origin: Origin? = nil
  ) {
    self.origin = origin
    self.sources = sources
    self.id = id
    self.name = name
    self.opdrachtgever = opdrachtgever
    self.opdrachtnemer = opdrachtnemer
    self.capacity = capacity
    self.cost = cost
    self.budget = budget
    self.priority = priority
    self.period = period
    self.afspraak = afspraak
    self.description = description
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: ModelKey.self)
    try container.encode(id, forKey: .id)
    try container.encode(name, forKey: .naam)
    try container.encodeIfPresent(opdrachtgever, forKey: .opdrachtgever)
    try container.encodeIfPresent(opdrachtnemer, forKey: .opdrachtnemer)
    try container.encodeIfPresent(capacity, forKey: .capaciteit)
    try container.encodeIfPresent(cost, forKey: .kosten)
    try container.encodeIfPresent(budget, forKey: .budget)
    try container.encodeIfPresent(priority, forKey: .prioriteit)
    try container.encodeIfPresent(period, forKey: .periode)
    try container.encodeIfPresent(afspraak, forKey: .afspraak)
    try container.encodeIfPresent(description, forKey: .beschrijving)
    if !sources.isEmpty { try container.encode(sources, forKey: .bronnen) }
  }
}
