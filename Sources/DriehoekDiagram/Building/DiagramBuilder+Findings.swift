import DriehoekModel

extension DiagramBuilder {
  /// The `bevindingen` view: one frame per open finding of severity `fout` or `waarschuwing`.
  ///
  /// Errors come first, then by code. Each frame holds the parties its finding involves as compact
  /// cards; the frames are laid out in a grid. Info findings and accepted risks are counted in the
  /// legend.
  func findingsDiagram() -> Diagram {
    let view = View.bevindingen
    var context = BuildContext()
    var diagram = Diagram(
      name: view.fileStem, title: title(for: view), summary: "",
      attributes: GraphAttributes(label: titleBlock(for: view)))
    let open = highlights.filter { !$0.isAccepted }
    let shown = open.filter { $0.severity >= .waarschuwing }.sorted {
      ($1.severity, $0.code, $0.betreft.map(\.rawValue).joined(separator: " "))
        < ($0.severity, $1.code, $1.betreft.map(\.rawValue).joined(separator: " "))
    }
    var firstNodes: [String] = []
    var parties = Set<ElementID>()
    // Beyond a few findings, each frame lists its parties by name instead of drawing their cards.
    let compact = shown.count > OverviewLayout.fullFindingLimit
    context.isCompactOverview = compact
    for (position, highlight) in shown.enumerated() {
      let number = position + 1
      var cards: [ElementID] = []
      for id in highlight.betreft {
        if let card = scope.card(for: id), !cards.contains(card) { cards.append(card) }
      }
      cards += scope.cards(involvedIn: highlight).subtracting(cards).sorted()
      parties.formUnion(cards)
      let findingClasses = [
        "bevinding-" + highlight.code, "bevinding-open", "ernst-" + highlight.severity.rawValue,
      ]
      let message =
        "bevinding \(highlight.code) (\(highlight.severity.rawValue))"
        + (highlight.message.map { ": " + $0 } ?? "")
      var nodes =
        compact
        ? (cards.isEmpty
          ? []
          : [partyList(cards, number: number, classes: findingClasses, context: &context)])
        : cards.map { card in
          compactCardNode(
            card, name: "bevinding\(number):\(card)",
            classes: highlight.betreft.contains(card) ? findingClasses : ["betrokken"],
            tooltip: [message], context: &context)
        }
      if nodes.isEmpty {
        nodes.append(
          DiagramNode(
            name: "bevinding\(number):leeg", label: .text(padded("geen partij op de peildatum")),
            shape: .plaintext, fontColor: Kaartenset.donkergrijs, fontSize: 9,
            svgID: context.uniqueID("bevinding", String(number), "leeg")))
      }
      firstNodes.append(nodes[0].name)
      diagram.clusters.append(
        findingFrame(highlight, number: number, nodes: nodes, context: &context))
    }
    let sizes = diagram.clusters.map { frame in
      let label = frame.label.map(LabelSize.init)
      let node = frame.nodes.map { LabelSize($0.label) }
      return (
        width: max(label?.width ?? 0, node.map(\.width).reduce(0, +) + 20) + 30,
        height: (label?.height ?? 0) + (node.map(\.height).max() ?? 0) + 50
      )
    }
    context.used.severities.formUnion(shown.map(\.severity))
    context.used.findingFrame = !shown.isEmpty
    // A grid: each frame above the frame `columns` further on, so the frames fill rows; as many
    // columns as fit the paper best.
    let columns = OverviewLayout.bestColumns(sizes)
    // The edges only order the rows (weight 0), so frames do not shift to line up their cards.
    for index in firstNodes.indices where index + columns < firstNodes.count {
      var edge = DiagramEdge(
        from: firstNodes[index], to: firstNodes[index + columns], line: .invisible,
        arrowHead: .none, svgID: context.uniqueID("raster", String(index + 1)))
      edge.weight = 0
      diagram.edges.append(edge)
    }
    if shown.isEmpty {
      diagram.nodes.append(
        emptyNode(
          "Geen open bevindingen (fout of waarschuwing) op \(peildatum).", context: &context))
    }
    let info = open.count - shown.count
    let accepted = highlights.count - open.count
    if info > 0 || accepted > 0 {
      var parts: [String] = []
      if info > 0 { parts.append("\(info) open info-\(info == 1 ? "bevinding" : "bevindingen")") }
      if accepted > 0 {
        parts.append(
          "\(accepted) \(accepted == 1 ? "bevinding" : "bevindingen") met een afwijking")
      }
      context.used.notDrawn = "niet getekend: " + parts.joined(separator: " en ") + "."
    }
    if let legend = legend(context.used, context: &context) {
      diagram.clusters.append(legend.cluster)
    }
    diagram.summary =
      "\(model.name), \(title(for: view)), peildatum \(peildatum). "
      + "\(shown.count) open bevindingen (fout of waarschuwing) over \(parties.count) partijen"
      + (shown.isEmpty
        ? "." : ": " + Array(Set(shown.map(\.code))).sorted().joined(separator: ", ") + ".")
    return diagram
  }

