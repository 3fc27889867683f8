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

  /// The lines of UTF-8 text split at every YAML line break (LF, CRLF, CR, NEL, LS, PS), after a
  /// byte-order mark; `nil` when the bytes are not UTF-8.
  static func yamlLines(_ bytes: [UInt8]) -> [String]? {
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    guard let text = String(validating: body, as: UTF8.self) else { return nil }
    var lines: [String] = []
    var current = String.UnicodeScalarView()
    var previous: Unicode.Scalar?
    for scalar in text.unicodeScalars {
      defer { previous = scalar }
      if scalar == "\n" && previous == "\r" { continue }
      if ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"].contains(scalar) {
        lines.append(String(current))
        current = String.UnicodeScalarView()
      } else {
        current.append(scalar)
      }
    }
    lines.append(String(current))
    return lines
  }

  /// The problems with one load, empty when it keeps every property.
  static func problems(loading bytes: [UInt8]) -> [String] {
    let result = ModelLoader().load(bytes: bytes, file: inputPath)
    var problems: [String] = []
    if !result.isValid && !result.diagnostics.containsErrors {
      problems.append("geen geldig model en geen fout")
    }
    let lines = yamlLines(bytes)
    let lineCount = lines?.count ?? bytes.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
    for diagnostic in result.diagnostics {
      for language in Language.allCases where diagnostic.formatted(in: language).isEmpty {
        problems.append("lege melding in \(language)")
      }
      guard let location = diagnostic.location else { continue }
      if location.line < 1 || location.column < 1 {
        problems.append("plaats \(location) niet positief")
      }
      guard location.file == inputPath else { continue }
      if location.line > lineCount + 1 {
        problems.append("regel \(location.line) voorbij het einde (\(lineCount) regels)")
      }
      if let lines, location.line <= lines.count, lines[location.line - 1].utf8.count <= 100 {
        let shown = diagnostic.snippet.map {
          String($0.split(separator: "\n", omittingEmptySubsequences: false)[0])
        }
        if shown != lines[location.line - 1] {
          problems.append("fragment bij regel \(location.line): \(shown ?? "geen")")
        }
      }
    }
    return problems
  }

  /// Found by FuzzLoader: after a lone CR (a line break to YAML and to Yams, not to the snippet
  /// index, which counted only LF) every snippet showed the wrong line or none at all.
  @Test(arguments: ["\r", "\r\n", "\u{85}", "\u{2028}", "\u{2029}"])
  func snippetsCountEveryYAMLLineBreak(_ lineBreak: String) throws {
    let text = ["naam: x", "", "organisaties:", "  - id: a", "    naam: A", "    soort: wolk", ""]
      .joined(separator: lineBreak)
    let bytes = Array(text.utf8)
    #expect(Self.problems(loading: bytes) == [])
    let result = ModelLoader().load(bytes: bytes, file: Self.inputPath)
    let wrongKind = try #require(result.diagnostics.first { $0.location?.line == 6 })
    #expect(wrongKind.snippet?.hasPrefix("    soort: wolk\n") == true, "\(wrongKind)")
  }

  /// The input FuzzLoader reported (a Models file with 40 lone CRs inside a key), as found.
  @Test func theReportedInputKeepsTheProperties() throws {
    let file = Self.repository.appendingPathComponent(
      "Fuzz/Regressions/lone-carriage-returns.yaml")
    #expect(Self.problems(loading: [UInt8](try Data(contentsOf: file))) == [])
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
