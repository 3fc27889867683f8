public import DriehoekAnalysis
public import DriehoekDiagram
public import DriehoekModel

extension Timeline {
  /// How many months before the peildatum's month the chart reaches back, at most.
  public static let monthsBefore = 36
  /// How many months after the peildatum's month opdrachten without an end are drawn, at least.
  public static let openHorizon = 24
  /// How many months after the peildatum's month the chart reaches, at most.
  public static let monthsAfter = 240

  /// The timeline of one executor on a peildatum.
  ///
  /// - Parameters:
  ///   - executor: the organisation whose opdrachten are drawn.
  ///   - model: the model.
  ///   - peildatum: the day the chart is about.
  ///   - clashes: the SD12 clashes (``Prioriteitsconflict``) of an analysis of the model on the
  ///     peildatum, as pairs of opdrachten (see ``clashPairs(_:of:)``); `nil` analyses the
  ///     model here to find them.
  ///   - index: The model's index, when the caller has built it; `nil` builds one here.
  /// - Throws: ``DiagramError/unknownExecutor(_:)`` when `executor` is no organisation.
  /// - Complexity: O(*m* · *o*²) in the months drawn and the executor's opdrachten.
  public init(
    executor: ElementID, model: Model, peildatum: Day,
    clashes: [(ElementID, ElementID)]? = nil, index: ModelIndex? = nil
  ) throws(DiagramError) {
    try self.init(
      executor: executor, model: model, peildatum: peildatum, clashes: clashes, index: index,
      opdrachten: nil)
  }

  /// The timeline, with the executor's opdrachten given (those of the model whose opdrachtnemer
  /// it is, in model order) when the caller has them; `nil` finds them in the model.
  package init(
    executor: ElementID, model: Model, peildatum: Day,
    clashes: [(ElementID, ElementID)]?, index: ModelIndex?, opdrachten given: [Opdracht]?
  ) throws(DiagramError) {
    let index = index ?? ModelIndex(model)
    guard let organisation = index.organisation(executor) else {
      throw .unknownExecutor(executor)
    }
    modelName = XMLText.balancedBidi(model.name)
    self.executor = executor
    executorName = XMLText.balancedBidi(organisation.name)
    capacity = organisation.capacity
    self.peildatum = peildatum
    notes = []
    let opdrachten = given ?? model.opdrachten.filter { $0.opdrachtnemer == executor }
    let ordered = opdrachten.map { opdracht in
      (
        principal: opdracht.opdrachtgever.map { XMLText.balancedBidi(index.name(of: $0)) },
        opdracht: opdracht
      )
    }
    .sorted {
      ($0.principal ?? "\u{10FFFF}", $0.opdracht.id) < (
        $1.principal ?? "\u{10FFFF}", $1.opdracht.id
      )
    }
    bands = ordered.enumerated().map { offset, entry in
      Band(
        id: entry.opdracht.id, name: XMLText.balancedBidi(entry.opdracht.name),
        opdrachtgever: entry.principal,
        amount: entry.opdracht.capacity, period: entry.opdracht.period,
        kosten: entry.opdracht.cost, budget: entry.opdracht.budget,
        isUrgent: entry.opdracht.priority == .hoogste, style: offset)
    }
    months = []
    years = []
    guard !opdrachten.isEmpty else {
      notes.append("Er zijn geen opdrachten aan \(organisation.name).")
      return
    }
    let range = monthRange()
    months = range.map(month(_:))
    let pairs =
      clashes
      ?? Self.clashPairs(Analyzer().analyse(model, peildatum: peildatum).findings, of: executor)
    markClashes(pairs)
    years = money(in: range)
    if !bands.contains(where: { $0.amount != nil }) {
      notes.append("Geen van de opdrachten noemt een capaciteit (fte); er is niets te stapelen.")
    }
    let reversed = bands.filter { $0.period?.isReversed == true }.count
    if reversed > 0 {
      notes.append("\(reversed) opdracht(en) met een omgekeerde periode niet getekend.")
    }
  }

  /// The SD12 clashes about an executor in findings, as pairs of opdrachten.
  public static func clashPairs(_ findings: [Finding], of executor: ElementID) -> [(
    ElementID, ElementID
  )] {
    findings.compactMap { finding in
      guard finding.code == "SD12", finding.betreft.count == 3, finding.betreft[0] == executor
      else { return nil }
      return (finding.betreft[1], finding.betreft[2])
    }
  }

