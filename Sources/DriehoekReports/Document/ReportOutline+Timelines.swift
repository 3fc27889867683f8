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

  /// ``timeline(for:)`` of an executor of the document, from what the outline holds: the
  /// writers call it once per executor, so it looks at that executor's opdrachten and clashes
  /// only, not at every executor and finding.
  func timeline(for executor: ExecutorSummary) -> Timeline? {
    guard executor.opdrachten.contains(where: { $0.capacity != nil }) else { return nil }
    return try? Timeline(
      executor: executor.id, model: model, peildatum: report.peildatum,
      clashes: clashPairs[executor.id] ?? [], index: index, opdrachten: executor.opdrachten)
  }
}
