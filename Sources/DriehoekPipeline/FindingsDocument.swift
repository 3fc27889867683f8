public import DriehoekAnalysis
public import DriehoekInterchange
import DriehoekReports

/// The findings of one or more analyses as `driehoek check` writes them: text, Markdown, JSON,
/// SARIF or CSV, or an Excel workbook (``xlsx()``).
public struct FindingsDocument: Sendable {
  /// The formats of the document.
  public enum Format: Hashable, Sendable {
    /// Plain text for a terminal, with ANSI colours when `usesColour`.
    case text(usesColour: Bool)
    case markdown
    case json
    case sarif
    /// One row per finding, in a CSV dialect.
    case csv(CSVDialect)
  }

  /// The analyses, one per model, in the order the models were given.
  public var reports: [AnalysisReport]

  /// Creates the document of some analyses.
  public init(reports: [AnalysisReport]) {
    self.reports = reports
  }

  /// The whole document as text.
  public func text(_ format: Format) -> String {
    switch format {
    case .text(let usesColour):
      return joined(TextReportWriter(usesColour: usesColour).write)
    case .markdown:
      return joined(MarkdownReportWriter().write)
    case .json:
      return JSONReportWriter().write(reports)
    case .sarif:
      return SARIFReportWriter().write(reports)
    case .csv(let dialect):
      return FindingsCSV.text(reports, dialect: dialect)
    }
  }

  /// Each report's text, one after the other with a blank line between them.
  ///
  /// One report is returned as written: a text of tens of megabytes is not copied into a
  /// joined one.
  private func joined(_ write: (AnalysisReport) -> String) -> String {
    if reports.count == 1, let report = reports.first { return write(report) }
    return reports.map(write).joined(separator: "\n")
  }

  /// The findings as an Excel workbook (see ``FindingsWorkbook``): the bytes of an `.xlsx`
  /// file.
  ///
  /// - Throws: ``WorkbookError`` when the workbook cannot be made (more than 1,048,575
  ///   findings).
  public func xlsx() throws(WorkbookError) -> [UInt8] {
    try FindingsWorkbook().xlsx(reports)
  }

  /// JSON, SARIF, text or CSV as the writers stream it, in chunks, without holding the whole text; other
  /// formats come as one chunk.
  public func write(_ format: Format, chunks: ([UInt8]) -> Void) {
    switch format {
    case .json: JSONReportWriter().write(reports, chunks: chunks)
    case .sarif: SARIFReportWriter().write(reports, chunks: chunks)
    case .text(let usesColour): writeText(usesColour: usesColour, chunks: chunks)
    case .csv(let dialect):
      FindingsCSV.write(reports, dialect: dialect) { chunks(Array($0.utf8)) }
    default: chunks(Array(text(format).utf8))
    }
  }

  /// The text format a megabyte at a time, an executor's group at a time (see
  /// ``TextReportWriter/write(_:parts:)``); the same bytes as ``text(_:)``.
  private func writeText(usesColour: Bool, chunks: ([UInt8]) -> Void) {
    let writer = TextReportWriter(usesColour: usesColour)
    let size = 1 << 20
    var buffer: [UInt8] = []
    buffer.reserveCapacity(size + (size >> 2))
    for (position, report) in reports.enumerated() {
      if position > 0 { buffer.append(UInt8(ascii: "\n")) }
      writer.write(report) { part in
        buffer.append(contentsOf: part.utf8)
        if buffer.count >= size {
          chunks(buffer)
          buffer.removeAll(keepingCapacity: true)
        }
      }
    }
    if !buffer.isEmpty { chunks(buffer) }
  }
}
