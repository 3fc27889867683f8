import DriehoekAnalysis
import DriehoekLoading
import DriehoekModel
import DriehoekReports
import Foundation
import Testing

/// Issue 25: names with line breaks and terminal escapes through the report writers.
@Suite struct WriterSanitiserTests {
  /// The SVB report with one finding whose message holds a line break and conceal.
  private func hostileReport() throws -> AnalysisReport {
    var report = try svbReport()
    let index = try #require(report.findings.indices.first)
    report.findings[index].message =
      "voor\n# Kop\n---\n    code\n- lijst\r\n1. een \u{1B}[8mverborgen\u{1B}[0m"
    return report
  }

  @Test func textReportColoursButNeverPassesAnEscapeFromTheModel() throws {
    let report = try hostileReport()
    let coloured = TextReportWriter(usesColour: true).write(report)
    #expect(coloured.contains("\u{1B}[1;31m") || coloured.contains("\u{1B}[1;33m"))
    #expect(!coloured.contains("\u{1B}[8m"))
    #expect(coloured.contains("\u{FFFD}[8m"))
    #expect(!TextReportWriter().write(report).contains("\u{1B}"))
  }

  @Test func markdownWritersOpenNoBlockFromAText() throws {
    let report = try hostileReport()
    let text = MarkdownReportWriter().write(report)
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      #expect(line != "# Kop" && !line.hasPrefix("---") && !line.hasPrefix("    code"))
      #expect(!line.hasPrefix("- lijst") && !line.hasPrefix("1. een"))
    }
    #expect(!text.unicodeScalars.contains { $0 == "\r" || $0 == "\u{1B}" })
    #expect(text.contains("voor \\# Kop"))
  }
}
