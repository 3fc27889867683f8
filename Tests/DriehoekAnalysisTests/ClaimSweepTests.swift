import DriehoekAnalysis
import DriehoekModel
import Testing

@Suite struct ClaimSweepTests {
  private func day(_ text: String) -> Day? { Day(iso: text) }

  @Test func findsThePeakAndItsFirstStretch() {
    let sweep = ClaimSweep(claims: [
      .init(id: "a", period: Period(start: day("2026-01-01"), end: day("2026-03-31")), amount: 5),
      .init(id: "b", period: Period(start: day("2026-03-01"), end: day("2026-04-30")), amount: 5),
      .init(id: "c", period: Period(start: day("2026-04-01"), end: day("2026-04-30")), amount: 5),
      .init(id: "d", period: Period(start: day("2027-01-01"), end: nil), amount: 10),
    ])
    let peak = sweep.peak()
    #expect(peak?.level == 10)
    #expect(peak?.start == day("2026-03-01"))
    #expect(peak?.end == day("2026-04-30"))
    #expect(peak?.ids == ["a", "b"])
  }

  @Test func handlesOpenEndsAndEmptyInput() {
    #expect(ClaimSweep(claims: []).peak() == nil)
    let always = ClaimSweep(claims: [.init(id: "x", period: nil, amount: 3)]).peak()
    #expect(always?.level == 3)
    #expect(always?.start == nil)
    #expect(always?.end == nil)
  }

  @Test func ignoresReversedPeriods() {
    let sweep = ClaimSweep(claims: [
      .init(id: "r", period: Period(start: day("2026-02-01"), end: day("2026-01-01")), amount: 9)
    ])
    #expect(sweep.peak() == nil)
  }

  @Test func findsTheFirstPeakAmongManyOverlappingClaims() {
    let claims = (0..<2_000).map { offset in
      ClaimSweep.Claim(
        id: ElementID("o\(offset)"),
        period: Period(start: Day(ordinal: offset * 3), end: Day(ordinal: offset * 3 + 4)),
        amount: 1)
    }
    // Each claim overlaps the next on two days: the peak is 2, first on days 3–4 (o0 and o1).
    let peak = ClaimSweep(claims: claims).peak()
    #expect(peak?.level == 2)
    #expect(peak?.start == Day(ordinal: 3))
    #expect(peak?.end == Day(ordinal: 4))
    #expect(peak?.ids == ["o0", "o1"])
  }
}
