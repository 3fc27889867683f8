import Foundation
import GraphvizRendering
import Testing

/// The id discipline in CGraphviz/shim.h maps object names itself (Graphviz 2.42/2.43 leaks the
/// entries of its own internal name map): every name must still come back in the SVG, clusters
/// in DOT order, across many names (the table grows several times) and repeated renders.
@Suite struct ObjectNameTests {
  static let dot: String = {
    var text = "digraph \"namen\" {\n"
    for cluster in 0..<40 {
      text += "  subgraph \"cluster_c\(cluster)\" { label=\"C\(cluster)\";"
      for node in 0..<12 { text += " \"n\(cluster)-\(node)\";" }
      text += " }\n"
    }
    // A node that shares its name with a subgraph, and edges between named nodes.
    text += "  \"cluster_c0\" [label=\"knoop\"];\n"
    for cluster in 0..<39 { text += "  \"n\(cluster)-0\" -> \"n\(cluster + 1)-0\";\n" }
    text += "}\n"
    return text
  }()

  @Test func everyNameComesBackInDOTOrder() throws {
    let first = try GraphvizRenderer().render(dot: Self.dot, format: .svg)
    let svg = String(decoding: first.bytes, as: UTF8.self)
    var searchFrom = svg.startIndex
    for cluster in 0..<40 {
      let title = "<title>cluster_c\(cluster)</title>"
      let found = try #require(
        svg.range(of: title, range: searchFrom..<svg.endIndex),
        "\(title) ontbreekt of staat uit volgorde")
      searchFrom = found.upperBound
    }
    for cluster in 0..<40 {
      for node in 0..<12 {
        #expect(svg.components(separatedBy: "<title>n\(cluster)-\(node)</title>").count == 2)
      }
    }
    #expect(svg.contains(">knoop</text>"))
    #expect(svg.contains("<title>n0-0-&gt;n1-0</title>"))
    let second = try GraphvizRenderer().render(dot: Self.dot, format: .svg)
    #expect(second == first)
  }
}
