import DriehoekDiagram
import DriehoekModel
import Foundation
import Testing

/// Golden DOT files: every view of every fixture model, compared byte for byte.
///
/// Re-record with `DRIEHOEK_RECORD=1 swift test --filter GoldenDOTTests`; a missing golden file
/// fails with the path to record.
@Suite struct GoldenDOTTests {
  static let cases: [String] = Fixtures.goldenCases.map(\.model)

  /// The parameterised test passes on zero cases: this one fails when there are none.
  @Test func thereAreCases() {
    #expect(Self.cases.count >= 3)
  }

  @Test(arguments: cases)
  func everyViewMatchesItsGoldenDOT(_ name: String) throws {
    let model = try Fixtures.model(name)
    let highlights = Fixtures.highlights(for: name, model: model)
    let day = try #require(model.peildatum)
    let builder = DiagramBuilder(model: model, peildatum: day, highlights: highlights)
    let directory = Fixtures.snapshots.appendingPathComponent(name)
    let record = ProcessInfo.processInfo.environment["DRIEHOEK_RECORD"] == "1"
    if record { try? FileManager.default.removeItem(at: directory) }
    var expectedFiles: Set<String> = []
    for view in builder.views {
      let dot = DOTWriter().write(try builder.build(view))
      let file = directory.appendingPathComponent(view.fileStem + ".dot")
      expectedFiles.insert(file.lastPathComponent)
      if record {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data(dot.utf8).write(to: file)
        continue
      }
      guard let golden = try? String(contentsOf: file, encoding: .utf8) else {
        Issue.record(
          "Golden DOT ontbreekt: \(file.path). Neem op met DRIEHOEK_RECORD=1 swift test --filter GoldenDOTTests"
        )
        continue
      }
      #expect(dot == golden, "DOT van \(name) \(view) wijkt af van \(file.path)")
    }
    let present = Set(try FileManager.default.contentsOfDirectory(atPath: directory.path))
    #expect(present == expectedFiles, "verouderde of ontbrekende golden files in \(directory.path)")
  }
}
