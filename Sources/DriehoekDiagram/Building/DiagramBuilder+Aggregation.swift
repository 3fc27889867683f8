import DriehoekModel

/// The third level of detail of an overview: far beyond the Rijk's size (more than
/// ``OverviewLayout/aggregateExecutorLimit`` executors in the view) no executor and no afspraak
/// is a card of its own. Each frame's executors are one list node (`class="uitvoerderslijst"`:
/// a line each with the name, the kind, the other roles and the finding codes), its afspraken
/// another (`class="afsprakenlijst"`), and the edges are bundled per pair of marks and kind of
/// relation, with their count as label (`class="gebundeld"`).
extension DiagramBuilder {
  /// The executors drawn in a list, by the frame (or none) their list belongs to.
  struct AggregatedExecutors {
    /// The frames in the order of their first executor; `nil` is the group without a frame.
    var groups: [ElementID?] = []
    var members: [ElementID?: [ElementID]] = [:]
    /// Whether the group's list goes inside its frame (a keten) or beside it.
    var insideFrame: Set<ElementID> = []
  }

  /// Whether an overview has so many executors that it draws the third level.
  func isAggregated(_ view: View, selection: Selection) -> Bool {
    guard view.isOverview else { return false }
    var count = 0
    for card in selection.cards where scope.isExecutor(card) {
      count += 1
      if count > OverviewLayout.aggregateExecutorLimit { return true }
    }
    return false
  }

  /// The frame an executor's list goes with: its keten frame, else the frame of its eigenaar,
  /// else of its first opdrachtgever, else none.
  func aggregatedGroups(
    _ executors: [(card: ElementID, keten: ElementID?)], selection: Selection,
    ketenOf: [ElementID: ElementID]
  ) -> AggregatedExecutors {
    var eigenaar: [ElementID: ElementID] = [:]
    var steering: [ElementID: ElementID] = [:]
    for relation in selection.relations {
      switch relation.kind {
      case .eigenaar: if eigenaar[relation.to] == nil { eigenaar[relation.to] = relation.from }
      case .opdrachtgever: if steering[relation.to] == nil { steering[relation.to] = relation.from }
      default: break
      }
    }
    var result = AggregatedExecutors()
    for (card, keten) in executors {
      let group: ElementID?
      if let keten {
        group = keten
        result.insideFrame.insert(keten)
      } else {
        group =
          [eigenaar[card], steering[card]].lazy.compactMap { $0 }.compactMap {
            self.frame(of: $0, selection: selection, ketenOf: ketenOf)
          }.first
      }
      if result.members[group] == nil { result.groups.append(group) }
      result.members[group, default: []].append(card)
    }
    return result
  }

  /// The name of the list node of a group.
  static func listName(_ prefix: String, group: ElementID?) -> String {
    prefix + ":" + (group?.rawValue ?? "overig")
  }

  /// The list node of a group's executors: one line each, in columns.
  func executorList(
    _ cards: [ElementID], group: ElementID?, selection: Selection, context: inout BuildContext
  ) -> DiagramNode {
    let size = Kaartenset.overviewTextSize
    var entries: [[HTMLContent]] = []
    var tooltip = TooltipText()
    tooltip.appendLine("\(cards.count) uitvoerders (samengevat; elk met een eigen driehoek):")
    var codes: [String] = []
    var severities = Set<Severity>()
    for card in cards {
      let organisation = scope.index.organisation(card)
      let kind = organisation?.kind ?? .extern
      context.used.kinds.insert(kind)
      let found = findings(onCard: card, scope: context.findingScope)
      let badges = badges(of: card, selection: selection, findings: found)
      context.used.severities.formUnion(found.open.map(\.severity))
      severities.formUnion(found.open.map(\.severity))
      if found.open.isEmpty && !found.accepted.isEmpty { context.used.acceptedFinding = true }
      if found.elsewhereCount > 0 { context.used.elsewhere = true }
      let name = organisation?.name ?? scope.index.name(of: card)
      var line: [HTMLContent] = [
        .element(.font(size: size, [.text(padded(name))])),
        .element(
          .font(size: size, color: Kaartenset.donkergrijs, [.text(Kaartenset.word(for: kind))])),
      ]
      for badge in badges where badge != .opdrachtnemer {
        let color: Color
        var text = badge.text
        switch badge {
        case .openFinding(let code, let severity):
          color = Kaartenset.textColor(for: severity)
          codes.append("bevinding-" + code)
        case .acceptedFinding(let code):
          color = Kaartenset.middengrijs
          codes.append("geaccepteerd-" + code)
        default:
          color = Kaartenset.donkergrijs
          text = text.lowercased()
          if badge.isRole { context.used.badges.insert(badge) }
        }
        line.append(
          .element(.font(size: size, color: color, [.text("\u{00A0}" + text)])))
      }
      entries.append(line)
      tooltip.appendLine("\(name) (\(card))")
    }
    return listNode(
      name: Self.listName("uitvoerders", group: group), entries: entries,
      svgID: context.uniqueID("uitvoerders", group?.rawValue ?? "overig"),
      classes: ["uitvoerderslijst"] + unique(codes)
        + severities.sorted(by: >).map { "ernst-" + $0.rawValue },
      tooltip: tooltip.text)
  }