  /// The months to draw: the opdrachten' periods and the peildatum, opdrachten without an end up
  /// to the horizon, cut to ``monthsBefore`` and ``monthsAfter``; notes what it did.
  private mutating func monthRange() -> ClosedRange<Int> {
    let anchor = peildatumMonth
    var first = anchor
    var last = anchor
    var lastBoundary = anchor
    var openEnded = 0
    for band in bands where band.period?.isReversed != true {
      if let start = band.period?.start {
        first = min(first, TimelineCalendar.monthIndex(of: start))
        last = max(last, TimelineCalendar.monthIndex(of: start))
      }
      if let end = band.period?.end {
        first = min(first, TimelineCalendar.monthIndex(of: end))
        last = max(last, TimelineCalendar.monthIndex(of: end))
        lastBoundary = max(lastBoundary, TimelineCalendar.monthIndex(of: end.adding(days: 1)))
      } else {
        openEnded += 1
      }
    }
    if openEnded > 0 {
      // After the last end only the open-ended opdrachten claim: the month after it shows that.
      last = max(last, lastBoundary, anchor + Self.openHorizon)
      notes.append(
        "\(openEnded) opdracht(en) zonder einddatum lopen door tot na \(TimelineCalendar.label(last)); "
          + "getekend tot die maand.")
    }
    if first < anchor - Self.monthsBefore {
      first = anchor - Self.monthsBefore
      notes.append("Maanden vóór \(TimelineCalendar.label(first)) zijn niet getekend.")
    }
    if last > anchor + Self.monthsAfter {
      last = anchor + Self.monthsAfter
      notes.append("Maanden na \(TimelineCalendar.label(last)) zijn niet getekend.")
    }
    return first...last
  }

  /// One month: the highest daily claim in it, by the same sweep as SD11.
  private func month(_ index: Int) -> Month {
    guard let first = TimelineCalendar.firstDay(of: index),
      let last = TimelineCalendar.lastDay(of: index)
    else { return Month(index: index, fte: 0, bands: [], hasClash: false) }
    let window = Period(start: first, end: last)
    let claims = bands.compactMap { band -> ClaimSweep.Claim? in
      guard let amount = band.amount, band.period?.isReversed != true else { return nil }
      let clipped = Self.intersection(band.period, window)
      guard !clipped.isReversed else { return nil }
      return ClaimSweep.Claim(id: band.id, period: clipped, amount: amount)
    }
    guard let peak = ClaimSweep(claims: claims).peak() else {
      return Month(index: index, fte: 0, bands: [], hasClash: false)
    }
    let active = Set(peak.ids)
    return Month(
      index: index, fte: peak.level, bands: bands.map(\.id).filter(active.contains),
      hasClash: false)
  }

  /// Marks the months from the peildatum's on in which both opdrachten of a clash run.
  private mutating func markClashes(_ pairs: [(ElementID, ElementID)]) {
    let periods = Dictionary(
      bands.map { ($0.id, $0.period) }, uniquingKeysWith: { first, _ in first })
    let fromPeildatum = Period(start: peildatum, end: nil)
    for (offset, month) in months.enumerated() {
      guard let first = TimelineCalendar.firstDay(of: month.index),
        let last = TimelineCalendar.lastDay(of: month.index)
      else { continue }
      let window = Self.intersection(fromPeildatum, Period(start: first, end: last))
      months[offset].hasClash = pairs.contains { lhs, rhs in
        guard let left = periods[lhs], let right = periods[rhs] else { return false }
        return !Self.intersection(left, Self.intersection(right, window)).isReversed
      }
    }
  }

  /// Kosten and budget per year, each opdracht's amounts spread evenly over the days of its
  /// period; only the years of the months drawn.
  private mutating func money(in range: ClosedRange<Int>) -> [Year] {
    var totals: [Int: Year] = [:]
    var unspread = 0
    let firstYear = range.lowerBound / 12
    let lastYear = range.upperBound / 12
    for band in bands where band.kosten != nil || band.budget != nil {
      guard let period = band.period, let start = period.start, let end = period.end,
        let days = period.dayCount, days > 0
      else {
        unspread += 1
        continue
      }
      let from = max(firstYear, start.components.year)
      let to = min(lastYear, end.components.year)
      guard from <= to else { continue }
      for year in from...to {
        guard let january = Day(year: year, month: 1, day: 1),
          let december = Day(year: year, month: 12, day: 31)
        else { continue }
        let shared = Self.intersection(period, Period(start: january, end: december))
        guard let count = shared.dayCount, count > 0 else { continue }
        let share = Double(count) / Double(days)
        var entry = totals[year] ?? Year(year: year, kosten: 0, budget: 0)
        entry.kosten += (band.kosten ?? 0) * share
        entry.budget += (band.budget ?? 0) * share
        totals[year] = entry
      }
    }
    if unspread > 0 {
      notes.append(
        "\(unspread) opdracht(en) met kosten of budget maar zonder volledige periode niet verdeeld."
      )
    }
    return totals.values.sorted { $0.year < $1.year }
  }

  /// The days two periods share (`nil` is always); reversed when none.
  static func intersection(_ lhs: Period?, _ rhs: Period) -> Period {
    guard let lhs else { return rhs }
    let start = [lhs.start, rhs.start].compactMap { $0 }.max()
    let end = [lhs.end, rhs.end].compactMap { $0 }.min()
    return Period(start: start, end: end)
  }
}
