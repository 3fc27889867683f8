import DriehoekAnalysis
import DriehoekInterchange
import DriehoekModel

/// `check --format csv`: one row per finding (open and accepted) of every report, with every
/// field of the JSON report in its own column.
///
/// Columns: `model`, `peildatum`, `code`, `slug`, `ernst` (the Dutch word), `melding`,
/// `betreft` (ids joined with `;`), `bestand`, `regel`, `kolom`, `waarom`, `oplossing`,
/// `geaccepteerd` (`ja`/`nee`), `reden`, `verantwoordelijke`, `tot`. Text cells follow the
/// formula rule (``FormulaGuard``); line and column are numbers.
enum FindingsCSV {
  static let header = [
    "model", "peildatum", "code", "slug", "ernst", "melding", "betreft", "bestand", "regel",
    "kolom", "waarom", "oplossing", "geaccepteerd", "reden", "verantwoordelijke", "tot",
  ]

  static func text(_ reports: [AnalysisReport], dialect: CSVDialect) -> String {
    var out = ""
    write(reports, dialect: dialect) { out += $0 }
    return out
  }

  /// The same text in pieces, the header and then a row at a time, as they are made: the
  /// rows are never held together.
  static func write(
    _ reports: [AnalysisReport], dialect: CSVDialect, pieces: (String) -> Void
  ) {
    pieces(dialect.headerText(header))
    for report in reports {
      for finding in report.findings {
        let location = finding.location
        let acceptance = finding.acceptance
        pieces(
          dialect.rowText([
            .text(report.model), .text(report.peildatum.description), .text(finding.code),
            .text(finding.slug), .text(finding.severity.rawValue), .text(finding.message),
            .text(finding.betreft.map(\.rawValue).joined(separator: ";")),
            .text(location?.file ?? ""), .number(location.map { String($0.line) } ?? ""),
            .number(location.map { String($0.column) } ?? ""), .text(finding.waarom),
            .text(finding.oplossing), .text(acceptance == nil ? "nee" : "ja"),
            .text(acceptance?.reden ?? ""), .text(acceptance?.verantwoordelijke.rawValue ?? ""),
            .text(acceptance?.tot?.description ?? ""),
          ]))
      }
    }
  }
}