  /// The afspraken of the view folded into one list node per group (the group of their first
  /// party), and the map from each afspraak's node to its list.
  func afspraakLists(
    _ diagram: inout Diagram, groupOf: [String: String], listGroup: inout [String: String],
    context: inout BuildContext
  ) -> [String: String] {
    var outgoing: [String: String] = [:]
    for edge in diagram.edges where outgoing[edge.from] == nil { outgoing[edge.from] = edge.to }
    var groups: [String] = []
    var members: [String: [DiagramNode]] = [:]
    var listOf: [String: String] = [:]
    var kept: [DiagramNode] = []
    for node in diagram.nodes {
      guard node.svgClasses.contains("afspraak-knoop") else {
        kept.append(node)
        continue
      }
      let group = outgoing[node.name].flatMap { groupOf[$0] } ?? "overig"
      if members[group] == nil { groups.append(group) }
      members[group, default: []].append(node)
      listOf[node.name] = "afspraken:" + group
      listGroup["afspraken:" + group] = group
    }
    for group in groups {
      let hubs = members[group] ?? []
      var tooltip = TooltipText()
      tooltip.appendLine("\(hubs.count) afspraken (samengevat):")
      var entries: [[HTMLContent]] = []
      for hub in hubs {
        let text = (hub.tooltip ?? hub.name).split(separator: "\n").first.map(String.init) ?? ""
        let name = text.hasPrefix("afspraak: ") ? String(text.dropFirst(10)) : text
        entries.append([.element(.font(size: Kaartenset.overviewTextSize, [.text(padded(name))]))])
        tooltip.appendLine(name)
      }
      kept.append(
        listNode(
          name: "afspraken:" + group, entries: entries,
          svgID: context.uniqueID("afspraken", group), classes: ["afsprakenlijst"],
          tooltip: tooltip.text, color: Kaartenset.oranje))
    }
    diagram.nodes = kept
    return listOf
  }

  /// A list node: its entries in balanced columns, a line each, under a bold count.
  private func listNode(
    name: String, entries: [[HTMLContent]], svgID: String, classes: [String], tooltip: String,
    color: Color = Kaartenset.middengrijs
  ) -> DiagramNode {
    let columns = max(1, Int((Double(entries.count) / 6).squareRoot().rounded(.up)))
    let perColumn = max(1, (entries.count + columns - 1) / columns)
    var cells: [HTMLElement] = []
    for start in stride(from: 0, to: entries.count, by: perColumn) {
      var content: [HTMLContent] = []
      for entry in entries[start..<min(start + perColumn, entries.count)] {
        if !content.isEmpty { content.append(.lineBreak) }
        content += entry
      }
      cells.append(.cell([.init(.align, "LEFT"), .init(.lineAlign, "LEFT")], content))
    }
    let word = classes.first == "afsprakenlijst" ? "afspraken" : "uitvoerders"
    let heading: HTMLElement = .row([
      .cell(
        [.init(.align, "LEFT"), .init(.columnSpan, Double(max(1, cells.count)))],
        [
          .element(
            .font(
              size: Kaartenset.overviewTextSize, color: Kaartenset.donkergrijs,
              [.bold(padded("\(entries.count) \(word)"))]))
        ])
    ])
    return DiagramNode(
      name: name,
      label: .html(
        .table(
          [
            .init(.border, 1), .init(.cellBorder, 0), .init(.cellSpacing, 0),
            .init(.cellPadding, 3), .init(.background, Color.white), .init(.color, color),
          ],
          rows: [heading, .row(cells)])),
      shape: .plain, svgID: svgID, svgClasses: classes, tooltip: tooltip)
  }

