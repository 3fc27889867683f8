import DriehoekModel

extension AnalysisContext {
  /// The triangle of every executor on the peildatum, by executor id.
  public var triangles: [Triangle] {
    executors.map { executor in
      func holders(_ kind: RoleKind) -> [Triangle.Holder] {
        let roles = validRoles(kind, of: executor.id)
        return Array(Set(roles.map(\.holder))).sorted().map { holder in
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
    var ids = Set<ElementID>()
    for finding in findings {
      ids.formUnion(finding.betreft)
      if let executor = finding.executor { ids.insert(executor) }
      if let acceptance = finding.acceptance { ids.insert(acceptance.verantwoordelijke) }
    }
    for triangle in triangles {
      ids.insert(triangle.executor)
      for holder in triangle.eigenaren + triangle.opdrachtgevers + triangle.opdrachtnemers {
        ids.insert(holder.id)
      }
    }
    var result: [ElementID: ElementSummary] = [:]
    for id in ids {
      result[id] = ElementSummary(name: index.name(of: id), kind: index.kind(of: id))
    }
    return result
  }
}
