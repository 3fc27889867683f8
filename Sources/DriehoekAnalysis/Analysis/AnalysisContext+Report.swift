import DriehoekModel

extension AnalysisContext {
  /// The triangle of every executor on the peildatum, by executor id.
  public var triangles: [Triangle] {
    executorEntries.map { executor in
      func holders(_ kind: RoleKind) -> [Triangle.Holder] {
        // One set, not a search of every role per holder: 20,000 eigenaren of one executor
        // made this quadratic.
        let coordinating = Set(
          validRoles(kind, of: executor.id).lazy.filter(\.isCoordinating).map(\.holder))
        return validHolders(kind, of: executor.id).map { holder in
          Triangle.Holder(id: holder, isCoordinating: coordinating.contains(holder))
        }
      }
      return Triangle(
        executor: executor.id, kind: executor.kind, eigenaren: holders(.eigenaar),
        opdrachtgevers: holders(.opdrachtgever), opdrachtnemers: holders(.opdrachtnemer))
    }
  }
}
