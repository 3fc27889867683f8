import DriehoekInterchange
import DriehoekLoading
import DriehoekModel
import Foundation
import Testing

@testable import DriehoekAnalysis

/// A finding's fields live in one shared storage (issue 19, sixth part); these tests hold the
/// value semantics, and the cheaper grouping, ordering, counting and scheduling, to what they
/// replace.
@Suite struct FindingStorageTests {
  private func sample(message: String = "m", executor: ElementID? = "uo1") -> Finding {
    Finding(
      code: "SD09", slug: "opdracht-zonder-afspraak", severity: .waarschuwing, message: message,
      betreft: ["op1", "dg1", "uo1"], location: SourceLocation(file: "f", line: 3, column: 5),
      waarom: "w", oplossing: "o", executor: executor)
  }

  @Test func aChangedCopyLeavesTheOriginalAsItWas() {
    let original = sample()
    var copy = original
    #expect(copy == original)
    copy.message = "anders"
    copy.executors = ["a", "b"]
    copy.acceptance = Acceptance(reden: "r", verantwoordelijke: "sg", tot: nil)
    copy.summarisedCount = 3
    #expect(original.message == "m")
    #expect(original.executors == ["uo1"])
    #expect(original.isOpen)
    #expect(original.summarisedCount == nil)
    #expect(copy.message == "anders")
    #expect(copy.executors == ["a", "b"])
    #expect(!copy.isOpen)
    #expect(copy.summarisedCount == 3)
    #expect(copy != original)
  }

  @Test func findingsAreEqualAndHashedByTheirFields() {
    // Two storages with the same fields: equal, one member of a set.
    let one = sample()
    let other = sample()
    #expect(one == other)
    #expect(Set([one, other]).count == 1)
    #expect(one.hashValue == other.hashValue)
    // Every field takes part.
    var changed: [Finding] = []
    for change in 0..<12 {
      var finding = sample()
      switch change {
      case 0: finding.code = "SD10"
      case 1: finding.slug = "x"
      case 2: finding.severity = .fout
      case 3: finding.message = "x"
      case 4: finding.betreft = ["op1"]
      case 5: finding.location = nil
      case 6: finding.waarom = "x"
      case 7: finding.oplossing = "x"
      case 8: finding.executor = "uo2"
      case 9: finding.executors = ["uo1", "uo2"]
      case 10: finding.acceptance = Acceptance(reden: "r", verantwoordelijke: "sg", tot: nil)
      default: finding.summarisedCount = 1
      }
      #expect(finding != one, "field \(change)")
      changed.append(finding)
    }
    #expect(Set(changed + [one]).count == 13)
  }

  /// The grouping as the catalogue defines it: the finding's executors and the parties of its
  /// first `betreft` id, sorted, each once.
  private func referenceGroup(
    _ finding: Finding, in context: AnalysisContext, executorIDs: Set<ElementID>
  ) -> Finding {
    var grouped = finding
    guard let first = finding.betreft.first,
      context.index.kind(of: first).map({ $0 == .opdracht || $0 == .afspraak }) == true
    else { return grouped }
    let parties = context.partyExecutors(of: first, among: executorIDs)
    guard !parties.isEmpty else { return grouped }
    grouped.executors = (grouped.executors + parties).sortedUnique()
    if grouped.executor == nil { grouped.executor = grouped.executors.first }
    return grouped
  }

  @Test func groupingMatchesThePartiesOfEveryFinding() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let directory = root.appendingPathComponent("Models")
    var models: [Model] = []
    for file in try FileManager.default.contentsOfDirectory(atPath: directory.path)
    where file.hasSuffix(".yaml") {
      let loaded = ModelLoader().load(path: directory.appendingPathComponent(file).path)
      models.append(try #require(loaded.model, "\(file) did not load"))
    }
    models.append(ModelGenerator(executorCount: 40, seed: 3, informalAssignments: 2).model())
    #expect(models.count > 2)
    var compared = 0
    var regrouped = 0
    for model in models {
      let context = AnalysisContext(
        model: model, peildatum: model.peildatum ?? Day(ordinal: 0),
        ruleCodes: Set(RuleCatalogue.all.map(\.code)))
      let executorIDs = Set(context.executors.map(\.id))
      for rule in RuleCatalogue.all where !rule.reviewsFindings {
        for finding in rule.findings(in: context) {
          // Also a finding that belongs to no executor yet, and one whose executors are out of
          // order, which the grouping sorts.
          var unowned = finding
          unowned.executor = nil
          unowned.executors = []
          var unsorted = finding
          unsorted.executors = ["zzz"] + finding.executors
          for variant in [finding, unowned, unsorted] {
            var grouped = variant
            Analyzer.group(&grouped, in: context, executorIDs: executorIDs)
            let expected = referenceGroup(variant, in: context, executorIDs: executorIDs)
            #expect(grouped == expected, "\(variant.code) \(variant.betreft)")
            if grouped.executors != variant.executors { regrouped += 1 }
            compared += 1
          }
        }
      }
    }
    // The comparison means something only if many findings were grouped, some of them anew.
    #expect(compared > 1000)
    #expect(regrouped > 100)
  }

