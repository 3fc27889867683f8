import DriehoekInterchange
import DriehoekLoading
import DriehoekModel
import DriehoekPipeline
import Foundation
import Testing

@testable import DriehoekDiagram

/// The lookups that keep a report of every triangle linear (issue 19): each gives what testing
/// every highlight gives, and a card's tooltip is cut where the DOT writer cuts it.
@Suite struct CardFindingsIndexTests {
  /// The builders of a generated Rijk whose DGs steer many executors, with informal opdrachten
  /// (findings about each executor that name its DG) and accepted risks, and of the models in
  /// `Models/` (findings that name both ends of a role).
  private func builders() throws -> [DiagramBuilder] {
    var models = [ModelGenerator(executorCount: 30, seed: 2, informalAssignments: 2).model()]
    for name in ["rijk", "svb", "duo", "migratieketen", "shared-services"] {
      let path = Fixtures.packageRoot.appendingPathComponent("Models/\(name).yaml").path
      let result = ModelLoader().load(path: path)
      models.append(try #require(result.model, "\(result.diagnostics.map(\.description))"))
    }
    return try models.map { model in
      let day = try #require(model.peildatum)
      let highlights = LoadedModel(model: model).analysis(on: day).highlights
      return DiagramBuilder(model: model, peildatum: day, highlights: highlights)
    }
  }

  /// The scopes of every view: the whole model, each triangle's executor, each ministry.
  private func scopes(_ builder: DiagramBuilder) -> [FindingScope] {
    [.wholeModel]
      + builder.scope.executors.map { builder.findingScope(for: .driehoek($0)) }
      + builder.scope.ministries.map { builder.findingScope(for: .ministerie($0)) }
  }

  @Test func aCardsFindingsAreThoseOfTestingEveryHighlightNamingIt() throws {
    var shownSeen = 0
    var elsewhereSeen = 0
    var acceptedSeen = 0
    for builder in try builders() {
      try placements(builder, shown: &shownSeen, elsewhere: &elsewhereSeen, accepted: &acceptedSeen)
    }
    // Not vacuous: cards show findings, accepted ones too, and DGs count findings elsewhere.
    #expect(shownSeen > 0 && elsewhereSeen > 0 && acceptedSeen > 0)
  }

  private func placements(
    _ builder: DiagramBuilder, shown shownSeen: inout Int, elsewhere elsewhereSeen: inout Int,
    accepted acceptedSeen: inout Int
  ) throws {
    let index = builder.highlightIndex
    let cards = Set(builder.scope.relations.flatMap { [$0.from, $0.to] + $0.parties })
    for scope in scopes(builder) {
      for card in cards {
        let placed = scope.placement(of: index.naming(card: card), onCard: card)
        #expect(index.shown(onCard: card, scope: scope) == placed.shown, "\(card) \(scope)")
        #expect(Array(index.elsewhere(onCard: card, scope: scope)) == placed.elsewhere)
        let count = Set(placed.elsewhere.map { [$0.code] + $0.betreft.map(\.rawValue) }).count
        #expect(index.elsewhereCount(onCard: card, scope: scope) == count, "\(card) \(scope)")
        shownSeen += placed.shown.count
        elsewhereSeen += placed.elsewhere.count
        acceptedSeen += placed.shown.filter(\.isAccepted).count
      }
    }
  }

  @Test func aRelationsFindingsAreThoseOfTestingEveryHighlight() throws {
    var byBothEnds = 0
    for builder in try builders() {
      for relation in builder.scope.relations {
        let expected = builder.highlights.filter { builder.scope.matches(relation, $0) }
        #expect(
          builder.highlightIndex.matching(relation) == expected,
          "\(relation.kind) \(relation.from)")
        byBothEnds +=
          expected.filter { highlight in
            !relation.elementIDs.contains(where: highlight.betreft.contains)
          }.count
      }
    }
    // Not vacuous: some roles match a finding through both of their ends.
    #expect(byBothEnds > 0)
  }

  @Test func aMatrixRowCountsTheOpenFindingsGroupedUnderItsExecutor() throws {
    var counted = 0
    for builder in try builders() {
      for row in builder.matrix().rows {
        var expected: [Severity: Int] = [:]
        for highlight in builder.highlights
        where !highlight.isAccepted && highlight.executors.contains(row.id) {
          expected[highlight.severity, default: 0] += 1
        }
        #expect(row.openFindings == expected, "\(row.id)")
        counted += expected.values.reduce(0, +)
      }
    }
    #expect(counted > 0)
  }

  /// Lines around the cut: ASCII, letters of two bytes, a four-byte emoji and a combining mark,
  /// ending just under, at and just over the limit.
  private static let cases: [[String]] = {
    let limit = DOTEscaping.maximumTextLength
    var cases: [[String]] = []
    for end in [limit - 2, limit - 1, limit, limit + 1, limit + 2, limit + 40] {
      cases.append([String(repeating: "a", count: end)])
      cases.append([String(repeating: "a", count: end), "b"])
      cases.append(["", String(repeating: "b", count: end - 1)])
      cases.append(Array(repeating: "ë🙂e\u{301}", count: end / 3 / 4 + 1))
      cases.append(["titel", String(repeating: "x", count: end - 6 - 10), "0123456789"])
    }
    cases.append(Array(repeating: "rol", count: 900))
    cases.append(["één regel"])
    cases.append([])
    return cases
  }()

  @Test(arguments: cases)
  func aCutTooltipIsTheCutOfTheWholeText(_ lines: [String]) {
    var tooltip = TooltipText()
    for line in lines { tooltip.appendLine(line) }
    #expect(tooltip.text == DOTEscaping.truncated(lines.joined(separator: "\n")))
    // Pieces of one line, as the roles of a card are appended.
    var pieces = TooltipText()
    for (position, line) in lines.enumerated() {
      if position == 0 { pieces.appendLine(line) } else { pieces.append("; " + line) }
    }
    #expect(pieces.text == DOTEscaping.truncated(lines.joined(separator: "; ")))
  }

  @Test func aDGsTooltipInATriangleStopsAtTheLimit() throws {
    let model = ModelGenerator(executorCount: 300, seed: 1, informalAssignments: 5).model()
    let day = try #require(model.peildatum)
    let highlights = LoadedModel(model: model).analysis(on: day).highlights
    let builder = DiagramBuilder(model: model, peildatum: day, highlights: highlights)
    let executor = try #require(builder.scope.executors.first)
    let diagram = try builder.build(.driehoek(executor))
    let cut = diagram.nodes.compactMap(\.tooltip).filter { $0.hasSuffix("…") }
    // A DG with a role over a tenth of the executors lists more than the limit.
    #expect(!cut.isEmpty)
    for tooltip in cut {
      #expect(tooltip.unicodeScalars.count == DOTEscaping.maximumTextLength)
    }
  }
}
