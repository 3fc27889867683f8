import DriehoekModel

extension DiagramBuilder {
  /// The edges of a relation; for an afspraak, a small labelled node with dashed links to each
  /// party. (An afspraak is never one labelled edge: two parties on one rank would make it a
  /// labelled flat edge, which Graphviz 2.43 frees twice in `gvFreeLayout`.)
  func relationMarks(
    _ relation: Relation, selection: Selection, context: inout BuildContext
  ) -> (nodes: [DiagramNode], edges: [DiagramEdge]) {
    let matched = highlightIndex.matching(relation).filter {
      context.findingScope.shows($0, onRelationOf: relation.elementIDs)
    }
    let openFindings = matched.filter { !$0.isAccepted }
    let open = unique(openFindings.map(\.code))
    let accepted = unique(matched.filter(\.isAccepted).map(\.code)).filter { !open.contains($0) }
    let severities = Set(openFindings.map(\.severity)).sorted(by: >)
    let isError = severities.contains(.fout)
    context.used.severities.formUnion(severities)
    if open.isEmpty && !accepted.isEmpty { context.used.acceptedFinding = true }
    let look = Kaartenset.look(for: relation.kind, coordinating: relation.isCoordinating)
    context.used.edges.insert(look.legend)
    // Only an error turns a line red and thick; a warning or info prints its code at the label.
    let color =
      isError
      ? Kaartenset.rood : (open.isEmpty && !accepted.isEmpty ? Kaartenset.middengrijs : look.color)
    let penWidth = isError ? max(look.penWidth, 3) : look.penWidth
    var classes = ["relatie", "rol-" + kindWord(relation.kind)]
    if relation.isCoordinating { classes.append("coordinerend") }
    if relation.lacksRole {
      classes.append("zonder-rol")
      context.used.withoutRole = true
    } else if !relation.delegatedVia.isEmpty {
      classes.append("gedelegeerd")
      context.used.delegated = true
    }
    classes += open.map { "bevinding-" + $0 } + accepted.map { "geaccepteerd-" + $0 }
    if !open.isEmpty { classes.append("bevinding-open") }
    classes += severities.map { "ernst-" + $0.rawValue }
    if open.isEmpty && !accepted.isEmpty { classes.append("bevinding-geaccepteerd") }
    let codes = findingLines(open: openFindings, accepted: accepted)
    let tooltip = relationTooltip(relation, matched: matched, open: open, accepted: accepted)

    switch relation.kind {
    case .afspraak:
      guard let afspraak = relation.afspraak else { return ([], []) }
      let name = afspraak.name ?? afspraak.id.rawValue
      let caption: [HTMLContent] =
        [
          .element(
            .font(
              size: context.isCompactOverview ? Kaartenset.overviewTextSize : 8,
              color: Kaartenset.donkergrijs,
              [.text(afspraak.kind.rawValue)]))
        ]
      context.used.afspraakHub = true
      let hubName = afspraak.id.rawValue
      var hubContent: [HTMLContent] =
        [
          .element(
            .font(
              size: context.isCompactOverview
                ? Kaartenset.overviewTextSize
                : (context.triangle == nil ? 7 : TriangleShape.smallTextSize),
              color: Kaartenset.oranje,
              [.bold("AFSPRAAK")])), .lineBreak,
          .element(
            .font(
              size: context.isCompactOverview ? Kaartenset.overviewTextSize : 9,
              [.element(HTMLElement(.bold, [], wrappedContent(padded(name), column: 22)))])
          ), .lineBreak,
        ] + caption
      if !codes.isEmpty { hubContent += [.lineBreak] + codes }
      // A triangle with many parties names them here instead of drawing a line to each.
      let named = namedParties(of: relation, selection: selection, context: context)
      if !named.isEmpty {
        hubContent += [.lineBreak] + partiesText(named, selection: selection, context: context)
      }
      let hub = DiagramNode(
        name: hubName,
        label: .html(
          .table(
            [
              .init(.border, isError ? 3 : 1), .init(.cellBorder, 0), .init(.cellPadding, 5),
              .init(.style, "rounded"),
              .init(.color, isError ? Kaartenset.rood : Kaartenset.oranje),
              .init(.background, Color.white),
            ],
            rows: [.row([.cell([.init(.lineAlign, "CENTER")], hubContent)])])),
        svgID: context.uniqueID("afspraak", afspraak.id.rawValue),
        svgClasses: ["afspraak-knoop", "soort-" + afspraak.kind.rawValue]
          + classes.filter { $0.hasPrefix("bevinding") || $0.hasPrefix("ernst") },
        tooltip: tooltip)
      let spokes = relation.parties.filter { !named.contains($0) }.map { party in
        DiagramEdge(
          from: hubName, to: party.rawValue, line: look.line, color: color, penWidth: penWidth,
          arrowHead: look.arrowHead, isConstraint: false,
          svgID: context.uniqueID("afspraak", afspraak.id.rawValue, party.rawValue),
          svgClasses: classes + ["soort-" + afspraak.kind.rawValue], tooltip: tooltip)
      }
      return ([hub], spokes)
    case .regisseur:
      let members =
        scope.index.keten(relation.to)?.members.filter(selection.cards.contains).sorted() ?? []
      guard selection.ketenFrames.contains(relation.to), !members.isEmpty else { return ([], []) }
      // End at the frame through a member drawn inside it; a member drawn in another keten's frame
      // cannot carry the frame's edge end.
      let inside = members.first { context.ketenPlacement[$0] == relation.to }
      let target = inside ?? members[0]
      return (
        [],
        [
          DiagramEdge(
            from: relation.from.rawValue, to: target.rawValue,
            label: edgeLabel(
              [.element(.font(size: 9, color: Kaartenset.donkergrijs, [.text("ketenregie")]))],
              codes: codes),
            line: look.line, color: color, penWidth: penWidth, arrowHead: look.arrowHead,
            headCluster: inside == nil
              ? nil : "keten_" + DOTEscaping.identifier(relation.to.rawValue),
            svgID: context.uniqueID("regie", relation.to.rawValue), svgClasses: classes,
            tooltip: tooltip)
        ]
      )
    case .eigenaar, .opdrachtgever, .opdrachtnemer:
      // A role an organisation holds over itself is printed on its card, not drawn as a loop
      // (Graphviz 2.43 mishandles labelled loops).
      guard relation.from != relation.to else { return ([], []) }
      var content: [HTMLContent] = []
      // A dense triangle prints the opdrachten on the opdrachtgever's card and the codes on both
      // cards at the ends (a finding about a line names both); a line keeps a text only for what
      // no card says: a delegation or a missing role. Lines without text take no room of
      // their own between the rows.
      let dense = context.triangle?.isDense == true
      let plain = dense && !relation.lacksRole && relation.delegatedVia.isEmpty
      switch relation.kind {
      case .opdrachtgever where plain, .eigenaar where dense, .opdrachtnemer where dense:
        break
      case .eigenaar:
        content.append(
          .element(.font(size: 9, color: Kaartenset.donkerblauw, [.bold(padded("eigenaar"))])))
      case .opdrachtnemer:
        content.append(.element(.font(size: 9, color: Kaartenset.groen, [.bold("opdrachtnemer")])))
      default:
        let heading =
          relation.lacksRole
          ? "opdracht zonder opdrachtgeversrol"
          : (relation.isCoordinating ? "coördinerend opdrachtgever" : "opdrachtgever")
        if !relation.lacksRole && !relation.delegatedVia.isEmpty {
          let via = relation.delegatedVia.map(scope.index.name(of:)).joined(separator: ", ")
          content.append(
            .element(
              .font(
                size: 9, color: Kaartenset.lintblauw,
                [
                  .element(
                    HTMLElement(
                      .bold, [], wrappedContent(padded("gedelegeerd via " + via), column: 34)))
                ])))
        } else {
          content.append(
            .element(.font(size: 9, color: Kaartenset.lintblauw, [.bold(padded(heading))])))
        }
        for opdracht in relation.opdrachten where !dense {
          content.append(.lineBreak)
          var line = opdracht.name
          if let capacity = opdracht.capacity { line += " · \(DOTNumber.format(capacity)) fte" }
          content.append(.element(.font(size: 8.5, wrappedContent(padded(line), column: 34))))
        }
        let total = relation.opdrachten.compactMap(\.capacity).reduce(0, +)
        if !dense && relation.opdrachten.count > 1 && total > 0 {
          content.append(.lineBreak)
          content.append(
            .element(
              .font(
                size: 8.5, color: Kaartenset.donkergrijs,
                [.text("totaal \(DOTNumber.format(total)) fte")])))
        }
      }
      let ownerAbove =
        selection.ownerAbove && relation.kind == .eigenaar
        && selection.hasOpdrachtgever(of: relation.to, besides: relation.from)
      return (
        [],
        [
          DiagramEdge(
            from: relation.from.rawValue, to: relation.to.rawValue,
            label: context.isCompactOverview ? nil : edgeLabel(content, codes: plain ? [] : codes),
            line: look.line, color: color, penWidth: penWidth, arrowHead: look.arrowHead,
            minimumLength: ownerAbove ? (context.triangle?.middleRanks ?? 1) + 1 : nil,
            svgID: context.uniqueID(
              kindWord(relation.kind), relation.from.rawValue, relation.to.rawValue),
            svgClasses: classes, tooltip: tooltip)
        ]
      )
    }
  }

