import DriehoekAnalysis
import DriehoekModel

extension TextReportWriter {
  /// Appends executors' groups to the text, one after the other: what the groups of one run
  /// share is made once (the report's words, the painted severity words) and the texts that
  /// findings in a row share are made safe once (the file name, a rule's reason and hint).
  struct GroupWriting {
    private let writer: TextReportWriter
    private let report: AnalysisReport
    private let findings: [Finding]
    private let why: [UInt8]
    private let fix: [UInt8]
    /// The painted severity word, at ``severityIndex(_:isOpen:)``.
    private let severities: [[UInt8]]
    private var file = (text: "", safe: [UInt8]())
    private var reason = (text: "", safe: [UInt8]())
    private var hint = (text: "", safe: [UInt8]())

    init(_ report: AnalysisReport, writer: TextReportWriter) {
      self.writer = writer
      self.report = report
      findings = report.findings
      let language = report.language
      why = Array("    \(language.pick("waarom", "why")): ".utf8)
      fix = Array("    \(language.pick("oplossing", "fix")): ".utf8)
      var severities = [[UInt8]](repeating: [], count: 6)
      for severity in [Severity.info, .waarschuwing, .fout] {
        for isOpen in [true, false] {
          severities[Self.severityIndex(severity, isOpen: isOpen)] =
            writer.paintedSeverity(severity, isOpen: isOpen, in: language)
        }
      }
      self.severities = severities
    }

    private static func severityIndex(_ severity: Severity, isOpen: Bool) -> Int {
      let rank =
        switch severity {
        case .info: 0
        case .waarschuwing: 1
        case .fout: 2
        }
      return rank * 2 + (isOpen ? 0 : 1)
    }

    /// Appends a group: its heading, its findings and the blank line after them.
    mutating func append(_ group: AnalysisReport.ExecutorGroup, to text: inout TerminalBytes) {
      let language = report.language
      let heading =
        group.executor.map { report.label($0) }
        ?? language.pick("Overige bevindingen", "Other findings")
      writer.beginPaint("1", &text)
      text.append("== ")
      text.appendSafe(heading)
      text.append(" ==")
      writer.endPaint(&text)
      text.append(byte: 0x0A)
      // The findings read in place (`findings[position]` of the buffer is borrowed, not
      // copied: a finding has a dozen reference-counted fields).
      let findings = self.findings
      findings.withUnsafeBufferPointer { findings in
        for position in group.positions {
          append(findings[position], to: &text)
        }
      }
      text.append(byte: 0x0A)
    }

    /// Appends a finding: its first line, reason, hint and acceptance.
    private mutating func append(_ finding: Finding, to text: inout TerminalBytes) {
      let isOpen = finding.acceptance == nil
      writer.appendLine(
        for: finding,
        severity: severities[Self.severityIndex(finding.severity, isOpen: isOpen)],
        to: &text, file: &file)
      text.append(byte: 0x0A)
      // A rule's reason and hint are one text shared by its findings: made safe once.
      if finding.waarom != reason.text {
        reason = (finding.waarom, TerminalBytes.safe(finding.waarom))
      }
      if finding.oplossing != hint.text {
        hint = (finding.oplossing, TerminalBytes.safe(finding.oplossing))
      }
      text.append(why)
      text.append(reason.safe)
      text.append(byte: 0x0A)
      text.append(fix)
      text.append(hint.safe)
      text.append(byte: 0x0A)
      if let acceptance = finding.acceptance {
        writer.beginPaint("2", &text)
        text.append("    ")
        text.appendSafe(writer.accepted(acceptance, in: report))
        writer.endPaint(&text)
        text.append(byte: 0x0A)
      }
    }
  }
}
