public import DriehoekModel

/// The legal frame an executor's steering rests on, which decides what a rule's reason cites.
///
/// The Regeling agentschappen 2024 binds agentschappen only; a zbo answers to the Kaderwet zbo,
/// and a dienst (or a shared service organisation inside a ministry) to its ministry's own
/// steering (mandate, organisation decree). Other executors get the reason in general terms.
public enum ExecutorFamily: Hashable, Sendable {
  /// An `agentschap`: the Regeling agentschappen 2024 applies.
  case agentschap
  /// A `zbo-publiek` or `zbo-privaat`: the Kaderwet zbo applies.
  case zbo
  /// A `dienst` or `sso`: part of a ministry, steered by the ministry itself.
  case dienst
  /// Any other executor (`rwt`, `gemeente`, `extern`, `ministerie`).
  case other

  /// The family of an organisation kind.
  public init(_ kind: OrganisationKind) {
    switch kind {
    case .agentschap: self = .agentschap
    case .zboPubliek, .zboPrivaat: self = .zbo
    case .dienst, .sso: self = .dienst
    case .ministerie, .rwt, .gemeente, .extern: self = .other
    }
  }
}
