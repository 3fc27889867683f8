import DriehoekModel

extension DiagramBuilder {
  /// The findings on a card: open codes and accepted codes, sorted and unique.
  func findings(onCard card: ElementID) -> (open: [DiagramHighlight], accepted: [DiagramHighlight])
  {
    let named = highlightIndex.naming(card: card)
    return (named.filter { !$0.isAccepted }, named.filter(\.isAccepted))
  }

  /// The badges of a card in this selection: its roles, then its findings.
  func badges(of card: ElementID, selection: Selection) -> [Kaartenset.Badge] {
    var badges = Set<Kaartenset.Badge>()
    for relation in selection.relations(from: card) {
      switch relation.kind {
      case .eigenaar where relation.from == card: badges.insert(.eigenaar)
      case .opdrachtgever where relation.from == card:
        badges.insert(.opdrachtgever)
        if relation.isCoordinating { badges.insert(.coordinating) }
      case .opdrachtnemer where relation.from == card: badges.insert(.opdrachtnemer)
      case .regisseur where relation.from == card: badges.insert(.regisseur)
      default: break
      }
    }
    if scope.isExecutor(card) { badges.insert(.opdrachtnemer) }
    let (open, accepted) = findings(onCard: card)
    for highlight in open { badges.insert(.openFinding(highlight.code)) }
    for highlight in accepted where !open.contains(where: { $0.code == highlight.code }) {
      badges.insert(.acceptedFinding(highlight.code))
    }
    return badges.sorted()
  }

  /// A card: a table with a header band by kind, the name, the unit and the badges.
  func cardNode(
    _ card: ElementID, selection: Selection, insideOwnFrame: Bool, context: inout BuildContext
  ) -> DiagramNode {
    let index = scope.index
    let organisationID = scope.owner(of: card) ?? card
    let organisation = index.organisation(organisationID)
    let unit = index.unit(card)
    let kind = organisation?.kind ?? .extern
    context.used.kinds.insert(kind)

    var title = organisation?.name ?? index.name(of: card)
    var subtitle: [String] = []
    if let unit {
      if insideOwnFrame { title = unit.name } else { subtitle.append(unit.name) }
    }
    var details: [String] = []
    if scope.isExecutor(card) {
      subtitle += boardNames(of: card)
      details += capacityLines(of: card, organisation: organisation)
      if selection.ketenFrames.isEmpty {
        let ketens = model.ketens.filter { $0.members.contains(card) }.map(\.name).sorted()
        if !ketens.isEmpty { details.append("keten: " + ketens.joined(separator: ", ")) }
      }
    }
    for relation in selection.relations(from: card) where relation.to == card {
      let kind = relation.kind == .eigenaar ? "eigenaar" : "opdrachtgever"
      let opdrachten = relation.opdrachten.map(\.name).joined(separator: ", ")
      details.append("ook eigen \(kind)" + (opdrachten.isEmpty ? "" : ": " + opdrachten))
    }
    let persons = scope.persons(onCard: card).map(\.name).sorted()
    if !persons.isEmpty { details.append(persons.joined(separator: ", ")) }

    let badges = badges(of: card, selection: selection)
    for badge in badges where badge.isRole { context.used.badges.insert(badge) }
    let (open, accepted) = findings(onCard: card)
    if !open.isEmpty { context.used.openFinding = true }
    if open.isEmpty && !accepted.isEmpty { context.used.acceptedFinding = true }

    let band = Kaartenset.band(for: kind)
    var bandText = Kaartenset.word(for: kind)
    if let unit { bandText += " · " + Kaartenset.word(for: unit.kind).uppercased() }
    var rows: [HTMLElement] = [
      .row([
        .cell(
          [
            .init(.background, band.background), .init(.align, "LEFT"),
            .init(.width, Kaartenset.cardWidth),
          ],
          [.element(.font(size: 7.5, color: band.text, [.bold(padded(bandText))]))])
      ]),
      .row([
        .cell(
          [.init(.align, "LEFT"), .init(.lineAlign, "LEFT")],
          [
            .element(
              .font(
                size: 11,
                [
                  .element(
                    HTMLElement(.bold, [], wrappedContent(title, column: Kaartenset.wrapColumn)))
                ]))
          ])
      ]),
    ]
    for line in subtitle {
      rows.append(
        .row([
          .cell(
            [.init(.align, "LEFT"), .init(.lineAlign, "LEFT")],
            [.element(.font(size: 10, wrappedContent(line, column: Kaartenset.wrapColumn + 4)))])
        ]))
    }
    for line in details {
      rows.append(
        .row([
          .cell(
            [.init(.align, "LEFT"), .init(.lineAlign, "LEFT")],
            [
              .element(
                .font(size: 8.5, color: Kaartenset.donkergrijs, wrappedContent(line, column: 34)))
            ])
        ]))
    }
    if !badges.isEmpty {
      rows.append(.row([.cell([.init(.align, "LEFT")], [.element(badgeTable(badges))])]))
    }
    rows.append(
      .row([
        .cell(
          [.init(.align, "LEFT")],
          [.element(.font(size: 7, color: Kaartenset.middengrijs, [.text("id: \(card)")]))])
      ]))

    var tableAttributes: [HTMLAttribute] = [
      .init(.border, open.isEmpty ? (accepted.isEmpty ? 1 : 2) : 3),
      .init(.cellBorder, 0), .init(.cellSpacing, 0), .init(.cellPadding, 5),
      .init(.background, Color.white),
      .init(
        .color,
        open.isEmpty
          ? (accepted.isEmpty ? Kaartenset.middengrijs : Kaartenset.middengrijs) : Kaartenset.rood),
    ]
    if open.isEmpty && !accepted.isEmpty { tableAttributes.append(.init(.style, "dashed")) }

    var classes = ["kaart", "soort-" + kind.rawValue]
    if let unit { classes.append("onderdeel-" + unit.kind.rawValue) }
    for badge in badges {
      switch badge {
      case .eigenaar: classes.append("rol-eigenaar")
      case .opdrachtgever: classes.append("rol-opdrachtgever")
      case .coordinating: classes.append("coordinerend")
      case .opdrachtnemer: classes.append("rol-opdrachtnemer")
      case .regisseur: classes.append("rol-regisseur")
      case .openFinding(let code): classes.append("bevinding-" + code)
      case .acceptedFinding(let code): classes.append("geaccepteerd-" + code)
      }
    }
    if !open.isEmpty { classes.append("bevinding-open") }
    if open.isEmpty && !accepted.isEmpty { classes.append("bevinding-geaccepteerd") }

    return DiagramNode(
      name: card.rawValue, label: .html(.table(tableAttributes, rows: rows)), shape: .plain,
      svgID: context.uniqueID("kaart", card.rawValue), svgClasses: classes,
      tooltip: cardTooltip(
        card, title: title, subtitle: subtitle, details: details, kind: kind, open: open,
        accepted: accepted),
      url: organisation?.url.flatMap { URLPolicy.isSafe($0) ? $0 : nil })
  }