  /// The edges bundled per pair of ends and kind of relation.
  ///
  /// Their ends move to the lists (`listOf`); `groupOf` gives the frame of every card and list,
  /// `representative` the card that stands for a frame. A bundle is one edge with the count as
  /// label, the classes of all, the first one's look (a red one wins) and a tooltip listing what
  /// it stands for. Edges between two marks that are not in a list stay as they are.
  static func bundled(
    _ edges: [DiagramEdge], listOf: [String: String], groupOf: [String: String],
    representative: [String: String], context: inout BuildContext
  ) -> [DiagramEdge] {
    var result: [DiagramEdge] = []
    var position: [String: Int] = [:]
    var counts: [Int: Int] = [:]
    var tooltips: [Int: TooltipText] = [:]
    for edge in edges {
      var from = listOf[edge.from] ?? edge.from
      var to = listOf[edge.to] ?? edge.to
      // Between two frames, a card's end moves to its frame's card: one edge per pair of
      // frames (or lists) and kind.
      if from != edge.from || to != edge.to, let source = groupOf[from], let target = groupOf[to],
        source != target
      {
        if listOf[edge.from] == nil { from = representative[source] ?? from }
        if listOf[edge.to] == nil { to = representative[target] ?? to }
      }
      guard from != edge.from || to != edge.to else {
        result.append(edge)
        continue
      }
      let kind = edge.svgClasses.first { $0.hasPrefix("rol-") } ?? "relatie"
      let key = from + "\u{1F}" + to + "\u{1F}" + kind
      guard let at = position[key] else {
        position[key] = result.count
        var bundle = edge
        bundle.from = from
        bundle.to = to
        bundle.label = nil
        bundle.svgID = context.uniqueID("bundel", from, to, String(kind.dropFirst(4)))
        bundle.svgClasses =
          ["relatie", kind, "gebundeld"]
          + edge.svgClasses.filter { $0 != "relatie" && $0 != kind }
        counts[result.count] = 1
        var tooltip = TooltipText()
        tooltip.appendLine(edge.tooltip ?? "")
        tooltips[result.count] = tooltip
        result.append(bundle)
        continue
      }
      counts[at, default: 0] += 1
      tooltips[at]?.appendLine(edge.tooltip ?? "")
      if edge.color == Kaartenset.rood {
        result[at].color = edge.color
        result[at].penWidth = max(result[at].penWidth, edge.penWidth)
      }
      result[at].isConstraint = result[at].isConstraint || edge.isConstraint
      for name in edge.svgClasses where !result[at].svgClasses.contains(name) {
        result[at].svgClasses.append(name)
      }
    }
    for (at, count) in counts {
      let kind = result[at].svgClasses[1]
      let noun = Self.bundleNoun(kind, count: count)
      result[at].externalLabel = .html(
        .table(
          [.init(.border, 0), .init(.cellPadding, 1), .init(.background, Color.white)],
          rows: [
            .row([
              .cell(
                [],
                [.element(.font(size: Kaartenset.overviewTextSize, [.text("\(count) \(noun)")]))])
            ])
          ]))
      var tooltip = TooltipText()
      tooltip.appendLine("\(count) \(noun) gebundeld:")
      tooltip.append("\n" + (tooltips[at]?.text ?? ""))
      result[at].tooltip = tooltip.text
    }
    return result
  }

  /// The word for a bundle's count.
  static func bundleNoun(_ kindClass: String, count: Int) -> String {
    let one = count == 1
    switch kindClass {
    case "rol-eigenaar": return one ? "eigenaarsrol" : "eigenaarsrollen"
    case "rol-opdrachtgever": return one ? "opdrachtgeversrelatie" : "opdrachtgeversrelaties"
    case "rol-afspraak": return one ? "afspraakpartij" : "afspraakpartijen"
    case "rol-opdrachtnemer": return one ? "opdrachtnemersrol" : "opdrachtnemersrollen"
    case "rol-regisseur": return one ? "ketenregie" : "ketenregies"
    default: return one ? "relatie" : "relaties"
    }
  }

  private func unique(_ names: [String]) -> [String] {
    var seen = Set<String>()
    return names.filter { seen.insert($0).inserted }
  }
}
