import DriehoekAnalysis
import DriehoekLoading
import DriehoekModel
import DriehoekReports
import Foundation

/// Runs model files through load → analyse → JSON and compares the result with committed files.
struct GoldenHarness {
  /// The package root, found from this file's path.
  static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The peildatum used for models that name none, so the expected files never depend on today.
  static let defaultPeildatum = Day(ordinal: 20_454)  // 2026-01-01

  /// The directory holding the models.
  var models: URL
  /// The directory holding `<name>.json` for each model.
  var expected: URL
  /// The prefix stripped from locations so the files do not depend on where the package lies.
  var root: URL = GoldenHarness.packageRoot

  /// Every `*.yaml` file directly in `models`, sorted by name; none when it does not exist.
  var modelFiles: [URL] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: models.path)) ?? []
    return names.filter { $0.hasSuffix(".yaml") }.sorted().map { models.appendingPathComponent($0) }
  }

  /// The JSON report of a model file, with locations relative to `root`.
  func report(for model: URL) -> Result<String, GoldenError> {
    let loader = ModelLoader(
      validationOptions: ValidationOptions(knownRuleCodes: Set(RuleCatalogue.all.map(\.code))))
    let result = loader.load(path: model.path)
    guard result.isValid, let loaded = result.model else {
      return .failure(
        .invalidModel(model.lastPathComponent, result.diagnostics.map(\.description)))
    }
    var report = Analyzer().analyse(
      loaded, peildatum: loaded.peildatum ?? Self.defaultPeildatum)
    let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
    for offset in report.findings.indices {
      if let file = report.findings[offset].location?.file, file.hasPrefix(prefix) {
        report.findings[offset].location?.file = String(file.dropFirst(prefix.count))
      }
    }
    return .success(JSONReportWriter().write(report))
  }

  /// Compares (or, when `record` is set, writes) the expected file of one model.
  func check(_ model: URL, record: Bool) -> Result<Void, GoldenError> {
    let name = model.deletingPathExtension().lastPathComponent
    let expectedFile = expected.appendingPathComponent(name + ".json")
    let actual: String
    switch report(for: model) {
    case .success(let text): actual = text
    case .failure(let error): return .failure(error)
    }
    if record {
      do {
        try FileManager.default.createDirectory(at: expected, withIntermediateDirectories: true)
        try Data(actual.utf8).write(to: expectedFile)
        return .success(())
      } catch {
        return .failure(.cannotWrite(expectedFile.path, "\(error)"))
      }
    }
    guard let data = FileManager.default.contents(atPath: expectedFile.path) else {
      return .failure(.missingExpected(expectedFile.path))
    }
    let text = String(decoding: data, as: UTF8.self)
    return text == actual ? .success(()) : .failure(.mismatch(expectedFile.path, actual))
  }
}

/// Why a golden comparison failed.
enum GoldenError: Error, Equatable, CustomStringConvertible {
  case invalidModel(String, [String])
  case missingExpected(String)
  case mismatch(String, String)
  case cannotWrite(String, String)

  var description: String {
    switch self {
    case .invalidModel(let name, let diagnostics):
      "\(name) does not load: \(diagnostics.joined(separator: "\n"))"
    case .missingExpected(let path):
      "no expected report at \(path); record it with DRIEHOEK_RECORD=1 swift test "
        + "--filter GoldenReportTests and review it"
    case .mismatch(let path, let actual):
      "the report differs from \(path); if the change is intended, re-record with "
        + "DRIEHOEK_RECORD=1. Actual:\n\(actual)"
    case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)"
    }
  }
}
