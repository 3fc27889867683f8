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

  /// The document as the writers stream it, in chunks of about a megabyte.
  ///
  /// No format is held whole (the workbook, ``xlsx()``, is no text and is made apart).
  /// The chunks together are the bytes of ``text(_:)``, and each ends between two characters.
  public func write(_ format: Format, chunks: ([UInt8]) -> Void) {
    write(format, chunkSize: ChunkedOutput.chunkSize, chunks: chunks)
  }

  /// ``write(_:chunks:)`` in chunks of at least `chunkSize` bytes (Markdown and CSV; text at
  /// least half that), for the tests.
  func write(_ format: Format, chunkSize: Int, chunks: ([UInt8]) -> Void) {
    switch format {
    case .json: JSONReportWriter().write(reports, chunks: chunks)
    case .sarif: SARIFReportWriter().write(reports, chunks: chunks)
    case .text(let usesColour):
      writeText(usesColour: usesColour, chunkSize: chunkSize, chunks: chunks)
    case .markdown:
      withoutActuallyEscaping(chunks) { chunks in
        var output = ChunkedOutput(size: chunkSize, chunks)
        let writer = MarkdownReportWriter()
        for (position, report) in reports.enumerated() {
          // The reports' texts joined with a blank line, as ``text(_:)`` joins them.
          if position > 0 { output.append("\n") }
          var isFirst = true
          writer.write(report) { line in
            if !isFirst { output.append("\n") }
            isFirst = false
            output.append(line)
          }
        }
        output.finish()
      }
    case .csv(let dialect):
      withoutActuallyEscaping(chunks) { chunks in
        var output = ChunkedOutput(size: chunkSize, chunks)
        FindingsCSV.write(reports, dialect: dialect) { output.append($0) }
        output.finish()
      }
    }
  }

  /// The text format in chunks of at least half `chunkSize` bytes; the same bytes as
  /// ``text(_:)``.
  ///
  /// Made half a batch of executors' groups at a time, as bytes (see
  /// ``TextReportWriter/write(_:pieces:)``); a piece of half a chunk or more is handed out as
  /// it is, not copied.
  private func writeText(usesColour: Bool, chunkSize: Int, chunks: ([UInt8]) -> Void) {
    withoutActuallyEscaping(chunks) { chunks in
      var output = ChunkedOutput(size: chunkSize, chunks)
      let writer = TextReportWriter(usesColour: usesColour)
      for (position, report) in reports.enumerated() {
        if position > 0 { output.append("\n") }
        writer.write(report) { (piece: [UInt8]) in output.append(piece) }
      }
      output.finish()
    }
  }
}
