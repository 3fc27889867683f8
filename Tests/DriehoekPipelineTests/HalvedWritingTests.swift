import DriehoekAnalysis
import DriehoekInterchange
import DriehoekModel
import Testing

@testable import DriehoekPipeline
@testable import DriehoekReports

/// The text and JSON writers make a large report's parts in two halves side by side: the
/// bytes are those of writing one part after the other.
@Suite struct HalvedWritingTests {
  private static func largeReport() throws -> AnalysisReport {
    let yaml = ModelGenerator(executorCount: 300, seed: 5, informalAssignments: 5).yaml()
    let outcome = LoaderConfiguration().load(text: yaml, file: "gegenereerd.yaml")
    let loaded = try #require(outcome.model, "\(outcome.diagnosticText())")
    return loaded.analysis(on: loaded.peildatum(default: Day(ordinal: 20_454))).report
  }

  @Test func textInHalvesIsTextInOneGo() throws {
    let report = try Self.largeReport()
    let groups = report.positionsByExecutor.count
    // More than one batch, and batches large enough to be halved.
    #expect(groups > TextReportWriter.batchSize)
    #expect(TextReportWriter.batchSize >= TextReportWriter.halvingThreshold)
    for colour in [false, true] {
      let writer = TextReportWriter(usesColour: colour)
      var halved: [String] = []
      writer.write(report, halvingThreshold: TextReportWriter.halvingThreshold) {
        halved.append($0)
      }
      var inOneGo: [String] = []
      writer.write(report, halvingThreshold: .max) { inOneGo.append($0) }
      // One part per group and the summary, in the same order.
      #expect(halved.count == groups + 1)
      #expect(halved == inOneGo)
      // As bytes, half a batch a piece: the same text.
      var pieces: [[UInt8]] = []
      writer.write(report, halvingThreshold: TextReportWriter.halvingThreshold) {
        (piece: [UInt8]) in pieces.append(piece)
      }
      #expect(pieces.count > 2)
      #expect(Array(pieces.joined()) == Array(inOneGo.joined().utf8))
    }
  }

  @Test func jsonInHalvesIsJSONInOneGo() throws {
    let report = try Self.largeReport()
    #expect(report.findings.count > JSONReportWriter.batchSize)
    for reports in [[report], [report, report]] {
      var halved: [UInt8] = []
      JSONReportWriter().write(reports, chunkSize: 1 << 16) { halved += $0 }
      var inOneGo: [UInt8] = []
      JSONReportWriter().write(reports, chunkSize: 1 << 16, halvingThreshold: .max) {
        inOneGo += $0
      }
      #expect(halved == inOneGo)
      #expect(halved.count > 1 << 20)
    }
  }
}