  private func unique(_ codes: [String]) -> [String] { Array(Set(codes)).sorted() }

  private func kindWord(_ kind: Relation.Kind) -> String {
    switch kind {
    case .eigenaar: "eigenaar"
    case .opdrachtgever: "opdrachtgever"
    case .opdrachtnemer: "opdrachtnemer"
    case .afspraak: "afspraak"
    case .regisseur: "regisseur"
    }
  }

  /// The codes at an edge's label: one line per severity, most serious first, each with its
  /// symbol; then the accepted codes.
  private func findingLines(open: [DiagramHighlight], accepted: [String]) -> [HTMLContent] {
    var content: [HTMLContent] = []
    for severity in Set(open.map(\.severity)).sorted(by: >) {
      let codes = unique(open.filter { $0.severity == severity }.map(\.code))
      if !content.isEmpty { content.append(.lineBreak) }
      content.append(
        .element(
          .font(
            size: 9, color: Kaartenset.textColor(for: severity),
            [.bold(Kaartenset.symbol(for: severity) + " " + codes.joined(separator: " "))])))
    }
    if !accepted.isEmpty {
      if !content.isEmpty { content.append(.lineBreak) }
      content.append(
        .element(
          .font(
            size: 8, color: Kaartenset.middengrijs,
            [.text(accepted.joined(separator: " ") + " geaccepteerd")])))
    }
    return content
  }

