import Foundation
import GraphvizRendering
import Testing

/// The child-process renderer: the real helper (`driehoek _render-dot`) for results, errors and
/// a layout that outlives its time limit; `/bin/sh` standing in for a helper that crashes,
/// hangs, fails or stops reading, so that no test hook lives in the product.
@Suite struct IsolatedRendererTests {
  let helper = CommandRun.binary.path
  let small = "digraph g { a -> b; b [label=\"<b>&amp;\"]; }"

  /// A graph that takes `dot` many seconds to lay out.
  static let slowDOT: String = {
    var text = "digraph slow {\n"
    var state: UInt64 = 1
    for index in 0..<4000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      text += "n\(index) -> n\((state >> 33) % 4000);\n"
      text += "n\(index) -> n\((state >> 17) % 4000);\n"
    }
    return text + "}\n"
  }()

  private func shell(_ script: String, timeout: Duration = .seconds(10)) -> IsolatedRenderer {
    IsolatedRenderer(executable: "/bin/sh", arguments: ["-c", script], timeout: timeout)
  }

  @Test func rendersTheSameSVGAsInProcess() throws {
    let metadata = DocumentMetadata(title: "Titel <x>", summary: "Samenvatting & meer")
    let isolated = try IsolatedRenderer(executable: helper).render(
      dot: small, format: .svg, metadata: metadata)
    let inProcess = try GraphvizRenderer().render(dot: small, format: .svg, metadata: metadata)
    #expect(isolated.bytes == inProcess.bytes)
    #expect(isolated.warnings == inProcess.warnings)
  }

  @Test func reportsInvalidDOTAsTheSameError() {
    #expect {
      try IsolatedRenderer(executable: helper).render(dot: "digraph { a -> }", format: .svg)
    } throws: { error in
      guard case RenderingError.invalidDOT(let message) = error else { return false }
      return message.contains("syntax")
    }
  }

  @Test func killsARunawayLayoutAtTheTimeLimit() {
    let renderer = IsolatedRenderer(executable: helper, timeout: .milliseconds(500))
    let start = ContinuousClock.now
    #expect(throws: RenderingError.timedOut(seconds: 0.5)) {
      try renderer.render(dot: Self.slowDOT, format: .svg)
    }
    #expect(ContinuousClock.now - start < .seconds(3))
  }

  @Test(arguments: [("kill -SEGV $$", Int32(11)), ("kill -ABRT $$", 6), ("kill -KILL $$", 9)])
  func aCrashingHelperBecomesAnError(_ script: String, _ signal: Int32) {
    #expect(throws: RenderingError.helperCrashed(signal: signal)) {
      try shell(script).render(dot: small, format: .svg)
    }
  }

  @Test func aHelperThatHangsWithoutReadingIsKilled() {
    let start = ContinuousClock.now
    // Twenty megabytes of input that nobody reads: the write must not block past the limit.
    let big = "digraph g {\n" + String(repeating: "a -> b;\n", count: 2_500_000) + "}"
    #expect(throws: RenderingError.timedOut(seconds: 0.3)) {
      try shell("exec sleep 30", timeout: .milliseconds(300)).render(dot: big, format: .svg)
    }
    #expect(ContinuousClock.now - start < .seconds(3))
  }

  @Test func aHelperThatStopsReadingEarlyDoesNotRaiseSIGPIPEInTheHost() {
    let big = "digraph g {\n" + String(repeating: "a -> b;\n", count: 1_000_000) + "}"
    #expect {
      try shell("exec 0<&-; echo weg >&2; exit 7").render(dot: big, format: .svg)
    } throws: { error in
      guard case RenderingError.helperFailed(let status, let message) = error else { return false }
      return status == 7 && message.contains("weg")
    }
  }

  @Test func aHelperThatSucceedsWithoutOutputIsAnError() {
    #expect {
      try shell("cat >/dev/null; exit 0").render(dot: small, format: .svg)
    } throws: { error in
      guard case RenderingError.helperFailed(0, _) = error else { return false }
      return true
    }
  }

  @Test func aMissingHelperIsAnError() {
    #expect {
      try IsolatedRenderer(executable: "/nonexistent/driehoek").render(dot: small, format: .svg)
    } throws: { error in
      guard case RenderingError.helperUnavailable = error else { return false }
      return true
    }
  }

  @Test func manyRendersLeaveNoDescriptorsBehind() throws {
    // Other tests run at the same time and open descriptors of their own, so the margin is
    // wide; a leak of even one descriptor per render would pass it many times over.
    let before = try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count
    for _ in 0..<60 {
      _ = try? shell("kill -SEGV $$").render(dot: small, format: .svg)
      _ = try? shell("exec sleep 5", timeout: .milliseconds(10)).render(dot: small, format: .svg)
      _ = try IsolatedRenderer(executable: helper).render(dot: small, format: .svg)
    }
    let after = try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count
    #expect(after <= before + 30, "\(before) descriptors before, \(after) after")
  }

  @Test func renderTimeoutStopsTheCommandWithExitTwoAndNoFile() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "timeout-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let model = directory.appendingPathComponent("groot.yaml").path
    let generated = try CommandRun.driehoek(["genereer", "--uitvoerders", "400", "-o", model])
    #expect(generated.status == 0)
    let output = directory.appendingPathComponent("landschap.svg").path
    let run = try CommandRun.driehoek(
      ["render", model, "--timeout", "1", "-o", output], limit: 30)
    #expect(run.status == 2)
    #expect(!run.wasSignalled)
    #expect(run.errors.contains("het tekenen duurde langer dan 1 seconde en is afgebroken"))
    #expect(run.seconds < 5)
    #expect(!FileManager.default.fileExists(atPath: output))
  }

  @Test func renderWithTimeoutGivesTheSameFilesAsWithout() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "isolated-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    let inProcess = try CommandRun.driehoek(
      ["render", "Models/svb.yaml", "--view", "alle", "--output-dir", directory.path + "/a"])
    let isolated = try CommandRun.driehoek(
      [
        "render", "Models/svb.yaml", "--view", "alle", "--output-dir", directory.path + "/b",
        "--timeout", "60",
      ])
    #expect(inProcess.status == 0 && isolated.status == 0)
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path + "/a").sorted()
    #expect(names.count > 3)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: directory.path + "/b").sorted() == names)
    for name in names {
      let a = try Data(contentsOf: directory.appendingPathComponent("a/" + name))
      let b = try Data(contentsOf: directory.appendingPathComponent("b/" + name))
      #expect(a == b, "\(name) differs")
    }
  }

  @Test func theHelperIsHiddenFromHelp() throws {
    let help = try CommandRun.driehoek(["--help"])
    #expect(!help.output.contains("_render-dot"))
  }
}