  private func badgeTable(_ badges: [Kaartenset.Badge]) -> HTMLElement {
    var rows: [HTMLElement] = []
    var current: [HTMLElement] = []
    var width = 0
    for badge in badges {
      let length = badge.text.count + 2
      if !current.isEmpty && width + length > 34 {
        rows.append(.row(current))
        current = []
        width = 0
      }
      let colors = badge.colors
      current.append(
        .cell(
          [.init(.background, colors.background)],
          [.element(.font(size: 7, color: colors.text, [.bold(padded(badge.text))]))]))
      width += length
    }
    if !current.isEmpty { rows.append(.row(current)) }
    return .table(
      [.init(.border, 0), .init(.cellBorder, 0), .init(.cellSpacing, 2), .init(.cellPadding, 2)],
      rows: rows)
  }

  /// The names of the opdrachtnemer units inside an executor (its board).
  private func boardNames(of executor: ElementID) -> [String] {
    scope.roles(of: executor).filter {
      $0.kind == .opdrachtnemer && $0.validity.contains(peildatum)
        && $0.holder != executor && scope.owner(of: $0.holder) == executor
        && scope.isValid($0.holder)
    }.map { scope.index.name(of: $0.holder) }.sorted()
  }

  private func capacityLines(of executor: ElementID, organisation: Organisation?) -> [String] {
    let claimed = scope.relations(to: executor).filter { $0.kind == .opdrachtgever }
      .flatMap(\.opdrachten).compactMap(\.capacity).reduce(0, +)
    var parts: [String] = []
    if let capacity = organisation?.capacity {
      parts.append("capaciteit \(DOTNumber.format(capacity)) fte")
    }
    if claimed > 0 { parts.append("opdrachten \(DOTNumber.format(claimed)) fte") }
    return parts
  }

  private func cardTooltip(
    _ card: ElementID, title: String, subtitle: [String], details: [String], kind: OrganisationKind,
    open: [DiagramHighlight], accepted: [DiagramHighlight]
  ) -> String {
    var lines = [title] + subtitle
    lines.append("soort: \(kind.rawValue) · id: \(card)")
    lines += details
    var roles: [String] = []
    for relation in scope.relations(from: card) {
      let target = scope.index.name(of: relation.to)
      switch relation.kind {
      case .eigenaar: roles.append("eigenaar van \(target)")
      case .opdrachtgever:
        roles.append(
          "opdrachtgever van \(target)" + (relation.isCoordinating ? " (coördinerend)" : ""))
      case .opdrachtnemer: roles.append("opdrachtnemer voor \(target)")
      case .regisseur: roles.append("regisseur van \(target)")
      case .afspraak: break
      }
    }
    if !roles.isEmpty { lines.append("rollen: " + roles.joined(separator: "; ")) }
    for highlight in open {
      lines.append(
        "bevinding \(highlight.code) (\(highlight.severity.rawValue))"
          + (highlight.message.map { ": " + $0 } ?? ""))
    }
    for highlight in accepted {
      lines.append(
        "geaccepteerd risico \(highlight.code)" + (highlight.message.map { ": " + $0 } ?? ""))
    }
    let sources: [String]
    switch scope.index.entry(card) {
    case .organisation(let organisation): sources = organisation.sources
    case .unit(let unit, _, _): sources = unit.sources
    default: sources = []
    }
    if let line = Self.sourcesLine(sources) { lines.append(line) }
    return lines.joined(separator: "\n")
  }

