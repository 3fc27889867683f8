import DriehoekAnalysis
import DriehoekModel

extension HTMLDocumentWriter {
  /// An executor's timeline: the chart inline, with a compact data table as its text
  /// alternative; empty when none of its opdrachten names a capaciteit.
  func timeline(_ executor: ExecutorSummary, chart: Timeline?, outline: ReportOutline)
    -> [HTMLFragment]
  {
    guard let timeline = chart else { return [] }
    let language = outline.language
    let anchor = ReportOutline.executorAnchor(executor.id)
    let prefix = "tijdlijn-" + anchor
    // Drawn by TimelineSVGWriter: every text escaped, no style, script or link; ids prefixed.
    // The screen shows the full chart; print a compact one with the same texts (docs/reports.md).
    let caption = language.pick(
      "Tijdlijn van \(executor.organisation.name): per maand de hoogste geclaimde fte op "
        + "één dag, gestapeld per opdracht, tegen de capaciteit.",
      "Timeline of \(executor.organisation.name): per month the highest fte claimed on "
        + "one day, stacked per assignment, against capacity.")
    let figure = timelineFigure(
      TimelineSVGWriter().write(timeline, idPrefix: prefix), prefix: prefix,
      medium: "alleen-scherm",
      caption: [
        .text(caption),
        // The table is the chart's text alternative on screen; print leaves it out.
        .element(
          "span", [("class", "alleen-scherm")],
          text: language.pick(
            " De tabel hieronder geeft dezelfde cijfers.",
            " The table below gives the same figures.")),
      ])
    let printed = timelineFigure(
      TimelineSVGWriter().write(
        timeline, idPrefix: Self.printedTimelinePrefix(executor), compact: true,
        keyInTable: true),
      prefix: Self.printedTimelinePrefix(executor), medium: "alleen-druk",
      caption: [.text(caption)])
    let rows = timeline.tableRows.map { row in
      HTMLFragment.element(
        "tr", [],
        [
          .element("th", [("scope", "row")], text: row.label),
          .element("td", [("class", "getal")], text: DocumentFormat.number(row.fte, language)),
          .element(
            "td", [("class", "getal")],
            text: row.percentage.map { DocumentFormat.number($0.rounded(), language) + " %" }
              ?? "—"),
          .element("td", [], text: row.hasClash ? "SD12" : ""),
        ])
    }
    let table = HTMLFragment.element(
      "table", [("class", "tijdlijn-tabel")],
      [
        .element(
          "caption",
          text: language.pick(
            "Geclaimde capaciteit van \(executor.organisation.name) per "
              + (timeline.tableRows.first?.label.contains("K") == true ? "kwartaal" : "maand")
              + " (alleen perioden met een claim)",
            "Claimed capacity of \(executor.organisation.name) per "
              + (timeline.tableRows.first?.label.contains("K") == true ? "quarter" : "month")
              + " (only periods with a claim)")),
        headerRow([
          (language.pick("Periode", "Period"), nil),
          (language.pick("fte (drukste dag)", "fte (busiest day)"), "getal"),
          (language.pick("% van capaciteit", "% of capacity"), "getal"),
          (language.pick("Prioriteitsconflict", "Priority clash"), nil),
        ]),
        .element("tbody", [], rows),
      ])
    return [
      .element("h3", text: language.pick("Tijdlijn", "Timeline")), figure, printed, table,
    ]
  }

  /// A timeline chart in a figure for one medium (`alleen-scherm` or `alleen-druk`), printed no
  /// smaller than legible text needs and never across a landscape page (PrintFit).
  private func timelineFigure(
    _ svg: String, prefix: String, medium: String, caption: [HTMLFragment]
  ) -> HTMLFragment {
    let captionID = prefix + "-bijschrift"
    let fit = InlineSVG.printMetrics(of: svg).map {
      PrintFit.place($0.size, text: $0.text, landscape: false)
    }
    return .element(
      "figure",
      [
        ("class", (fit == nil ? "diagram tijdlijn " : "diagram tijdlijn gemeten ") + medium),
        ("style", fit?.style), ("aria-labelledby", captionID),
      ],
      [
        .trusted(svg.trimmingTrailingNewlines()),
        .element("figcaption", [("id", captionID)], caption),
      ])
  }
}

extension String {
  fileprivate func trimmingTrailingNewlines() -> String {
    var text = self
    while text.hasSuffix("\n") { text.removeLast() }
    return text
  }
}
