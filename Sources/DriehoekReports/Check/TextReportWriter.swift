public import DriehoekAnalysis
import DriehoekModel

/// Writes an analysis report as text for a terminal, grouped per executor.
///
/// Each finding is one line `file:line:col: severity CODE slug: message [ids]`, followed by its
/// reason, hint and (when accepted) the acceptance, indented. A heading line opens each
/// executor's group; a summary line closes the report.
public struct TextReportWriter: Sendable {
  /// Whether to colour severities and headings with ANSI escapes.
  public var usesColour: Bool

  /// Creates a writer.
  public init(usesColour: Bool = false) {
    self.usesColour = usesColour
  }

  /// The text of a report, ending in a newline.
  public func write(_ report: AnalysisReport) -> String {
    var text = ""
    write(report) { text += $0 }
    return text
  }

  /// Writes a report a part at a time: each executor's group (its heading, findings and the
  /// blank line after them), then the summary line.
  ///
  /// The parts together are the text of ``write(_:)``; the whole text is never held, so a
  /// report of 130,000 findings can go to a file or a pipe as it is made.
  public func write(_ report: AnalysisReport, parts: (String) -> Void) {
    write(report, halvingThreshold: Self.halvingThreshold, parts: parts)
  }

  /// ``write(_:parts:)``, with batches of at least `halvingThreshold` groups made in two halves
  /// side by side (`.max`: one after the other, for the tests).
  func write(_ report: AnalysisReport, halvingThreshold: Int, parts: (String) -> Void) {
    let groups = report.positionsByExecutor
    // The groups a batch at a time, each batch's two halves made side by side (one text per
    // group, handed out in order): the same parts as one after the other.
    var start = 0
    while start < groups.count {
      let first = start
      let end = min(first + Self.batchSize, groups.count)
      let middle = end - first >= halvingThreshold ? (first + end) / 2 : end
      let halves = ConcurrentWork.map(count: middle < end ? 2 : 1) { half in
        texts(of: groups[half == 0 ? first..<middle : middle..<end], in: report)
      }
      for half in halves {
        for text in half { parts(text) }
      }
      start = end
    }
    parts(paint(TerminalText.sanitized(report.summaryLine), "1") + "\n")
  }

  /// How many groups one batch holds (a few megabytes of text).
  static let batchSize = 256
  /// A batch of fewer groups is made on one thread.
  static let halvingThreshold = 64

  /// Each group's text: its heading, findings and the blank line after them.
  private func texts(
    of groups: ArraySlice<(executor: ElementID?, positions: [Int])>, in report: AnalysisReport
  ) -> [String] {
    let language = report.language
    let findings = report.findings
    // Every text from the model is made safe for a terminal here, before any colour code is
    // added: a name with `ESC [ 8 m` must not hide a line.
    let safe = { (text: String) in TerminalText.sanitized(text) }
    let why = "    \(language.pick("waarom", "why")): "
    let fix = "    \(language.pick("oplossing", "fix")): "
    var file = (text: "", safe: "")
    var reason = (text: "", safe: "")
    var hint = (text: "", safe: "")
    var result: [String] = []
    result.reserveCapacity(groups.count)
    for group in groups {
      // One string per group, each line appended with its newline: no list of lines.
      var text = ""
      func add(_ line: String) {
        text += line
        text += "\n"
      }
      let heading =
        group.executor.map { report.label($0) }
        ?? language.pick("Overige bevindingen", "Other findings")
      add(paint("== \(safe(heading)) ==", "1"))
      for position in group.positions {
        let finding = findings[position]
        appendLine(for: finding, in: report, to: &text, file: &file)
        text += "\n"
        // A rule's reason and hint are one text shared by its findings: made safe once.
        if finding.waarom != reason.text { reason = (finding.waarom, safe(finding.waarom)) }
        if finding.oplossing != hint.text { hint = (finding.oplossing, safe(finding.oplossing)) }
        text += why
        add(reason.safe)
        text += fix
        add(hint.safe)
        if let acceptance = finding.acceptance {
          add(paint("    \(safe(accepted(acceptance, in: report)))", "2"))
        }
      }
      add("")
      result.append(text)
    }
    return result
  }

  /// The first line of a finding: `file:line:col: severity CODE slug: message [ids]`.
  public func line(for finding: Finding, in report: AnalysisReport) -> String {
    var text = ""
    var file = (text: "", safe: "")
    appendLine(for: finding, in: report, to: &text, file: &file)
    return text
  }

  /// Appends the first line of a finding (see ``line(for:in:)``) piece by piece.
  ///
  /// No interpolation builds strings on the way; `file` keeps the last file name made safe, as
  /// most findings share it. Every text from the model is made safe, as a whole line would be.
  private func appendLine(
    for finding: Finding, in report: AnalysisReport, to text: inout String,
    file: inout (text: String, safe: String)
  ) {
    if let location = finding.location {
      if location.file != file.text {
        file = (location.file, TerminalText.sanitized(location.file))
      }
      text += file.safe
      text += ":"
      text += String(location.line)
      text += ":"
      text += String(location.column)
      text += ": "
    }
    text += paint(
      finding.severity.word(in: report.language),
      finding.isOpen ? colour(of: finding.severity) : "2")
    text += " "
    text += finding.code
    text += " "
    text += finding.slug
    text += ": "
    text += TerminalText.sanitized(finding.message)
    text += " ["
    for (position, id) in finding.betreft.enumerated() {
      if position > 0 { text += ", " }
      text += TerminalText.sanitized(id.rawValue)
    }
    text += "]"
  }

  private func accepted(_ acceptance: Acceptance, in report: AnalysisReport) -> String {
    let until =
      acceptance.tot.map {
        report.language.pick(", tot en met \($0)", ", until \($0)")
      } ?? ""
    return report.language.pick(
      "geaccepteerd: \(acceptance.reden) (verantwoordelijke: "
        + "\(report.label(acceptance.verantwoordelijke))\(until))",
      "accepted: \(acceptance.reden) (owner: \(report.label(acceptance.verantwoordelijke))"
        + "\(until))")
  }

  private func colour(of severity: Severity) -> String {
    switch severity {
    case .fout: "1;31"
    case .waarschuwing: "1;33"
    case .info: "1;34"
    }
  }

  private func paint(_ text: String, _ code: String) -> String {
    usesColour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
