public import DriehoekAnalysis
import DriehoekModel

/// Writes an analysis report as Markdown that a person can paste into a memo.
///
/// Per executor: a heading, its triangle in words (eigenaar, opdrachtgevers with the
/// coordinating one marked, opdrachtnemer), then its open findings with reason and hint. Then
/// findings that belong to no executor, and a table of the accepted risks.
public struct MarkdownReportWriter: Sendable {
  /// Creates a writer.
  public init() {}

  /// The Markdown text of a report, ending in a newline.
  public func write(_ report: AnalysisReport) -> String {
    var lines: [String] = []
    write(report) { lines.append($0) }
    return lines.joined(separator: "\n")
  }

  /// The lines of the Markdown text of a report, handed to `line` one by one as they are made.
  ///
  /// In order and without their line ends: the text joins them with `\n` (the last line is
  /// empty, so the text ends in a newline). Nothing is held but the line being written, so a
  /// report of 100,000 findings can go to a file as it is made.
  public func write(_ report: AnalysisReport, lines line: (String) -> Void) {
    let language = report.language
    line(
      "# " + language.pick("Analyse sturingsdriehoek: ", "Governance triangle analysis: ")
        + MarkdownText.escaped(report.model))
    line("")
    line(
      language.pick("Peildatum: ", "Reference date: ") + "\(report.peildatum). "
        + MarkdownText.escaped(summary(report)))
    line("")
    let open = report.openFindings
    var executors = report.triangles.map(\.executor)
    for executor in Set(open.flatMap(\.executors)).subtracting(executors).sorted() {
      executors.append(executor)
    }
    // Indexed once, then walked: a lookup per executor would make the report quadratic.
    var triangles: [ElementID: Triangle] = [:]
    for triangle in report.triangles where triangles[triangle.executor] == nil {
      triangles[triangle.executor] = triangle
    }
    var findingsByExecutor: [ElementID: [Int]] = [:]
    for (position, finding) in open.enumerated() {
      for executor in finding.executors where findingsByExecutor[executor]?.last != position {
        findingsByExecutor[executor, default: []].append(position)
      }
    }
    for executor in executors {
      line("## " + MarkdownText.escaped(report.label(executor)))
      line("")
      if let triangle = triangles[executor] {
        line(MarkdownText.escaped(words(for: triangle, in: report)))
        line("")
      }
      let findings = (findingsByExecutor[executor] ?? []).map { open[$0] }
      if findings.isEmpty {
        line(language.pick("Geen open bevindingen.", "No open findings."))
        line("")
      } else {
        for finding in findings {
          for text in item(for: finding, in: report) { line(text) }
        }
      }
    }
    let rest = open.filter { $0.executors.isEmpty }
    if !rest.isEmpty {
      line("## " + language.pick("Overige bevindingen", "Other findings"))
      line("")
      for finding in rest {
        for text in item(for: finding, in: report) { line(text) }
      }
    }
    let accepted = report.acceptedFindings
    if !accepted.isEmpty {
      line("## " + language.pick("Geaccepteerde risico's", "Accepted risks"))
      line("")
      line(
        language.pick(
          "| Regel | Betreft | Bevinding | Reden | Verantwoordelijke | Tot en met |",
          "| Rule | Concerns | Finding | Reason | Owner | Until |"))
      line("|---|---|---|---|---|---|")
      for finding in accepted {
        guard let acceptance = finding.acceptance else { continue }
        let cells = [
          "\(finding.code) \(finding.slug)",
          finding.betreft.map(\.rawValue).joined(separator: ", "),
          finding.message,
          acceptance.reden,
          report.label(acceptance.verantwoordelijke),
          acceptance.tot?.description ?? "—",
        ]
        line("| " + cells.map { cell($0) }.joined(separator: " | ") + " |")
      }
      line("")
    }
  }

  private func summary(_ report: AnalysisReport) -> String {
    let summary = report.summary
    return report.language.pick(
      "\(summary.open) open bevindingen (\(summary.open(.fout)) fout, "
        + "\(summary.open(.waarschuwing)) waarschuwing, \(summary.open(.info)) info), "
        + "\(summary.accepted) geaccepteerd.",
      "\(summary.open) open findings (\(summary.open(.fout)) error, "
        + "\(summary.open(.waarschuwing)) warning, \(summary.open(.info)) info), "
        + "\(summary.accepted) accepted.")
  }

  private func words(for triangle: Triangle, in report: AnalysisReport) -> String {
    let language = report.language
    func list(_ holders: [Triangle.Holder]) -> String {
      guard !holders.isEmpty else { return language.pick("niemand", "nobody") }
      return holders.map { holder in
        report.label(holder.id)
          + (holder.isCoordinating ? language.pick(" (coördinerend)", " (coordinating)") : "")
      }
      .joined(separator: "; ")
    }
    return [
      language.pick("Soort: ", "Kind: ") + triangle.kind.rawValue + ".",
      language.pick("Eigenaar: ", "Owner: ") + list(triangle.eigenaren) + ".",
      language.pick("Opdrachtgevers: ", "Principals: ") + list(triangle.opdrachtgevers) + ".",
      language.pick("Opdrachtnemer: ", "Executor: ") + list(triangle.opdrachtnemers) + ".",
    ]
    .joined(separator: " ")
  }

  private func item(for finding: Finding, in report: AnalysisReport) -> [String] {
    let language = report.language
    // A code span ends at a backtick and a paragraph at a line break: neither may come from
    // a file name (imported files are named in the model).
    let place =
      finding.location.map {
        " (`" + "\($0.file):\($0.line):\($0.column)".filter { $0 != "`" && !$0.isNewline } + "`)"
      } ?? ""
    return [
      "- **\(finding.severity.word(in: language)) \(finding.code) \(finding.slug)**: "
        + MarkdownText.escaped(finding.message) + place,
      "  - " + language.pick("*Waarom:* ", "*Why:* ") + MarkdownText.escaped(finding.waarom),
      "  - " + language.pick("*Oplossing:* ", "*Fix:* ") + MarkdownText.escaped(finding.oplossing),
      "",
    ]
  }

  /// A table cell: ``MarkdownText/escaped(_:)`` already puts it on one line.
  private func cell(_ text: String) -> String {
    MarkdownText.escaped(text)
  }
}
