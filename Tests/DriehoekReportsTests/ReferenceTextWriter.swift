import DriehoekAnalysis
import DriehoekModel

@testable import DriehoekReports

/// The text report as ``TextReportWriter`` wrote it with strings (main e0be71d), one group
/// after the other: the reference the byte writer is held to.
struct ReferenceTextWriter {
  var usesColour: Bool

  func write(_ report: AnalysisReport) -> String {
    var text = ""
    for group in report.positionsByExecutor {
      text += texts(of: [group], in: report).joined()
    }
    text += paint(TerminalText.sanitized(report.summaryLine), "1") + "\n"
    return text
  }

  private func texts(
    of groups: [(executor: ElementID?, positions: [Int])], in report: AnalysisReport
  ) -> [String] {
    let language = report.language
    let findings = report.findings
    let safe = { (text: String) in TerminalText.sanitized(text) }
    var result: [String] = []
    for group in groups {
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
        add(line(for: finding, in: report))
        add("    \(language.pick("waarom", "why")): " + safe(finding.waarom))
        add("    \(language.pick("oplossing", "fix")): " + safe(finding.oplossing))
        if let acceptance = finding.acceptance {
          add(paint("    \(safe(accepted(acceptance, in: report)))", "2"))
        }
      }
      add("")
      result.append(text)
    }
    return result
  }

  func line(for finding: Finding, in report: AnalysisReport) -> String {
    var text = ""
    if let location = finding.location {
      text += TerminalText.sanitized(location.file)
      text += ":\(location.line):\(location.column): "
    }
    text += paint(
      finding.severity.word(in: report.language),
      finding.isOpen ? colour(of: finding.severity) : "2")
    text += " \(finding.code) \(finding.slug): "
    text += TerminalText.sanitized(finding.message)
    text += " ["
    text += finding.betreft.map { TerminalText.sanitized($0.rawValue) }.joined(separator: ", ")
    text += "]"
    return text
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
