import DriehoekLoading
import DriehoekModel
import Foundation
import Testing

/// Runs every file in `Tests/HostileInputs/` through `check` and through `render` (every view,
/// as SVG and as DOT) with the built binary, and holds each to the contract: exit 2 with a
/// located diagnostic (and the code `expectations.tsv` names, found through the loader), or a
/// valid model whose drawings are well-formed, safe SVG; never a crash, never more than a few
/// seconds.
///
/// Files without a row in `expectations.tsv` are held to the same contract without an expected
/// code, so that more hostile files can be dropped into the folder.
@Suite struct HostileInputTests {
  static let corpus = CommandRun.packageRoot.appendingPathComponent("Tests/HostileInputs")

  /// One row of `expectations.tsv`.
  struct Expectation {
    /// Whether `check` must exit 2; otherwise it must exit 0 or 1.
    let isInvalid: Bool
    /// A diagnostic code that must be among the loader's diagnostics, if any.
    let code: String?
  }

  static let expectations: [String: Expectation] = {
    let url = corpus.appendingPathComponent("expectations.tsv")
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [:] }
    var rows: [String: Expectation] = [:]
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count >= 3 else { continue }
      rows[fields[0]] = Expectation(
        isInvalid: fields[1] == "2", code: fields[2].isEmpty ? nil : fields[2])
    }
    return rows
  }()

  static let files: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
    return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") || $0.hasSuffix(".json") }
      .sorted()
  }()

  /// The longest a `check` of one file may take (debug build, shared machine).
  static let checkLimit = 10.0
  /// The time limit given to `render --timeout`, and the longest a render may take beyond it.
  static let renderTimeout = 20.0

  @Test func everyRowHasItsFileAndTheCorpusIsNotEmpty() {
    #expect(Self.files.count >= 80)
    for name in Self.expectations.keys.sorted() {
      #expect(Self.files.contains(name), "expectations.tsv names \(name), which is missing")
    }
  }

  @Test(arguments: HostileInputTests.files)
  func fileHoldsTheContract(_ name: String) throws {
    let path = "Tests/HostileInputs/" + name
    let expectation = Self.expectations[name]

    // check, as a user runs it: no crash, a clean exit, quickly.
    let check = try CommandRun.driehoek(["check", path, "--fail-on", "nooit"], limit: 60)
    #expect(!check.wasSignalled, "check crashed with signal \(check.status): \(check.errors)")
    #expect(!check.timedOut && check.seconds < Self.checkLimit, "check took \(check.seconds) s")
    #expect([0, 1, 2].contains(check.status), "check exited \(check.status)")
    guard !check.wasSignalled, !check.timedOut else { return }
    if let expectation {
      #expect(
        (check.status == 2) == expectation.isInvalid,
        "check exited \(check.status); expected \(expectation.isInvalid ? "2" : "0 or 1")")
    }
    if check.status == 2 {
      #expect(check.output.isEmpty, "an invalid model printed a report")
      expectLocatedDiagnostics(check.errors, file: name)
    }

    // The loader in process: the diagnostic codes, and the same verdict.
    let result = ModelLoader().load(path: Self.corpus.appendingPathComponent(name).path)
    #expect(result.isValid == (check.status != 2))
    if let code = expectation?.code {
      let codes = result.diagnostics.map(\.code)
      #expect(codes.contains(code), "expected \(code), got \(Set(codes).sorted())")
    }

    // render: every view as SVG in a child process with a time limit, and as DOT; then, if
    // that drew, as SVG in process (the default path), which must give the same files.
    var isolatedSVG: [String: Data]?
    var isolatedSeconds = 0.0
    for format in ["svg", "dot"] {
      let start = Date()
      let drawn = try render(path, format: format, timeout: Self.renderTimeout, check: check)
      if format == "svg" {
        isolatedSVG = drawn
        isolatedSeconds = Date().timeIntervalSince(start)
      }
      if let drawn, drawn.isEmpty, expectation != nil {
        Issue.record("render \(format) of a corpus file was stopped by --timeout")
      }
    }
    // (Only for files that draw quickly, so that a large held-out model stays within time.)
    if let isolatedSVG, !isolatedSVG.isEmpty, isolatedSeconds < 10 {
      let inProcess = try render(path, format: "svg", timeout: nil, check: check)
      #expect(inProcess == isolatedSVG, "in-process SVG differs from the child process's")
    }
  }

  /// Renders every view of a file; returns the files written (empty when `--timeout` stopped
  /// it cleanly), or nil for an invalid model, after checking the contract.
  private func render(_ path: String, format: String, timeout: Double?, check: CommandRun)
    throws -> [String: Data]?
  {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "hostile-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    var arguments = [
      "render", path, "--view", "alle", "--output-dir", directory.path, "--format", format,
    ]
    if let timeout { arguments += ["--timeout", String(Int(timeout))] }
    let render = try CommandRun.driehoek(arguments, limit: (timeout ?? 30) + 30)
    #expect(!render.wasSignalled, "render \(format) crashed with signal \(render.status)")
    #expect(!render.timedOut, "render \(format) did not finish")
    let written = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    if check.status == 2 {
      #expect(render.status == 2, "render of an invalid model exited \(render.status)")
      #expect(written.isEmpty, "render of an invalid model wrote \(written)")
      return nil
    }
    if render.status == 2, timeout != nil, render.errors.contains("duurde langer dan") {
      // A model too large to draw in time: a clean stop, and nothing written.
      #expect(written.isEmpty)
      return [:]
    }
    #expect(render.status == 0, "render \(format) exited \(render.status): \(render.errors)")
    #expect(!written.isEmpty, "render \(format) wrote nothing")
    var files: [String: Data] = [:]
    for file in written {
      let data = try Data(contentsOf: directory.appendingPathComponent(file))
      files[file] = data
      #expect(!data.isEmpty, "\(file) is empty")
      if format == "svg" {
        let problems = SVGSafety.problems(in: data)
        #expect(problems.isEmpty, "\(file): \(problems)")
      } else {
        #expect(String(decoding: data, as: UTF8.self).hasPrefix("digraph"), "\(file) is no DOT")
      }
    }
    return files
  }

  /// Every line that reports an error starts with `file:line:column: fout:` (or `file: fout:`
  /// for a file that cannot be read at all).
  private func expectLocatedDiagnostics(_ errors: String, file: String) {
    let lines = errors.split(separator: "\n").filter { $0.contains(": fout: ") }
    #expect(!lines.isEmpty, "no diagnostic on standard error: \(errors.prefix(300))")
    for line in lines.prefix(50) {
      let head = line.prefix { $0 != " " }
      let parts = head.split(separator: ":", omittingEmptySubsequences: false)
      let located =
        parts.count >= 4 && Int(parts[parts.count - 3]) != nil
        && Int(parts[parts.count - 2]) != nil
      #expect(located || line.contains("kan '"), "not located: \(line.prefix(200))")
    }
  }
}
