/// Wraps an overview (`landschap`, `ministerie:ID`, `keten:ID`) into rows, so that it is not a
/// strip.
///
/// The picture is cut into *blocks*: every top-level frame (a ministry with its units, a keten)
/// with the loose cards that belong to it (an executor goes with the frame of its eigenaar, else of
/// a party that steers it; an afspraak goes with its first party), one block `overig` for the rest,
/// and the legend at the end of the row with the most room. Each block becomes an invisible frame, so its cards stay together. Inside
/// a block, cards of one kind that would stand side by side are folded into lines of at most
/// ``maximumPerLine(count:)``. The blocks are then laid out in rows, in order, and the number of
/// rows is the one whose estimated picture fits ``paper`` at the largest scale. Rows are kept apart by
/// an invisible separator node between them; edges from a later row to an earlier one do not take
/// part in ranking (`constraint=false`), so Graphviz draws them over the fixed rows.
///
/// Everything here is arithmetic on the diagram: the same diagram always gives the same DOT.
struct OverviewLayout {
  /// The most cards an overview draws in full; beyond it every card is an overview card.
  static let fullCardLimit = 6
  /// The most finding frames `bevindingen` draws with the parties' cards; beyond it each frame
  /// lists its parties by name.
  static let fullFindingLimit = 8
  /// The most executors an overview draws as cards; beyond it they are lists per frame and the
  /// edges are bundled (far beyond the Rijk's hundred or so; see `DiagramBuilder+Aggregation`).
  static let aggregateExecutorLimit = 300
  /// The space between cards (`nodesep`) and between ranks (`ranksep`) of a compact overview,
  /// in inches; the edges between blocks need no room of their own.
  static let compactSpacing = (nodes: 0.15, ranks: 0.25)
  /// The paper the rows aim at, in points (A3; any A-series paper has the same shape).
  static let paper = (long: 1191.0, short: 842.0)
  /// The estimated space between two cards on a line, and between two lines.
  let gap: (horizontal: Double, vertical: Double)

  init(isCompact: Bool) {
    gap =
      isCompact
      ? (Self.compactSpacing.nodes * 72, Self.compactSpacing.ranks * 72) : (36, 50)
  }

  /// The most cards of one kind side by side in one block.
  static func maximumPerLine(count: Int) -> Int {
    max(4, Int((Double(count) * 2).squareRoot().rounded(.up)))
  }

  /// A block: its frame (or none for `overig`), the loose nodes it takes, and its estimate.
  private struct Block {
    var cluster: DiagramCluster?
    var nodes: [DiagramNode] = []
    var isLegend = false
    var size = (width: 0.0, height: 0.0)
  }

