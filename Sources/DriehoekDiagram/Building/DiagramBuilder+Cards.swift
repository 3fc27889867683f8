import DriehoekModel

extension DiagramBuilder {
  /// The findings on a card in a view: the open and accepted findings it shows (those about the
  /// view's subject that name the card, see ``FindingScope``), and the open findings about another
  /// subject that name it, which it only counts.
  ///
  /// The same split as ``FindingScope/placement(of:onCard:)`` of every highlight naming the card,
  /// without testing each: a DG names as many findings as it has executors, and it is on the
  /// card of every triangle it is an opdrachtgever in.
  func findings(onCard card: ElementID, scope findingScope: FindingScope) -> CardFindings {
    let shown = highlightIndex.shown(onCard: card, scope: findingScope)
    return CardFindings(
      open: shown.filter { !$0.isAccepted }, accepted: shown.filter(\.isAccepted),
      elsewhere: highlightIndex.elsewhere(onCard: card, scope: findingScope),
      elsewhereCount: highlightIndex.elsewhereCount(onCard: card, scope: findingScope))
  }

  /// The badges of a card in this selection: its roles, then its findings.
  func badges(
    of card: ElementID, selection: Selection, findings: CardFindings
  ) -> [Kaartenset.Badge] {
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
    for highlight in findings.open {
      badges.insert(.openFinding(highlight.code, highlight.severity))
    }
    for highlight in findings.accepted
    where !findings.open.contains(where: { $0.code == highlight.code }) {
      badges.insert(.acceptedFinding(highlight.code))
    }
    if findings.elsewhereCount > 0 { badges.insert(.elsewhere(findings.elsewhereCount)) }
    return badges.sorted()
  }

  /// What a card stands for: its organisation (the owner of a unit), the unit when the card is
  /// one, and the organisation's kind (`extern` when unknown), which the legend then shows.
  private func subject(of card: ElementID, context: inout BuildContext) -> (
    organisationID: ElementID, organisation: Organisation?, unit: Unit?, kind: OrganisationKind
  ) {
    let organisationID = scope.owner(of: card) ?? card
    let organisation = scope.index.organisation(organisationID)
    let kind = organisation?.kind ?? .extern
    context.used.kinds.insert(kind)
    return (organisationID, organisation, scope.index.unit(card), kind)
  }

