import DriehoekLoading
import DriehoekModel
import Testing

/// The loader's own problems live in DriehoekLoading; a diagnostic of one carries the same code,
/// severity, message and hint as when they were cases of the core's `Problem`.
@Suite struct LoadingProblemTests {
  @Test func aLoadingProblemReachesADiagnosticWithItsCodeAndTexts() {
    let diagnostic = Diagnostic(
      LoadingProblem.fileTooLarge(bytes: 70, limit: 64),
      at: SourceLocation(file: "m.yaml", line: 1, column: 1))
    #expect(diagnostic.code == "bestand-te-groot")
    #expect(diagnostic.severity == .fout)
    #expect(diagnostic.message(in: .nl) == "het bestand is 70 bytes; de grens is 64 bytes")
    #expect(diagnostic.message(in: .en) == "the file is 70 bytes; the limit is 64 bytes")
    #expect(
      diagnostic.formatted(in: .nl)
        == "m.yaml:1:1: fout: het bestand is 70 bytes; de grens is 64 bytes\n"
        + "    oplossing: splits het model met 'importeer', of verhoog de grens met "
        + "--max-bestandsgrootte")
  }

  @Test func theUnquotedCommaSharesTheCodeOfAnUnknownKey() {
    let comma = LoadingProblem.unquotedComma(key: "b", previousKey: "naam", context: .model)
    #expect(comma.code == Problem.unknownKey(key: "b", context: .model, suggestion: nil).code)
    #expect(Diagnostic(comma, at: nil).problem == comma.problem)
  }

  @Test func anImportCycleNamesItsChainAndItsFix() {
    let cycle = Diagnostic(LoadingProblem.importCycle(chain: ["a.yaml", "b.yaml"]), at: nil)
    #expect(cycle.message(in: .nl) == "importcyclus: a.yaml → b.yaml")
    #expect(cycle.problem.hint(in: .en) == "remove one of the imports in the cycle")
  }
}
