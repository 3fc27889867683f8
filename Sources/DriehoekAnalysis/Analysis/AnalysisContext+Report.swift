import DriehoekModel

extension AnalysisContext {
  /// The triangle of every executor on the peildatum, by executor id.
  public var triangles: [Triangle] {
    executorEntries.map { executor in
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
}