  private func edgeLabel(_ content: [HTMLContent], codes: [HTMLContent]) -> DiagramLabel? {
    var all = content
    if !codes.isEmpty { all += (all.isEmpty ? [] : [.lineBreak]) + codes }
    guard !all.isEmpty else { return nil }
    return .html(
      .table(
        [
          .init(.border, 0), .init(.cellBorder, 0), .init(.cellPadding, 1),
          .init(.background, Color.white),
        ],
        rows: [.row([.cell([.init(.lineAlign, "LEFT"), .init(.align, "LEFT")], all)])]))
  }

  private func relationTooltip(
    _ relation: Relation, matched: [DiagramHighlight], open: [String], accepted: [String]
  ) -> String {
    let index = scope.index
    var lines: [String] = []
    switch relation.kind {
    case .afspraak:
      let afspraak = relation.afspraak
      lines.append(
        "afspraak: \(afspraak?.name ?? afspraak?.id.rawValue ?? "") (\(afspraak?.kind.rawValue ?? ""))"
      )
      lines.append("partijen: " + relation.parties.map(index.name(of:)).joined(separator: ", "))
    case .regisseur:
      lines.append("ketenregie: \(index.name(of: relation.from)) → \(index.name(of: relation.to))")
    default:
      lines.append(
        "\(kindWord(relation.kind)): \(index.name(of: relation.from)) → \(index.name(of: relation.to))"
      )
      if relation.isCoordinating { lines.append("coördinerend opdrachtgever") }
      if relation.lacksRole {
        lines.append("opdracht zonder opdrachtgeversrol: de opdrachtgever heeft die rol niet")
      } else if !relation.delegatedVia.isEmpty {
        let via = relation.delegatedVia.map(index.name(of:)).joined(separator: ", ")
        lines.append(
          "gedelegeerd: de opdrachtgever ligt binnen \(via), dat de opdrachtgeversrol heeft")
      }
      for opdracht in relation.opdrachten {
        var line = "opdracht \(opdracht.name)"
        if let capacity = opdracht.capacity { line += ", \(DOTNumber.format(capacity)) fte" }
        if let priority = opdracht.priority { line += ", prioriteit \(priority.rawValue)" }
        lines.append(line)
      }
    }
    for highlight in matched
    where open.contains(highlight.code) && !highlight.isAccepted {
      lines.append(
        "bevinding \(highlight.code) (\(highlight.severity.rawValue))"
          + (highlight.message.map { ": " + $0 } ?? ""))
    }
    if !accepted.isEmpty {
      lines.append("geaccepteerd risico: " + accepted.joined(separator: ", "))
    }
    if let line = Self.sourcesLine(relation.sources) { lines.append(line) }
    return lines.joined(separator: "\n")
  }
}
