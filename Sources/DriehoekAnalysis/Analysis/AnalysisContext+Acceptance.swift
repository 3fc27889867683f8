public import DriehoekModel

extension AnalysisContext {
  /// Whether an accepted risk still holds on the peildatum (no `tot`, or `tot` not yet passed).
  public func isValid(_ afwijking: Afwijking) -> Bool {
    afwijking.until.map { $0 >= peildatum } ?? true
  }

  /// Whether an accepted risk names a finding: same code, and every id it names is in the
  /// finding's `betreft`.
  public func afwijking(_ afwijking: Afwijking, matches finding: Finding) -> Bool {
    afwijking.rule == finding.code && Set(afwijking.betreft).isSubset(of: finding.betreft)
  }

  /// The finding, marked accepted by the first valid accepted risk that matches it.
  func applyingAcceptance(to finding: Finding) -> Finding {
    guard
      let match = model.afwijkingen.first(where: {
        isValid($0) && afwijking($0, matches: finding)
      })
    else { return finding }
    var accepted = finding
    accepted.acceptance = Acceptance(
      reden: match.reason, verantwoordelijke: match.verantwoordelijke, tot: match.until,
      location: match.origin?.location)
    return accepted
  }
}
