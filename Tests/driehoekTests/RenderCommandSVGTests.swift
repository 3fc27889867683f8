import DriehoekDiagram
import DriehoekModel
import DriehoekPipeline
import Foundation
import GraphvizRendering
import Testing

@testable import driehoek

/// What `render` writes: the same SVG in every process as the pipeline draws in process, and
/// `--view alle` as one atomic set.
@Suite struct RenderCommandSVGTests {
  private static let fixture = CommandRun.packageRoot.appendingPathComponent(
    "Tests/DriehoekDiagramTests/Fixtures/kaartenset.yaml"
  ).path

  @Test func twoProcessesGiveTheSVGOfThePipeline() throws {
    let loaded = try #require(LoaderConfiguration().load(path: Self.fixture).model)
    let peildatum = try #require(loaded.model.peildatum)
    // The same findings the command marks, so the in-process and the CLI pictures compare.
    let expected = try loaded.analysis(on: peildatum).drawing(format: .svg)
      .document(for: .driehoek("svb")).bytes
    var outputs: [[UInt8]] = []
    for _ in 0..<2 {
      let run = try CommandRun.driehoek(["render", Self.fixture, "--view", "driehoek:svb"])
      #expect(run.status == 0, "\(run.errors)")
      outputs.append(Array(run.output.utf8))
    }
    #expect(!expected.isEmpty)
    #expect(outputs[0] == outputs[1])
    #expect(outputs[0] == expected)
  }

  @Test func writingAllViewsIsAtomicAndPredictable() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("driehoek-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    let run = try CommandRun.driehoek([
      "render", Self.fixture, "--view", "alle", "--output-dir", directory.path,
    ])
    #expect(run.status == 0, "\(run.errors)")
    #expect(
      run.output.split(separator: "\n").map { URL(fileURLWithPath: String($0)).lastPathComponent }
        == [
          "landschap.svg", "matrix.svg", "driehoek-svb.svg", "driehoek-uwv.svg",
          "ministerie-szw.svg", "ministerie-vws.svg", "keten-werk-en-inkomen.svg",
          "tijdlijn-svb.svg", "tijdlijn-uwv.svg", "bevindingen.svg",
        ])
    let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    #expect(files.count == 10)
    #expect(!files.contains { $0.hasPrefix(".") })
    // A failed write leaves the good file in place.
    let good = directory.appendingPathComponent("landschap.svg")
    let before = try Data(contentsOf: good)
    #expect(throws: (any Error).self) {
      try OutputWriter(inputs: []).write(
        [1, 2, 3], to: directory.appendingPathComponent("landschap.svg/x.svg").path)
    }
    #expect(try Data(contentsOf: good) == before)
  }
}
