import DriehoekModel

extension ArchiMateDocument {
  /// A diagram: one executor's triangle.
  struct View {
    var identifier: String
    var name: String
    var documentation: String
    var nodes: [Node] = []
    var connections: [Connection] = []
  }

  /// A node of a diagram, with the nodes nested in it; coordinates are absolute.
  struct Node {
    var identifier: String
    var elementRef: String
    var box: ArchiMateLayout.Box
    var children: [Node] = []
  }

  /// A connection of a diagram, showing a relationship between two nodes.
  struct Connection {
    var identifier: String
    var relationshipRef: String
    var source: String
    var target: String
  }

  /// What is nested inside a node: a role of the holder, or a holder inside an ancestor.
  private enum Nested: Hashable {
    case role(RoleKind, holder: ElementID)
    case holder(ElementID)
  }

  /// The executors that get a triangle view: every organisation that is `van` of a role.
  var executors: [ElementID] {
    let executors = Set(model.roles.map(\.executor))
    return model.organisations.map(\.id).filter(executors.contains)
  }

  /// Adds one view per executor, laid out as in `layouts` where given, on a grid otherwise.
  mutating func addViews(layouts: [ElementID: ArchiMateLayout]) {
    var groups = TriangleGroups()
    for role in model.roles { groups.roles[role.executor, default: []].append(role) }
    for opdracht in model.opdrachten {
      if let executor = opdracht.opdrachtnemer {
        groups.opdrachten[executor, default: []].append(opdracht)
      }
    }
    for afspraak in model.afspraken {
      for party in Set(afspraak.parties) {
        groups.afspraken[party, default: []].append(afspraak.id)
      }
    }
    for executor in executors {
      addView(executor: executor, layout: layouts[executor], groups: groups)
    }
  }

  /// The roles, opdrachten and afspraken of every executor, gathered once for all views.
  private struct TriangleGroups {
    var roles: [ElementID: [Role]] = [:]
    var opdrachten: [ElementID: [Opdracht]] = [:]
    var afspraken: [ElementID: [ElementID]] = [:]
  }

