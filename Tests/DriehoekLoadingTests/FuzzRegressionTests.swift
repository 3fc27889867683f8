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

  /// The number of lines of bytes that are not all UTF-8, counting LF, CRLF, CR, NEL (C2 85),
  /// LS and PS (E2 80 A8/A9) as breaks.
  static func byteLineCount(_ bytes: [UInt8]) -> Int {
    var count = 1
    for (offset, byte) in bytes.enumerated() {
      let next = offset + 1 < bytes.count ? bytes[offset + 1] : nil
      let third = offset + 2 < bytes.count ? bytes[offset + 2] : nil
      if byte == 0x0A && (offset == 0 || bytes[offset - 1] != 0x0D) { count += 1 }
      if byte == 0x0D { count += 1 }
      if byte == 0xC2 && next == 0x85 { count += 1 }
      if byte == 0xE2 && next == 0x80 && (third == 0xA8 || third == 0xA9) { count += 1 }
    }
    return count
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
    let lineCount = lines?.count ?? byteLineCount(bytes)
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

  /// The inputs the fuzzers reported, as found (Fuzz/Regressions/): Models files with lone CRs
  /// (the snippet bug above), and one that is not UTF-8 after two CRs (the location of the
  /// encoding error counts lines the same way).
  @Test(arguments: [
    "lone-carriage-returns.yaml", "lone-carriage-returns-2.yaml",
    "invalid-utf8-after-carriage-returns.txt",
  ])
  func theReportedInputsKeepTheProperties(_ name: String) throws {
    let file = Self.repository.appendingPathComponent("Fuzz/Regressions/\(name)")
    #expect(Self.problems(loading: [UInt8](try Data(contentsOf: file))) == [])
  }

  @Test(arguments: ["FuzzLoader", "FuzzRender"])
  func committedCorpusKeepsTheLoaderProperties(_ target: String) throws {
    let files = Self.corpus(target)
    #expect(files.count >= 10, "Fuzz/Corpus/\(target) hoort de gevonden invoer te bevatten")
    var valid = 0
    for file in files {
      let bytes = [UInt8](try Data(contentsOf: file))
      #expect(Self.problems(loading: bytes) == [], "\(file.lastPathComponent)")
      if ModelLoader().load(bytes: bytes, file: Self.inputPath).isValid { valid += 1 }
    }
    // The render fuzzer only renders valid models: its corpus must hold some, or it tested
    // nothing but the loader.
    if target == "FuzzRender" { #expect(valid >= 10, "\(valid) geldige modellen") }
  }
}
