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
  ///
  /// Only the valid accepted risks with the finding's code whose first `betreft` id is in the
  /// finding's (or whose `betreft` is empty) can match; those are tried in model order.
  func applyingAcceptance(to finding: Finding) -> Finding {
    var accepted = finding
    applyAcceptance(to: &accepted)
    return accepted
  }

  /// Marks the finding accepted, in place, as ``applyingAcceptance(to:)`` does.
  func applyAcceptance(to finding: inout Finding) {
    guard let byFirstID = afwijkingenByRule[finding.code] else { return }
    applyAcceptance(to: &finding, candidates: byFirstID)
  }

  /// The valid accepted risks of one rule code, by their first `betreft` id (see
  /// ``applyAcceptance(to:candidates:)``); `nil` when the code has none.
  func acceptanceCandidates(code: String) -> [ElementID?: [Int]]? {
    afwijkingenByRule[code]
  }

  /// Marks the finding accepted, in place, as ``applyAcceptance(to:)`` does, with the valid
  /// accepted risks of its code already looked up (once per rule rather than once per finding).
  func applyAcceptance(to finding: inout Finding, candidates byFirstID: [ElementID?: [Int]]) {
    var positions = byFirstID[nil] ?? []
    // An id named twice adds its positions twice; the first match is the same.
    for id in finding.betreft {
      if let more = byFirstID[id] { positions += more }
    }
    guard !positions.isEmpty else { return }
    positions.sort()
    let candidate = finding
    guard
      let match = positions.lazy.map({ self.model.afwijkingen[$0] }).first(where: {
        self.afwijking($0, matches: candidate)
      })
    else { return }
    finding.acceptance = Acceptance(
      reden: match.reason, verantwoordelijke: match.verantwoordelijke, tot: match.until,
      location: match.origin?.location)
  }
}

extension AnalysisContext {
  /// The findings (of the rules that look at the model) that an accepted risk names, in order.
  /// - Complexity: O(*k*) in the findings with its code and first `betreft` id.
  func findings(matching afwijking: Afwijking) -> [Finding] {
    guard let first = afwijking.betreft.first else {
      return findings.filter { self.afwijking(afwijking, matches: $0) }
    }
    let positions = findingsByCode[afwijking.rule]?[first] ?? []
    return positions.map { findings[$0] }.filter { self.afwijking(afwijking, matches: $0) }
  }
}
