import DriehoekAnalysis
public import DriehoekDiagram
public import DriehoekModel

extension ReportOutline {
  /// The `tijdlijn` views the document shows: one per executor with an opdracht that names a
  /// capaciteit (fte), in document order.
  public var timelineViews: [View] {
    executors.filter { $0.opdrachten.contains { $0.capacity != nil } }.map { .tijdlijn($0.id) }
  }

  /// The timeline of an executor in the document, with the SD12 clashes of the report; `nil`
  /// when none of its opdrachten names a capaciteit.
  public func timeline(for executor: ElementID) -> Timeline? {
    guard timelineViews.contains(.tijdlijn(executor)) else { return nil }
    return try? Timeline(
      executor: executor, model: model, peildatum: report.peildatum,
      clashes: Timeline.clashPairs(report.findings, of: executor), index: index)
  }
}
