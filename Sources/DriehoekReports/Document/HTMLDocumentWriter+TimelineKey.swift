import DriehoekModel

extension HTMLDocumentWriter {
  /// The id prefix of an executor's printed timeline chart (its patterns are `PREFIX-pN`).
  static func printedTimelinePrefix(_ executor: ExecutorSummary) -> String {
    "tijdlijn-" + ReportOutline.executorAnchor(executor.id) + "-druk"
  }

  /// Per opdracht of the executor, the print-only swatch of its band in the printed timeline.
  ///
  /// Put before the opdracht's name in the opdrachten table: the table is the printed chart's
  /// key, so the chart does not repeat every opdracht in a legend of its own (docs/reports.md,
  /// "Print").
  /// Empty when the executor has no chart.
  func timelineSwatches(_ executor: ExecutorSummary, chart: Timeline?) -> [ElementID: HTMLFragment]
  {
    guard let chart else { return [:] }
    let writer = TimelineSVGWriter()
    let prefix = Self.printedTimelinePrefix(executor)
    var swatches: [ElementID: HTMLFragment] = [:]
    for band in chart.bands where swatches[band.id] == nil {
      swatches[band.id] = .element(
        "span", [("class", "staal alleen-druk")],
        [.trusted(writer.swatch(band, idPrefix: prefix))])
    }
    return swatches
  }
}
