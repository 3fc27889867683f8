import DriehoekModel

extension Rule {
  /// A finding for each executor that has no role of `kind` valid on the peildatum: `fout` for
  /// an agentschap, `waarschuwing` otherwise, `betreft` the executor (SD01 and SD04).
  ///
  /// `role` names the role in the message, in Dutch and English ("eigenaar", "owner").
  ///
  /// - Complexity: O(*e* · *r*) in executors and roles.
  func executorsWithoutRole(
    _ kind: RoleKind, named role: (dutch: String, english: String), in context: AnalysisContext
  ) -> [Finding] {
    context.executorEntries.compactMap { executor in
      guard context.validRoles(kind, of: executor.id).isEmpty else { return nil }
      return finding(
        in: context, severity: executor.kind == .agentschap ? .fout : .waarschuwing,
        message: context.text(
          "\(context.label(executor.id)) heeft geen \(role.dutch) op \(context.peildatum)",
          "\(context.label(executor.id)) has no \(role.english) on \(context.peildatum)"),
        betreft: [executor.id], location: executor.origin?.location, executor: executor.id)
    }
  }
}
