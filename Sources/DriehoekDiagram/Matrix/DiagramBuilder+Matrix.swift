public import DriehoekModel

extension DiagramBuilder {
  /// The sturingsmatrix of the model on the peildatum (see ``SturingsMatrix``).
  ///
  /// A party's column is its ministry: the ministry itself, the ministry its unit belongs to, or
  /// the ministry an organisation is `onderdeel-van`; parties in no ministry share the column
  /// `OVERIG`. The open findings of a row are the open highlights grouped under the executor
  /// (``DiagramHighlight/executors``).
  /// - Complexity: O(*r* + *e* + *h*) in the relations, executors and highlights.
  public func matrix() -> SturingsMatrix {
    let ministries = scope.ministries
    let columnOfMinistry = Dictionary(
      uniqueKeysWithValues: ministries.enumerated().map { ($1, $0) })
    var columns = ministries.map { id in
      SturingsMatrix.Column(
        ministry: id, heading: id.rawValue.uppercased(), name: scope.index.name(of: id))
    }
    let otherColumn = columns.count
    var needsOther = false
    func column(of card: ElementID) -> Int {
      if let ministry = ministry(of: card), let column = columnOfMinistry[ministry] {
        return column
      }
      needsOther = true
      return otherColumn
    }

    var cells: [ElementID: [Int: SturingsMatrix.Cell]] = [:]
    var eigenaren: [ElementID: Set<ElementID>] = [:]
    var claimed: [ElementID: Double] = [:]
    let executors = Set(scope.executors)
    for relation in scope.relations where executors.contains(relation.to) {
      guard relation.kind == .eigenaar || relation.kind == .opdrachtgever else { continue }
      let position = column(of: relation.from)
      var cell =
        cells[relation.to]?[position] ?? SturingsMatrix.Cell(column: position)
      var roles: [String] = []
      if relation.kind == .eigenaar {
        cell.isEigenaar = true
        eigenaren[relation.to, default: []].insert(relation.from)
        roles.append("eigenaar")
      } else {
        let holdsRole = !relation.lacksRole && relation.delegatedVia.isEmpty
        if holdsRole {
          cell.isOpdrachtgever = true
          cell.isCoordinating = cell.isCoordinating || relation.isCoordinating
          roles.append(relation.isCoordinating ? "coördinerend opdrachtgever" : "opdrachtgever")
        } else if relation.lacksRole {
          cell.hasOpdrachtWithoutRole = true
          roles.append("opdrachten zonder opdrachtgeversrol")
        } else {
          let via = relation.delegatedVia.map { scope.index.name(of: $0) }
          roles.append("opdrachten namens " + via.joined(separator: ", "))
        }
        let fte = relation.opdrachten.compactMap(\.capacity).reduce(0, +)
        cell.fte += fte
        claimed[relation.to, default: 0] += fte
        if !relation.opdrachten.isEmpty {
          roles.append(
            "\(relation.opdrachten.count) opdracht\(relation.opdrachten.count == 1 ? "" : "en"), "
              + SturingsMatrix.fteText(fte) + " fte")
        }
      }
      cell.parties.append(
        scope.index.name(of: relation.from) + ": " + roles.joined(separator: ", "))
      cells[relation.to, default: [:]][position] = cell
    }
    if needsOther {
      columns.append(
        SturingsMatrix.Column(
          ministry: nil, heading: "OVERIG", name: "Partijen buiten de ministeries"))
    }

    // The open findings per executor and severity, in one pass over the findings (a pass per
    // executor made the matrix quadratic); a finding counts once for each executor it names.
    var openCounts: [ElementID: [Severity: Int]] = [:]
    for highlight in highlights where !highlight.isAccepted {
      for executor in Set(highlight.executors) {
        openCounts[executor, default: [:]][highlight.severity, default: 0] += 1
      }
    }
    var groups: [SturingsMatrix.GroupKind: [SturingsMatrix.Row]] = [:]
    for executor in scope.executors {
      let row = SturingsMatrix.Row(
        id: executor, name: scope.index.name(of: executor),
        cells: (cells[executor] ?? [:]).values.sorted { $0.column < $1.column },
        claimed: claimed[executor] ?? 0, capacity: scope.index.organisation(executor)?.capacity,
        openFindings: openCounts[executor] ?? [:])
      let owners = eigenaren[executor] ?? []
      let kind: SturingsMatrix.GroupKind
      switch owners.count {
      case 0: kind = .noEigenaar
      case 1:
        let owner = owners.first.map { ministry(of: $0) ?? scope.owner(of: $0) ?? $0 }
        kind = owner.map(SturingsMatrix.GroupKind.eigenaar) ?? .noEigenaar
      default: kind = .severalEigenaren
      }
      groups[kind, default: []].append(row)
    }
    return SturingsMatrix(
      modelName: model.name, peildatum: peildatum, columns: columns,
      groups: orderedGroups(groups, ministries: ministries))
  }

  /// The ministry a card belongs to: itself, its owning organisation, or the ministry that
  /// organisation is `onderdeel-van`.
  private func ministry(of card: ElementID) -> ElementID? {
    let organisation = scope.owner(of: card) ?? card
    if scope.ministries.contains(organisation) { return organisation }
    return scope.partOfMinistry(of: organisation)
  }

  private func orderedGroups(
    _ groups: [SturingsMatrix.GroupKind: [SturingsMatrix.Row]], ministries: [ElementID]
  ) -> [SturingsMatrix.Group] {
    let ministrySet = Set(ministries)
    let others = groups.keys.compactMap { kind -> ElementID? in
      guard case .eigenaar(let id) = kind, !ministrySet.contains(id) else { return nil }
      return id
    }
    .sorted()
    var order = (ministries + others).map(SturingsMatrix.GroupKind.eigenaar)
    order += [.severalEigenaren, .noEigenaar]
    return order.compactMap { kind in
      guard let rows = groups[kind], !rows.isEmpty else { return nil }
      let heading: String
      switch kind {
      case .eigenaar(let id): heading = "Eigenaar: " + scope.index.name(of: id)
      case .severalEigenaren: heading = "Meer dan één eigenaar"
      case .noEigenaar: heading = "Zonder eigenaar"
      }
      return SturingsMatrix.Group(
        kind: kind, heading: heading,
        rows: rows.sorted { ($0.name, $0.id) < ($1.name, $1.id) })
    }
  }
}

extension DiagramBuilder {
  /// The sturingsmatrix as an SVG document, titled like the other views (`Model: Sturingsmatrix`);
  /// `link` gives the address of an executor's name, if any.
  public func matrixSVG(link: (ElementID) -> String? = { _ in nil }) -> String {
    MatrixSVGWriter().write(matrix(), title: "\(model.name): \(title(for: .matrix))", link: link)
  }
}
