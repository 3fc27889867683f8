import DriehoekDiagram
import DriehoekInterchange
import DriehoekLoading
import DriehoekModel
import DriehoekPipeline
import Foundation
import GraphvizRendering
import Testing

/// Overviews that wrap (issue 14): blocks in rows, edges between blocks routed over the layout,
/// compact cards beyond a few cards, and a picture that is never a strip.
@Suite struct OverviewLayoutTests {
  /// A model of `Models/` with the analysis' findings, drawn in SVG.
  private func drawing(_ name: String) throws -> Drawing {
    let path = Fixtures.packageRoot.appendingPathComponent("Models/\(name).yaml").path
    let result = ModelLoader().load(path: path)
    let model = try #require(result.model, "\(result.diagnostics.map(\.description))")
    let day = try #require(model.peildatum)
    let loaded = LoadedModel(model: model)
    return Drawing(
      model: loaded, peildatum: day, highlights: loaded.analysis(on: day).highlights,
      format: .svg)
  }

  /// The width and height of an SVG document, in pt.
  private func size(_ bytes: [UInt8]) throws -> (width: Double, height: Double) {
    let svg = String(decoding: bytes, as: UTF8.self)
    func value(_ name: String) throws -> Double {
      let start = try #require(svg.range(of: " \(name)=\""))
      let rest = svg[start.upperBound...]
      let number = rest.prefix { $0.isNumber || $0 == "." }
      return try #require(Double(String(number)))
    }
    return (try value("width"), try value("height"))
  }

  @Test func theLandscapeOfTheRijkWrapsIntoRowsOfBlocks() throws {
    let drawing = try drawing("rijk")
    let diagram = try drawing.builder.build(.landschap)
    let blocks = diagram.allClusters.filter { $0.svgClasses.contains("blok") }
    #expect(blocks.count >= 12, "een blok per ministerie")
    // Each row's first cards share a rank; there is more than one row.
    #expect(diagram.sameRank.count >= 3)
    // Executors sit in the block of the ministry of their eigenaar: no eigenaar edge from a unit
    // in a ministry's frame crosses to another block.
    var blockOf: [String: String] = [:]
    for block in blocks { for node in block.allNodes { blockOf[node.name] = block.name } }
    // (A member of a keten stands in the keten's frame, its own block.)
    let inKeten = Set(
      diagram.allClusters.filter { $0.svgClasses.contains("keten") }.flatMap(\.allNodes).map(\.name)
    )
    let owners = diagram.edges.filter {
      $0.svgClasses.contains("rol-eigenaar") && !inKeten.contains($0.to)
    }
    #expect(owners.count >= 10)
    for edge in owners {
      #expect(blockOf[edge.from] == blockOf[edge.to], "\(edge.svgID)")
      #expect(!edge.isOverlay)
    }
    // Cross-ministry principals stay visible: edges between blocks, routed over the layout.
    let overlay = diagram.edges.filter(\.isOverlay)
    #expect(overlay.count >= 10)
    for edge in overlay {
      #expect(blockOf[edge.from] != blockOf[edge.to])
      #expect(edge.svgClasses.contains("kruislijn"))
    }
    let bytes = try drawing.document(for: .landschap).bytes
    let svg = try #require(SVGInspector.inspect(bytes))
    #expect(svg.ids.isSuperset(of: overlay.map(\.svgID)), "elke kruislijn is getekend")
    let (width, height) = try size(bytes)
    #expect(width / height <= 3 && height / width <= 3, "\(width) × \(height)")
    // It fits A3 at half size or more, so that its 10 pt text prints at 5 pt.
    let fit = max(min(1191 / width, 842 / height), min(842 / width, 1191 / height))
    #expect(fit >= 0.5, "\(width) × \(height)")
  }

  @Test func aBigOverviewDrawsCompactCardsAndALittleOneFullCards() throws {
    let big = try drawing("rijk").builder.build(.landschap)
    let bigText = DOTWriter().write(big)
    #expect(big.allNodes.filter { $0.svgClasses.contains("kaart") }.count > 6)
    #expect(!bigText.contains(">id: "), "overzichtskaarten hebben geen id-regel")
    #expect(big.edges.filter { $0.svgClasses.contains("relatie") }.allSatisfy { $0.label == nil })
    #expect(!bigText.contains("POINT-SIZE=\"7\""), "niets onder 10 pt")
    let small = try drawing("sociale-verzekeringsbank").builder.build(.ministerie("vws"))
    let smallText = DOTWriter().write(small)
    #expect(small.allNodes.filter { $0.svgClasses.contains("kaart") }.count <= 6)
    #expect(smallText.contains(">id: "), "volle kaarten houden hun id-regel")
  }

  @Test func bevindingenOfManyFindingsListsThePartiesInEachFrame() throws {
    let diagram = try drawing("rijk").builder.build(.bevindingen)
    let frames = diagram.clusters.filter { $0.svgClasses.contains("bevinding-kader") }
    #expect(frames.count > 8)
    for frame in frames {
      #expect(frame.nodes.count == 1)
      #expect(frame.nodes.first?.svgClasses.contains("partijen") == true)
    }
  }

  @Test func twoRendersOfAWrappedOverviewAreByteIdentical() throws {
    let first = try drawing("rijk").document(for: .landschap).bytes
    let second = try drawing("rijk").document(for: .landschap).bytes
    #expect(first == second)
  }

  @Test func aGeneratedRijkOf150ExecutorsIsNoStripAndRendersInSeconds() throws {
    let model = ModelGenerator(executorCount: 150, seed: 1).model()
    let day = try #require(model.peildatum)
    let loaded = LoadedModel(model: model)
    // With the findings (as `render` draws it) and without (other cards, other estimates).
    for highlights in [loaded.analysis(on: day).highlights, []] {
      let drawing = Drawing(
        model: loaded, peildatum: day, highlights: highlights, format: .svg)
      let clock = ContinuousClock()
      var bytes: [UInt8] = []
      let took = try clock.measure { bytes = try drawing.document(for: .landschap).bytes }
      let (width, height) = try size(bytes)
      #expect(width / height <= 3 && height / width <= 3, "\(width) × \(height)")
      #expect(took < .seconds(60), "\(took)")
    }
  }
}
