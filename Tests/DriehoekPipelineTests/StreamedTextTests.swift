import DriehoekAnalysis
import DriehoekInterchange
import DriehoekLoading
import DriehoekModel
import Testing

@testable import DriehoekPipeline

/// `check --format text` is written a megabyte at a time, an executor's group at a time; the
/// chunks together are the whole text, byte for byte.
@Suite struct StreamedTextTests {
  private func streamed(_ document: FindingsDocument, colour: Bool) -> (text: String, chunks: Int) {
    var bytes: [UInt8] = []
    var chunks = 0
    document.write(.text(usesColour: colour)) { chunk in
      #expect(!chunk.isEmpty)
      bytes += chunk
      chunks += 1
    }
    return (String(decoding: bytes, as: UTF8.self), chunks)
  }

  /// A generated model large enough for several chunks (more than a megabyte of text), alone
  /// and after a second model.
  @Test func chunksMakeTheWholeText() throws {
    let yaml = ModelGenerator(executorCount: 200, seed: 3, informalAssignments: 5).yaml()
    let outcome = LoaderConfiguration().load(text: yaml, file: "gegenereerd.yaml")
    let loaded = try #require(outcome.model, "\(outcome.diagnosticText())")
    let day = loaded.peildatum(default: Day(ordinal: 20_454))
    let large = loaded.analysis(on: day).report
    let small = loaded.analysis(on: day, language: .en).filtered(codes: ["SD09"]).report
    #expect(large.findings.count > 1000)
    for reports in [[large], [small, large], [large, small]] {
      let document = FindingsDocument(reports: reports)
      for colour in [false, true] {
        let whole = document.text(.text(usesColour: colour))
        let (text, chunks) = streamed(document, colour: colour)
        #expect(whole.utf8.count > 1 << 20)
        #expect(chunks > 1)
        #expect(text == whole)
      }
    }
  }

  /// The CSV table comes in chunks, in both dialects; together the whole table.
  @Test func csvPartsMakeTheWholeTable() throws {
    let yaml = ModelGenerator(executorCount: 200, seed: 3, informalAssignments: 5).yaml()
    let outcome = LoaderConfiguration().load(text: yaml, file: "gegenereerd.yaml")
    let loaded = try #require(outcome.model, "\(outcome.diagnosticText())")
    let report = loaded.analysis(on: loaded.peildatum(default: Day(ordinal: 20_454))).report
    #expect(report.findings.count > 2000)
    for dialect in [CSVDialect.standard, .excel] {
      let document = FindingsDocument(reports: [report, report])
      var bytes: [UInt8] = []
      var parts = 0
      document.write(.csv(dialect), chunkSize: 1 << 16) { chunk in
        bytes += chunk
        parts += 1
      }
      let whole = document.text(.csv(dialect))
      #expect(parts > 2)
      #expect(String(decoding: bytes, as: UTF8.self) == whole)
      // The header once, then every row of both reports, each line ending in CRLF.
      let lineEnds = whole.utf8.filter { $0 == 0x0D }.count
      #expect(lineEnds == 2 * report.findings.count + 1)
    }
  }
}
