public import DriehoekModel

/// Builds kaartenset diagrams: one ``Diagram`` per ``View`` of a model on a peildatum.
///
/// ```swift
/// let builder = DiagramBuilder(model: model, peildatum: day, highlights: highlights)
/// let dot = DOTWriter().write(try builder.build(.driehoek("svb")))
/// ```
///
/// Only elements valid on the peildatum are drawn. Every party is a card; roles, opdrachten and
/// afspraken are edges; ministries and ketens are frames; highlights outline what they concern.
public struct DiagramBuilder: Sendable {
  /// The model drawn.
  public let model: Model
  /// The day whose situation is drawn.
  public let peildatum: Day
  /// The findings to mark.
  public let highlights: [DiagramHighlight]

  let scope: ModelScope
  /// The highlights by the cards and ids they name.
  let highlightIndex: HighlightIndex

  /// Creates a builder.
  ///
  /// `index` is the model's index when the caller has built it (it must index `model`); `nil`
  /// builds one here.
  /// - Complexity: O(*n* log *n*) in the number of model elements.
  public init(
    model: Model, peildatum: Day, highlights: [DiagramHighlight] = [], index: ModelIndex? = nil
  ) {
    self.model = model
    self.peildatum = peildatum
    self.highlights = highlights.sorted {
      ($0.code, $0.isAccepted ? 1 : 0) < ($1.code, $1.isAccepted ? 1 : 0)
    }
    scope = ModelScope(model: model, day: peildatum, index: index ?? ModelIndex(model))
    highlightIndex = HighlightIndex(self.highlights, scope: scope)
  }

  /// Every diagram view of the model on the peildatum: ``View/all(in:on:index:)`` without the charts
  /// (`tijdlijn`), which are drawn without a diagram.
  public var views: [View] { allViews.filter { !$0.isChart } }

  /// Every view of the model on the peildatum, charts (`tijdlijn`) included: the same list as
  /// ``View/all(in:on:index:)``, from the builder's scope.
  public var allViews: [View] { View.all(in: scope) }