  /// The diagram wrapped into rows.
  func wrap(_ diagram: Diagram) -> Diagram {
    var diagram = diagram
    var blocks: [Block] = []
    var legend: Block?
    var blockOf: [String: Int] = [:]
    for cluster in diagram.clusters {
      if cluster.name == "legenda" {
        legend = Block(cluster: cluster, isLegend: true)
        continue
      }
      for node in cluster.allNodes { blockOf[node.name] = blocks.count }
      blocks.append(Block(cluster: cluster))
    }
    let isHub = Set(
      diagram.nodes.filter { $0.svgClasses.contains("afspraak-knoop") }.map(\.name))
    // Loose cards: with the frame of their eigenaar, else of a party that steers them, else of
    // a card they steer; twice, so that a card steered by a loose card follows it.
    // The edges by the card they come from and go to, in order: a scan of every edge per card
    // made the landscape quadratic in its executors.
    let edges = diagram.edges
    var outgoing: [String: [Int]] = [:]
    var incomingEdges: [String: [Int]] = [:]
    for (position, edge) in edges.enumerated() {
      outgoing[edge.from, default: []].append(position)
      if edge.from != edge.to { incomingEdges[edge.to, default: []].append(position) }
    }
    var loose = diagram.nodes.filter { !isHub.contains($0.name) }.map(\.name)
    for _ in 0..<2 {
      var pending: [String] = []
      for name in loose {
        let incoming = (incomingEdges[name] ?? []).lazy.map { edges[$0] }
        let owner = incoming.first {
          $0.svgClasses.contains("rol-eigenaar") && blockOf[$0.from] != nil
        }
        let steering = incoming.first { blockOf[$0.from] != nil }
        let steered = (outgoing[name] ?? []).lazy.map { edges[$0] }.first {
          blockOf[$0.to] != nil
        }
        if let block = (owner?.from ?? steering?.from).flatMap({ blockOf[$0] })
          ?? steered.flatMap({ blockOf[$0.to] })
        {
          blockOf[name] = block
        } else {
          pending.append(name)
        }
      }
      loose = pending
    }
    var rest: Block?
    if !loose.isEmpty || diagram.nodes.contains(where: { isHub.contains($0.name) }) {
      rest = Block()
    }
    let restIndex = blocks.count
    for name in loose { blockOf[name] = restIndex }
    for hub in diagram.nodes where isHub.contains(hub.name) {
      let parties = (outgoing[hub.name] ?? []).map { edges[$0].to }
      blockOf[hub.name] = parties.lazy.compactMap { blockOf[$0] }.first ?? restIndex
    }
    if let rest { blocks.append(rest) }
    var unplaced: [DiagramNode] = []
    for node in diagram.nodes {
      if let index = blockOf[node.name], blocks.indices.contains(index) {
        blocks[index].nodes.append(node)
      } else {
        unplaced.append(node)
      }
    }
    blocks.removeAll { $0.cluster == nil && $0.nodes.isEmpty }
    // The legend goes last, into the row with the most room (see `bestRows`).
    if let legend { blocks.append(legend) }

    // Fold long lines inside each block, and estimate its size.
    var folds: [DiagramEdge] = []
    for index in blocks.indices {
      blocks[index].size = fold(&blocks[index], edges: diagram.edges, folds: &folds)
    }

    // Rows: the count whose estimated picture is closest to the target aspect.
    let rows = bestRows(blocks.map(\.size), lastIsLegend: legend != nil)

    // The new diagram: every block in an invisible frame, separators between rows.
    diagram.clusters = blocks.enumerated().map { index, block in
      DiagramCluster(
        name: "blok_\(index + 1)", label: .text(""), color: .white, line: .invisible, penWidth: 0,
        nodes: block.nodes, clusters: block.cluster.map { [$0] } ?? [],
        svgID: "blok-\(index + 1)", svgClasses: ["blok"],
        tooltip: "est \(Int(block.size.width))x\(Int(block.size.height))")
    }
    diagram.nodes = unplaced
    // An edge between two blocks is left out of the layout and routed over it afterwards.
    var inBlock: [DiagramEdge] = folds
    for index in diagram.edges.indices {
      let edge = diagram.edges[index]
      guard let from = blockOf[edge.from], let to = blockOf[edge.to] else { continue }
      if from == to {
        if edge.isConstraint { inBlock.append(edge) }
      } else {
        diagram.edges[index].isConstraint = false
        diagram.edges[index].isOverlay = true
        diagram.edges[index].svgClasses.append("kruislijn")
      }
    }
    diagram.edges += folds
    // Rows apart: an invisible separator below the deepest cards of each block in a row, and
    // above the first cards of each block in the next. Only the deepest cards point at it, so
    // no invisible edge crosses a rank of cards (where it would take room).
    let depth = Self.depths(inBlock)
    // The first cards of every block of a row share its top rank.
    for row in rows {
      let top = row.flatMap { index in
        (blocks[index].nodes + (blocks[index].cluster?.allNodes ?? [])).map(\.name)
          .filter { depth[$0] ?? 0 == 0 }
      }
      // An invisible flat edge from each block's first card to the next block's keeps the
      // blocks in reading order and pulls them together (Graphviz leaves slack between
      // unconnected clusters where it happens to fall).
      let firsts = row.compactMap { index in
        (blocks[index].nodes + (blocks[index].cluster?.allNodes ?? [])).map(\.name)
          .first { depth[$0] ?? 0 == 0 }
      }
      if top.count > 1 { diagram.sameRank.append(top) }
      for (left, right) in zip(firsts, firsts.dropFirst()) {
        diagram.edges.append(rowEdge(from: left, to: right, weight: 1))
      }
    }
    for row in rows.indices.dropLast() {
      let separator = "rij:\(row + 1)"
      diagram.nodes.append(invisiblePoint(separator))
      let names = rows[row].flatMap { index in
        (blocks[index].nodes + (blocks[index].cluster?.allNodes ?? [])).map(\.name)
      }
      let deepest = names.map { depth[$0] ?? 0 }.max() ?? 0
      for name in names where depth[name] ?? 0 == deepest {
        diagram.edges.append(rowEdge(from: name, to: separator, weight: 0))
      }
      for index in rows[row + 1] {
        for node in blocks[index].nodes + (blocks[index].cluster?.allNodes ?? [])
        where depth[node.name] ?? 0 == 0 {
          diagram.edges.append(rowEdge(from: separator, to: node.name, weight: 0))
        }
      }
    }
    return diagram
  }

