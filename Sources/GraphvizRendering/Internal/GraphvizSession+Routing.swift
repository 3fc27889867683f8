internal import CGraphviz
import Synchronization

/// Routing the edges between blocks (`overlay=true`) over a finished layout, cheaply.
///
/// Graphviz's router (`nop2`, `splines=true`) builds a visibility graph over every card of the
/// picture, which costs about the square of the cards per edge and their cube per graph: on the
/// Rijk model 28 edges took half a second, 89 % of the render (callgrind). Here each pair of
/// blocks gets its own small routing graph, whose obstacles are the *other* blocks, each one box
/// (`cluster_blok_N` of `OverviewLayout`), and the cards of the two blocks themselves. The route
/// so keeps out of every other ministry's frame, and the graphs hold tens of obstacles instead
/// of hundreds. The routes found (`pos`, and `lp` for a label) are written into the edges, so
/// that the final `nop2` pass keeps them as it keeps every other edge.
extension GraphvizSession {
  /// The overlay edges (DOT edge statements, one a line, as `driehoek_take_edges` writes them)
  /// with `pos` (and `lp`) filled in where a route was found; a line without a route is left as
  /// it was, and the final pass routes it.
  static func routed(
    _ overlay: String, in graph: UnsafeMutablePointer<Agraph_t>, context: OpaquePointer
  ) -> String {
    let lines = overlay.utf8.split(separator: UInt8(ascii: "\n")).map {
      String(decoding: $0, as: UTF8.self)
    }
    let layout = Geometry(graph)
    guard let bounds = layout.bounds else { return overlay }
    // What Graphviz says about a routing graph is not the user's concern: an edge it cannot
    // route is left to the final pass.
    let reported = messages.withLock { $0 }
    let level = agerrors()
    defer {
      messages.withLock { $0 = reported }
      if level < AGERR.rawValue && agerrors() >= AGERR.rawValue { _ = agreseterrors() }
    }
    let placed = Set(layout.cards.map(\.name))
    // The edges grouped by the pair of blocks they join, in the order of their first edge.
    var groups: [[Int]] = []
    var groupOf: [String: Int] = [:]
    var ends: [(tail: String, head: String)?] = []
    for (index, line) in lines.enumerated() {
      // Only an edge between two drawn cards (with a position) is routed here.
      let parsed = endpoints(line).flatMap {
        placed.contains($0.tail) && placed.contains($0.head) ? $0 : nil
      }
      ends.append(parsed)
      guard let parsed else { continue }
      let pair = [layout.blockOf[parsed.tail] ?? "", layout.blockOf[parsed.head] ?? ""].sorted()
      let key = pair.joined(separator: "\u{1F}")
      if let group = groupOf[key] {
        groups[group].append(index)
      } else {
        groupOf[key] = groups.count
        groups.append([index])
      }
    }
    var routes: [Int: String] = [:]
    for group in groups {
      let endpoints = group.compactMap { ends[$0] }
      guard let first = endpoints.first else { continue }
      let own = Set([layout.blockOf[first.tail], layout.blockOf[first.head]].compactMap { $0 })
      let named = Set(endpoints.flatMap { [$0.tail, $0.head] })
      // The edges' own cards go into every routing graph. What the routes must keep out of
      // besides (the other cards of the two blocks, every other block as one box, every card
      // outside a block) goes in once a route comes near it: a routing graph costs about the
      // cube of its corners (Pobsopen), and a route passes few obstacles. A route that keeps
      // clear of the obstacles left out is the route it would have been with them in.
      var required: [(name: String, box: Box)] = []
      var optional: [(name: String, box: Box)] = []
      for (offset, block) in layout.blocks.enumerated() where !own.contains(block.name) {
        optional.append(("driehoek:obstakel:\(offset + 1)", block.box))
      }
      for card in layout.cards {
        if named.contains(card.name) {
          required.append((card.name, card.box))
        } else if card.block.map(own.contains) ?? true {
          optional.append((card.name, card.box))
        }
      }
      // The first guess: what the straight lines between the cards' centres come near.
      let centres = Dictionary(
        required.map { ($0.name, Point(x: $0.box.x, y: $0.box.y)) }, uniquingKeysWith: { a, _ in a }
      )
      let straight = endpoints.compactMap { ends in
        centres[ends.tail].flatMap { tail in centres[ends.head].map { [tail, $0] } }
      }
      var chosen = optional.map { obstacle in
        straight.contains { Route.path($0, touches: obstacle.box, margin: touchMargin) }
      }
      var found: [Route] = []
      while true {
        // `notranslate`: neato would otherwise move the routing graph to the origin, and the
        // routes would no longer meet the cards of the picture.
        var text =
          "digraph routing {\n  graph [splines=true, notranslate=true, bb=\"\(bounds)\"];\n"
        text += "  node [shape=box, fixedsize=true, label=\"\"];\n"
        for (offset, obstacle) in optional.enumerated() where chosen[offset] {
          text += "  \(quoted(obstacle.name)) [\(obstacle.box.attributes)];\n"
        }
        for card in required { text += "  \(quoted(card.name)) [\(card.box.attributes)];\n" }
        for index in group {
          let line = lines[index]
          guard line.hasSuffix("];") else { continue }
          text += line.dropLast(2) + ", driehoek_index=\"\(index)\"];\n"
        }
        text += "}\n"
        found = route(text, context: context)
        let touched = optional.indices.filter { offset in
          !chosen[offset]
            && found.contains { $0.touches(optional[offset].box, margin: touchMargin) }
        }
        if touched.isEmpty { break }
        for offset in touched { chosen[offset] = true }
      }
      for route in found { routes[route.index] = route.attributes }
    }
    return lines.enumerated().map { index, line in
      guard let route = routes[index], line.hasSuffix("];") else { return line + "\n" }
      return line.dropLast(2) + route + "];\n"
    }.joined()
  }

