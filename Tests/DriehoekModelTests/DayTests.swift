import DriehoekModel
import Testing

@Suite struct DayTests {
  /// The plain way to write a day, which `description` writes into a buffer instead.
  private func reference(_ day: Day) -> String {
    let (year, month, day) = day.components
    func pad(_ value: Int, _ width: Int) -> String {
      let text = String(value)
      return String(repeating: "0", count: max(0, width - text.count)) + text
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  @Test func writesISODates() throws {
    #expect(try #require(Day(iso: "2026-01-01")).description == "2026-01-01")
    #expect(try #require(Day(iso: "0999-12-31")).description == "0999-12-31")
    #expect(try #require(Day(year: 1, month: 2, day: 3)).description == "0001-02-03")
    #expect(try #require(Day(iso: "9999-12-31")).description == "9999-12-31")
  }

  @Test func agreesWithThePlainWayOverFourCenturiesAndBeyond() throws {
    let start = try #require(Day(iso: "1900-01-01")).ordinal
    var mismatches: [String] = []
    for ordinal in start..<(start + 146_097) {
      let day = Day(ordinal: ordinal)
      if day.description != reference(day) || Day(iso: day.description) != day {
        mismatches.append(reference(day))
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    // Outside years 0–9999 the general path writes the year as it is.
    let far = try #require(Day(iso: "9999-12-31")).adding(days: 400)
    #expect(far.description == reference(far))
    let before = Day(ordinal: Day(year: 1, month: 1, day: 1)?.ordinal ?? 0).adding(days: -800)
    #expect(before.description == reference(before))
  }
}
