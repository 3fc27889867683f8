import DriehoekLoading
import DriehoekModel
import Foundation
import GraphvizRendering
import Testing

@testable import DriehoekDiagram

/// Triangles with many opdrachtgevers print legibly on A4 (issue 14, part B): the held-out models
/// in `Tests/Fixtures/print` have executors under 1 to 12 opdrachtgevers.
@Suite struct TriangleLegibilityTests {
  /// A4 in points, long side first.
  private static let a4 = (long: 842.0, short: 595.0)
  /// The smallest text on a triangle's cards, in points.
  private static let smallest = TriangleShape.smallTextSize

  private func model(_ name: String) throws -> Model {
    let path = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/print/\(name).yaml").path
    let result = ModelLoader().load(path: path)
    #expect(result.isValid, "\(result.diagnostics.map(\.description))")
    return try #require(result.model)
  }

  private func diagram(_ executor: String, in name: String) throws -> Diagram {
    let model = try model(name)
    return try DiagramBuilder(model: model, peildatum: try #require(model.peildatum))
      .build(.driehoek(ElementID(executor)))
  }

  /// The size of the picture Graphviz lays out, in points (the `viewBox` of the SVG).
  private func size(of diagram: Diagram) throws -> (width: Double, height: Double) {
    let svg = try GraphvizRenderer().render(dot: DOTWriter().write(diagram), format: .svg)
    let text = String(decoding: svg.bytes, as: UTF8.self)
    let pattern = try #require(try? Regex(#"viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)""#))
    let match = try #require(text.firstMatch(of: pattern))
    let width = try #require(Double(String(match.output[1].substring ?? "")))
    let height = try #require(Double(String(match.output[2].substring ?? "")))
    return (width, height)
  }

  /// The scale at which a picture fits A4 in its better orientation.
  private func a4Scale(_ size: (width: Double, height: Double)) -> Double {
    max(
      min(Self.a4.long / size.width, Self.a4.short / size.height),
      min(Self.a4.short / size.width, Self.a4.long / size.height))
  }

  @Test func rowsAreBalancedAndKeepTheirOrder() {
    let items = (1...10).map(String.init)
    let rows = TriangleShape.balancedRows(items, perRow: 4)
    #expect(rows.map(\.count) == [4, 3, 3])
    #expect(rows.flatMap { $0 } == items)
    #expect(TriangleShape.balancedRows(items, perRow: 3).map(\.count) == [3, 3, 2, 2])
    #expect(TriangleShape.balancedRows([], perRow: 3).isEmpty)
  }

  @Test func manyOpdrachtgeversFormAGridInsteadOfOneRow() throws {
    let diagram = try diagram("ssc", in: "tien-uitvoerders")
    let principals = Set(
      (["bzk", "ocw", "szw", "vws", "jenv", "ienw", "fin", "ez", "lvvn", "def"])
        .map { $0 + "-dgb" })
    let rows = diagram.sameRank.filter { !Set($0).isDisjoint(with: principals) }
    // Ten opdrachtgevers in four rows of at most three: every one in exactly one row.
    #expect(rows.count == 4)
    #expect(rows.allSatisfy { $0.count <= 3 })
    #expect(rows.flatMap { $0 }.sorted() == principals.sorted())
    // Invisible edges hold the rows under each other.
    #expect(diagram.edges.contains { $0.line == .invisible && $0.svgID.hasPrefix("rij-") })
  }

  @Test func aDenseTriangleMovesOpdrachtenFromTheLinesToTheCards() throws {
    let diagram = try diagram("ssc", in: "tien-uitvoerders")
    let lines = diagram.edges.filter { $0.svgClasses.contains("rol-opdrachtgever") }
    #expect(lines.count == 10)
    #expect(lines.allSatisfy { $0.label == nil })
    let card = try #require(diagram.allNodes.first { $0.svgID == "kaart-def-dgb" })
    guard case .html(let table) = card.label else {
      Issue.record("de kaart is geen HTML-tabel")
      return
    }
    let text = "\(table)"
    #expect(text.contains("Dienstverlening DEF"))
    #expect(text.contains("fte"))
  }

  @Test func aTriangleWithOneOrTwoOpdrachtgeversKeepsItsLabelledLines() throws {
    let diagram = try diagram("lbi", in: "tien-uitvoerders")
    let lines = diagram.edges.filter { $0.svgClasses.contains("rol-opdrachtgever") }
    #expect(lines.count == 1)
    #expect(lines.allSatisfy { $0.label != nil })
    #expect(!diagram.edges.contains { $0.svgID.hasPrefix("rij-") })
  }

  @Test(arguments: [
    ("lbi", "tien-uitvoerders"),  // 1 opdrachtgever
    ("rdz", "tien-uitvoerders"),  // 3
    ("ubk", "tien-uitvoerders"),  // 6
    ("dic", "tien-uitvoerders"),  // 8
    ("ssc", "tien-uitvoerders"),  // 10
    ("rdi", "twaalf-opdrachtgevers"),  // 12, three opdrachten each
  ])
  func everyTriangleFitsA4WithItsSmallestTextAtFivePoints(executor: String, model: String) throws {
    let size = try size(of: diagram(executor, in: model))
    let printed = Self.smallest * a4Scale(size)
    #expect(printed >= 5, "\(executor): \(Int(size.width))×\(Int(size.height)) pt, \(printed) pt")
  }
}