  /// How close a route may pass an obstacle left out of its routing graph, in points, before it
  /// is routed again with that obstacle in: more than the 3.2 pt that neato keeps around the
  /// obstacles it has (`esep`, from the default `sep` of +4), so that a route clear of those left
  /// out is also a route with them in.
  static let touchMargin = 4.0

  /// Lays a routing graph out with `nop2` and returns the routes found, by `driehoek_index`.
  private static func route(_ text: String, context: OpaquePointer) -> [Route] {
    let bytes = Array(text.utf8CString)
    let read = bytes.withUnsafeBufferPointer { buffer in
      buffer.baseAddress.flatMap { driehoek_read_graph($0, buffer.count - 1) }
    }
    guard let graph = read else { return [] }
    defer { _ = agclose(graph) }
    guard gvLayout(context, graph, "nop2") == 0 else { return [] }
    defer { _ = gvFreeLayout(context, graph) }
    // The layout into the attributes (`pos`, `lp`), as the `dot` output device does first.
    attach_attrs(graph)
    var result: [Route] = []
    var node = agfstnode(graph)
    while let current = node {
      var edge = agfstout(graph, current)
      while let out = edge {
        if let index = attribute(out, "driehoek_index").flatMap({ Int($0) }),
          let position = attribute(out, "pos"), !position.isEmpty
        {
          let label = attribute(out, "lp").flatMap { $0.isEmpty ? nil : $0 }
          result.append(Route(index: index, position: position, label: label))
        }
        edge = agnxtout(graph, out)
      }
      node = agnxtnode(graph, current)
    }
    return result.sorted { $0.index < $1.index }
  }

