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
  /// JSON, SARIF, Markdown and CSV are written as the writers stream them, in chunks of about a
  /// megabyte, to standard output or to the file's temporary copy: the whole text is never
  /// held. Text is made whole (its writer is not streamed).
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
    do {
      if format == .text {
        let text = document.text(chosen)
        guard toFile else {
          CheckOutput.write(text, keepsColour: CheckOutput.allowsColour)
          return
        }
        try OutputWriter(inputs: inputs).write(Array(TerminalText.sanitized(text).utf8), to: output)
        return
      }
      try OutputWriter(inputs: inputs).write(to: output) { take in
        document.write(chosen) { chunk in
          // Data escapes control characters itself; Markdown is made safe for a terminal
          // chunk by chunk (a chunk ends between two characters, and the sanitiser looks at
          // one character at a time).
          guard !isData else { return take(chunk) }
          let text = String(decoding: chunk, as: UTF8.self)
          take(Array(TerminalText.sanitized(text).utf8))
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
    if let threshold = failOn.threshold,
      reports.contains(where: { report in
        report.openFindings.contains { $0.severity >= threshold }
      })
    {
      throw ExitCode(1)
    }
  }
}