  /// The diagram of one view.
  /// - Throws: ``DiagramError`` when the view names an element that is not there.
  /// - Complexity: O(*n* · *h*) in the elements drawn and the highlights.
  public func build(_ view: View) throws(DiagramError) -> Diagram {
    if view == .bevindingen { return findingsDiagram() }
    if view == .matrix { throw .notAGraph(view) }
    let selection = try scope.selection(for: view, highlights: highlights)
    var context = BuildContext()
    context.findingScope = findingScope(for: view)
    context.compactCards = selection.compactCards
    let shape = selection.ownerAbove ? TriangleShape(selection) : nil
    context.triangle = shape
    context.isCompactOverview =
      view.isOverview && selection.cards.count > OverviewLayout.fullCardLimit
    context.isAggregatedOverview = isAggregated(view, selection: selection)
    context.used.aggregated = context.isAggregatedOverview
    var diagram = Diagram(
      name: view.fileStem, title: title(for: view), summary: "",
      attributes: GraphAttributes(label: titleBlock(for: view)))

    // Cards, placed in their frames.
    let cards = selection.cards.sorted()
    var cardsByFrame: [ElementID: [DiagramNode]] = [:]
    let ketenOf = ketenFrameMembership(selection)
    context.ketenPlacement = ketenOf
    // The third level: the executors in lists (see `DiagramBuilder+Aggregation`).
    var listed: [(card: ElementID, keten: ElementID?)] = []
    var groupOf: [String: String] = [:]
    var representative: [String: String] = [:]
    for card in cards {
      let inFrame = frame(of: card, selection: selection, ketenOf: ketenOf)
      if context.isAggregatedOverview {
        if scope.isExecutor(card) {
          listed.append((card, ketenOf[card]))
          continue
        }
        if let inFrame {
          groupOf[card.rawValue] = inFrame.rawValue
          // The card that stands for its frame in bundled edges: the frame's own, else its SG,
          // else its first.
          func rank(_ other: ElementID) -> Int {
            other == inFrame ? 0 : (scope.index.unit(other)?.kind == .sg ? 1 : 2)
          }
          if representative[inFrame.rawValue].map({ rank(ElementID($0)) > rank(card) }) ?? true {
            representative[inFrame.rawValue] = card.rawValue
          }
        }
      }
      let node: DiagramNode
      if selection.compactCards.contains(card) {
        // A dense triangle names these parties in the hubs of their afspraken instead.
        if shape?.foldsOutsideParties == true { continue }
        context.used.compactCard = true
        node = compactCardNode(
          card, classes: ["buiten-driehoek"],
          tooltip: ["partij bij een afspraak, zonder rol in deze driehoek"], context: &context)
      } else {
        node = cardNode(
          card, selection: selection,
          insideOwnFrame: inFrame.map { $0 == scope.owner(of: card) } ?? false,
          context: &context)
      }
      if let inFrame {
        cardsByFrame[inFrame, default: []].append(node)
      } else {
        diagram.nodes.append(node)
      }
    }
    var listOf: [String: String] = [:]
    if context.isAggregatedOverview {
      let executors = aggregatedGroups(listed, selection: selection, ketenOf: ketenOf)
      for group in executors.groups {
        let members = executors.members[group] ?? []
        let node = executorList(members, group: group, selection: selection, context: &context)
        for card in members {
          listOf[card.rawValue] = node.name
          groupOf[card.rawValue] = group?.rawValue ?? "overig"
        }
        groupOf[node.name] = group?.rawValue ?? "overig"
        if let group, executors.insideFrame.contains(group) {
          cardsByFrame[group, default: []].append(node)
        } else {
          diagram.nodes.append(node)
        }
      }
    }
    for organisation in selection.organisationFrames {
      diagram.clusters.append(
        organisationFrame(organisation, nodes: cardsByFrame[organisation] ?? [], context: &context))
    }
    for ketenID in selection.ketenFrames {
      guard let keten = scope.index.keten(ketenID) else { continue }
      diagram.clusters.append(
        ketenFrame(keten, nodes: cardsByFrame[ketenID] ?? [], context: &context))
    }
    if let note = selection.emptyNote { diagram.nodes.append(emptyNode(note, context: &context)) }

    // Edges and afspraak hubs.
    for relation in selection.relations {
      let (nodes, edges) = relationMarks(relation, selection: selection, context: &context)
      diagram.nodes += nodes
      diagram.edges += edges
    }
    if context.isAggregatedOverview {
      var hubGroups: [String: String] = [:]
      let hubs = afspraakLists(
        &diagram, groupOf: groupOf, listGroup: &hubGroups, context: &context)
      listOf.merge(hubs) { old, _ in old }
      groupOf.merge(hubGroups) { old, _ in old }
      diagram.edges = Self.bundled(
        diagram.edges, listOf: listOf, groupOf: groupOf, representative: representative,
        context: &context)
    }
    diagram.attributes.isCompound = diagram.edges.contains { $0.headCluster != nil }
    if let shape {
      if shape.isDense {
        diagram.attributes.nodeSeparation = TriangleShape.nodeSeparation
        diagram.attributes.rankSeparation = TriangleShape.rankSeparation
      }
      // The triangle: opdrachtgevers and the afspraken between parties share the middle rows.
      let ranks = triangleRanks(shape, context: &context)
      diagram.sameRank += ranks.sameRank
      diagram.edges += ranks.edges
      // Parties of an afspraak outside the triangle sit in the executor's row, never the owner's.
      if let executor = selection.executor, !selection.compactCards.isEmpty,
        !shape.foldsOutsideParties
      {
        diagram.sameRank.append(([executor] + selection.compactCards.sorted()).map(\.rawValue))
      }
      if let executor = selection.executor, !shape.belowExecutor.isEmpty {
        let below = belowExecutor(shape.belowExecutor, executor: executor, context: &context)
        diagram.sameRank += below.sameRank
        diagram.edges += below.edges
      }
    }

    // The legend, listing only what the picture uses.
    if let legend = legend(context.used, context: &context) {
      diagram.clusters.append(legend.cluster)
      diagram.edges += legend.edges
      diagram.sameRank += legend.sameRank
      if let shape,
        let placement = legendPlacement(shape, executor: selection.executor, context: &context)
      {
        diagram.edges.append(placement)
      }
    }
    diagram.summary = summary(
      for: view, cards: selection.cards.count, relations: selection.relations)
    if context.isCompactOverview {
      if !context.isAggregatedOverview {
        diagram.edges = OverviewLayout.aggregated(diagram.edges)
      }
      diagram.attributes.nodeSeparation = OverviewLayout.compactSpacing.nodes
      diagram.attributes.rankSeparation = OverviewLayout.compactSpacing.ranks
    }
    if view.isOverview {
      diagram = OverviewLayout(isCompact: context.isCompactOverview).wrap(diagram)
    }
    return diagram
  }

  /// The scope of a view's findings: the ids of its subject (see ``FindingScope``).
  ///
  /// A triangle is about its executor, a ministry view about the ministry and its units, a keten view about the
  /// keten and its members, the landscape and `bevindingen` about the whole model.
  public func findingScope(for view: View) -> FindingScope {
    switch view {
    case .landschap, .bevindingen, .matrix:
      return .wholeModel
    case .driehoek(let executor), .tijdlijn(let executor):
      return FindingScope(subject: [executor])
    case .ministerie(let ministry):
      var ids: Set<ElementID> = [ministry]
      var pending = scope.index.organisation(ministry)?.units ?? []
      while let unit = pending.popLast() {
        ids.insert(unit.id)
        pending += unit.units
      }
      return FindingScope(subject: ids)
    case .keten(let ketenID):
      return FindingScope(subject: Set([ketenID] + (scope.index.keten(ketenID)?.members ?? [])))
    }
  }

