import Foundation
import GraphvizRendering
import Testing

/// `layoutJSON` gives the positions of the layout that SVG rendering draws.
@Suite struct LayoutJSONTests {
  @Test func givesNodePositionsAndEdgeLabelsOfTheSVGLayout() throws {
    let dot = """
      digraph g {
        "a-1" [shape=box, width=2, height=1];
        "b.2" [shape=box];
        "a-1" -> "b.2" [id="e1", class="rol-eigenaar", label="eigenaar"];
      }
      """
    let result = try GraphvizRenderer().layoutJSON(dot: dot)
    let graph = try #require(
      try JSONSerialization.jsonObject(with: Data(result.bytes)) as? [String: Any])
    #expect(graph["bb"] is String)
    let objects = try #require(graph["objects"] as? [[String: Any]])
    let first = try #require(objects.first { $0["name"] as? String == "a-1" })
    #expect(first["width"] as? String == "2")
    #expect((first["pos"] as? String)?.split(separator: ",").count == 2)
    let edge = try #require((graph["edges"] as? [[String: Any]])?.first)
    #expect(edge["class"] as? String == "rol-eigenaar")
    #expect((edge["lp"] as? String)?.split(separator: ",").count == 2)
    // The same layout as the SVG: the node stands where the SVG draws it.
    let svg = String(
      decoding: try GraphvizRenderer().render(dot: dot, format: .svg).bytes, as: UTF8.self)
    let centre = try #require((first["pos"] as? String)?.split(separator: ","))
    #expect(svg.contains("x=\"\(centre[0])\""))
  }

  @Test func reportsBrokenDOT() {
    #expect(throws: RenderingError.self) {
      try GraphvizRenderer().layoutJSON(dot: "digraph {")
    }
  }
}
