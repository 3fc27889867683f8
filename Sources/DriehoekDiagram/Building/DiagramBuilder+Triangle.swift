import DriehoekModel

extension DiagramBuilder {
  /// The rank constraints of a triangle: each row on one rank, and invisible edges that put each
  /// row below the one before and keep the columns of a dense triangle straight (a grid, not a fan).
  func triangleRanks(
    _ shape: TriangleShape, context: inout BuildContext
  ) -> (sameRank: [[String]], edges: [DiagramEdge]) {
    var sameRank: [[String]] = []
    var edges: [DiagramEdge] = []
    // A dense triangle's owner stands above the middle of the grid, not off to its side.
    if shape.isDense, let first = shape.rows.first {
      for owner in shape.owners {
        for name in first {
          edges.append(
            DiagramEdge(
              from: owner.rawValue, to: name, line: .invisible, arrowHead: .none,
              svgID: context.uniqueID("boven", owner.rawValue, name)))
        }
      }
    }
    for (number, row) in shape.rows.enumerated() {
      if row.count > 1 { sameRank.append(row) }
      guard number + 1 < shape.rows.count else { continue }
      let below = shape.rows[number + 1]
      for (column, name) in row.enumerated() {
        let target = below[min(column, below.count - 1)]
        var edge = DiagramEdge(
          from: name, to: target, line: .invisible, arrowHead: .none,
          svgID: context.uniqueID("rij", String(number + 1), String(column + 1)))
        edge.weight = TriangleShape.columnWeight
        edges.append(edge)
      }
    }
    return (sameRank, edges)
  }

  /// The row of afspraak hubs below a dense triangle's executor: one rank, each hub held below
  /// the executor by an invisible edge.
  func belowExecutor(
    _ hubs: [String], executor: ElementID, context: inout BuildContext
  ) -> (sameRank: [[String]], edges: [DiagramEdge]) {
    let edges = hubs.map { hub in
      DiagramEdge(
        from: executor.rawValue, to: hub, line: .invisible, arrowHead: .none,
        svgID: context.uniqueID("onder", hub))
    }
    return (hubs.count > 1 ? [hubs] : [], edges)
  }

  /// In a dense triangle, an invisible edge that puts the legend in the executor's row, beside
  /// it (length 0, pulled hard), instead of beside the owner, where its height would push the whole
  /// grid down.
  func legendPlacement(
    _ shape: TriangleShape, executor: ElementID?, context: inout BuildContext
  ) -> DiagramEdge? {
    guard shape.isDense, let executor else { return nil }
    var edge = DiagramEdge(
      from: executor.rawValue, to: "legenda:inhoud", line: .invisible, arrowHead: .none,
      minimumLength: 0, svgID: context.uniqueID("legenda", "plaats"))
    edge.weight = TriangleShape.legendWeight
    return edge
  }

  /// The most parties an afspraak hub names; the rest it counts.
  static let maximumNamedParties = 5

  /// The parties of an afspraak its hub names instead of drawing a line to them.
  ///
  /// In a dense triangle every party but the executor; in any triangle the parties outside it when
  /// there are more than ``TriangleShape/maximumOutsideCards``. All stay in the hub's tooltip.
  func namedParties(
    of relation: Relation, selection: Selection, context: BuildContext
  ) -> [ElementID] {
    guard let shape = context.triangle else { return [] }
    if shape.isDense { return relation.parties.filter { $0 != selection.executor } }
    if shape.foldsOutsideParties { return relation.parties.filter(context.compactCards.contains) }
    return []
  }

  /// The line of an afspraak hub naming parties it draws no line to: "alle N opdrachtgevers"
  /// when it binds every opdrachtgever of a dense triangle, then at most
  /// ``maximumNamedParties`` names (a unit with its organisation's id), then a count.
  func partiesText(
    _ parties: [ElementID], selection: Selection, context: BuildContext
  ) -> [HTMLContent] {
    var rest = parties
    var parts: [String] = []
    let principals = context.triangle?.principals ?? []
    if context.triangle?.isDense == true, principals.count > 1,
      principals.allSatisfy(parties.contains)
    {
      parts.append("alle \(principals.count) opdrachtgevers")
      rest.removeAll(where: principals.contains)
    }
    parts += rest.prefix(Self.maximumNamedParties).map { party in
      let name = scope.index.name(of: party)
      guard let owner = scope.owner(of: party), owner != party else { return name }
      return "\(name) (\(owner))"
    }
    if rest.count > Self.maximumNamedParties {
      parts.append("en \(rest.count - Self.maximumNamedParties) andere")
    }
    let lead = context.triangle?.isDense == true ? "partijen: " : "ook: "
    return [
      .element(
        .font(
          size: 8, color: Kaartenset.donkergrijs,
          wrappedContent(lead + parts.joined(separator: "; "), column: 30)))
    ]
  }

  /// The opdrachten an opdrachtgever's card lists in a dense triangle (where its line has no
  /// label for them): one line each with its fte, up to ``TriangleShape/maximumListedOpdrachten``;
  /// more are one line with their number and total fte (the line's tooltip lists them all).
  func opdrachtLines(onCard card: ElementID, selection: Selection) -> [String] {
    let relations = selection.relations(from: card).filter {
      $0.kind == .opdrachtgever && $0.to != card
    }
    var lines: [String] = []
    for relation in relations {
      let total = relation.opdrachten.compactMap(\.capacity).reduce(0, +)
      let fte = total > 0 ? " · \(DOTNumber.format(total)) fte" : ""
      guard relation.opdrachten.count <= TriangleShape.maximumListedOpdrachten else {
        lines.append("\(relation.opdrachten.count) opdrachten" + fte)
        continue
      }
      for opdracht in relation.opdrachten {
        var line = opdracht.name
        if let capacity = opdracht.capacity { line += " · \(DOTNumber.format(capacity)) fte" }
        lines.append(line)
      }
      if relation.opdrachten.count > 1 && total > 0 { lines.append("totaal" + fte) }
    }
    return lines
  }
}