  /// The parties of a finding in a compact `bevindingen`: one node that lists their names.
  private func partyList(
    _ cards: [ElementID], number: Int, classes: [String], context: inout BuildContext
  ) -> DiagramNode {
    var content: [HTMLContent] = [
      .element(
        .font(
          size: Kaartenset.overviewTextSize, color: Kaartenset.donkergrijs, [.bold("betreft:")]))
    ]
    for card in cards {
      let organisation = scope.index.organisation(scope.owner(of: card) ?? card)
      var name = scope.index.unit(card)?.name ?? organisation?.name ?? scope.index.name(of: card)
      if scope.index.unit(card) != nil, let organisation { name += " (\(organisation.name))" }
      content += [
        .lineBreak,
        .element(
          .font(size: Kaartenset.overviewTextSize, wrappedContent(padded(name), column: 44))),
      ]
    }
    return DiagramNode(
      name: "bevinding\(number):partijen",
      label: .html(
        .table(
          [.init(.border, 0), .init(.cellPadding, 2)],
          rows: [.row([.cell([.init(.align, "LEFT"), .init(.lineAlign, "LEFT")], content)])])),
      shape: .plain, svgID: context.uniqueID("bevinding", String(number), "partijen"),
      svgClasses: ["partijen"] + classes,
      tooltip: cards.map { scope.index.name(of: $0) + " (\($0))" }.joined(separator: "\n"))
  }

  /// The frame of one finding: its code with the severity's symbol and word, and its message.
  private func findingFrame(
    _ highlight: DiagramHighlight, number: Int, nodes: [DiagramNode], context: inout BuildContext
  ) -> DiagramCluster {
    let badge = Kaartenset.Badge.openFinding(highlight.code, highlight.severity)
    var rows: [HTMLElement] = [
      .row([
        .cell(
          [.init(.background, badge.colors.background)]
            + (badge.isOutlined ? [.init(.border, 1), .init(.color, Kaartenset.middengrijs)] : []),
          [
            .element(
              .font(
                size: context.isCompactOverview ? Kaartenset.overviewTextSize : 9,
                color: badge.colors.text, [.bold(padded(badge.text))]))
          ]),
        .cell(
          [.init(.align, "LEFT")],
          [
            .element(
              .font(
                size: context.isCompactOverview ? Kaartenset.overviewTextSize : 9,
                color: Kaartenset.textColor(for: highlight.severity),
                [.bold(padded(highlight.severity.rawValue))]))
          ]),
      ])
    ]
    if let message = highlight.message {
      rows.append(
        .row([
          .cell(
            [.init(.align, "LEFT"), .init(.lineAlign, "LEFT"), .init(.columnSpan, 2)],
            [
              .element(
                .font(
                  size: context.isCompactOverview ? Kaartenset.overviewTextSize : 9,
                  wrappedContent(padded(message), column: context.isCompactOverview ? 48 : 56)))
            ])
        ]))
    }
    let isError = highlight.severity == .fout
    return DiagramCluster(
      name: "bevinding_\(number)",
      label: .html(
        .table([.init(.border, 0), .init(.cellSpacing, 2), .init(.cellPadding, 2)], rows: rows)),
      color: isError ? Kaartenset.rood : Kaartenset.amberTekst, fillColor: .white,
      penWidth: isError ? 3 : 1.5, nodes: nodes, isSameRank: true,
      svgID: context.uniqueID("bevinding", String(number), highlight.code),
      svgClasses: [
        "kader", "bevinding-kader", "bevinding-" + highlight.code,
        "ernst-" + highlight.severity.rawValue,
      ],
      tooltip: "bevinding \(highlight.code) (\(highlight.severity.rawValue))"
        + (highlight.message.map { ": " + $0 } ?? "") + "\nbetreft: "
        + highlight.betreft.map(\.rawValue).joined(separator: ", "))
  }
}
