public import DriehoekModel

/// How an accepted risk (`afwijking`) covers a finding.
public struct Acceptance: Hashable, Sendable {
  /// Why the risk is accepted.
  public var reden: String
  /// Who answers for it.
  public var verantwoordelijke: ElementID
  /// The last day the acceptance holds; `nil` means without end.
  public var tot: Day?
  /// Where the accepted risk was written, if known.
  public var location: SourceLocation?

  /// Creates an acceptance.
  public init(
    reden: String, verantwoordelijke: ElementID, tot: Day?, location: SourceLocation? = nil
  ) {
    self.reden = reden
    self.verantwoordelijke = verantwoordelijke
    self.tot = tot
    self.location = location
  }
}
