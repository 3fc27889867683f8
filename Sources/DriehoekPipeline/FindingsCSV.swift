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
    var text = ""
    write(reports, dialect: dialect) { text += $0 }
    return text
  }

  /// The table a part at a time: the header with the first 2,000 rows, then 2,000 rows per
  /// part; together the text of ``text(_:dialect:)``, without every row held at once.
  static func write(_ reports: [AnalysisReport], dialect: CSVDialect, parts: (String) -> Void) {
    let partSize = 2000
    var rows: [[CSVCell]] = []
    rows.reserveCapacity(partSize)
    var isFirst = true
    func flush() {
      parts(isFirst ? dialect.text(header: header, rows: rows) : dialect.text(rows: rows))
      isFirst = false
      rows.removeAll(keepingCapacity: true)
    }
    for report in reports {
      for finding in report.findings {
        let location = finding.location
        let acceptance = finding.acceptance
        rows.append([
          .text(report.model), .text(report.peildatum.description), .text(finding.code),
          .text(finding.slug), .text(finding.severity.rawValue), .text(finding.message),
          .text(finding.betreft.map(\.rawValue).joined(separator: ";")),
          .text(location?.file ?? ""), .number(location.map { String($0.line) } ?? ""),
          .number(location.map { String($0.column) } ?? ""), .text(finding.waarom),
          .text(finding.oplossing), .text(acceptance == nil ? "nee" : "ja"),
          .text(acceptance?.reden ?? ""), .text(acceptance?.verantwoordelijke.rawValue ?? ""),
          .text(acceptance?.tot?.description ?? ""),
        ])
        if rows.count == partSize { flush() }
      }
    }
    if isFirst || !rows.isEmpty { flush() }
  }
}
