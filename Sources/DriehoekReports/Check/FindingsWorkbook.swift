public import DriehoekAnalysis
public import DriehoekInterchange
import DriehoekModel

/// The findings of `check --format xlsx` as a workbook for colleagues who work in Excel.
///
/// Sheet `bevindingen`: a header row, then one row per finding of every report, open and
/// accepted, in report order, with every field of the JSON report: `model`, `peildatum`
/// (a date), `code`, `slug`, `ernst` (the Dutch word), `melding`, `betreft` (ids joined with
/// `;`), `bestand`, `regel` and `kolom` (numbers), `waarom`, `oplossing`, `geaccepteerd`
/// (`ja`/`nee`), `reden`, `verantwoordelijke`, `tot` (a date). Sheet `uitvoerders`: one row per
/// executor (every triangle, and every executor a finding is grouped under) with its counts:
/// `model`, `uitvoerder`, `naam`, `fout`, `waarschuwing`, `info` (open findings of that
/// severity), `open`, `geaccepteerd`, `totaal`. Both headers are frozen and have a filter.
public struct FindingsWorkbook: Sendable {
  /// The columns of the findings sheet.
  public static let findingColumns = [
    "model", "peildatum", "code", "slug", "ernst", "melding", "betreft", "bestand", "regel",
    "kolom", "waarom", "oplossing", "geaccepteerd", "reden", "verantwoordelijke", "tot",
  ]
  /// The columns of the executor sheet.
  public static let executorColumns = [
    "model", "uitvoerder", "naam", "fout", "waarschuwing", "info", "open", "geaccepteerd",
    "totaal",
  ]

  /// Creates a writer.
  public init() {}

  /// The workbook of the reports.
  ///
  /// - Complexity: O(*n*) in findings and executors.
  public func workbook(_ reports: [AnalysisReport]) -> Workbook {
    // The findings rows are made when the sheet is written, from (report, finding) positions.
    var positions: [(report: Int, finding: Int)] = []
    positions.reserveCapacity(reports.reduce(0) { $0 + $1.findings.count })
    var executorRows: [[Workbook.Cell]] = []
    for (index, report) in reports.enumerated() {
      for finding in report.findings.indices { positions.append((index, finding)) }
      executorRows += rows(ofExecutorsIn: report, model: .text(report.model))
    }
    let findings = Workbook.Sheet(
      name: "bevindingen", header: Self.findingColumns, rowCount: positions.count
    ) { [positions] row in
      let position = positions[row]
      let report = reports[position.report]
      return Self.cells(of: report.findings[position.finding], in: report)
    }
    return Workbook(sheets: [
      findings,
      Workbook.Sheet(name: "uitvoerders", header: Self.executorColumns, rows: executorRows),
    ])
  }

  /// The cells of one finding's row.
  static func cells(of finding: Finding, in report: AnalysisReport) -> [Workbook.Cell] {
    let location = finding.location
    let acceptance = finding.acceptance
    return [
      .text(report.model), .date(report.peildatum), .text(finding.code), .text(finding.slug),
      .text(finding.severity.rawValue), .text(finding.message),
      .text(finding.betreft.map(\.rawValue).joined(separator: ";")),
      location.map { .text($0.file) } ?? .empty,
      location.map { .number(Double($0.line)) } ?? .empty,
      location.map { .number(Double($0.column)) } ?? .empty,
      .text(finding.waarom), .text(finding.oplossing),
      .text(acceptance == nil ? "nee" : "ja"),
      acceptance.map { .text($0.reden) } ?? .empty,
      acceptance.map { .text($0.verantwoordelijke.rawValue) } ?? .empty,
      acceptance?.tot.map { .date($0) } ?? .empty,
    ]
  }

  /// The bytes of the `.xlsx` file of the reports.
  ///
  /// - Throws: ``WorkbookError`` when the workbook cannot be made (more than 1,048,575
  ///   findings).
  public func xlsx(_ reports: [AnalysisReport]) throws(WorkbookError) -> [UInt8] {
    try workbook(reports).xlsx()
  }

  /// One row per executor of a report: the triangles' executors in order, then any other
  /// executor a finding is grouped under, sorted; counted in one pass over the findings.
  private func rows(ofExecutorsIn report: AnalysisReport, model: Workbook.Cell) -> [[Workbook
    .Cell]]
  {
    struct Counts {
      var fout = 0
      var waarschuwing = 0
      var info = 0
      var accepted = 0
    }
    var order: [ElementID] = []
    var counts: [ElementID: Counts] = [:]
    for triangle in report.triangles where counts[triangle.executor] == nil {
      counts[triangle.executor] = Counts()
      order.append(triangle.executor)
    }
    var others: [ElementID] = []
    for finding in report.findings {
      for executor in finding.executors {
        if counts[executor] == nil {
          counts[executor] = Counts()
          others.append(executor)
        }
        if finding.isOpen {
          switch finding.severity {
          case .fout: counts[executor]?.fout += 1
          case .waarschuwing: counts[executor]?.waarschuwing += 1
          case .info: counts[executor]?.info += 1
          }
        } else {
          counts[executor]?.accepted += 1
        }
      }
    }
    return (order + others.sorted()).map { executor in
      let count = counts[executor] ?? Counts()
      let open = count.fout + count.waarschuwing + count.info
      return [
        model, .text(executor.rawValue), .text(report.elements[executor]?.name ?? ""),
        .number(Double(count.fout)), .number(Double(count.waarschuwing)),
        .number(Double(count.info)), .number(Double(open)), .number(Double(count.accepted)),
        .number(Double(open + count.accepted)),
      ]
    }
  }
}
