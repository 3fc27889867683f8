import ArgumentParser
import DriehoekAnalysis
import DriehoekInterchange
import DriehoekModel
import DriehoekPipeline

extension Check {
  /// The document's text format for these options; nil for the workbook, which is no text.
  private func documentFormat(usesColour: Bool) -> FindingsDocument.Format? {
    switch format {
    case .text: .text(usesColour: usesColour)
    case .markdown: .markdown
    case .json: .json
    case .sarif: .sarif
    case .csv: .csv(excel ? .excel : .standard)
    case .xlsx: nil
    }
  }

  /// Writes the findings to `-o`, or to standard output.
  ///
  /// A file goes through the shared writer (atomic, never onto a model or a file it imports).
  /// Every text format goes to standard output or into the file in chunks of about a megabyte
  /// as the writers stream them; the whole text is never held.
  func write(_ document: FindingsDocument, inputs: [String]) throws {
    let toFile = output.map { $0 != "-" } ?? false
    let isData = format == .json || format == .sarif || format == .csv
    guard let chosen = documentFormat(usesColour: !toFile && CheckOutput.allowsColour) else {
      // The workbook (`--format xlsx`), made as a whole and written like any file.
      do {
        try OutputWriter(inputs: inputs).write(try document.xlsx(), to: output)
      } catch {
        StandardError.write("fout: \(error)\n")
        throw ExitCode(2)
      }
      return
    }
    // Streamed, to standard output or into the file being staged. The text report is safe for
    // a terminal as it is made (its writer makes every text from the model safe and adds only
    // its own colour codes; WriterSanitiserTests holds it to that), so it is not scanned again.
    // Markdown chunks are made safe here (a chunk ends between two characters, so no escape
    // sequence is cut in two).
    let isSafe = isData || format == .text
    do {
      try OutputWriter(inputs: inputs).write(to: output) { write in
        document.write(chosen) { chunk in
          write(isSafe ? chunk : CheckOutput.sanitized(chunk, keepsColour: false))
        }
      }
    } catch {
      StandardError.write("fout: \(error)\n")
      throw ExitCode(2)
    }
  }

  /// Throws the exit code: 2 when a model was invalid, 1 when an open finding reaches
  /// `--fail-on`.
  func finish(_ reports: [AnalysisReport], anyInvalid: Bool) throws {
    if anyInvalid { throw ExitCode(2) }
    // One pass over the findings, none copied out.
    if let threshold = failOn.threshold,
      reports.contains(where: { report in
        report.findings.contains { $0.isOpen && $0.severity >= threshold }
      })
    {
      throw ExitCode(1)
    }
  }
}
