import DriehoekLoading
import DriehoekModel
import Foundation
import Testing

/// Problems with the file itself: syntax, encoding, emptiness, imports.
@Suite struct FileProblemTests {
  @Test func yamlSyntaxErrorIsLocated() {
    let lines = headlines("naam: Test\norganisaties: [\n  {id: a\n")
    #expect(lines.count == 1)
    #expect(lines.first?.hasPrefix("test.yaml:4:1: fout: YAML-syntaxfout: ") == true)
  }

  @Test func badIndentationIsASyntaxError() {
    let lines = headlines("naam: Test\n  peildatum: 2026-01-01\n")
    #expect(
      lines.first?.hasPrefix(
        "test.yaml:2:12: fout: YAML-syntaxfout: mapping values are not allowed") == true)
  }

  @Test func duplicateKeyIsReported() {
    #expect(
      headlines("naam: A\nnaam: B\n") == [
        "test.yaml:1:1: fout: sleutel 'naam' staat twee keer in hetzelfde object"
      ])
  }

  @Test func emptyFileIsAnError() {
    #expect(
      headlines("") == [
        "test.yaml:1:1: fout: het bestand is leeg; een model heeft minstens een 'naam'"
      ])
    #expect(
      headlines("# alleen commentaar\n") == [
        "test.yaml:1:1: fout: het bestand is leeg; een model heeft minstens een 'naam'"
      ])
  }

  @Test func multipleDocumentsAreAnError() {
    #expect(
      headlines("naam: A\n---\nnaam: B\n") == [
        "test.yaml:2:1: fout: het bestand bevat meer dan één YAML-document ('---')"
      ])
  }

  @Test func invalidUTF8IsLocated() {
    let bytes = Array("naam: Test\nbeschrijving: caf".utf8) + [0xC3, 0x28] + Array("\n".utf8)
    let result = ModelLoader().load(bytes: bytes, file: "test.yaml")
    #expect(result.model == nil)
    #expect(result.diagnostics.map(\.code) == ["geen-utf8"])
    #expect(
      result.diagnostics.first?.location == SourceLocation(file: "test.yaml", line: 2, column: 18))
  }

  @Test func binaryGarbageGivesADiagnosticNotACrash() {
    let bytes: [UInt8] = [0x00, 0x01, 0x02, 0xFF, 0xFE, 0x00, 0x7F]
    let result = ModelLoader().load(bytes: bytes, file: "test.yaml")
    #expect(result.model == nil)
    #expect(result.diagnostics.count == 1)
  }

  @Test func aliasBombFailsWithADiagnostic() {
    var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    for level in 1...9 {
      let previous = level == 1 ? "a" : "a\(level - 1)"
      yaml +=
        "a\(level): &a\(level) [*\(previous), *\(previous), *\(previous), *\(previous), *\(previous), *\(previous), *\(previous), *\(previous), *\(previous), *\(previous)]\n"
    }
    let result = ModelLoader().load(text: "naam: Bom\n" + yaml, file: "test.yaml")
    #expect(result.model == nil)
    #expect(result.diagnostics.map(\.code) == ["te-veel-waarden"])
  }

  @Test(arguments: [
    "naam: x\na: &a [1,2]\n? [*a]\n: 1\n", "naam: x\na: &a [1,2]\n{*a: 1}: 2\n",
    "naam: x\na: &a [1,2]\n*a : 1\n",
  ])
  func aliasInAKeyIsRefusedBeforeParsing(_ yaml: String) {
    let result = ModelLoader().load(text: yaml, file: "test.yaml")
    #expect(result.model == nil)
    #expect(result.diagnostics.map(\.code) == ["complexe-sleutel"])
  }

  @Test func aliasBombHiddenInAKeyFailsFast() {
    var yaml = "naam: x\na0: &a0 [x, x, x, x, x, x, x, x, x]\n"
    for level in 1...12 {
      let alias = "*a\(level - 1)"
      yaml +=
        "a\(level): &a\(level) [\(Array(repeating: alias, count: 9).joined(separator: ", "))]\n"
    }
    yaml += "? *a12\n: 1\n"
    #expect(
      headlines(yaml) == [
        "test.yaml:15:1: fout: een sleutel moet een woord zijn, geen lijst, object of alias (*naam)"
      ])
  }

  @Test func questionMarksAndBracketsInTextAreNotMistakenForKeys() {
    let yaml = "naam: \"Wat? *Niets*: ja\"\nbeschrijving: &a 'a ? b ]: c'\norganisaties: []\n"
    #expect(headlines(yaml) == [])
  }

  @Test func fileLargerThanTheLimitIsRefused() {
    let loader = ModelLoader(limits: LoadLimits(maximumFileSize: 10))
    let result = loader.load(text: "naam: Een te groot model\n", file: "test.yaml")
    #expect(result.diagnostics.map(\.code) == ["bestand-te-groot"])
  }

  @Test func importsAreMergedAndTheirProblemsNameTheirFile() throws {
    let path = fixturesDirectory.appendingPathComponent("imports/model.yaml").path
    let result = ModelLoader().load(path: path)
    #expect(result.diagnostics.isEmpty)
    let model = try #require(result.model)
    #expect(model.organisations.map(\.id) == ["szw", "svb"])
    #expect(result.files.count == 2)
    #expect(result.files.last?.hasSuffix("imports/gedeeld/ministeries.yaml") == true)
    let szw = try #require(model.organisations.first)
    #expect(szw.origin?.location.file.hasSuffix("imports/gedeeld/ministeries.yaml") == true)
    #expect(szw.origin?.location.line == 3)
  }

  @Test func importCycleIsReportedAtTheImport() {
    let path = fixturesDirectory.appendingPathComponent("cycle/a.yaml").path
    let result = ModelLoader().load(path: path)
    #expect(result.diagnostics.map(\.code) == ["importcyclus"])
    let diagnostic = result.diagnostics.first
    #expect(diagnostic?.location?.file.hasSuffix("cycle/b.yaml") == true)
    #expect(diagnostic?.location?.line == 1)
    #expect(diagnostic?.message().hasPrefix("importcyclus: ") == true)
    #expect(
      diagnostic?.message().hasSuffix(
        "cycle/a.yaml → /work/main/Tests/DriehoekLoadingTests/Fixtures/cycle/b.yaml → /work/main/Tests/DriehoekLoadingTests/Fixtures/cycle/a.yaml"
      ) == true
        || diagnostic?.message().hasSuffix(
          "cycle/b.yaml → " + fixturesDirectory.appendingPathComponent("cycle/a.yaml").path) == true
    )
  }

  @Test func missingImportIsReportedAtTheImport() {
    let yaml = "naam: Test\nimporteer:\n  - gedeeld/bestaat-niet.yaml\n"
    #expect(
      headlines(yaml) == [
        "test.yaml:3:5: fout: geïmporteerd bestand 'gedeeld/bestaat-niet.yaml' bestaat niet"
      ])
  }

  @Test func missingRootFileIsReported() {
    let result = ModelLoader().load(path: "/nonexistent/model.yaml")
    #expect(result.model == nil)
    #expect(result.diagnostics.map(\.code) == ["onleesbaar-bestand"])
  }

  @Test func brokenFileReportsEveryProblemNotOnlyTheFirst() {
    let yaml = """
      naam: Kapot model
      peildatum: 2026-13-01
      organisaties:
        - id: szw
          naam: SZW
          soort: ministerie
          onderdelen:
            - {id: szw-sg, naam: SG, soort: sg}
        - id: svb
          naam: SVB
          soort: zbo
          capaciteit: -1
        - id: szw
          naam: Dubbel
          soort: ministerie
      rollen:
        - {rol: eigenaar, houder: szw-sgg, van: svb}
        - {rol: baas, houder: szw-sg, van: svb}
      opdrachten:
        - id: aow
          naam: AOW
          opdrachtgevr: szw-sg
          periode: {van: 2026-06-01, tot: 2026-01-01}

      """
    let diagnostics = ModelLoader().load(text: yaml, file: "test.yaml").diagnostics
    // Sorted by line and column, whichever step found them.
    #expect(
      diagnostics.map(\.code) == [
        "ongeldige-datum", "ongeldige-waarde", "negatief-getal", "dubbel-id",
        "onbekende-verwijzing", "ongeldige-waarde", "onbekende-sleutel", "periode-omgekeerd",
      ])
    let places = diagnostics.compactMap { $0.location.map { [$0.line, $0.column] } }
    #expect(places.count == diagnostics.count)
    #expect(places == places.sorted { $0.lexicographicallyPrecedes($1) })
  }
}
