/// An afwijking: an accepted risk, a finding that is known and consciously accepted.
public struct Afwijking: Hashable, Sendable, Encodable {
  /// The rule code it accepts, such as `SD13` (`regel`).
  public var rule: String
  /// The ids that must all be in the finding's `betreft`.
  public var betreft: [ElementID]
  /// Why the risk is accepted (`reden`).
  public var reason: String
  /// Who answers for it: a unit, organisation or person (`verantwoordelijke`).
  public var verantwoordelijke: ElementID
  /// The last day the acceptance holds (`tot`); after it the finding is open again.
  public var until: Day?

  /// Where the facts about the element come from (`bronnen`): web addresses or short
  /// citations, in the order written.
  public var sources: [String]

  /// Where the element was written, if it was loaded from a file.
  @NotCompared public var origin: Origin?

  /// Creates an accepted risk.
  public init(
    rule: String, betreft: [ElementID], reason: String, verantwoordelijke: ElementID,
    until: Day? = nil, sources: [String] = [], origin: Origin? = nil
  ) {
    self.origin = origin
    self.sources = sources
    self.rule = rule
    self.betreft = betreft
    self.reason = reason
    self.verantwoordelijke = verantwoordelijke
    self.until = until
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: ModelKey.self)
    try container.encode(rule, forKey: .regel)
    try container.encode(betreft, forKey: .betreft)
    try container.encode(reason, forKey: .reden)
    try container.encode(verantwoordelijke, forKey: .verantwoordelijke)
    try container.encodeIfPresent(until, forKey: .tot)
    if !sources.isEmpty { try container.encode(sources, forKey: .bronnen) }
  }
}
