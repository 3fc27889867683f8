public import DriehoekAnalysis
public import DriehoekModel

/// One afwijking (accepted risk) as the document lists it: whether it still holds on the
/// peildatum, and which findings it covers.
public struct AcceptedRisk: Hashable, Sendable {
  /// The afwijking as written in the model.
  public var afwijking: Afwijking
  /// Whether its `tot` date lies before the peildatum: it no longer covers anything.
  public var isExpired: Bool
  /// The findings it names: accepted ones while it holds, reopened ones once expired.
  public var findings: [Finding]

  /// Creates an entry.
  public init(afwijking: Afwijking, isExpired: Bool, findings: [Finding]) {
    self.afwijking = afwijking
    self.isExpired = isExpired
    self.findings = findings
  }

  /// The executors of the findings it names, sorted and unique.
  public var executors: [ElementID] { Array(Set(findings.flatMap(\.executors))).sorted() }
}
