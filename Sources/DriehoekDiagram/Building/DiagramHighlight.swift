public import DriehoekModel

/// A finding to mark in a picture: its code, how serious it is and the elements it concerns.
///
/// The builder takes highlights as plain values, so diagrams do not depend on the analysis;
/// the command-line tool converts the analysis' findings into highlights.
public struct DiagramHighlight: Hashable, Sendable {
  /// The rule code, such as `SD03`.
  public var code: String
  /// How serious the finding is.
  public var severity: Severity
  /// The ids of the elements involved (organisations, units, persons, opdrachten, afspraken).
  public var betreft: [ElementID]
  /// Whether the finding is covered by an accepted risk (afwijking); then it is drawn muted.
  public var isAccepted: Bool
  /// A one-line message for tooltips.
  public var message: String?
  /// The executors the finding is grouped under (the analysis' `executors`), for the
  /// sturingsmatrix; empty when unknown.
  public var executors: [ElementID]

  /// Creates a highlight.
  public init(
    code: String, severity: Severity, betreft: [ElementID], isAccepted: Bool = false,
    message: String? = nil, executors: [ElementID] = []
  ) {
    self.code = code
    self.severity = severity
    self.betreft = betreft
    self.isAccepted = isAccepted
    self.message = message
    self.executors = executors
  }
}
