import DriehoekAnalysis
import DriehoekInterchange
import DriehoekLoading
import DriehoekModel
import Foundation
import Testing

/// `export --format xlsx` → `import` → `check` gives the findings of the model itself, for every
/// model in Models/ (and fails when there is none).
@Suite struct WorkbookRoundTripTests {
  static let models: [String] = {
    let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Models").standardizedFileURL
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.filter { $0.hasSuffix(".yaml") }.sorted().map {
      directory.appendingPathComponent($0).path
    }
  }()

  @Test func modelsAreThere() { #expect(Self.models.count >= 5, "Models/ has no model files") }

  /// The findings without their location (the workbook's rows are other places than the
  /// YAML's lines): rule, severity, message, betreft and acceptance.
  static func summary(_ report: AnalysisReport) -> [String] {
    report.findings.map { finding in
      [
        finding.code, finding.slug, finding.severity.rawValue, finding.message,
        finding.betreft.map(\.rawValue).joined(separator: ";"), finding.waarom,
        finding.oplossing,
        finding.acceptance.map {
          "\($0.reden)|\($0.verantwoordelijke)|\($0.tot?.description ?? "-")"
        } ?? "open",
      ].joined(separator: "\u{1F}")
    }
  }

  @Test(arguments: models)
  func workbookGivesTheSameFindings(_ path: String) throws {
    let model = try #require(ModelLoader().load(path: path).model)
    let bytes = try ModelWriter().bytes(model, as: .xlsx)
    let read = ModelWorkbook.read(bytes, file: "model.xlsx")
    #expect(read.diagnostics.filter { $0.severity == .fout }.map(\.description) == [])
    let back = try #require(read.model)
    let day = model.peildatum ?? Day(ordinal: 20_454)
    let before = Analyzer().analyse(model, peildatum: day, language: .nl)
    let after = Analyzer().analyse(back, peildatum: day, language: .nl)
    #expect(!before.findings.isEmpty)
    #expect(Self.summary(after) == Self.summary(before))
  }
}
