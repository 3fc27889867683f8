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
    let chipSize = context.triangle == nil ? 7 : TriangleShape.smallTextSize
    // A compact overview prints every text at `Kaartenset.overviewTextSize` or more (see `OverviewLayout`).
    let minimum = context.isCompactOverview ? Kaartenset.overviewTextSize : 0
    func pt(_ size: Double) -> Double { max(size, minimum) }
    func heading(_ text: String) -> HTMLElement {
      .row([
        .cell(
          [.init(.align, "LEFT"), .init(.columnSpan, 4)],
          [.element(.font(size: pt(9), color: Kaartenset.donkerblauw, [.bold(text)]))])
      ])
    }
    func sample(_ cells: [HTMLElement]) -> HTMLElement {
      .row([
        .cell(
          [.init(.align, "LEFT")],
          [
            .element(
              .table(
                [.init(.border, 0), .init(.cellSpacing, 3), .init(.cellPadding, 2)],
                rows: [.row(cells)]))
          ])
      ])
    }
    func chip(_ text: String, background: Color, color: Color) -> HTMLElement {
      .cell(
        [.init(.background, background), .init(.cellPadding, 3)],
        [.element(.font(size: pt(chipSize), color: color, [.bold(padded(text))]))])
    }
    func note(_ text: String) -> HTMLElement {
      .cell(
        [.init(.align, "LEFT")],
        [.element(.font(size: pt(8), color: Kaartenset.donkergrijs, [.text(padded(text))]))])
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
      rows.append(
        sample(
          roleBadges.map { chip($0.text, background: $0.colors.background, color: $0.colors.text) })
      )
    }
    if used.openFinding || used.acceptedFinding || used.elsewhere || used.findingFrame
      || used.notDrawn != nil
    {
      rows.append(heading("Bevindingen over deze view"))
      func badgeCell(_ badge: Kaartenset.Badge, border: Double? = nil, color: Color? = nil)
        -> HTMLElement
      {
        var attributes: [HTMLAttribute] = [
          .init(.background, badge.colors.background), .init(.cellPadding, 3),
        ]
        if let border {
          attributes += [
            .init(.border, border), .init(.color, color ?? Kaartenset.middengrijs),
          ]
        } else if badge.isOutlined {
          attributes += [.init(.border, 1), .init(.color, Kaartenset.middengrijs)]
        }
        return .cell(
          attributes,
          [.element(.font(size: pt(7), color: badge.colors.text, [.bold(padded(badge.text))]))])
      }
      var entries: [[HTMLElement]] = []
      if used.severities.contains(.fout) {
        entries.append([
          badgeCell(.openFinding("SD..", .fout), border: 3, color: Kaartenset.rood),
          note("fout: rood omlijnd, kruis"),
        ])
      }
      if used.severities.contains(.waarschuwing) {
        entries.append([
          badgeCell(.openFinding("SD..", .waarschuwing)),
          note("waarschuwing: gele badge, driehoek"),
        ])
      }
      if used.severities.contains(.info) {
        entries.append([
          badgeCell(.openFinding("SD..", .info)), note("info: witte badge, rondje"),
        ])
      }
      if used.acceptedFinding {
        entries.append([
          .cell(
            [.init(.border, 2), .init(.color, Kaartenset.middengrijs), .init(.style, "dashed")],
            [
              .element(
                .font(
                  size: pt(7), color: Kaartenset.donkergrijs, [.text(padded("SD.. geaccepteerd"))]))
            ]),
          note("geaccepteerd risico: grijs, gestreept"),
        ])
      }
      if used.elsewhere {
        entries.append([
          badgeCell(.elsewhere(1)),
          note("genoemd in bevindingen elders (tooltip)"),
        ])
      }
      for entry in entries { rows.append(sample(entry)) }
      if let notDrawn = used.notDrawn { rows.append(sample([note(notDrawn)])) }
    }
    if used.compactCard || used.delegated || used.withoutRole || used.aggregated {
      rows.append(heading("Verder"))
      if used.aggregated {
        rows.append(
          sample([
            note("samengevat: uitvoerders en afspraken als lijst per kader")
          ]))
        rows.append(
          sample([
            note("lijn met aantal: zoveel relaties gebundeld (tooltip)")
          ]))
      }
      if used.compactCard {
        rows.append(
          sample([
            .cell(
              [.init(.border, 1), .init(.color, Kaartenset.middengrijs)],
              [.element(.font(size: pt(7), [.text(padded("soort · naam"))]))]),
            note("partij bij een afspraak, zonder rol hier"),
          ]))
      }
      if used.delegated {
        rows.append(
          sample([
            note("gedelegeerd via …: opdracht van een onderdeel van de opdrachtgever")
          ]))
      }
      if used.withoutRole {
        rows.append(
          sample([note("opdracht zonder opdrachtgeversrol: echt geen rol")]))
      }
    }
    if used.organisationFrame || used.ketenFrame || used.afspraakHub {
      rows.append(heading("Kaders"))
      var cells: [HTMLElement] = []
      if used.organisationFrame {
        cells.append(
          .cell(
            [
              .init(.border, 1), .init(.color, Kaartenset.donkerblauw),
              .init(.background, Kaartenset.bijnawit),
            ],
            [.element(.font(size: pt(7), [.text(padded("organisatie met onderdelen"))]))]))
      }
      if used.ketenFrame {
        cells.append(
          .cell(
            [
              .init(.border, 1), .init(.color, Kaartenset.groen),
              .init(.background, Kaartenset.ketenvlak), .init(.style, "dashed"),
            ],
            [.element(.font(size: pt(7), [.text(padded("keten (gestreept kader)"))]))]))
      }
      if used.afspraakHub {
        cells.append(
          .cell(
            [.init(.border, 1), .init(.color, Kaartenset.oranje), .init(.style, "rounded")],
            [.element(.font(size: pt(7), [.text(padded("afspraak: naam en soort"))]))]))
      }
      rows.append(sample(cells))
    }

    // Edge samples: a short line in the edge's colour, width and dash, with its arrowhead.
    var samples: [(look: Kaartenset.EdgeLook, text: String, penWidth: Double?, color: Color?)] = []
    // A dense triangle prints the opdrachten on the cards and links an afspraak to the executor.
    let dense = context.triangle?.isDense == true
    let descriptions: [(Relation.Kind, Bool, String)] = [
      (.eigenaar, false, "eigenaar (dik, ruit)"),
      (
        .opdrachtgever, false,
        dense
          ? "opdrachtgever, met opdrachten op de kaart (pijl)"
          : "opdrachtgever, met opdrachten en fte (pijl)"
      ),
      (.opdrachtgever, true, "coördinerend opdrachtgever (dubbele pijl)"),
      (.opdrachtnemer, false, "opdrachtnemer buiten de organisatie (gestippeld)"),
      (
        .afspraak, false,
        dense
          ? "afspraak (gestreept), partijen erin"
          : "afspraak, naar elke partij (gestreept, open rondje)"
      ),
      (.regisseur, false, "ketenregie (gestippeld, open pijl naar de keten)"),
    ]
    for (kind, coordinating, text) in descriptions {
      let look = Kaartenset.look(for: kind, coordinating: coordinating)
      if used.edges.contains(look.legend) { samples.append((look, text, nil, nil)) }
    }
    if used.severities.contains(.fout) && !samples.isEmpty {
      samples.append(
        (
          Kaartenset.look(for: .opdrachtgever), "fout (rood, dik, ✖ met code)", 3,
          Kaartenset.rood
        ))
    }
    if used.acceptedFinding && !samples.isEmpty {
      samples.append(
        (
          Kaartenset.look(for: .opdrachtgever), "geaccepteerd risico (grijs, code erbij)", nil,
          Kaartenset.middengrijs
        ))
    }
    if !samples.isEmpty {
      rows.append(heading("Lijnen"))
      var lineRows: [HTMLElement] = []
      for sample in samples {
        let color = sample.color ?? sample.look.color
        var lineAttributes: [HTMLAttribute] = [
          .init(.sides, "B"),
          .init(.border, max(1, (sample.penWidth ?? sample.look.penWidth).rounded())),
          .init(.color, color), .init(.width, 44), .init(.height, 5),
        ]
        if sample.look.line == .dashed || sample.look.line == .dotted {
          lineAttributes.append(.init(.style, sample.look.line.rawValue))
        }
        let line = HTMLElement.table(
          [.init(.border, 0), .init(.cellSpacing, 0), .init(.cellPadding, 0)],
          rows: [.row([.cell(lineAttributes, [])]), .row([.cell([.init(.height, 5)], [])])])
        let tail = sample.look.arrowTail == .none ? "" : glyph(sample.look.arrowTail)
        lineRows.append(
          .row([
            .cell(
              [.init(.align, "RIGHT")], [.element(.font(size: pt(9), color: color, [.text(tail)]))]),
            .cell([], [.element(line)]),
            .cell(
              [.init(.align, "LEFT")],
              [.element(.font(size: pt(9), color: color, [.text(glyph(sample.look.arrowHead))]))]),
            note(sample.text),
          ]))
      }
      rows.append(
        .row([
          .cell(
            [.init(.align, "LEFT")],
            [
              .element(
                .table(
                  [.init(.border, 0), .init(.cellSpacing, 0), .init(.cellPadding, 1)],
                  rows: lineRows))
            ])
        ]))
    }
    guard !rows.isEmpty else { return nil }
    let nodes = [
      DiagramNode(
        name: "legenda:inhoud",
        label: .html(
          .table([.init(.border, 0), .init(.cellSpacing, 0), .init(.cellPadding, 1)], rows: rows)),
        svgID: context.uniqueID("legenda", "inhoud"), svgClasses: ["legenda"])
    ]
    let cluster = DiagramCluster(
      name: "legenda",
      label: .html(
        .table(
          [.init(.border, 0), .init(.cellPadding, 2)],
          rows: [
            .row([
              .cell(
                [.init(.align, "LEFT")],
                [.element(.font(size: 11, color: Kaartenset.donkerblauw, [.bold("Legenda")]))])
            ])
          ])),
      color: Kaartenset.lichtgrijs, fillColor: .white, penWidth: 1, nodes: nodes,
      svgID: context.uniqueID("legenda"), svgClasses: ["legenda"])
    return (cluster, [], [])
  }

  private func glyph(_ arrow: ArrowShape) -> String {
    switch arrow {
    case .normal: "▶"
    case .doubleNormal: "▶▶"
    case .empty: "▷"
    case .diamond: "◆"
    case .openDiamond: "◇"
    case .dot: "●"
    case .openDot: "○"
    case .tee: "┤"
    case .none: ""
    }
  }
}
