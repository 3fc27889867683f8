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

  /// An edge between two blocks is routed through the gaps between the blocks.
  ///
  /// No point of its curve lies inside a third block's frame (GraphvizSession+Routing.swift);
  /// routed around the cards alone, as before, such edges crossed other ministries' frames.
  @Test func edgesBetweenBlocksKeepOutOfTheOtherBlocks() throws {
    let drawing = try drawing("rijk")
    let dot = String(decoding: try drawing.dot(for: .landschap), as: UTF8.self)
    let json = try GraphvizRenderer().layoutJSON(dot: dot).bytes
    let layout = try #require(try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any])
    let objects = try #require(layout["objects"] as? [[String: Any]])
    let edges = try #require(layout["edges"] as? [[String: Any]])
    func numbers(_ text: String) -> [Double] {
      text.split { $0 == "," || $0 == " " }.compactMap { Double($0) }
    }
    // The blocks: their frame (shrunk by 2 pt, for a curve that touches it) and their cards.
    var blocks: [(box: [Double], members: Set<Int>)] = []
    for object in objects {
      guard let name = object["name"] as? String, name.hasPrefix("cluster_blok_"),
        let bb = object["bb"] as? String, let members = object["nodes"] as? [Int]
      else { continue }
      let box = numbers(bb)
      try #require(box.count == 4)
      blocks.append(([box[0] + 2, box[1] + 2, box[2] - 2, box[3] - 2], Set(members)))
    }
    #expect(blocks.count >= 12)
    var checked = 0
    for edge in edges where (edge["class"] as? String)?.contains("kruislijn") == true {
      let tail = try #require(edge["tail"] as? Int)
      let head = try #require(edge["head"] as? Int)
      let position = try #require(edge["pos"] as? String)
      // The B-spline's points, without the arrow's end point ("e,x,y").
      let points = position.split(separator: " ").filter {
        !$0.hasPrefix("e,") && !$0.hasPrefix("s,")
      }
      .map { numbers(String($0)) }
      try #require(points.count >= 4 && (points.count - 1) % 3 == 0, "\(position)")
      var curve: [[Double]] = []
      for start in stride(from: 0, to: points.count - 1, by: 3) {
        let (p0, p1, p2, p3) = (
          points[start], points[start + 1], points[start + 2], points[start + 3]
        )
        for step in 0...10 {
          let t = Double(step) / 10
          let u = 1 - t
          curve.append(
            (0..<2).map { axis in
              u * u * u * p0[axis] + 3 * u * u * t * p1[axis] + 3 * u * t * t * p2[axis] + t * t * t
                * p3[axis]
            })
        }
      }
      for block in blocks where !block.members.contains(tail) && !block.members.contains(head) {
        let inside = curve.first { point in
          point[0] > block.box[0] && point[0] < block.box[2] && point[1] > block.box[1]
            && point[1] < block.box[3]
        }
        #expect(inside == nil, "\(edge["id"] ?? "") crosses a block at \(inside ?? [])")
      }
      checked += 1
    }
    #expect(checked >= 20, "the Rijk's landscape has 28 edges between blocks")
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