  private mutating func addView(
    executor: ElementID, layout: ArchiMateLayout?, groups: TriangleGroups
  ) {
    guard let executorIndex = elementIndex[executor] else { return }
    let executorName = elements[executorIndex].name
    var view = View(
      identifier: identifiers.make("view", "driehoek", executor.rawValue),
      name: "Sturingsdriehoek \(executorName)",
      documentation:
        "De eigenaar, de opdrachtgevers en de opdrachtnemer van \(executorName) (\(executor)),"
        + " met hun opdrachten en afspraken; geschreven door driehoek, ingedeeld als de"
        + " driehoek:\(executor) van driehoek render.")
    let roles = groups.roles[executor] ?? []
    let opdrachten = groups.opdrachten[executor] ?? []
    var boxes: [ElementID: ArchiMateLayout.Box] =
      layout?.boxes.filter { elementIndex[$0.key] != nil }
      ?? gridBoxes(
        executor: executor, roles: roles, afspraken: groups.afspraken[executor] ?? [])
    var extras = ExtraRow(boxes: boxes)
    if boxes[executor] == nil { boxes[executor] = extras.next() }

    // Roles nest in their holders; a holder without a place nests in an ancestor that has one.
    var nested: [ElementID: [Nested]] = [:]
    var placed: Set<Nested> = []
    for role in roles {
      let item = Nested.role(role.kind, holder: role.holder)
      guard placed.insert(item).inserted else { continue }
      if boxes[role.holder] == nil, !placed.contains(.holder(role.holder)) {
        if let host = ancestors(of: role.holder).first(where: { boxes[$0] != nil }) {
          nested[host, default: []].append(.holder(role.holder))
          placed.insert(.holder(role.holder))
        } else {
          boxes[role.holder] = extras.next()
        }
      }
      nested[role.holder, default: []].append(item)
    }

    // Top-level nodes in a stable order: the model's element order.
    var nodeOf: [ElementID: String] = [:]
    var roleNodes: [(kind: RoleKind, node: String)] = []
    let order = boxes.keys.sorted { (elementIndex[$0] ?? 0) < (elementIndex[$1] ?? 0) }
    for id in order {
      guard let box = boxes[id] else { continue }
      view.nodes.append(
        node(
          for: id, box: box, executor: executor, nested: nested, nodeOf: &nodeOf,
          roleNodes: &roleNodes))
    }

    // Opdrachten stand where the label of their opdrachtgever's edge stands.
    var stacks: [String: [ElementID]] = [:]
    var anchors: [String: ArchiMateLayout.Point] = [:]
    var anchorOrder: [String] = []
    for opdracht in opdrachten {
      var anchor: (key: String, point: ArchiMateLayout.Point)?
      if let gever = opdracht.opdrachtgever {
        for candidate in [gever] + ancestors(of: gever) {
          let edge = ArchiMateLayout.RoleEdge(kind: .opdrachtgever, holder: candidate)
          if let point = layout?.roleLabels[edge] {
            anchor = (candidate.rawValue, point)
            break
          }
          if let box = boxes[candidate], let target = boxes[executor] {
            anchor = (
              candidate.rawValue,
              ArchiMateLayout.Point(
                x: (box.x + box.width / 2 + target.x + target.width / 2) / 2,
                y: (box.y + box.height + target.y) / 2)
            )
            break
          }
        }
      }
      let key = anchor?.key ?? ""
      if stacks[key] == nil { anchorOrder.append(key) }
      stacks[key, default: []].append(opdracht.id)
      if let anchor { anchors[key] = anchor.point }
    }
    let size = (width: 150.0, height: 40.0, gap: 6.0)
    for key in anchorOrder {
      let ids = stacks[key] ?? []
      let total = Double(ids.count) * (size.height + size.gap) - size.gap
      for (offset, id) in ids.enumerated() {
        let box: ArchiMateLayout.Box
        if let point = anchors[key] {
          box = ArchiMateLayout.Box(
            x: point.x - size.width / 2,
            y: point.y - total / 2 + Double(offset) * (size.height + size.gap), width: size.width,
            height: size.height)
        } else {
          box = extras.next(width: size.width, height: size.height)
        }
        let identifier = identifiers.make("n", executor.rawValue, id.rawValue)
        nodeOf[id] = identifier
        view.nodes.append(
          Node(identifier: identifier, elementRef: Self.identifier(of: id), box: box))
      }
    }

    // Connections: role → executor, the opdrachten's assignments, the afspraken's parties.
    guard let executorNode = nodeOf[executor] else { return }
    for (kind, roleNode) in roleNodes {
      guard let link = roleLinks[RoleKey(kind: kind, executor: executor)] else { continue }
      view.connections.append(
        connection(link, from: roleNode, to: executorNode, executor: executor))
    }
    for opdracht in opdrachten {
      guard let node = nodeOf[opdracht.id], let links = opdrachtLinks[opdracht.id] else {
        continue
      }
      if let gever = opdracht.opdrachtgever, let link = links.gever, let source = nodeOf[gever] {
        view.connections.append(connection(link, from: source, to: node, executor: executor))
      }
      if let link = links.nemer {
        view.connections.append(
          connection(link, from: executorNode, to: node, executor: executor))
      }
    }
    for id in order where partyLinks[id] != nil {
      guard let node = nodeOf[id] else { continue }
      for (party, link) in partyLinks[id] ?? [] {
        guard let target = nodeOf[party] else { continue }
        view.connections.append(connection(link, from: node, to: target, executor: executor))
      }
    }
    view.nodes = Self.shifted(view.nodes)
    views.append(view)
  }

  private mutating func connection(
    _ relationship: String, from source: String, to target: String, executor: ElementID
  ) -> Connection {
    Connection(
      identifier: identifiers.make("c", executor.rawValue, relationship),
      relationshipRef: relationship, source: source, target: target)
  }

