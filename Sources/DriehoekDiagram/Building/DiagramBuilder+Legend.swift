import DriehoekModel

extension DiagramBuilder {
  /// The title block: model name, the view and the peildatum, over a blue ribbon.
  func titleBlock(for view: View) -> DiagramLabel {
    .html(
      .table(
        [.init(.border, 0), .init(.cellBorder, 0), .init(.cellSpacing, 0), .init(.cellPadding, 3)],
        rows: [
          .row([.cell([.init(.background, Kaartenset.lintblauw), .init(.height, 5)], [])]),
          .row([
            .cell(
              [.init(.align, "LEFT")],
              [.element(.font(size: 16, color: Kaartenset.donkerblauw, [.bold(model.name)]))])
          ]),
          .row([
            .cell(
              [.init(.align, "LEFT")],
              [
                .element(
                  .font(
                    size: 11, color: Kaartenset.donkergrijs,
                    [.text("\(title(for: view)) · view \(view) · peildatum \(peildatum)")]))
              ])
          ]),
        ]))
  }

  /// The legend: a frame listing only the marks the picture uses.
  func legend(
    _ used: UsedMarks, context: inout BuildContext
  ) -> (cluster: DiagramCluster, edges: [DiagramEdge], sameRank: [[String]])? {
    var rows: [HTMLElement] = []
    func heading(_ text: String) -> HTMLElement {
      .row([
        .cell(
          [.init(.align, "LEFT"), .init(.columnSpan, 4)],
          [.element(.font(size: 9, color: Kaartenset.donkerblauw, [.bold(text)]))])
      ])
    }
    func sample(_ cells: [HTMLElement]) -> HTMLElement {
      .row([.cell([.init(.align, "LEFT")], [.element(.table([.init(.border, 0), .init(.cellSpacing, 3), .init(.cellPadding, 2)], rows: [.row(cells)]))])])
    }
    func chip(_ text: String, background: Color, color: Color) -> HTMLElement {
      .cell([.init(.background, background)], [.element(.font(size: 7, color: color, [.bold(text)]))])
    }
    func note(_ text: String) -> HTMLElement {
      .cell([.init(.align, "LEFT")], [.element(.font(size: 8, color: Kaartenset.donkergrijs, [.text(text)]))])
    }

    var kindWords: [String] = []
    var kindChips: [HTMLElement] = []
    for kind in OrganisationKind.allCases where used.kinds.contains(kind) {
      let word = Kaartenset.legendWord(for: kind)
      guard !kindWords.contains(word) else { continue }
      kindWords.append(word)
      let band = Kaartenset.band(for: kind)
      kindChips.append(chip(word, background: band.background, color: band.text))
    }
    if !kindChips.isEmpty {
      rows.append(heading("Kaart: de kop noemt de soort organisatie"))
      for start in stride(from: 0, to: kindChips.count, by: 4) {
        rows.append(sample(Array(kindChips[start..<min(start + 4, kindChips.count)])))
      }
    }
    let roleBadges = used.badges.sorted()
    if !roleBadges.isEmpty {
      rows.append(heading("Rollen op de kaart"))
      rows.append(sample(roleBadges.map { chip($0.text, background: $0.colors.background, color: $0.colors.text) }))
    }
    if used.openFinding || used.acceptedFinding {
      rows.append(heading("Bevindingen"))
      var cells: [HTMLElement] = []
      if used.openFinding {
        cells.append(
          .cell(
            [.init(.border, 3), .init(.color, Kaartenset.rood)],
            [.element(.font(size: 7, color: Kaartenset.rood, [.bold("SD..")]))]))
        cells.append(note("open bevinding: rood omlijnd, met de code"))
      }
      if used.acceptedFinding {
        cells.append(
          .cell(
            [.init(.border, 2), .init(.color, Kaartenset.middengrijs), .init(.style, "dashed")],
            [.element(.font(size: 7, color: Kaartenset.donkergrijs, [.text("SD.. geaccepteerd")]))]))
        cells.append(note("geaccepteerd risico: grijs, gestreept"))
      }
      rows.append(sample(cells))
    }
    if used.organisationFrame || used.ketenFrame || used.afspraakHub {
      rows.append(heading("Kaders"))
      var cells: [HTMLElement] = []
      if used.organisationFrame {
        cells.append(
          .cell(
            [.init(.border, 1), .init(.color, Kaartenset.donkerblauw), .init(.background, Kaartenset.bijnawit)],
            [.element(.font(size: 7, [.text("organisatie met onderdelen")]))]))
      }
      if used.ketenFrame {
        cells.append(
          .cell(
            [.init(.border, 1), .init(.color, Kaartenset.groen), .init(.background, Kaartenset.ketenvlak), .init(.style, "dashed")],
            [.element(.font(size: 7, [.text("keten (gestreept kader)")]))]))
      }
      if used.afspraakHub {
        cells.append(
          .cell(
            [.init(.border, 1), .init(.color, Kaartenset.oranje), .init(.style, "rounded")],
            [.element(.font(size: 7, [.text("afspraak met meer dan twee partijen")]))]))
      }
      rows.append(sample(cells))
    }

    // Edge samples: a short line from a point to its explanation, one per kind of edge used.
    var samples: [(look: Kaartenset.EdgeLook, text: String, penWidth: Double?, color: Color?)] = []
    let descriptions: [(Relation.Kind, Bool, String)] = [
      (.eigenaar, false, "eigenaar\n(dik, ruit)"),
      (.opdrachtgever, false, "opdrachtgever\n(pijl; opdrachten, fte)"),
      (.opdrachtgever, true, "coördinerend\nopdrachtgever (dubbele pijl)"),
      (.opdrachtnemer, false, "opdrachtnemer\n(gestippeld, dwarsstreep)"),
      (.afspraak, false, "afspraak\n(gestreept, open rondjes)"),
      (.regisseur, false, "ketenregie\n(gestippeld, open pijl)"),
    ]
    for (kind, coordinating, text) in descriptions {
      let look = Kaartenset.look(for: kind, coordinating: coordinating)
      if used.edges.contains(look.legend) { samples.append((look, text, nil, nil)) }
    }
    if used.openFinding && !samples.isEmpty {
      samples.append((Kaartenset.look(for: .opdrachtgever), "open bevinding\n(rood, dik, ⚠ code)", 3, Kaartenset.rood))
    }
    if used.acceptedFinding && !samples.isEmpty {
      samples.append((Kaartenset.look(for: .opdrachtgever), "geaccepteerd risico\n(grijs)", nil, Kaartenset.middengrijs))
    }
    guard !rows.isEmpty || !samples.isEmpty else { return nil }

    var nodes: [DiagramNode] = []
    var edges: [DiagramEdge] = []
    var tops: [String] = []
    var bottoms: [String] = []
    for (offset, sample) in samples.enumerated() {
      let top = "legenda:\(offset):van"
      let bottom = "legenda:\(offset):naar"
      tops.append(top)
      bottoms.append(bottom)
      nodes.append(
        DiagramNode(
          name: top, label: .text(""), shape: .point, color: Kaartenset.middengrijs, size: 0.06,
          svgID: context.uniqueID("legenda", String(offset), "van"), svgClasses: ["legenda"]))
      nodes.append(
        DiagramNode(
          name: bottom, label: .text(sample.text), shape: .plaintext, fontColor: Kaartenset.donkergrijs,
          fontSize: 8, svgID: context.uniqueID("legenda", String(offset), "naar"), svgClasses: ["legenda"]))
      edges.append(
        DiagramEdge(
          from: top, to: bottom, line: sample.look.line, color: sample.color ?? sample.look.color,
          penWidth: sample.penWidth ?? sample.look.penWidth, arrowHead: sample.look.arrowHead,
          arrowTail: sample.look.arrowTail, svgID: context.uniqueID("legenda", String(offset), "lijn"),
          svgClasses: ["legenda"]))
    }
    if !rows.isEmpty {
      nodes.insert(
        DiagramNode(
          name: "legenda:kaarten",
          label: .html(.table([.init(.border, 0), .init(.cellSpacing, 0), .init(.cellPadding, 1)], rows: rows)),
          svgID: context.uniqueID("legenda", "kaarten"), svgClasses: ["legenda"]),
        at: 0)
    }
    let cluster = DiagramCluster(
      name: "legenda",
      label: .html(
        .table(
          [.init(.border, 0), .init(.cellPadding, 2)],
          rows: [.row([.cell([.init(.align, "LEFT")], [.element(.font(size: 11, color: Kaartenset.donkerblauw, [.bold("Legenda")]))])])])),
      color: Kaartenset.lichtgrijs, fillColor: .white, penWidth: 1, nodes: nodes,
      svgID: context.uniqueID("legenda"), svgClasses: ["legenda"])
    var sameRank: [[String]] = []
    if !tops.isEmpty { sameRank.append(tops) }
    if !bottoms.isEmpty { sameRank.append(bottoms) }
    return (cluster, edges, sameRank)
  }
}
