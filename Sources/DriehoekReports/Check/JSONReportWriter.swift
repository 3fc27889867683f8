public import DriehoekAnalysis
import DriehoekModel

/// Writes analysis reports as JSON for other tools.
///
/// One report is one object:
///
/// ```json
/// {"model": "…", "peildatum": "2026-01-01",
///  "findings": [{"code", "slug", "severity", "message", "betreft", "location", "waarom",
///                "oplossing", "geaccepteerd"}],
///  "samenvatting": {"fout", "waarschuwing", "info", "open", "geaccepteerd", "totaal"}}
/// ```
///
/// `severity` is always the Dutch word (`fout`, `waarschuwing`, `info`); `location` is
/// `{"file", "line", "column"}` or `null`; `geaccepteerd` is `null` or
/// `{"reden", "verantwoordelijke", "tot"}` (`tot` may be `null`). The per-severity counts in
/// `samenvatting` count open findings. Several reports are written as an array of such objects.
/// Keys are sorted; the output is deterministic.
public struct JSONReportWriter: Sendable {
  /// Creates a writer.
  public init() {}

  /// The JSON text of one report.
  public func write(_ report: AnalysisReport) -> String { value(of: report).text }

  /// The JSON text of several reports: one object for one report, an array for several.
  public func write(_ reports: [AnalysisReport]) -> String {
    reports.count == 1 ? write(reports[0]) : JSONValue.array(reports.map(value)).text
  }

  func value(of report: AnalysisReport) -> JSONValue {
    let summary = report.summary
    return .object([
      "model": .string(report.model),
      "peildatum": .string(report.peildatum.description),
      "findings": .array(report.findings.map(value)),
      "samenvatting": .object([
        "fout": .int(summary.open(.fout)),
        "waarschuwing": .int(summary.open(.waarschuwing)),
        "info": .int(summary.open(.info)),
        "open": .int(summary.open),
        "geaccepteerd": .int(summary.accepted),
        "totaal": .int(summary.total),
      ]),
    ])
  }

  func value(of finding: Finding) -> JSONValue {
    .object([
      "code": .string(finding.code),
      "slug": .string(finding.slug),
      "severity": .string(finding.severity.rawValue),
      "message": .string(finding.message),
      "betreft": .array(finding.betreft.map { .string($0.rawValue) }),
      "location": finding.location.map { location in
        .object([
          "file": .string(location.file), "line": .int(location.line),
          "column": .int(location.column),
        ])
      } ?? .null,
      "waarom": .string(finding.waarom),
      "oplossing": .string(finding.oplossing),
      "geaccepteerd": finding.acceptance.map { acceptance in
        .object([
          "reden": .string(acceptance.reden),
          "verantwoordelijke": .string(acceptance.verantwoordelijke.rawValue),
          "tot": .string(acceptance.tot?.description),
        ])
      } ?? .null,
    ])
  }
}
