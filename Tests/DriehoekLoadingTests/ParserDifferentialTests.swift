import DriehoekModel
import Foundation
import Testing

@_spi(Fuzzing) @testable import DriehoekLoading

/// Holds the fast parser to what Yams does: for every file in Models/ and the fixtures, and for
/// thousands of generated and mutated texts, loading with the fast parser gives the same model,
/// the same origins and the same diagnostics (with locations) as loading through Yams alone;
/// and where the fast parser accepts a text, its tree equals the one Yams composes.
@Suite struct ParserDifferentialTests {
  /// Every YAML and JSON file under Models/ and the fixtures.
  static let repositoryFiles: [String] = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    let folders = [
      root.appendingPathComponent("../../Models").standardizedFileURL,
      root.appendingPathComponent("Fixtures").standardizedFileURL,
    ]
    var paths: [String] = []
    for folder in folders {
      let enumerator = FileManager.default.enumerator(atPath: folder.path)
      while let name = enumerator?.nextObject() as? String {
        if name.hasSuffix(".yaml") || name.hasSuffix(".yml") || name.hasSuffix(".json") {
          paths.append(folder.appendingPathComponent(name).path)
        }
      }
    }
    return paths.sorted()
  }()

  @Test func repositoryFilesLoadTheSameThroughBothParsers() throws {
    #expect(Self.repositoryFiles.count >= 8)
    var fastCount = 0
    for path in Self.repositoryFiles {
      compareLoads(path: path)
      let text = try String(contentsOfFile: path, encoding: .utf8)
      if compareTrees(text) { fastCount += 1 }
    }
    // Most examples are in the subset (those with `>-` block scalars are not); if the fast
    // parser refused them all, this test would compare Yams with itself.
    #expect(fastCount >= 6)
  }

  @Test func generatedTextsLoadTheSameThroughBothParsers() {
    var generator = ModelTextGenerator(seed: 7)
    var fastCount = 0
    let total = 600
    for _ in 0..<total {
      let text = generator.modelText()
      compareLoads(text: text, file: "gen.yaml")
      if compareTrees(text) { fastCount += 1 }
    }
    #expect(fastCount > total / 3)
  }

  @Test func mutatedTextsLoadTheSameThroughBothParsers() throws {
    var generator = ModelTextGenerator(seed: 11)
    var seeds: [String] = (0..<40).map { _ in generator.modelText() }
    for path in Self.repositoryFiles where path.hasSuffix(".yaml") {
      seeds.append(try String(contentsOfFile: path, encoding: .utf8))
    }
    var fastCount = 0
    var total = 0
    for seed in seeds {
      for _ in 0..<60 {
        let bytes = generator.mutate(Array(seed.utf8))
        compareLoads(bytes: bytes, file: "mutant.yaml")
        if let text = String(validating: bytes, as: UTF8.self) {
          total += 1
          if compareTrees(text) { fastCount += 1 }
        }
      }
    }
    #expect(fastCount > total / 8)
  }

  @Test func hostileShapesLoadTheSameThroughBothParsers() {
    let texts = [
      "", "#\n", "---\n", "---\nnaam: a\n...\n", "naam: a\n---\nnaam: b\n", "naam: [a,\n]\n",
      "naam: {a: 1, a: 2}\n", "naam: a\nnaam: b\n", "'naam': a\n\"naam\": b\n",
      "naam: \"\\x00\"\n", "naam: \"\\u00e9\\U0001F600\\N\\_\"\n", "naam: 'it''s'\n",
      "naam: a\n  b\n", "naam:\n  - a\n  -\n", "a:\n- 1\n- 2\nb: 3\n", "- a\n- b\n",
      "naam: &x a\nb: *x\n", "naam: !!str 1\n", "naam: |\n  a\n", "%YAML 1.1\n---\nnaam: a\n",
      "naam:\ta\n", "naam: a\r\nb: c\r\n", "{\"naam\":\"a\",\"peildatum\":\"2026-01-01\"}",
      "naam: [a, b]: c\n", "? naam\n: a\n", "naam: a # c\n#d\n", "naam: a#b\n",
      "naam: " + String(repeating: "[", count: 2_000) + "\n",
      String(repeating: "k", count: 1_100) + ": a\n", "naam: -\n", "naam: [-]\n",
      "naam: {a: }\n", "naam: [a, , b]\n", "naam: {a: [1, 2], b: {c: d}}\n",
      "rollen:\n  - rol: eigenaar\n    houder: x\n   van: y\n", "naam: a\n\n\n   \n",
      "naam:    \n", "  naam: a\n  peildatum: 2020-01-01\n", "naam: \"a\" b\n",
      "naam: \"a\n  b\"\n", "naam: [a\n  b]\n", "naam: {\"a\":1}\n", "naam: {a:1}\n",
    ]
    for text in texts {
      compareLoads(text: text, file: "hostile.yaml")
      compareLoads(text: text, file: "hostile.json")
      _ = compareTrees(text)
    }
  }

  /// Columns count characters, not bytes, also where the parser counts eight bytes at a time;
  /// and the texts of repeated short scalars (taken from the parser's cache) stay right.
  @Test func columnsAfterLongRunsOfMultibyteCharactersAreThoseOfYams() {
    let words = ["é", "ë", "€", "😀", "a", "Ünïcødé", "x̌", "ab", "中文字"]
    var lines = ["naam: Tekens"]
    for number in 0..<40 {
      var entry = "  - {"
      for item in 0..<(number % 7 + 2) {
        let word = words[(number + item) % words.count]
        entry += "k\(item): \(String(repeating: word, count: number % 11 + 1)) \(item), "
        entry += "id\(item): id-\(number % 3), "
      }
      lines.append(entry + "laatste: 1}")
    }
    let text = "naam: Tekens\nlijst:\n" + lines.dropFirst().joined(separator: "\n") + "\n"
    #expect(compareTrees(text))
  }

  @Test func fastParserAcceptsTheSubsetAndRefusesTheRest() {
    #expect(fastTree("naam: a\nrollen:\n- {rol: x}\n") != nil)
    #expect(fastTree("naam: 'a''b'\nx: \"c\\td\"\n") != nil)
    #expect(fastTree("naam: &x a\n") == nil)
    #expect(fastTree("naam: a\nnaam: b\n") == nil)
    #expect(fastTree("naam: |\n  a\n") == nil)
  }

  // MARK: Comparison

  private func fastTree(_ text: String) -> ValueNode? {
    var text = text
    return text.withUTF8 { FastYAMLParser.parse($0, valueLimit: 1_000_000) }
  }

  /// Compares the trees where the fast parser accepts the text; returns whether it did.
  private func compareTrees(_ text: String) -> Bool {
    guard let fast = fastTree(text) else { return false }
    let composed = ValueNode.composedByYams(text)
    #expect(composed == fast, "tree differs for:\n\(text)")
    return true
  }

  private func compareLoads(text: String, file: String) {
    compareLoads(bytes: Array(text.utf8), file: file)
  }

  private func compareLoads(bytes: [UInt8], file: String) {
    var yamsOnly = ModelLoader()
    yamsOnly.allowsFastParser = false
    compare(
      ModelLoader().load(bytes: bytes, file: file), yamsOnly.load(bytes: bytes, file: file),
      String(decoding: bytes, as: UTF8.self))
  }

  private func compareLoads(path: String) {
    var yamsOnly = ModelLoader()
    yamsOnly.allowsFastParser = false
    compare(ModelLoader().load(path: path), yamsOnly.load(path: path), path)
  }

  private func compare(_ fast: LoadResult, _ yams: LoadResult, _ input: String) {
    #expect(fast.diagnostics == yams.diagnostics, "diagnostics differ for:\n\(input)")
    #expect(fast.model == yams.model, "model differs for:\n\(input)")
    #expect(
      fast.model.map(Self.origins) == yams.model.map(Self.origins),
      "origins differ for:\n\(input)")
  }

  /// Every origin in a model, in a fixed order.
  static func origins(of model: Model) -> [Origin?] {
    var result: [Origin?] = [model.origin]
    func add(_ units: [DriehoekModel.Unit]) {
      for unit in units {
        result.append(unit.origin)
        add(unit.units)
      }
    }
    for organisation in model.organisations {
      result.append(organisation.origin)
      add(organisation.units)
    }
    result += model.persons.map(\.origin) + model.roles.map(\.origin)
    result += model.opdrachten.map(\.origin) + model.afspraken.map(\.origin)
    result += model.ketens.map(\.origin) + model.afwijkingen.map(\.origin)
    return result
  }
}
