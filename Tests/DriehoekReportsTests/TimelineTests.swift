import DriehoekAnalysis
import DriehoekDiagram
import DriehoekLoading
import DriehoekModel
import DriehoekReports
import Foundation
import Testing

/// The `tijdlijn` chart: its per-month figures against an independent per-day recount from the
/// model, SD11's peak, and the edge cases (no capacity, no opdrachten, no end date, periods
/// across the peildatum).
@Suite struct TimelineTests {
  /// Every model in Models/ with its executors that have opdrachten.
  static func modelsWithOpdrachten() throws -> [(
    file: String, model: Model, executors: [ElementID]
  )] {
    let folder = GoldenHarness.packageRoot.appendingPathComponent("Models")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".yaml") }.sorted()
    return try files.compactMap { file in
      let result = ModelLoader().load(path: folder.appendingPathComponent(file).path)
      let model = try #require(result.model, "\(file) does not load")
      let executors = View.timelineSubjects(in: model)
      return executors.isEmpty ? nil : (file, model, executors)
    }
  }

  /// The drawn months of an SVG: `data-maand` to `data-fte`.
  static func drawnMonths(_ svg: String) throws -> [(maand: String, fte: Double)] {
    let pattern = try NSRegularExpression(
      pattern: #"<g class="maand" data-maand="(\d{4}-\d{2})" data-fte="([0-9.]+)""#)
    let range = NSRange(svg.startIndex..., in: svg)
    return pattern.matches(in: svg, range: range).compactMap { match in
      guard let maand = Range(match.range(at: 1), in: svg),
        let fte = Range(match.range(at: 2), in: svg), let value = Double(svg[fte])
      else { return nil }
      return (String(svg[maand]), value)
    }
  }

  /// The highest claim on one day of a month, counted day by day from the model.
  static func recount(_ maand: String, executor: ElementID, in model: Model) throws -> Double {
    let parts = maand.split(separator: "-").compactMap { Int($0) }
    let first = try #require(Day(year: parts[0], month: parts[1], day: 1))
    var day = first
    var highest = 0.0
    while day.components.month == parts[1] {
      var claim = 0.0
      for opdracht in model.opdrachten where opdracht.opdrachtnemer == executor {
        guard let amount = opdracht.capacity, opdracht.period?.isReversed != true else { continue }
        if let start = opdracht.period?.start, day < start { continue }
        if let end = opdracht.period?.end, day > end { continue }
        claim += amount
      }
      highest = max(highest, claim)
      day = day.adding(days: 1)
    }
    return highest
  }

  /// SD11's peak for an executor, read from its message ("op het drukst 3.700 fte").
  static func sd11Peak(_ executor: ElementID, model: Model, peildatum: Day) -> Double? {
    let report = Analyzer().analyse(model, peildatum: peildatum)
    guard
      let finding = report.findings.first(where: { $0.code == "SD11" && $0.executor == executor }),
      let marker = finding.message.range(of: "op het drukst ")
    else { return nil }
    let number = finding.message[marker.upperBound...].prefix { $0 != " " }
    return Double(
      number.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: "."))
  }

  func svg(_ executor: ElementID, _ model: Model, on day: Day) throws -> String {
    TimelineSVGWriter().write(try Timeline(executor: executor, model: model, peildatum: day))
  }

  @Test func drawnFiguresMatchAPerDayRecountForEveryExecutorInModels() throws {
    let cases = try Self.modelsWithOpdrachten()
    #expect(!cases.isEmpty, "no model in Models/ has an executor with opdrachten")
    var checked = 0
    var sd11Checked = 0
    for (file, model, executors) in cases {
      let peildatum = try #require(model.peildatum, "\(file) has no peildatum")
      for executor in executors {
        let chart = try svg(executor, model, on: peildatum)
        let months = try Self.drawnMonths(chart)
        #expect(!months.isEmpty, "\(file) \(executor): no months drawn")
        for (maand, fte) in months {
          let expected = try Self.recount(maand, executor: executor, in: model)
          #expect(abs(fte - expected) < 0.001, "\(file) \(executor) \(maand): \(fte) ≠ \(expected)")
          checked += 1
        }
        let from = TimelineCalendar.label(TimelineCalendar.monthIndex(of: peildatum))
        let drawnPeak = months.filter { $0.maand >= from }.map(\.fte).max() ?? 0
        if let peak = Self.sd11Peak(executor, model: model, peildatum: peildatum) {
          #expect(abs(drawnPeak - peak) < 0.006, "\(file) \(executor): \(drawnPeak) ≠ SD11 \(peak)")
          sd11Checked += 1
        }
      }
    }
    #expect(checked > 0)
    #expect(sd11Checked > 0, "no executor in Models/ triggers SD11")
  }

  static let edgeModel = """
    naam: Randgevallen
    peildatum: 2026-03-15
    organisaties:
      - {id: min, naam: Ministerie, soort: ministerie, onderdelen: [{id: min-dg, naam: DG, soort: dg}, {id: min-dg2, naam: DG Twee, soort: dg}]}
      - {id: met, naam: Met capaciteit, soort: agentschap, capaciteit: 10}
      - {id: zonder, naam: Zonder capaciteit, soort: agentschap}
      - {id: leeg, naam: Zonder opdrachten, soort: agentschap, capaciteit: 5}
    rollen:
      - {rol: eigenaar, houder: min, van: met}
      - {rol: opdrachtgever, houder: min-dg, van: met}
      - {rol: opdrachtgever, houder: min-dg2, van: met}
      - {rol: eigenaar, houder: min, van: zonder}
      - {rol: eigenaar, houder: min, van: leeg}
    opdrachten:
      - {id: o-kruis, naam: Over de peildatum, opdrachtgever: min-dg, opdrachtnemer: met, capaciteit: 6, prioriteit: hoogste, periode: {van: 2025-11-10, tot: 2026-05-20}}
      - {id: o-open, naam: Zonder einde, opdrachtgever: min-dg2, opdrachtnemer: met, capaciteit: 7, prioriteit: hoogste, periode: {van: 2026-04-01}}
      - {id: o-oud, naam: Voorbij, opdrachtgever: min-dg2, opdrachtnemer: met, capaciteit: 9, periode: {van: 2026-03-01, tot: 2026-03-10}}
      - {id: o-z, naam: Zonder capaciteit, opdrachtnemer: zonder, capaciteit: 3, periode: {van: 2026-01-01, tot: 2026-06-30}}
    """

  static func loadEdgeModel() throws -> Model {
    let result = ModelLoader().load(text: edgeModel, file: "randgevallen.yaml")
    return try #require(result.model, "\(result.diagnostics)")
  }

  @Test func openEndedAndCrossingPeriodsAreCountedPerDay() throws {
    let model = try Self.loadEdgeModel()
    let day = try #require(Day(iso: "2026-03-15"))
    let timeline = try Timeline(executor: "met", model: model, peildatum: day)
    // o-oud ends before the peildatum: March's figure counts it (6 + 9), SD11 does not.
    let march = try #require(timeline.months.first { $0.label == "2026-03" })
    #expect(march.fte == 15)
    // April to 20 May: 6 + 7 = 13 (130 %, above 120 %); after: only the open-ended 7.
    #expect(timeline.months.first { $0.label == "2026-05" }?.fte == 13)
    #expect(timeline.months.first { $0.label == "2026-06" }?.fte == 7)
    // Drawn from the first start to the horizon: peildatum + 24 months, said on the chart.
    #expect(timeline.months.first?.label == "2025-11")
    #expect(timeline.months.last?.label == "2028-03")
    #expect(timeline.notes.contains { $0.contains("zonder einddatum") })
    // SD12: o-kruis and o-open, both hoogste from different DGs, meet in April and May.
    #expect(timeline.months.filter(\.hasClash).map(\.label) == ["2026-04", "2026-05"])
    let chart = TimelineSVGWriter().write(timeline)
    #expect(chart.contains("zonder einddatum"))
    #expect(chart.contains("class=\"boven-120\""))
    for (maand, fte) in try Self.drawnMonths(chart) {
      #expect(abs(fte - (try Self.recount(maand, executor: "met", in: model))) < 0.001)
    }
    // SD11 fires on 13 (from the peildatum on); the drawn months from March on reach 15 only
    // because March includes days before the peildatum (documented in docs/diagrams.md).
    #expect(Self.sd11Peak("met", model: model, peildatum: day) == 13)
    #expect(timeline.months.filter { $0.label >= "2026-04" }.map(\.fte).max() == 13)
  }

  @Test func executorWithoutCapacityIsDrawnWithANote() throws {
    let model = try Self.loadEdgeModel()
    let day = try #require(Day(iso: "2026-03-15"))
    let chart = try svg("zonder", model, on: day)
    #expect(chart.contains("geen capaciteit opgegeven"))
    #expect(!chart.contains("class=\"capaciteit\""))
    #expect(try Self.drawnMonths(chart).map(\.fte) == [3, 3, 3, 3, 3, 3])
  }

  @Test func executorWithoutOpdrachtenHasNoViewButAnExplainingChart() throws {
    let model = try Self.loadEdgeModel()
    let day = try #require(Day(iso: "2026-03-15"))
    #expect(View.timelineSubjects(in: model) == ["met", "zonder"])
    #expect(!View.all(in: model, on: day).contains(.tijdlijn("leeg")))
    #expect(View.all(in: model, on: day).contains(.tijdlijn("met")))
    let chart = try svg("leeg", model, on: day)
    #expect(try Self.drawnMonths(chart).isEmpty)
    #expect(chart.contains("geen opdrachten aan Zonder opdrachten"))
    #expect(throws: DiagramError.unknownExecutor("niemand")) {
      try Timeline(executor: "niemand", model: model, peildatum: day)
    }
  }

  @Test func chartIsAccessibleDeterministicAndScriptFree() throws {
    let model = try Self.loadEdgeModel()
    let day = try #require(Day(iso: "2026-03-15"))
    let first = try svg("met", model, on: day)
    #expect(first == (try svg("met", model, on: day)))
    #expect(first.contains("<title id="))
    #expect(first.contains("<desc id="))
    #expect(!first.lowercased().contains("<script"))
    #expect(first.contains("class=\"tekst\" font-size=\"13\""))
    #expect(!first.contains("<style"))
    #expect(View("tijdlijn:met") == .tijdlijn("met"))
    #expect(View.tijdlijn("met").fileStem == "tijdlijn-met")
  }

  @Test func plainNumbersUseAPointAndNoGrouping() {
    #expect(TimelineCalendar.plain(3700) == "3700")
    #expect(TimelineCalendar.plain(1234.5) == "1234.5")
    #expect(TimelineCalendar.plain(0.1 + 0.2) == "0.3")
    #expect(TimelineCalendar.label(2026 * 12 + 2) == "2026-03")
  }
}
