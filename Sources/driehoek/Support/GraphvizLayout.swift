import DriehoekInterchange
import DriehoekModel
import Foundation

/// Reads Graphviz's `json` output (``GraphvizRenderer/layoutJSON(dot:)``) into the positions
/// the ArchiMate writer uses: a box per node named by a model id, and the label centre of every
/// role edge, in points with y downwards.
enum GraphvizLayout {
  /// Why a layout could not be read.
  struct Unreadable: Error, CustomStringConvertible {
    var description: String
  }

  static func parse(_ data: Data) throws -> ArchiMateLayout {
    guard let graph = try JSONSerialization.jsonObject(with: data) as? [String: Any],
      let bounds = numbers(graph["bb"] as? String), bounds.count == 4
    else { throw Unreadable(description: "Graphviz gaf geen begrenzing (bb)") }
    let top = bounds[3]
    var layout = ArchiMateLayout()
    var names: [Int: String] = [:]
    for case let object as [String: Any] in graph["objects"] as? [Any] ?? [] {
      guard let name = object["name"] as? String, let number = object["_gvid"] as? Int else {
        continue
      }
      names[number] = name
      guard let centre = numbers(object["pos"] as? String), centre.count == 2,
        let width = (object["width"] as? String).flatMap(Double.init),
        let height = (object["height"] as? String).flatMap(Double.init)
      else { continue }
      layout.boxes[ElementID(name)] = ArchiMateLayout.Box(
        x: centre[0] - width * 36, y: top - centre[1] - height * 36, width: width * 72,
        height: height * 72)
    }
    for case let edge as [String: Any] in graph["edges"] as? [Any] ?? [] {
      guard let tail = (edge["tail"] as? Int).flatMap({ names[$0] }),
        let label = numbers(edge["lp"] as? String), label.count == 2,
        let classes = edge["class"] as? String
      else { continue }
      for word in classes.split(separator: " ") where word.hasPrefix("rol-") {
        guard let kind = RoleKind(rawValue: String(word.dropFirst(4))) else { continue }
        layout.roleLabels[ArchiMateLayout.RoleEdge(kind: kind, holder: ElementID(tail))] =
          ArchiMateLayout.Point(x: label[0], y: top - label[1])
      }
    }
    return layout
  }

  private static func numbers(_ text: String?) -> [Double]? {
    guard let text else { return nil }
    let values = text.split(separator: ",").map { Double($0) }
    return values.contains(nil) ? nil : values.compactMap(\.self)
  }
}