  /// A card: a table with a header band by kind, the name, the unit and the badges.
  func cardNode(
    _ card: ElementID, selection: Selection, insideOwnFrame: Bool, context: inout BuildContext
  ) -> DiagramNode {
    let index = scope.index
    let (organisationID, organisation, unit, kind) = subject(of: card, context: &context)

    var title = organisation?.name ?? index.name(of: card)
    var subtitle: [String] = []
    var details: [String] = []
    let dense = context.triangle?.isDense == true
    let compact = context.isCompactOverview
    if let unit {
      if insideOwnFrame {
        title = unit.name
      } else if dense {
        // A dense triangle names the unit large and its organisation in a small line.
        title = unit.name
        details.append(organisation?.name ?? organisationID.rawValue)
      } else {
        subtitle.append(unit.name)
      }
    }
    if compact && insideOwnFrame && unit == nil && organisation != nil {
      // The frame around it already says the name.
      title = kind == .ministerie ? "het ministerie zelf" : "de organisatie zelf"
    }
    if scope.isExecutor(card) && !compact {
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
    let opdrachten = dense ? opdrachtLines(onCard: card, selection: selection) : []
    let persons = scope.persons(onCard: card).map(\.name).sorted()
    if !persons.isEmpty && !compact { details.append(persons.joined(separator: ", ")) }
    // An overview card keeps the name, the role badges and the finding codes; the rest is in
    // its tooltip.
    let shownDetails = compact ? [] : details

    let found = findings(onCard: card, scope: context.findingScope)
    let (open, accepted) = (found.open, found.accepted)
    let badges = badges(of: card, selection: selection, findings: found)
    for badge in badges where badge.isRole { context.used.badges.insert(badge) }
    context.used.severities.formUnion(open.map(\.severity))
    if open.isEmpty && !accepted.isEmpty { context.used.acceptedFinding = true }
    if found.elsewhereCount > 0 { context.used.elsewhere = true }
    let isError = open.contains { $0.severity == .fout }

    // A triangle prints on A4 on its own: its smallest texts are larger than an overview's.
    let smallText = context.triangle == nil ? 7.5 : TriangleShape.smallTextSize
    let band = Kaartenset.band(for: kind)
    var bandText = Kaartenset.word(for: kind)
    if let unit {
      // On an overview card inside its own frame, the frame already names the organisation.
      let unitWord = Kaartenset.word(for: unit.kind).uppercased()
      bandText = compact && insideOwnFrame ? unitWord : bandText + " · " + unitWord
    }
    var rows: [HTMLElement] = [
      .row([
        .cell(
          [
            .init(.background, band.background), .init(.align, "LEFT"),
            .init(.width, compact ? Kaartenset.overviewCardWidth : Kaartenset.cardWidth),
          ],
          [
            .element(
              .font(
                size: compact ? Kaartenset.overviewTextSize : smallText, color: band.text,
                [.bold(padded(bandText))]))
          ])
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
                    HTMLElement(
                      .bold, [],
                      wrappedContent(
                        title,
                        column: compact ? Kaartenset.overviewWrapColumn : Kaartenset.wrapColumn)))
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
    for line in shownDetails {
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
    if !opdrachten.isEmpty {
      // One cell for all of them: a line each, without the padding of a row each.
      var content: [HTMLContent] = []
      for line in opdrachten {
        if !content.isEmpty { content.append(.lineBreak) }
        content += wrappedContent(line, column: TriangleShape.opdrachtColumn)
      }
      rows.append(
        .row([
          .cell(
            [.init(.align, "LEFT"), .init(.lineAlign, "LEFT")],
            [.element(.font(size: 8.5, color: Kaartenset.donkergrijs, content))])
        ]))
    }
    if !badges.isEmpty {
      rows.append(
        .row([
          .cell(
            [.init(.align, "LEFT")],
            [
              .element(
                badgeTable(
                  badges,
                  fontSize: compact
                    ? Kaartenset.overviewTextSize : (context.triangle == nil ? 7 : smallText),
                  lineLength: compact ? 32 : 34))
            ]
          )
        ]))
    }
    // A dense triangle leaves the id to the tooltip, an overview card too.
    if !dense && !compact {
      rows.append(
        .row([
          .cell(
            [.init(.align, "LEFT")],
            [.element(.font(size: 7, color: Kaartenset.middengrijs, [.text("id: \(card)")]))])
        ]))
    }

    // Only an error outlines the card in red; a warning or info is a badge on a plain card.
    var tableAttributes: [HTMLAttribute] = [
      .init(.border, isError ? 3 : (open.isEmpty && !accepted.isEmpty ? 2 : 1)),
      .init(.cellBorder, 0), .init(.cellSpacing, 0), .init(.cellPadding, compact ? 3 : 5),
      .init(.background, Color.white),
      .init(.color, isError ? Kaartenset.rood : Kaartenset.middengrijs),
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
      case .openFinding(let code, _): classes.append("bevinding-" + code)
      case .acceptedFinding(let code): classes.append("geaccepteerd-" + code)
      case .elsewhere: classes.append("elders-betrokken")
      }
    }
    if !open.isEmpty { classes.append("bevinding-open") }
    for severity in Set(open.map(\.severity)).sorted(by: >) {
      classes.append("ernst-" + severity.rawValue)
    }
    if open.isEmpty && !accepted.isEmpty { classes.append("bevinding-geaccepteerd") }

    return DiagramNode(
      name: card.rawValue, label: .html(.table(tableAttributes, rows: rows)), shape: .plain,
      svgID: context.uniqueID("kaart", card.rawValue), svgClasses: classes,
      tooltip: cardTooltip(
        card, title: title, subtitle: subtitle, details: details, kind: kind, findings: found),
      url: organisation?.url.flatMap { URLPolicy.isSafe($0) ? $0 : nil })
  }

  private func badgeTable(
    _ badges: [Kaartenset.Badge], fontSize: Double, lineLength: Int
  ) -> HTMLElement {
    var rows: [HTMLElement] = []
    var current: [HTMLElement] = []
    var width = 0
    for badge in badges {
      let length = badge.text.count + 2
      if !current.isEmpty && width + length > lineLength {
        rows.append(.row(current))
        current = []
        width = 0
      }
      let colors = badge.colors
      var attributes: [HTMLAttribute] = [.init(.background, colors.background)]
      if badge.isOutlined {
        attributes += [.init(.border, 1), .init(.color, Kaartenset.middengrijs)]
      }
      current.append(
        .cell(
          attributes,
          [.element(.font(size: fontSize, color: colors.text, [.bold(padded(badge.text))]))]))
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

  /// The tooltip of a card, cut where the DOT writer cuts it (``DOTEscaping/truncated(_:)``):
  /// the lines past the cut are not made (a DG in the landscape has a role and findings for
  /// each of its executors).
  private func cardTooltip(
    _ card: ElementID, title: String, subtitle: [String], details: [String], kind: OrganisationKind,
    findings: CardFindings
  ) -> String {
    var tooltip = TooltipText()
    for line in [title] + subtitle { tooltip.appendLine(line) }
    tooltip.appendLine("soort: \(kind.rawValue) · id: \(card)")
    for line in details { tooltip.appendLine(line) }
    var hasRoles = false
    for relation in scope.lazyRelations(from: card) {
      guard !tooltip.isFull else { break }
      let role: String
      switch relation.kind {
      case .eigenaar: role = "eigenaar van \(scope.index.name(of: relation.to))"
      case .opdrachtgever:
        role =
          "opdrachtgever van \(scope.index.name(of: relation.to))"
          + (relation.isCoordinating ? " (coördinerend)" : "")
      case .opdrachtnemer: role = "opdrachtnemer voor \(scope.index.name(of: relation.to))"
      case .regisseur: role = "regisseur van \(scope.index.name(of: relation.to))"
      case .afspraak: continue
      }
      if hasRoles {
        tooltip.append("; " + role)
      } else {
        tooltip.appendLine("rollen: " + role)
        hasRoles = true
      }
    }
    for highlight in findings.open {
      tooltip.appendLine(
        "bevinding \(highlight.code) (\(highlight.severity.rawValue))"
          + (highlight.message.map { ": " + $0 } ?? ""))
    }
    for highlight in findings.accepted {
      tooltip.appendLine(
        "geaccepteerd risico \(highlight.code)" + (highlight.message.map { ": " + $0 } ?? ""))
    }
    let sources: [String]
    switch scope.index.entry(card) {
    case .organisation(let organisation): sources = organisation.sources
    case .unit(let unit, _, _): sources = unit.sources
    default: sources = []
    }
    if let line = Self.sourcesLine(sources) { tooltip.appendLine(line) }
    if findings.elsewhereCount > 0 {
      tooltip.appendLine("elders betrokken (bevindingen over iets anders dan deze view):")
      for highlight in findings.elsewhere {
        guard !tooltip.isFull else { break }
        tooltip.appendLine(
          "· \(highlight.code) (\(highlight.severity.rawValue))"
            + (highlight.message.map { ": " + $0 } ?? ""))
      }
    }
    return tooltip.text
  }

  /// A frame around an organisation's unit cards.
  func organisationFrame(
    _ id: ElementID, nodes: [DiagramNode], context: inout BuildContext
  ) -> DiagramCluster {
    context.used.organisationFrame = true
    let organisation = scope.index.organisation(id)
    let kind = organisation?.kind ?? .ministerie
    let open = highlightIndex.concerning(id).filter {
      !$0.isAccepted && context.findingScope.shows($0, onCard: id)
    }
    context.used.severities.formUnion(open.map(\.severity))
    var content: [HTMLContent] = [
      .element(
        .font(
          size: context.isCompactOverview ? Kaartenset.overviewTextSize : 8,
          color: Kaartenset.band(for: kind).background,
          [.bold(Kaartenset.word(for: kind))]
        )),
      .lineBreak,
      .element(
        .font(
          size: 12,
          [
            .element(
              HTMLElement(
                .bold, [],
                wrappedContent(
                  padded(organisation?.name ?? id.rawValue),
                  column: context.isCompactOverview ? 32 : 24)))
          ])),
    ]
    if !open.isEmpty { content += [.lineBreak] + frameFindingText(open) }
    let isError = open.contains { $0.severity == .fout }
    return DiagramCluster(
      name: "organisatie_" + DOTEscaping.identifier(id.rawValue),
      label: .html(
        .table(
          [.init(.border, 0), .init(.cellPadding, 2)],
          rows: [.row([.cell([.init(.align, "LEFT"), .init(.lineAlign, "LEFT")], content)])])),
      color: isError ? Kaartenset.rood : Kaartenset.band(for: kind).background,
      fillColor: Kaartenset.bijnawit, penWidth: isError ? 3 : 1.2, nodes: nodes,
      svgID: context.uniqueID("organisatie", id.rawValue),
      svgClasses: ["kader", "organisatie", "soort-" + kind.rawValue] + frameClasses(open),
      tooltip: (organisation?.name ?? id.rawValue) + "\nid: \(id)")
  }

  /// A frame around a keten's members.
  func ketenFrame(_ keten: Keten, nodes: [DiagramNode], context: inout BuildContext)
    -> DiagramCluster
  {
    context.used.ketenFrame = true
    let open = highlightIndex.concerning(keten.id).filter {
      !$0.isAccepted && context.findingScope.shows($0, onCard: keten.id)
    }
    context.used.severities.formUnion(open.map(\.severity))
    var content: [HTMLContent] = [
      .element(
        .font(
          size: context.isCompactOverview ? Kaartenset.overviewTextSize : 8,
          color: Kaartenset.groen, [.bold("KETEN")])),
      .lineBreak,
      .element(
        .font(
          size: 12,
          [.element(HTMLElement(.bold, [], wrappedContent(padded(keten.name), column: 24)))])),
    ]
    if !open.isEmpty { content += [.lineBreak] + frameFindingText(open) }
    let isError = open.contains { $0.severity == .fout }
    return DiagramCluster(
      name: "keten_" + DOTEscaping.identifier(keten.id.rawValue),
      label: .html(
        .table(
          [.init(.border, 0), .init(.cellPadding, 2)],
          rows: [.row([.cell([.init(.align, "LEFT"), .init(.lineAlign, "LEFT")], content)])])),
      color: isError ? Kaartenset.rood : Kaartenset.groen, fillColor: Kaartenset.ketenvlak,
      line: .dashed, penWidth: isError ? 3 : 1.5, nodes: nodes,
      svgID: context.uniqueID("keten", keten.id.rawValue),
      svgClasses: ["kader", "keten"] + frameClasses(open),
      tooltip: "keten: \(keten.name)\nid: \(keten.id)")
  }

  /// The codes of a frame's open findings, each with its severity's symbol and colour.
  private func frameFindingText(_ open: [DiagramHighlight]) -> [HTMLContent] {
    var seen = Set<String>()
    var content: [HTMLContent] = []
    for highlight in open.sorted(by: { ($1.severity, $0.code) < ($0.severity, $1.code) })
    where seen.insert(highlight.code).inserted {
      if !content.isEmpty { content.append(.text(" ")) }
      content.append(
        .element(
          .font(
            size: 9, color: Kaartenset.textColor(for: highlight.severity),
            [.bold(Kaartenset.symbol(for: highlight.severity) + " " + highlight.code)])))
    }
    return content
  }

  /// The classes of a frame's open findings.
  private func frameClasses(_ open: [DiagramHighlight]) -> [String] {
    guard !open.isEmpty else { return [] }
    return Set(open.map(\.code)).sorted().map { "bevinding-" + $0 } + ["bevinding-open"]
      + Set(open.map(\.severity)).sorted(by: >).map { "ernst-" + $0.rawValue }
  }

  /// A compact card: the kind and the name at the normal text size, neutral, without findings.
  ///
  /// A triangle draws the parties of its afspraken that hold no role in it this way.
  func compactCardNode(
    _ card: ElementID, svgID: String? = nil, name: String? = nil, classes extra: [String] = [],
    tooltip extraTooltip: [String] = [], context: inout BuildContext
  ) -> DiagramNode {
    let index = scope.index
    let (_, organisation, unit, kind) = subject(of: card, context: &context)
    var bandText = Kaartenset.word(for: kind)
    if let unit { bandText += " · " + Kaartenset.word(for: unit.kind).uppercased() }
    let title = unit?.name ?? organisation?.name ?? index.name(of: card)
    var rows: [HTMLElement] = [
      .row([
        .cell(
          [.init(.background, Kaartenset.bijnawit), .init(.align, "LEFT")],
          [.element(.font(size: 7.5, color: Kaartenset.donkergrijs, [.bold(padded(bandText))]))])
      ]),
      .row([
        .cell(
          [.init(.align, "LEFT"), .init(.lineAlign, "LEFT")],
          [.element(.font(size: 10, wrappedContent(title, column: Kaartenset.wrapColumn)))])
      ]),
    ]
    if unit != nil, let organisation {
      rows.append(
        .row([
          .cell(
            [.init(.align, "LEFT"), .init(.lineAlign, "LEFT")],
            [
              .element(
                .font(
                  size: 8.5, color: Kaartenset.donkergrijs,
                  wrappedContent(organisation.name, column: Kaartenset.wrapColumn + 4)))
            ])
        ]))
    }
    var lines = [title]
    if unit != nil, let organisation { lines.append(organisation.name) }
    lines.append("soort: \(kind.rawValue) · id: \(card)")
    lines += extraTooltip
    return DiagramNode(
      name: name ?? card.rawValue,
      label: .html(
        .table(
          [
            .init(.border, 1), .init(.cellBorder, 0), .init(.cellSpacing, 0),
            .init(.cellPadding, 4), .init(.background, Color.white),
            .init(.color, Kaartenset.middengrijs),
          ],
          rows: rows)),
      shape: .plain, svgID: svgID ?? context.uniqueID("kaart", card.rawValue),
      svgClasses: ["kaart", "kaart-compact", "soort-" + kind.rawValue]
        + (unit.map { ["onderdeel-" + $0.kind.rawValue] } ?? []) + extra,
      tooltip: lines.joined(separator: "\n"))
  }

  /// A note for a view with nothing to draw.
  func emptyNode(_ note: String, context: inout BuildContext) -> DiagramNode {
    DiagramNode(
      name: "leeg:melding", label: .text(padded(padded(note))), shape: .box, style: [.rounded],
      color: Kaartenset.middengrijs, fontColor: Kaartenset.donkergrijs, fontSize: 11,
      svgID: context.uniqueID("leeg"), svgClasses: ["melding"])
  }
}