  /// The number of columns of a grid of frames (in order, row by row) whose estimated picture
  /// fits ``paper`` at the largest scale: every column as wide as its widest frame, every row as
  /// high as its highest.
  static func bestColumns(_ sizes: [(width: Double, height: Double)]) -> Int {
    guard !sizes.isEmpty else { return 1 }
    var best = 1
    var bestFit = 0.0
    for columns in 1...sizes.count {
      var widths = [Double](repeating: 0, count: columns)
      var heights: [Double] = []
      for (index, size) in sizes.enumerated() {
        widths[index % columns] = max(widths[index % columns], size.width)
        if index % columns == 0 { heights.append(0) }
        heights[heights.count - 1] = max(heights[heights.count - 1], size.height)
      }
      let across = widths.reduce(0, +)
      let down = max(1, heights.reduce(0, +))
      let fit = max(
        min(paper.long / across, paper.short / down), min(paper.short / across, paper.long / down))
      if fit > bestFit {
        bestFit = fit
        best = columns
      }
    }
    return best
  }

  /// The edges of a compact overview: the role edges between the same two cards (an eigenaar
  /// that is also opdrachtgever) as one edge with both classes and both tooltips; the first
  /// edge's look wins, and a red (error) edge always wins.
  static func aggregated(_ edges: [DiagramEdge]) -> [DiagramEdge] {
    var result: [DiagramEdge] = []
    var position: [String: Int] = [:]
    for edge in edges {
      guard edge.label == nil, edge.isConstraint, edge.svgClasses.contains("relatie") else {
        result.append(edge)
        continue
      }
      let key = edge.from + "\u{1F}" + edge.to
      guard let at = position[key] else {
        position[key] = result.count
        result.append(edge)
        continue
      }
      var merged = result[at]
      if edge.color == Kaartenset.rood {
        merged.color = edge.color
        merged.penWidth = max(merged.penWidth, edge.penWidth)
      }
      for name in edge.svgClasses where !merged.svgClasses.contains(name) {
        merged.svgClasses.append(name)
      }
      merged.svgClasses.append("samengevoegd")
      merged.tooltip = [merged.tooltip, edge.tooltip].compactMap { $0 }.joined(separator: "\n")
      result[at] = merged
    }
    return result
  }

  private func invisiblePoint(_ name: String) -> DiagramNode {
    DiagramNode(
      name: name, label: .text(""), shape: .point, style: [.invisible], size: 0.01,
      svgID: DOTEscaping.identifier(name.split(separator: ":").joined(separator: "-")),
      svgClasses: ["rij"])
  }

  private func rowEdge(from: String, to: String, weight: Int) -> DiagramEdge {
    var edge = DiagramEdge(
      from: from, to: to, line: .invisible, arrowHead: .none,
      svgID: "rij-" + DOTEscaping.identifier(from + "-" + to), svgClasses: ["rij"])
    edge.weight = weight
    return edge
  }

  /// The depth of every card in its block: the longest path of ranking edges to it (their
  /// `minlen`), in topological order; a card in a cycle keeps the depth found before it.
  static func depths(_ edges: [DiagramEdge]) -> [String: Int] {
    var successors: [String: [(String, Int)]] = [:]
    var incoming: [String: Int] = [:]
    var names: [String] = []
    var seen = Set<String>()
    for edge in edges where edge.from != edge.to {
      successors[edge.from, default: []].append((edge.to, edge.minimumLength ?? 1))
      incoming[edge.to, default: 0] += 1
      for name in [edge.from, edge.to] where seen.insert(name).inserted { names.append(name) }
    }
    var depth: [String: Int] = [:]
    var ready = names.filter { incoming[$0, default: 0] == 0 }
    var next = 0
    while next < ready.count {
      let name = ready[next]
      next += 1
      for (successor, length) in successors[name] ?? [] {
        depth[successor] = max(depth[successor] ?? 0, (depth[name] ?? 0) + length)
        incoming[successor, default: 0] -= 1
        if incoming[successor] == 0 { ready.append(successor) }
      }
    }
    return depth
  }

