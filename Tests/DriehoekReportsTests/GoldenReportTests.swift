import Foundation
import Testing

private let harness = GoldenHarness(
  models: GoldenHarness.packageRoot.appendingPathComponent("Models"),
  expected: GoldenHarness.packageRoot
    .appendingPathComponent("Tests/DriehoekReportsTests/Expected"))

private let fixtures = GoldenHarness.packageRoot
  .appendingPathComponent("Tests/DriehoekReportsTests/Fixtures/golden")

private let isRecording = ProcessInfo.processInfo.environment["DRIEHOEK_RECORD"] == "1"

@Suite struct GoldenReportTests {
  /// The parameterised test below passes on zero cases: this one fails when `Models/` has none.
  @Test func thereAreExampleModelsToCompare() {
    #expect(harness.modelFiles.count >= 5, "Models/ heeft (bijna) geen modellen")
  }

  @Test(arguments: harness.modelFiles)
  func exampleModelMatchesItsExpectedJSON(_ model: URL) {
    if case .failure(let error) = harness.check(model, record: isRecording) {
      Issue.record("\(error)")
    }
  }

  @Test func fixtureMatchesItsCommittedExpectedJSON() throws {
    let fixture = GoldenHarness(
      models: fixtures, expected: fixtures.appendingPathComponent("expected"))
    #expect(fixture.modelFiles.map(\.lastPathComponent) == ["svb.yaml"])
    for model in fixture.modelFiles {
      let result = fixture.check(model, record: false)
      if case .failure(let error) = result { Issue.record("\(error)") }
    }
  }

  @Test func missingAndDifferentExpectedFilesFailWithAClearMessage() throws {
    let temporary = FileManager.default.temporaryDirectory
      .appendingPathComponent("driehoek-golden-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: temporary) }
    let fixture = GoldenHarness(models: fixtures, expected: temporary)
    let model = try #require(fixture.modelFiles.first)
    guard case .failure(.missingExpected(let path)) = fixture.check(model, record: false) else {
      Issue.record("a missing expected file must fail")
      return
    }
    #expect(path.hasSuffix("svb.json"))
    #expect(GoldenError.missingExpected(path).description.contains("DRIEHOEK_RECORD=1"))
    guard case .success = fixture.check(model, record: true) else {
      Issue.record("recording must succeed")
      return
    }
    guard case .success = fixture.check(model, record: false) else {
      Issue.record("a recorded file must match")
      return
    }
    try Data("{}\n".utf8).write(to: temporary.appendingPathComponent("svb.json"))
    guard case .failure(.mismatch) = fixture.check(model, record: false) else {
      Issue.record("a different expected file must fail")
      return
    }
  }

  @Test func emptyModelsDirectoryYieldsNoCases() {
    let empty = GoldenHarness(
      models: FileManager.default.temporaryDirectory.appendingPathComponent("no-such-\(UUID())"),
      expected: fixtures)
    #expect(empty.modelFiles.isEmpty)
  }
}
