/// A period of days, both ends inclusive; either end may be open.
public struct Period: Hashable, Sendable, Codable {
  /// The first day of the period (`van`), or `nil` when open at the start.
  public var start: Day?
  /// The last day of the period (`tot`, inclusive), or `nil` when open at the end.
  public var end: Day?

  /// Creates a period.
  public init(start: Day? = nil, end: Day? = nil) {
    self.start = start
    self.end = end
  }

  /// A period open at both ends.
  public static let always = Period()

  /// Whether the period contains the day.
  public func contains(_ day: Day) -> Bool {
    if let start, day < start { return false }
    if let end, day > end { return false }
    return true
  }

  /// Whether the two periods share at least one day.
  public func overlaps(_ other: Period) -> Bool {
    if let end, let otherStart = other.start, end < otherStart { return false }
    if let start, let otherEnd = other.end, otherEnd < start { return false }
    return true
  }

  /// Whether the end lies before the start, which makes the period empty.
  public var isReversed: Bool {
    guard let start, let end else { return false }
    return end < start
  }

  /// The number of days in the period, or `nil` when an end is open.
  public var dayCount: Int? {
    guard let start, let end else { return nil }
    return end.ordinal - start.ordinal + 1
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: ModelKey.self)
    start = try container.decodeIfPresent(Day.self, forKey: .van)
    end = try container.decodeIfPresent(Day.self, forKey: .tot)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: ModelKey.self)
    try container.encodeIfPresent(start, forKey: .van)
    try container.encodeIfPresent(end, forKey: .tot)
  }
}

extension Optional where Wrapped == Period {
  /// Whether an optional validity contains the day; no validity means always valid.
  public func contains(_ day: Day) -> Bool { self?.contains(day) ?? true }
}