  /// The tail and head names of an edge statement `"a" -> "b" [...]`.
  static func endpoints(_ line: String) -> (tail: String, head: String)? {
    var rest = Substring(line)
    func name() -> String? {
      rest = rest.drop { $0 == " " }
      guard rest.first == "\"" else { return nil }
      rest = rest.dropFirst()
      var value = ""
      var escaped = false
      while let character = rest.first {
        rest = rest.dropFirst()
        if escaped {
          if character != "\"" { value.append("\\") }
          value.append(character)
          escaped = false
        } else if character == "\\" {
          escaped = true
        } else if character == "\"" {
          return value
        } else {
          value.append(character)
        }
      }
      return nil
    }
    guard let tail = name() else { return nil }
    rest = rest.drop { $0 == " " }
    guard rest.hasPrefix("->") else { return nil }
    rest = rest.dropFirst(2)
    guard let head = name() else { return nil }
    return (tail, head)
  }

  /// A DOT string.
  ///
  /// In DOT only `\"` is an escape (a backslash before anything else stays), as
  /// `driehoek_text_quoted` writes names.
  static func quoted(_ value: String) -> String {
    var result = "\""
    for character in value {
      if character == "\"" { result.append("\\") }
      result.append(character)
    }
    return result + "\""
  }

  /// An attribute's value, or nil when the object has none.
  private static func attribute(_ object: UnsafeMutableRawPointer, _ name: String) -> String? {
    name.withCString { key in
      agget(object, UnsafeMutablePointer(mutating: key)).map { String(cString: $0) }
    }
  }

  /// A box in points: centre and size.
  struct Box {
    var x: Double
    var y: Double
    var width: Double
    var height: Double

    /// The attributes of a node that stands for this box in a routing graph.
    var attributes: String {
      "pos=\"\(x),\(y)\", width=\(width / 72), height=\(height / 72)"
    }
  }

  /// What the router needs of a finished layout: the cards with their boxes and blocks, and the
  /// blocks' boxes.
  struct Geometry {
    var bounds: String?
    var blocks: [(name: String, box: Box)] = []
    var cards: [(name: String, box: Box, block: String?)] = []
    var blockOf: [String: String] = [:]

    init(_ graph: UnsafeMutablePointer<Agraph_t>) {
      bounds = GraphvizSession.attribute(graph, "bb").flatMap { $0.isEmpty ? nil : $0 }
      var subgraph = agfstsubg(graph)
      while let current = subgraph {
        let name = String(cString: agnameof(current))
        if name.hasPrefix("cluster_blok_"),
          let box = GraphvizSession.attribute(current, "bb").flatMap(Self.box(bounds:))
        {
          blocks.append((name, box))
          var node = agfstnode(current)
          while let member = node {
            blockOf[String(cString: agnameof(member))] = name
            node = agnxtnode(current, member)
          }
        }
        subgraph = agnxtsubg(current)
      }
      var node = agfstnode(graph)
      while let current = node {
        node = agnxtnode(graph, current)
        let name = String(cString: agnameof(current))
        guard GraphvizSession.attribute(current, "style")?.contains("invis") != true,
          let position = GraphvizSession.attribute(current, "pos").flatMap(Self.point),
          let width = GraphvizSession.attribute(current, "width").flatMap(Double.init),
          let height = GraphvizSession.attribute(current, "height").flatMap(Double.init)
        else { continue }
        let box = Box(x: position.x, y: position.y, width: width * 72, height: height * 72)
        cards.append((name, box, blockOf[name]))
      }
    }

    /// `x,y`.
    static func point(_ text: String) -> (x: Double, y: Double)? {
      let parts = text.split(separator: ",").compactMap { Double($0) }
      return parts.count == 2 ? (parts[0], parts[1]) : nil
    }

    /// `llx,lly,urx,ury` as a box.
    static func box(bounds text: String) -> Box? {
      let parts = text.split(separator: ",").compactMap { Double($0) }
      guard parts.count == 4 else { return nil }
      return Box(
        x: (parts[0] + parts[2]) / 2, y: (parts[1] + parts[3]) / 2,
        width: parts[2] - parts[0], height: parts[3] - parts[1])
    }
  }
}
