public import DriehoekAnalysis
public import DriehoekDiagram

extension DiagramHighlight {
  /// How a diagram marks a finding.
  ///
  /// An open one is outlined in red with its code, an accepted one muted: the one mapping from
  /// findings to highlights.
  public init(_ finding: Finding) {
    self.init(
      code: finding.code, severity: finding.severity, betreft: finding.betreft,
      isAccepted: !finding.isOpen, message: finding.message, executors: finding.executors)
  }
}
