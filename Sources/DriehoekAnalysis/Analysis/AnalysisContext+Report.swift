import DriehoekModel

extension AnalysisContext {
  /// The triangle of every executor on the peildatum, by executor id.
  public var triangles: [Triangle] {
    executors.map { executor in
      func holders(_ kind: RoleKind) -> [Triangle.Holder] {
        let roles = validRoles(kind, of: executor.id)
        return validHolders(kind, of: executor.id).map { holder in
          Triangle.Holder(
            id: holder,
            isCoordinating: roles.contains { $0.holder == holder && $0.isCoordinating })
        }
      }
      return Triangle(
        executor: executor.id, kind: executor.kind, eigenaren: holders(.eigenaar),
        opdrachtgevers: holders(.opdrachtgever), opdrachtnemers: holders(.opdrachtnemer))
    }
  }

  /// The name and kind of every id the findings, their acceptances and the triangles mention.
  func summaries(findings: [Finding], triangles: [Triangle]) -> [ElementID: ElementSummary] {
    var result: [ElementID: ElementSummary] = [:]
    result.reserveCapacity(findings.count + triangles.count * 4)
    func add(_ id: ElementID) {
      guard result[id] == nil else { return }
      let (name, kind) = index.nameAndKind(of: id)
      result[id] = ElementSummary(name: name, kind: kind)
    }
    for finding in findings {
      for id in finding.betreft { add(id) }
      if let executor = finding.executor { add(executor) }
      if let acceptance = finding.acceptance { add(acceptance.verantwoordelijke) }
    }
    for triangle in triangles {
      add(triangle.executor)
      for holder in triangle.eigenaren { add(holder.id) }
      for holder in triangle.opdrachtgevers { add(holder.id) }
      for holder in triangle.opdrachtnemers { add(holder.id) }
    }
    return result
  }
}
