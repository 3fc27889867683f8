/// An opdracht (assignment) that an opdrachtgever gives an executor.
public struct Opdracht: Hashable, Sendable, Codable {
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

  /// Where the element was written, if it was loaded from a file.
  public var origin: Origin? = nil

  /// Creates an opdracht.
  public init(
    id: ElementID, name: String, opdrachtgever: ElementID? = nil, opdrachtnemer: ElementID? = nil,
    capacity: Double? = nil, cost: Double? = nil, budget: Double? = nil,
    priority: Priority? = nil, period: Period? = nil, afspraak: ElementID? = nil,
    description: String? = nil, origin: Origin? = nil
  ) {
    self.origin = origin
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

  enum CodingKeys: String, CodingKey {
    case id
    case name = "naam"
    case opdrachtgever
    case opdrachtnemer
    case capacity = "capaciteit"
    case cost = "kosten"
    case budget
    case priority = "prioriteit"
    case period = "periode"
    case afspraak
    case description = "beschrijving"
  }
}
