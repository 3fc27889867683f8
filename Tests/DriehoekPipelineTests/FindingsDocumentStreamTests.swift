import DriehoekAnalysis
import DriehoekInterchange
import DriehoekModel
import Foundation
import Testing

@testable import DriehoekPipeline

/// `check` streams Markdown and CSV in chunks; the chunks together are the whole text, byte
/// for byte, however small the chunks, with one report or several.
@Suite struct FindingsDocumentStreamTests {
  /// The analyses of two models of Models/ on their peildatum.
  static func reports() throws -> [AnalysisReport] {
    try ["svb.yaml", "rijk.yaml"].map { file in
      let outcome = LoaderConfiguration().load(path: PipelineTests.modelPath(file))
      let loaded = try #require(outcome.model, "\(outcome.diagnosticText())")
      return loaded.analysis(on: loaded.peildatum(default: PipelineTests.fallback)).report
    }
  }

  @Test(arguments: [1, 700, 1 << 20])
  func chunksMakeUpTheWholeText(chunkSize: Int) throws {
    let all = try Self.reports()
    #expect(all.allSatisfy { !$0.findings.isEmpty }, "zonder bevindingen toetst dit niets")
    for reports in [[all[0]], all] {
      let document = FindingsDocument(reports: reports)
      for format in [FindingsDocument.Format.markdown, .csv(.standard), .csv(.excel)] {
        var bytes: [UInt8] = []
        var pieces = 0
        document.write(format, chunkSize: chunkSize) {
          #expect(!$0.isEmpty)
          // Every chunk is whole UTF-8: it ends between two characters.
          #expect(String(validating: $0, as: UTF8.self) != nil)
          bytes += $0
          pieces += 1
        }
        let whole = document.text(format)
        #expect(bytes == Array(whole.utf8), "\(format), \(reports.count) rapport(en)")
        // Streamed, not handed out whole: small chunks come as many pieces.
        if chunkSize == 1 { #expect(pieces > reports[0].findings.count, "\(format)") }
      }
    }
  }
}
