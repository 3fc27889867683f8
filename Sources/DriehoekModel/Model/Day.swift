/// A calendar day (proleptic Gregorian), without time or time zone.
///
/// Model dates are ISO `YYYY-MM-DD`. `Day` is comparable and counts days, which the analysis uses
/// to sweep over periods.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The number of days since 1970-01-01 (negative before).
  public let ordinal: Int

  /// Creates a day from its ordinal (days since 1970-01-01).
  public init(ordinal: Int) { self.ordinal = ordinal }

  /// Creates a day from year, month and day, or returns `nil` when that day does not exist.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...Day.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    ordinal = Day.ordinal(year: year, month: month, day: day)
  }

  /// Parses an ISO date `YYYY-MM-DD`; returns `nil` for anything else or a day that does not exist.
  public init?(iso text: some StringProtocol) {
    let bytes = Array(text.utf8)
    guard let day = bytes.withUnsafeBufferPointer({ Day(isoBytes: $0) }) else { return nil }
    self = day
  }

  /// ``init(iso:)`` on the UTF-8 bytes of the text, for a reader that has them at hand (not
  /// generic, so a caller in another module pays no copy and no unspecialised code).
  public init?(isoBytes bytes: UnsafeBufferPointer<UInt8>) {
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
      return nil
    }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for index in range {
        let byte = bytes[index]
        guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
        value = value * 10 + Int(byte - UInt8(ascii: "0"))
      }
      return value
    }
    guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else {
      return nil
    }
    self.init(year: year, month: month, day: day)
  }

  /// The year, month and day of this day.
  public var components: (year: Int, month: Int, day: Int) {
    // Howard Hinnant's civil_from_days.
    let z = ordinal + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    return (year, month, day)
  }

  /// The ISO text `YYYY-MM-DD`.
  public var description: String {
    let (year, month, day) = components
    // The common case, written into ten bytes on the stack: a small string, no allocation.
    if (0...9999).contains(year) {
      return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 10) { buffer in
        func put(_ value: Int, width: Int, at end: Int) {
          var value = value
          for offset in 0..<width {
            buffer[end - offset] = UInt8(ascii: "0") + UInt8(value % 10)
            value /= 10
          }
        }
        put(year, width: 4, at: 3)
        buffer[4] = UInt8(ascii: "-")
        put(month, width: 2, at: 6)
        buffer[7] = UInt8(ascii: "-")
        put(day, width: 2, at: 9)
        return String(decoding: UnsafeBufferPointer(buffer), as: UTF8.self)
      }
    }
    func pad(_ value: Int, _ width: Int) -> String {
      let text = String(value)
      return String(repeating: "0", count: max(0, width - text.count)) + text
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  /// The day `count` days after this one.
  public func adding(days count: Int) -> Day { Day(ordinal: ordinal + count) }

  public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

  static func ordinal(year: Int, month: Int, day: Int) -> Int {
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = month > 2 ? month - 3 : month + 9
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }
}

extension Day: Codable {
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let day = Day(iso: text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "'\(text)' is not a date YYYY-MM-DD")
    }
    self = day
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