  @Test func theIndexJoinedFromTheRulesIsTheIndexOfAllFindings() throws {
    var model = ModelGenerator(executorCount: 60, seed: 5, informalAssignments: 3).model()
    // Accepted risks that name executors in the rules that find the most, some expired.
    for executor in 0..<30 {
      for code in ["SD09", "SD13", "SD19", "SD11"] {
        model.afwijkingen.append(
          Afwijking(
            rule: code, betreft: [ElementID("uo\(executor)")], reason: "r",
            verantwoordelijke: "min1-sg",
            until: executor % 3 == 0 ? Day(year: 2020, month: 1, day: 1) : nil))
      }
    }
    let context = AnalysisContext(model: model, peildatum: model.peildatum ?? Day(ordinal: 0))
    let perRule = RuleCatalogue.all.filter { !$0.reviewsFindings }.map { $0.findings(in: context) }
    let all = Array(perRule.joined())
    let whole = context.reviewing(all)
    let joined = context.reviewing(
      all, parts: perRule.map { (count: $0.count, index: context.findingsIndex($0)) })
    #expect(joined.findingsByCode == whole.findingsByCode)
    #expect(joined.findings == whole.findings)
    // The comparison means something only if accepted risks name many findings.
    let indexed = whole.findingsByCode.values.flatMap(\.values).map(\.count).reduce(0, +)
    #expect(indexed > 10, "\(indexed)")
  }

  @Test func theFastSortMatchesReportOrderOnRuns() {
    // Findings rule after rule and executor after executor, as the analysis makes them, with
    // an executor's run coming back later and findings without an executor between.
    var generator = SystemRandomNumberGenerator()
    var findings: [Finding] = []
    for code in ["SD13", "SD09", "SD13", "SD02"] {
      for executor in ["c", "a", "b", "a"] as [ElementID] + [nil] {
        for _ in 0..<Int.random(in: 0...12, using: &generator) {
          findings.append(
            Finding(
              code: code, slug: "x", severity: .waarschuwing,
              message: ["m1", "m2"].randomElement(using: &generator) ?? "m1",
              betreft: [["x", "y", "z"].randomElement(using: &generator) ?? "x"],
              location: SourceLocation(file: "f", line: findings.count, column: 1),
              waarom: "", oplossing: "", executor: executor))
        }
      }
    }
    #expect(findings.count > 20)
    let expected = findings.sorted(by: Finding.reportOrder)
    let fast = Finding.inReportOrder(findings)
    #expect(fast == expected)
    #expect(fast.map(\.location) == expected.map(\.location))
  }

  @Test func theLimitCountsAnExecutorAcrossItsRuns() throws {
    let model = ModelGenerator(executorCount: 2, seed: 1).model()
    let context = AnalysisContext(model: model, peildatum: model.peildatum ?? Day(ordinal: 0))
    let rule = FinancieringsTekort()
    func findings(_ executor: ElementID?, _ count: Int) -> [Finding] {
      (0..<count).map { _ in sample(executor: executor) }
    }
    // 150 and 100 findings of `uo1` with another executor's between: 250 in all, over the limit.
    let split = findings("uo1", 150) + findings("uo2", 5) + findings("uo1", 100)
    let limited = FindingLimit.apply(split, rule: rule, in: context)
    #expect(limited.count == FindingLimit.perExecutor + 5 + 1)
    #expect(limited.filter { $0.executor == "uo1" }.count == FindingLimit.perExecutor + 1)
    #expect(limited.last?.summarisedCount == 250 - FindingLimit.perExecutor)
    // Two runs of 150 and 50 reach it and no more: nothing is cut.
    let under = findings("uo1", 150) + findings(nil, 3) + findings("uo1", 50)
    #expect(under.count > FindingLimit.perExecutor)
    #expect(FindingLimit.apply(under, rule: rule, in: context) == under)
  }

  @Test func aMessageOfBytesIsTheTextOfItsPieces() throws {
    let pieces = ["opdracht ", "Één — ë", " (", "op-1", ")", "", " 🛈 aan ", "DG"]
    var message = MessageText(pieces[0], capacity: 4)
    for piece in pieces.dropFirst() { message += piece }
    #expect(message.text == pieces.joined())
    let model = ModelGenerator(executorCount: 2, seed: 1).model()
    let context = AnalysisContext(model: model, peildatum: model.peildatum ?? Day(ordinal: 0))
    let ids = Array(context.index.orderedIDs.prefix(20)) + ["bestaat-niet"]
    for id in ids {
      var labelled = MessageText("> ")
      context.appendLabel(id, to: &labelled)
      #expect(labelled.text == "> " + context.label(id))
    }
    #expect(ids.contains { context.label($0) != $0.rawValue })
  }

  @Test func periodsIntersectAsTheirListsOfEndsSay() {
    let days: [Day?] = [nil, Day(ordinal: 10), Day(ordinal: 20), Day(ordinal: 30)]
    let periods: [Period?] =
      [nil] + days.flatMap { start in days.map { end in Period(start: start, end: end) } }
    var compared = 0
    for lhs in periods {
      for rhs in periods {
        let expected: Period? =
          if let lhs, let rhs {
            Period(
              start: [lhs.start, rhs.start].compactMap { $0 }.max(),
              end: [lhs.end, rhs.end].compactMap { $0 }.min())
          } else {
            lhs ?? rhs
          }
        #expect(
          Period.intersection(lhs, rhs) == expected,
          "\(String(describing: lhs)) \(String(describing: rhs))")
        compared += 1
      }
    }
    #expect(compared == 17 * 17)
  }

  @Test func theLongRulesStartFirstAndEveryRuleRuns() {
    let modelRules = RuleCatalogue.all.filter { !$0.reviewsFindings }
    let schedule = Analyzer.schedule(modelRules)
    #expect(schedule.sorted() == Array(modelRules.indices))
    #expect(schedule.prefix(4).map { modelRules[$0].code } == Analyzer.longRules)
    // The rest in catalogue order.
    let rest = Array(schedule.dropFirst(4))
    #expect(rest == rest.sorted())
    // Without some of the long rules: still every rule once.
    let some: [any Rule] = [GeenEigenaar(), FinancieringsTekort(), MeerdereEigenaren()]
    #expect(Analyzer.schedule(some) == [1, 0, 2])
    #expect(Analyzer.schedule([]).isEmpty)
  }
}