  /// Folds the lines of a block (cards with no steering edge inside the block, and cards with
  /// one, separately; the cards inside each frame by frame) and returns its estimated size.
  private func fold(
    _ block: inout Block, edges: [DiagramEdge], folds: inout [DiagramEdge]
  ) -> (width: Double, height: Double) {
    let members = Set(block.nodes.map(\.name) + (block.cluster?.allNodes.map(\.name) ?? []))
    let steered = Set(
      edges.filter {
        $0.isConstraint && members.contains($0.from) && members.contains($0.to) && $0.from != $0.to
      }.map(\.to))
    var groups: [[String]] = []
    func split(_ names: [String]) {
      let top = names.filter { !steered.contains($0) }
      let below = names.filter { steered.contains($0) }
      if !top.isEmpty { groups.append(top) }
      if !below.isEmpty { groups.append(below) }
    }
    func visit(_ cluster: DiagramCluster) {
      split(cluster.nodes.map(\.name))
      cluster.clusters.forEach(visit)
    }
    if let cluster = block.cluster { visit(cluster) }
    let hubs = block.nodes.filter { $0.svgClasses.contains("afspraak-knoop") }.map(\.name)
    let isHub = Set(hubs)
    split(block.nodes.map(\.name).filter { !isHub.contains($0) })
    // The afspraken of a block fold like its cards (a generated Rijk has one per executor);
    // they stand beside the frame.
    let hubsPerLine = Self.maximumPerLine(count: hubs.count)
    for start in hubs.indices where start + hubsPerLine < hubs.count {
      folds.append(foldEdge(from: hubs[start], to: hubs[start + hubsPerLine]))
    }
    var size: [String: LabelSize] = [:]
    for node in block.nodes + (block.cluster?.allNodes ?? []) {
      size[node.name] = LabelSize(node.label)
    }
    var width = 0.0
    var height = block.cluster.flatMap { $0.label.map { LabelSize($0).height + 16 } } ?? 0
    for group in groups {
      let perLine = Self.maximumPerLine(count: group.count)
      for start in group.indices where start + perLine < group.count {
        folds.append(foldEdge(from: group[start], to: group[start + perLine]))
      }
      for start in stride(from: 0, to: group.count, by: perLine) {
        let line = group[start..<min(start + perLine, group.count)].compactMap { size[$0] }
        width = max(width, line.map { $0.width + gap.horizontal }.reduce(0, +))
        height += (line.map(\.height).max() ?? 0) + gap.vertical
      }
    }
    if !hubs.isEmpty {
      let line = hubs.prefix(hubsPerLine).compactMap { size[$0] }
      width += min(line.map { $0.width + gap.horizontal }.reduce(0, +), width)
    }
    // The frame's margins and border, and the invisible block's.
    return (width + 32, height + 32)
  }

  /// An invisible edge that puts a card on the line below another.
  private func foldEdge(from: String, to: String) -> DiagramEdge {
    var edge = DiagramEdge(
      from: from, to: to, line: .invisible, arrowHead: .none,
      svgID: "vouw-" + DOTEscaping.identifier(from + "-" + to), svgClasses: ["vouw"])
    edge.weight = 1
    return edge
  }

  /// The blocks cut into rows, in order: the row count whose estimated picture fits the paper
  /// at the largest scale.
  private func bestRows(
    _ sizes: [(width: Double, height: Double)], lastIsLegend: Bool
  ) -> [[Int]] {
    guard !sizes.isEmpty else { return [] }
    let blocks = lastIsLegend ? sizes.count - 1 : sizes.count
    guard blocks > 0 else { return [Array(sizes.indices)] }
    let total = sizes[..<blocks].map(\.width).reduce(0, +)
    var best: [[Int]] = [Array(sizes.indices)]
    var bestScore = Double.infinity
    for count in 1...blocks {
      let limit = total / Double(count)
      var rows: [[Int]] = [[]]
      var width = 0.0
      for (index, size) in sizes[..<blocks].enumerated() {
        if let last = rows.last, !last.isEmpty, width + size.width / 2 > limit {
          rows.append([])
          width = 0
        }
        rows[rows.count - 1].append(index)
        width += size.width
      }
      // However good the estimate, no row holds more than about √(2n) of n blocks, so that a
      // misjudged size cannot make a strip.
      let most = Int((Double(blocks) * 2).squareRoot().rounded(.up))
      if rows.contains(where: { $0.count > most }) { continue }
      if lastIsLegend {
        // The legend ends the narrowest row (the last of equals).
        let widths = rows.map { $0.map { sizes[$0].width }.reduce(0, +) }
        let narrowest = widths.indices.last { widths[$0] == widths.min() } ?? 0
        rows[narrowest].append(blocks)
      }
      // Graphviz leaves about a fifth more room across a row than the blocks' estimates.
      let widths = rows.map { $0.map { sizes[$0].width }.reduce(0, +) * 1.2 }
      let heights = rows.map { $0.map { sizes[$0].height }.max() ?? 0 }
      let across = max(1, widths.max() ?? 1)
      let down = max(1, heights.reduce(0, +))
      // The scale at which the picture fits the paper in its better orientation: the larger,
      // the larger its text prints.
      let (long, short) = Self.paper
      let score = -max(min(long / across, short / down), min(short / across, long / down))
      if score < bestScore {
        bestScore = score
        best = rows
      }
    }
    return best
  }
}
