import DriehoekLoading
import DriehoekModel
import Foundation
import Testing

/// The inputs the fuzzers kept (Fuzz/Corpus/, see docs/fuzzing.md), replayed through the loader
/// in the normal test run, with the properties `FuzzLoader` checks: loading never crashes, a
/// load without a valid model says why with an error, and every location lies in the text.
@Suite struct FuzzRegressionTests {
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The name the fuzzers load input under, so that imports resolve the same way.
  static let inputPath = repository.appendingPathComponent("Models/fuzz-invoer.yaml").path

  static func corpus(_ target: String) -> [URL] {
    let directory = repository.appendingPathComponent("Fuzz/Corpus/\(target)")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.sorted().map { directory.appendingPathComponent($0) }
  }

  /// The problems with one load, empty when it keeps every property.
  static func problems(loading bytes: [UInt8]) -> [String] {
    let result = ModelLoader().load(bytes: bytes, file: inputPath)
    var problems: [String] = []
    if !result.isValid && !result.diagnostics.containsErrors {
      problems.append("geen geldig model en geen fout")
    }
    let lineCount = bytes.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
    for diagnostic in result.diagnostics {
      for language in Language.allCases where diagnostic.formatted(in: language).isEmpty {
        problems.append("lege melding in \(language)")
      }
      guard let location = diagnostic.location else { continue }
      if location.line < 1 || location.column < 1 {
        problems.append("plaats \(location) niet positief")
      }
      if location.file == inputPath && location.line > lineCount + 1 {
        problems.append("regel \(location.line) voorbij het einde (\(lineCount) regels)")
      }
    }
    return problems
  }

  @Test(arguments: ["FuzzLoader", "FuzzRender"])
  func committedCorpusKeepsTheLoaderProperties(_ target: String) throws {
    let files = Self.corpus(target)
    #expect(files.count >= 10, "Fuzz/Corpus/\(target) hoort de gevonden invoer te bevatten")
    for file in files {
      let bytes = [UInt8](try Data(contentsOf: file))
      #expect(Self.problems(loading: bytes) == [], "\(file.lastPathComponent)")
    }
  }
}
