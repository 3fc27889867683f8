import DriehoekComparison
import DriehoekModel
import DriehoekPipeline
import DriehoekReports
import Foundation

extension Vergelijk {
  /// Writes the comparison in the chosen format: to standard output, or to `-o FILE` (with the
  /// Markdown's diagram files beside it, all as one set).
  func write(_ vergelijking: Vergelijking, with writer: OutputWriter) throws {
    let toFile = output.map { $0 != "-" } ?? false
    switch format {
    case .text:
      let text = VergelijkingTextWriter(usesColour: !toFile && CheckOutput.allowsColour)
        .write(vergelijking)
      if toFile {
        try writer.write(TerminalText.sanitized(text), to: output)
      } else {
        CheckOutput.write(text, keepsColour: CheckOutput.allowsColour)
      }
    case .json:
      try writer.write(VergelijkingJSONWriter().write(vergelijking), to: output)
    case .html:
      try writer.write(
        VergelijkingHTMLWriter(generated: Day.generated()).write(vergelijking), to: output)
      if toFile, let output { Console.printLine(output) }
    case .markdown:
      guard let output else { return }
      let url = URL(fileURLWithPath: output)
      let directory = url.deletingLastPathComponent().path
      let markdown = vergelijking.markdown(
        stem: url.deletingPathExtension().lastPathComponent, generated: Day.generated())
      let files =
        [(path: output, bytes: markdown.document)]
        + markdown.diagrams.map { (path: directory + "/" + $0.name, bytes: $0.bytes) }
      try writer.write(files)
      for file in files { Console.printLine(file.path) }
    }
  }
}
