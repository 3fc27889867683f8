import DriehoekInterchange
import DriehoekLoading
import DriehoekModel
import Foundation
import Testing

@testable import DriehoekAnalysis

/// The analysis runs its rules and builds its tables side by side; these tests hold it to the
/// result of doing every step one after the other, the way the catalogue defines it.
@Suite struct ConcurrentAnalysisTests {
  /// The findings as the catalogue defines them: every model rule in order, the accepted risks
  /// applied and each finding grouped under its executors, then the reviewing rules, all sorted with `Finding.reportOrder`.
  private func sequentialFindings(_ model: Model, peildatum: Day, language: Language = .nl)
    -> [Finding]
  {
    let rules = RuleCatalogue.all
    let context = AnalysisContext(
      model: model, peildatum: peildatum, language: language,
      ruleCodes: Set(rules.map(\.code)))
    let executorIDs = Set(context.executors.map(\.id))
    let modelFindings = rules.filter { !$0.reviewsFindings }
      .flatMap { $0.findings(in: context) }
      .map { finding in
        var grouped = context.applyingAcceptance(to: finding)
        Analyzer.group(&grouped, in: context, executorIDs: executorIDs)
        return grouped
      }
    let reviewing = context.reviewing(modelFindings)
    let reviewFindings = rules.filter(\.reviewsFindings).flatMap { $0.findings(in: reviewing) }
    return (modelFindings + reviewFindings).sorted(by: Finding.reportOrder)
  }

  /// Every model in `Models/`, and a generated landscape.
  private func models() throws -> [(name: String, model: Model)] {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let directory = root.appendingPathComponent("Models")
    let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
      .filter { $0.hasSuffix(".yaml") }.sorted()
    var result: [(String, Model)] = []
    for file in files {
      let loaded = ModelLoader().load(path: directory.appendingPathComponent(file).path)
      result.append((file, try #require(loaded.model, "\(file) did not load")))
    }
    result.append(("generated", ModelGenerator(executorCount: 150, seed: 7).model()))
    #expect(result.count > 2)
    return result
  }

  @Test func findsWhatTheRulesFindOneAfterTheOther() throws {
    var codes = Set<String>()
    for (name, model) in try models() {
      for peildatum in ["2024-06-01", "2026-01-01", "2031-01-01"] {
        let day = try #require(Day(iso: peildatum))
        for language in Language.allCases {
          let report = Analyzer().analyse(model, peildatum: day, language: language)
          let expected = sequentialFindings(model, peildatum: day, language: language)
          #expect(report.findings == expected, "\(name) op \(peildatum) in \(language)")
          codes.formUnion(report.findings.map(\.code))
        }
      }
    }
    // The comparison means something only if the models make many rules fire.
    #expect(codes.count >= 10, "only \(codes.sorted()) fired")
  }

  @Test func theFastSortMatchesReportOrder() {
    // Many ties: few executors, few codes, short `betreft` lists, messages that differ last.
    var generator = SystemRandomNumberGenerator()
    let executors: [ElementID?] = [nil, "a", "b", "c"]
    let findings = (0..<600).map { position in
      Finding(
        code: ["SD02", "SD11", "SD13"].randomElement(using: &generator) ?? "SD02",
        slug: "x", severity: .waarschuwing,
        message: ["m1", "m2", "m1"].randomElement(using: &generator) ?? "m1",
        betreft: (0..<Int.random(in: 0...2, using: &generator)).map { _ in
          ["a", "b", "x"].randomElement(using: &generator) ?? "a"
        },
        location: SourceLocation(file: "f", line: position, column: 1), waarom: "",
        oplossing: "", executor: executors.randomElement(using: &generator) ?? nil)
    }
    let fast = Finding.inReportOrder(findings)
    #expect(fast == findings.sorted(by: Finding.reportOrder))
    // Stable: equal findings keep their order, which the distinct lines show.
    #expect(fast.map(\.location) == findings.sorted(by: Finding.reportOrder).map(\.location))
  }

  @Test func permutingSwapsIntoPlace() {
    var letters = ["a", "b", "c", "d", "e", "f"]
    letters.permute(to: [5, 0, 3, 1, 2, 4])
    #expect(letters == ["f", "a", "d", "b", "c", "e"])
    var shuffled = Array(0..<1000).shuffled()
    let order = shuffled.indices.sorted { shuffled[$0] < shuffled[$1] }
    shuffled.permute(to: order)
    #expect(shuffled == Array(0..<1000))
  }

  @Test func concurrentWorkKeepsTheOrderOfThePieces() {
    let results = ConcurrentWork.map(count: 200) { position in position * position }
    #expect(results == (0..<200).map { $0 * $0 })
    #expect(ConcurrentWork.map(count: 1) { $0 + 1 } == [1])
    #expect(ConcurrentWork.map(count: 0) { $0 }.isEmpty)
  }

  @Test func theDirectoryNamesEveryElementOfTheModel() throws {
    let model = ModelGenerator(executorCount: 3, seed: 1).model()
    let day = try #require(model.peildatum)
    let report = Analyzer().analyse(model, peildatum: day)
    let index = ModelIndex(model)
    for id in index.orderedIDs {
      #expect(report.elements[id]?.name == index.name(of: id))
      #expect(report.elements[id]?.kind == index.kind(of: id))
    }
    #expect(report.elements["bestaat-niet"] == nil)
    var edited = report.elements
    edited["bestaat-niet"] = ElementSummary(name: "Toegevoegd", kind: nil)
    #expect(edited["bestaat-niet"]?.name == "Toegevoegd")
  }
}