  /// A node with everything nested in it, grown where its children need more room.
  private mutating func node(
    for id: ElementID, box: ArchiMateLayout.Box, executor: ElementID,
    nested: [ElementID: [Nested]], nodeOf: inout [ElementID: String],
    roleNodes: inout [(kind: RoleKind, node: String)]
  ) -> Node {
    let identifier = identifiers.make("n", executor.rawValue, id.rawValue)
    nodeOf[id] = identifier
    var result = Node(identifier: identifier, elementRef: Self.identifier(of: id), box: box)
    let items = nested[id] ?? []
    guard !items.isEmpty else { return result }
    let header = 30.0
    let gap = 6.0
    let heights = items.map { Self.height(of: $0, nested: nested) }
    let needed = header + heights.reduce(0) { $0 + $1 + gap } + gap
    result.box.height = max(result.box.height, needed)
    var cursor = result.box.y + result.box.height - gap
    var children: [Node] = []
    for (item, height) in zip(items, heights).reversed() {
      cursor -= height
      let childBox = ArchiMateLayout.Box(
        x: result.box.x + 8, y: cursor, width: max(result.box.width - 16, 40), height: height)
      cursor -= gap
      switch item {
      case .role(let kind, _):
        guard let element = roleElements[RoleKey(kind: kind, executor: executor)] else {
          continue
        }
        let roleNode = identifiers.make("n", executor.rawValue, "rol", kind.rawValue, id.rawValue)
        roleNodes.append((kind, roleNode))
        children.append(Node(identifier: roleNode, elementRef: element, box: childBox))
      case .holder(let holder):
        children.append(
          node(
            for: holder, box: childBox, executor: executor, nested: nested, nodeOf: &nodeOf,
            roleNodes: &roleNodes))
      }
    }
    result.children = children.reversed()
    return result
  }

  /// The height a nested item needs.
  private static func height(of item: Nested, nested: [ElementID: [Nested]]) -> Double {
    switch item {
    case .role: return 26
    case .holder(let id):
      let items = nested[id] ?? []
      return 30 + items.reduce(0) { $0 + height(of: $1, nested: nested) + 6 } + 6
    }
  }

  /// The organisations and units an id lies in, nearest first.
  func ancestors(of id: ElementID) -> [ElementID] {
    var result: [ElementID] = []
    var current = id
    while let parent = parents[current], result.count < 1000 {
      result.append(parent)
      current = parent
    }
    return result
  }

  /// Places a triangle without a layout: eigenaars, then opdrachtgevers, then the executor, then
  /// its afspraken, each row centred.
  private func gridBoxes(
    executor: ElementID, roles: [Role], afspraken: [ElementID]
  ) -> [ElementID: ArchiMateLayout.Box] {
    func holders(_ kind: RoleKind) -> [ElementID] {
      var seen: Set<ElementID> = [executor]
      return roles.filter { $0.kind == kind }.map(\.holder).filter { seen.insert($0).inserted }
    }
    let rows: [(ids: [ElementID], y: Double)] = [
      (holders(.eigenaar), 0), (holders(.opdrachtgever), 160), ([executor], 440),
      (afspraken, 600),
    ]
    let width = 190.0
    let height = 100.0
    let gap = 40.0
    let widest = rows.map { Double($0.ids.count) * (width + gap) }.max() ?? 0
    var boxes: [ElementID: ArchiMateLayout.Box] = [:]
    for row in rows {
      let start = (widest - Double(row.ids.count) * (width + gap)) / 2
      for (offset, id) in row.ids.enumerated() where boxes[id] == nil {
        boxes[id] = ArchiMateLayout.Box(
          x: start + Double(offset) * (width + gap), y: row.y, width: width, height: height)
      }
    }
    return boxes
  }

  /// The nodes moved so that the diagram starts at (20, 20).
  private static func shifted(_ nodes: [Node]) -> [Node] {
    let left = nodes.map(\.box.x).min() ?? 0
    let top = nodes.map(\.box.y).min() ?? 0
    func move(_ node: Node) -> Node {
      var node = node
      node.box.x += 20 - left
      node.box.y += 20 - top
      node.children = node.children.map(move)
      return node
    }
    return nodes.map(move)
  }
}
