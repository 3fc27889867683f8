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
      var nodes = cards.map { card in
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
    context.used.severities.formUnion(shown.map(\.severity))
    context.used.findingFrame = !shown.isEmpty
    // A grid: each frame above the frame `columns` further on, so the frames fill rows.
    let columns = max(1, Int((Double(shown.count) * 0.3).squareRoot().rounded(.up)))
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
          [.element(.font(size: 9, color: badge.colors.text, [.bold(padded(badge.text))]))]),
        .cell(
          [.init(.align, "LEFT")],
          [
            .element(
              .font(
                size: 9, color: Kaartenset.textColor(for: highlight.severity),
                [.bold(padded(highlight.severity.rawValue))]))
          ]),
      ])
    ]
    if let message = highlight.message {
      rows.append(
        .row([
          .cell(
            [.init(.align, "LEFT"), .init(.lineAlign, "LEFT"), .init(.columnSpan, 2)],
            [.element(.font(size: 9, wrappedContent(padded(message), column: 56)))])
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