  /// The executing cards inside a keten frame: each member in its first keten (by id).
  private func ketenFrameMembership(_ selection: Selection) -> [ElementID: ElementID] {
    var result: [ElementID: ElementID] = [:]
    for ketenID in selection.ketenFrames {
      guard let keten = scope.index.keten(ketenID) else { continue }
      for member in keten.members where selection.cards.contains(member) && result[member] == nil {
        result[member] = ketenID
      }
    }
    return result
  }

  func frame(
    of card: ElementID, selection: Selection, ketenOf: [ElementID: ElementID]
  ) -> ElementID? {
    if let keten = ketenOf[card] { return keten }
    if let owner = scope.owner(of: card), selection.organisationFrames.contains(owner) {
      return owner
    }
    // An organisation that is part of a ministry (`onderdeel-van`) stands in its frame.
    if let ministry = scope.partOfMinistry(of: card),
      selection.organisationFrames.contains(ministry)
    {
      return ministry
    }
    return nil
  }

  /// The title of a view, for the title block and screen readers.
  func title(for view: View) -> String {
    switch view {
    case .landschap: "Landschap"
    case .bevindingen: "Bevindingen"
    case .matrix: "Sturingsmatrix"
    case .driehoek(let id): "Sturingsdriehoek \(scope.index.name(of: id))"
    case .ministerie(let id): "Ministerie: \(scope.index.name(of: id))"
    case .keten(let id): "Keten: \(scope.index.name(of: id))"
    case .tijdlijn(let id): "Tijdlijn \(scope.index.name(of: id))"
    }
  }

  func summary(for view: View, cards: Int, relations: [Relation]) -> String {
    var counts: [Relation.Kind: Int] = [:]
    for relation in relations { counts[relation.kind, default: 0] += 1 }
    let findingScope = findingScope(for: view)
    let open = highlightIndex.about(findingScope).filter { !$0.isAccepted }.map(\.code)
    var parts = [
      "\(model.name), \(title(for: view)), peildatum \(peildatum).",
      "\(cards) partijen",
      "\(counts[.eigenaar, default: 0]) eigenaarsrollen",
      "\(counts[.opdrachtgever, default: 0]) opdrachtgeversrelaties",
      "\(counts[.afspraak, default: 0]) afspraken.",
    ]
    if !open.isEmpty {
      parts.append("Open bevindingen: \(Array(Set(open)).sorted().joined(separator: ", ")).")
    }
    return parts.joined(separator: " ")
  }
}

/// What the builder records while it draws: ids handed out and marks used (for the legend).
struct BuildContext {
  var usedIDs: Set<String> = []
  var used = UsedMarks()
  /// The keten frame each executor card is drawn in.
  var ketenPlacement: [ElementID: ElementID] = [:]
  /// Which findings the view shows on its cards and edges.
  var findingScope = FindingScope.wholeModel
  /// The cards drawn compact: name and kind only, no findings.
  var compactCards: Set<ElementID> = []
  /// The shape of a triangle's middle; `nil` in other views.
  var triangle: TriangleShape?
  /// Whether an overview is too big for full cards: every card is an overview card (name, role
  /// badges, finding codes) and edges carry no labels (see ``OverviewLayout``).
  var isCompactOverview = false
  /// Whether an overview is far too big for cards of its executors: they and the afspraken are
  /// lists, and the edges are bundled (see `DiagramBuilder+Aggregation`).
  var isAggregatedOverview = false

  /// A unique SVG id made from the parts.
  mutating func uniqueID(_ parts: String...) -> String {
    let base = DOTEscaping.identifier(parts.joined(separator: "-"))
    var candidate = base
    var counter = 2
    while usedIDs.contains(candidate) {
      candidate = "\(base)-\(counter)"
      counter += 1
    }
    usedIDs.insert(candidate)
    return candidate
  }
}

/// The marks a picture uses, so the legend lists exactly those.
struct UsedMarks {
  var kinds: Set<OrganisationKind> = []
  var badges: Set<Kaartenset.Badge> = []
  var edges: Set<String> = []
  var organisationFrame = false
  var ketenFrame = false
  var afspraakHub = false
  /// The severities of the open findings shown.
  var severities: Set<Severity> = []
  var acceptedFinding = false
  /// Whether a card counts findings about another subject.
  var elsewhere = false
  /// Whether a triangle draws a party of an afspraak compact.
  var compactCard = false
  /// Whether an overview lists its executors and afspraken and bundles its edges.
  var aggregated = false
  /// Whether an opdracht is drawn as given under delegation, or without the role.
  var delegated = false
  var withoutRole = false
  /// Whether `bevindingen` draws a frame per finding.
  var findingFrame = false
  /// What `bevindingen` leaves out (info findings, accepted risks), said in the legend.
  var notDrawn: String?

  /// Whether any open finding is shown.
  var openFinding: Bool { !severities.isEmpty }
}
