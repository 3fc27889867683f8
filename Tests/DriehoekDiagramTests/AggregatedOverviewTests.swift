import DriehoekInterchange
import DriehoekModel
import DriehoekPipeline
import Foundation
import GraphvizRendering
import Testing

@testable import DriehoekDiagram

/// The third level of detail of an overview (issue 14, issue 19): beyond
/// `OverviewLayout.aggregateExecutorLimit` executors, each frame's executors and afspraken are
/// lists and the edges are bundled with their count.
@Suite struct AggregatedOverviewTests {
  /// A generated Rijk of `count` executors with its findings.
  private func drawing(executors count: Int) throws -> Drawing {
    let model = ModelGenerator(executorCount: count, seed: 1, informalAssignments: 1).model()
    let day = try #require(model.peildatum)
    let loaded = LoadedModel(model: model)
    return Drawing(
      model: loaded, peildatum: day, highlights: loaded.analysis(on: day).highlights,
      format: .svg)
  }

  /// The leading number of a text ("12 opdrachtgeversrelaties gebundeld: …").
  private func leadingNumber(_ text: String?) throws -> Int {
    try #require(Int(String((text ?? "").prefix { $0.isNumber })))
  }

  /// The number the summary gives before a word ("… 300 eigenaarsrollen, …").
  private func summaryCount(_ summary: String, _ word: String) throws -> Int {
    let words = summary.split(separator: " ").map(String.init)
    let at = try #require(words.firstIndex { $0.hasPrefix(word) }, "\(word) in \(summary)")
    return try #require(Int(words[at - 1]))
  }

  @Test func theThirdLevelAppearsAboveTheLimitAndNotBelow() throws {
    let limit = OverviewLayout.aggregateExecutorLimit
    let below = try drawing(executors: limit).builder.build(.landschap)
    let above = try drawing(executors: limit + 1).builder.build(.landschap)
    func executorCards(_ diagram: Diagram) -> Int {
      diagram.allNodes.filter {
        $0.svgClasses.contains("kaart") && $0.name.hasPrefix("uo")
      }.count
    }
    func lists(_ diagram: Diagram, _ kind: String) -> [DiagramNode] {
      diagram.allNodes.filter { $0.svgClasses.contains(kind) }
    }
    // At the limit: a card per executor, no list, no bundle, the legend says nothing of it.
    #expect(executorCards(below) == limit)
    #expect(lists(below, "uitvoerderslijst").isEmpty)
    #expect(!below.edges.contains { $0.svgClasses.contains("gebundeld") })
    let belowDOT = DOTWriter().write(below)
    #expect(!belowDOT.contains("samengevat"))
    // One more: no executor card, every executor on exactly one list, bundled edges, and the
    // legend says the view is summarised.
    #expect(executorCards(above) == 0)
    let executorLists = lists(above, "uitvoerderslijst")
    #expect(executorLists.count >= 10, "a list per ministry")
    let listed = try executorLists.map { try leadingNumber($0.tooltip) }.reduce(0, +)
    #expect(listed == limit + 1)
    #expect(!lists(above, "afsprakenlijst").isEmpty)
    #expect(above.edges.contains { $0.svgClasses.contains("gebundeld") })
    #expect(DOTWriter().write(above).contains("samengevat"))
    // Fewer marks than executors: that is the point.
    #expect(above.allNodes.count < limit)
  }

  @Test func bundledCountsEqualTheEdgesTheyStandFor() throws {
    let diagram = try drawing(executors: OverviewLayout.aggregateExecutorLimit + 1).builder
      .build(.landschap)
    /// The relations an edge stands for: its count when bundled, else one.
    func total(_ kind: String) throws -> Int {
      try diagram.edges.filter { $0.svgClasses.contains(kind) }.map {
        $0.svgClasses.contains("gebundeld") ? try leadingNumber($0.tooltip) : 1
      }.reduce(0, +)
    }
    let summary = diagram.summary
    #expect(try total("rol-eigenaar") == summaryCount(summary, "eigenaarsrollen"))
    #expect(try total("rol-opdrachtgever") == summaryCount(summary, "opdrachtgeversrelaties"))
    let afspraken = try diagram.allNodes.filter { $0.svgClasses.contains("afsprakenlijst") }
      .map { try leadingNumber($0.tooltip) }.reduce(0, +)
    #expect(try afspraken == summaryCount(summary, "afspraken"))
    // The label says the same count as the tooltip.
    for edge in diagram.edges where edge.svgClasses.contains("gebundeld") {
      let count = try leadingNumber(edge.tooltip)
      let noun = DiagramBuilder.bundleNoun(edge.svgClasses[1], count: count)
      var one = Diagram(name: "x", title: "x", summary: "", attributes: GraphAttributes())
      one.edges = [edge]
      #expect(DOTWriter().write(one).contains("xlabel=<"), "\(edge.svgID)")
      #expect(DOTWriter().write(one).contains(">\(count) \(noun)<"), "\(edge.svgID)")
    }
    // One bundle per pair of ends and kind.
    let keys = diagram.edges.filter { $0.svgClasses.contains("gebundeld") }.map {
      [$0.from, $0.to, $0.svgClasses[1]]
    }
    #expect(Set(keys).count == keys.count)
  }

  @Test func theThirdLevelRendersAndIsByteIdentical() throws {
    let first = try drawing(executors: OverviewLayout.aggregateExecutorLimit + 1)
      .document(for: .landschap).bytes
    let second = try drawing(executors: OverviewLayout.aggregateExecutorLimit + 1)
      .document(for: .landschap).bytes
    #expect(first == second)
    let svg = String(decoding: first, as: UTF8.self)
    #expect(svg.contains("class=\"node uitvoerderslijst"))
    #expect(svg.contains("gebundeld"))
    #expect(svg.contains("opdrachtgeversrelaties"))
  }
}
