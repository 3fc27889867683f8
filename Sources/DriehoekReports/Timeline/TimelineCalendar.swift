public import DriehoekModel

/// Months as plain numbers (`year * 12 + month - 1`), for the timeline.
public enum TimelineCalendar {
  /// The month a day falls in.
  public static func monthIndex(of day: Day) -> Int {
    let (year, month, _) = day.components
    return year * 12 + month - 1
  }

  /// The first day of a month; `nil` outside the years 1 to 9999.
  public static func firstDay(of month: Int) -> Day? {
    Day(year: month / 12, month: month % 12 + 1, day: 1)
  }

  /// The last day of a month; `nil` outside the years 1 to 9999.
  public static func lastDay(of month: Int) -> Day? {
    firstDay(of: month + 1).map { $0.adding(days: -1) } ?? Day(year: 9999, month: 12, day: 31)
  }

  /// The month as `YYYY-MM`.
  public static func label(_ month: Int) -> String {
    let year = String(month / 12)
    let number = String(month % 12 + 1)
    return String(repeating: "0", count: max(0, 4 - year.count)) + year + "-"
      + (number.count < 2 ? "0" : "") + number
  }

  /// A number as plain text with a `.` decimal point and at most four decimals: `3700`,
  /// `1234.5`.
  public static func plain(_ value: Double) -> String {
    guard value.isFinite else { return "0" }
    let rounded = (value * 10_000).rounded() / 10_000
    if rounded == rounded.rounded(), abs(rounded) < 1e15 {
      return String(Int(rounded))
    }
    return String(rounded)
  }
}