  /// A frame around an organisation's unit cards.
  func organisationFrame(
    _ id: ElementID, nodes: [DiagramNode], context: inout BuildContext
  ) -> DiagramCluster {
    context.used.organisationFrame = true
    let organisation = scope.index.organisation(id)
    let kind = organisation?.kind ?? .ministerie
    let named = highlights.filter { $0.betreft.contains(id) }
    let open = named.filter { !$0.isAccepted }.map(\.code)
    if !open.isEmpty { context.used.openFinding = true }
    var content: [HTMLContent] = [
      .element(
        .font(
          size: 8, color: Kaartenset.band(for: kind).background, [.bold(Kaartenset.word(for: kind))]
        )),
      .lineBreak,
      .element(
        .font(
          size: 12,
          [
            .element(
              HTMLElement(
                .bold, [], wrappedContent(padded(organisation?.name ?? id.rawValue), column: 24)))
          ])),
    ]
    if !open.isEmpty {
      content += [
        .lineBreak,
        .element(
          .font(
            size: 9, color: Kaartenset.rood,
            [.bold(Array(Set(open)).sorted().joined(separator: " "))])),
      ]
    }
    return DiagramCluster(
      name: "organisatie_" + DOTEscaping.identifier(id.rawValue),
      label: .html(
        .table(
          [.init(.border, 0), .init(.cellPadding, 2)],
          rows: [.row([.cell([.init(.align, "LEFT"), .init(.lineAlign, "LEFT")], content)])])),
      color: open.isEmpty ? Kaartenset.band(for: kind).background : Kaartenset.rood,
      fillColor: Kaartenset.bijnawit, penWidth: open.isEmpty ? 1.2 : 3, nodes: nodes,
      svgID: context.uniqueID("organisatie", id.rawValue),
      svgClasses: ["kader", "organisatie", "soort-" + kind.rawValue]
        + (open.isEmpty ? [] : ["bevinding-open"]),
      tooltip: (organisation?.name ?? id.rawValue) + "\nid: \(id)")
  }

  /// A frame around a keten's members.
  func ketenFrame(_ keten: Keten, nodes: [DiagramNode], context: inout BuildContext)
    -> DiagramCluster
  {
    context.used.ketenFrame = true
    let open = highlights.filter { !$0.isAccepted && $0.betreft.contains(keten.id) }.map(\.code)
    if !open.isEmpty { context.used.openFinding = true }
    var content: [HTMLContent] = [
      .element(.font(size: 8, color: Kaartenset.groen, [.bold("KETEN")])), .lineBreak,
      .element(
        .font(
          size: 12,
          [.element(HTMLElement(.bold, [], wrappedContent(padded(keten.name), column: 24)))])),
    ]
    if !open.isEmpty {
      content += [
        .lineBreak,
        .element(
          .font(
            size: 9, color: Kaartenset.rood,
            [.bold(Array(Set(open)).sorted().joined(separator: " "))])),
      ]
    }
    return DiagramCluster(
      name: "keten_" + DOTEscaping.identifier(keten.id.rawValue),
      label: .html(
        .table(
          [.init(.border, 0), .init(.cellPadding, 2)],
          rows: [.row([.cell([.init(.align, "LEFT"), .init(.lineAlign, "LEFT")], content)])])),
      color: open.isEmpty ? Kaartenset.groen : Kaartenset.rood, fillColor: Kaartenset.ketenvlak,
      line: .dashed, penWidth: open.isEmpty ? 1.5 : 3, nodes: nodes,
      svgID: context.uniqueID("keten", keten.id.rawValue),
      svgClasses: ["kader", "keten"] + (open.isEmpty ? [] : ["bevinding-open"]),
      tooltip: "keten: \(keten.name)\nid: \(keten.id)")
  }

  /// A note for a view with nothing to draw.
  func emptyNode(_ note: String, context: inout BuildContext) -> DiagramNode {
    DiagramNode(
      name: "leeg:melding", label: .text(padded(padded(note))), shape: .box, style: [.rounded],
      color: Kaartenset.middengrijs, fontColor: Kaartenset.donkergrijs, fontSize: 11,
      svgID: context.uniqueID("leeg"), svgClasses: ["melding"])
  }
}
