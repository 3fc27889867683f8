import Foundation
import Testing

/// Issue 25 through the built binary: crashes on valid input, injection into every output,
/// unbounded work and misleading messages.
@Suite struct HardeningRoundTwoTests {
  static let corpus = CommandRun.packageRoot.appendingPathComponent("Tests/HostileInputs")

  private func scratch() throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ronde2-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory
  }

  private func corpusFile(_ name: String) -> String {
    Self.corpus.appendingPathComponent(name).path
  }

  @Test func hugeAndInfinitePercentagesDoNotTrap() throws {
    let directory = try scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let model = corpusFile("capaciteit-overloop.yaml")
    let html = try CommandRun.driehoek(
      ["report", model, "-o", directory.appendingPathComponent("r.html").path])
    #expect(html.status == 0, "exit \(html.status): \(html.errors.prefix(300))")
    let markdown = try CommandRun.driehoek(
      [
        "report", model, "--format", "markdown", "-o",
        directory.appendingPathComponent("r.md").path,
      ])
    #expect(markdown.status == 0)
    let text = try String(contentsOf: directory.appendingPathComponent("r.md"), encoding: .utf8)
    #expect(text.contains("∞\u{00A0}%"))
  }

  @Test func csvExportGuardsFormulasAndLoadsBack() throws {
    let directory = try scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let csv = directory.appendingPathComponent("m.csv").path
    let model = corpusFile("namen-csv-formules.yaml")
    #expect(try CommandRun.driehoek(["export", model, "--format", "csv", "-o", csv]).status == 0)
    let table = try String(contentsOfFile: csv, encoding: .utf8)
    // No cell begins with a formula character: a quoted cell's content after the quote, an
    // unquoted one from its first byte.
    for line in table.split(separator: "\r\n") {
      for cell in line.split(separator: ",", omittingEmptySubsequences: false) {
        let content = cell.hasPrefix("\"") ? cell.dropFirst() : cell[...]
        if let first = content.unicodeScalars.first {
          #expect(!"=+@\t\r".unicodeScalars.contains(first), "formula cell: \(cell.prefix(40))")
        }
      }
    }
    #expect(table.contains("'=HYPERLINK("))
    #expect(table.contains("'+cmd|"))
    // CR LF and a quote with a combining mark are quoted, so the record does not split.
    #expect(table.contains("\"'@SUM(1+1),\"\"\u{0301}\r\n-2\""))
    let yaml = directory.appendingPathComponent("terug.yaml").path
    let back = try CommandRun.driehoek(["import", csv, "-o", yaml])
    #expect(back.status == 0, "\(back.errors)")
    let original = try CommandRun.driehoek(["export", model])
    let reloaded = try CommandRun.driehoek(["export", yaml])
    #expect(original.status == 0 && reloaded.status == 0)
    #expect(original.output == reloaded.output, "CSV round trip changed the model")
  }

  @Test func jsonExportOfControlsAndNoncharactersLoadsBack() throws {
    let directory = try scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let json = directory.appendingPathComponent("m.json").path
    let model = corpusFile("namen-xml-niet-tekens.yaml")
    #expect(try CommandRun.driehoek(["export", model, "-o", json]).status == 0)
    let text = try String(contentsOfFile: json, encoding: .utf8)
    #expect(text.contains("\\u009B") && text.contains("\\uFFFE"))
    let check = try CommandRun.driehoek(["check", json, "--fail-on", "nooit"])
    #expect(check.status == 0, "\(check.errors.prefix(300))")
    let again = try CommandRun.driehoek(["export", json])
    #expect(again.output == text)
    // Controls from a name: DEL and C1.
    let controls = corpusFile("namen-controletekens.yaml")
    let json2 = directory.appendingPathComponent("c.json").path
    #expect(try CommandRun.driehoek(["export", controls, "-o", json2]).status == 0)
    #expect(try CommandRun.driehoek(["check", json2, "--fail-on", "nooit"]).status == 0)
  }

  @Test func noncharactersLeaveEverySVGWellFormed() throws {
    let directory = try scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let run = try CommandRun.driehoek([
      "render", corpusFile("namen-xml-niet-tekens.yaml"), "--view", "alle", "--output-dir",
      directory.path,
    ])
    #expect(run.status == 0)
    let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    #expect(!files.isEmpty)
    for file in files {
      let data = try Data(contentsOf: directory.appendingPathComponent(file))
      let problems = SVGSafety.problems(in: data)
      #expect(problems.isEmpty, "\(file): \(problems)")
    }
    let html = directory.appendingPathComponent("r.html").path
    #expect(
      try CommandRun.driehoek(["report", corpusFile("namen-xml-niet-tekens.yaml"), "-o", html])
        .status == 0)
    let page = try String(contentsOfFile: html, encoding: .utf8)
    #expect(
      !page.unicodeScalars.contains { $0.value == 0xFFFE || $0.value == 0xFFFF || $0.value == 0x9B }
    )
  }

  @Test func concealAndColourFromANameNeverReachTheTerminal() throws {
    let model = corpusFile("namen-terminal-verbergen.yaml")
    let check = try CommandRun.driehoek(["check", model, "--fail-on", "nooit"])
    #expect(check.status == 0)
    #expect(!check.output.contains("\u{1B}"), "ESC in the text report")
    let markdown = try CommandRun.driehoek([
      "check", model, "--format", "markdown", "--fail-on", "nooit",
    ])
    #expect(!markdown.output.contains("\u{1B}"))
    // Diagnostics too (an unknown key next to the name).
    let directory = try scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let broken = directory.appendingPathComponent("kapot.yaml")
    try (String(contentsOfFile: model, encoding: .utf8) + "\"\\e[8monbekend\": 1\n").write(
      to: broken, atomically: true, encoding: .utf8)
    let diagnostics = try CommandRun.driehoek(["check", broken.path])
    #expect(diagnostics.status == 2)
    #expect(!diagnostics.errors.contains("\u{1B}"))
  }

  @Test func lineBreaksInNamesOpenNoMarkdownBlocks() throws {
    let directory = try scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let model = corpusFile("namen-markdown-regels.yaml")
    let report = directory.appendingPathComponent("r.md").path
    #expect(
      try CommandRun.driehoek(["report", model, "--format", "markdown", "-o", report]).status == 0)
    let check = try CommandRun.driehoek([
      "check", model, "--format", "markdown", "--fail-on", "nooit",
    ])
    for text in [try String(contentsOfFile: report, encoding: .utf8), check.output] {
      for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        #expect(!line.hasPrefix("    code") && !line.hasPrefix("- lijst"))
        #expect(line != "# Kop" && !line.hasPrefix("1. een") && !line.hasPrefix("> citaat"))
      }
      #expect(!text.unicodeScalars.contains { $0 == "\r" || $0 == "\u{2028}" })
    }
    // The writer's own rule (`---`) stands alone; the name's stays inside its line.
    let document = try String(contentsOfFile: report, encoding: .utf8)
    #expect(document.contains("Uitvoerder \\# Kop ---     code - lijst"))
  }

  @Test func csvWithDuplicateUnitIDsIsRefusedQuickly() throws {
    let directory = try scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    // Forty levels, each unit id twice: the tree would double at every level (2^40 nodes).
    var lines = [
      "element,id,naam,soort,binnen,rol,houder,van", "model,,Dubbel,,,,,",
      "organisatie,org,Org,agentschap,,,,",
    ]
    var parent = "org"
    for level in 0..<40 {
      let id = "u\(level)"
      lines.append("onderdeel,\(id),U,directie,\(parent),,,")
      lines.append("onderdeel,\(id),U,directie,\(parent),,,")
      parent = id
    }
    let csv = directory.appendingPathComponent("dubbel.csv")
    try (lines.joined(separator: "\r\n") + "\r\n").write(to: csv, atomically: true, encoding: .utf8)
    let run = try CommandRun.driehoek(
      ["import", csv.path, "-o", directory.appendingPathComponent("m.yaml").path], limit: 30)
    #expect(!run.timedOut && run.seconds < 10, "import took \(run.seconds) s")
    #expect(run.status == 2)
    #expect(run.errors.contains("dubbel"), "\(run.errors.prefix(300))")
  }

  @Test func importOfProcfsAndReadErrorsSayWhatHappened() throws {
    let directory = try scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let kmsg = try CommandRun.driehoek(["check", corpusFile("import-proc-kmsg.yaml")], limit: 20)
    #expect(!kmsg.timedOut && kmsg.status == 2)
    #expect(kmsg.errors.contains("/proc"))
    // A symbolic link loop says so, not "does not exist".
    let loop = directory.appendingPathComponent("lus.yaml")
    try FileManager.default.createSymbolicLink(atPath: loop.path, withDestinationPath: loop.path)
    let looped = try CommandRun.driehoek(["check", loop.path])
    #expect(looped.status == 2)
    #expect(looped.errors.contains("ELOOP"), "\(looped.errors)")
    #expect(!looped.errors.contains("bestaat niet"))
    // /proc/self/mem (EIO when read) is not "empty".
    let mem = try CommandRun.driehoek([
      "import", "/proc/self/mem", "-o", directory.appendingPathComponent("m.yaml").path,
    ])
    #expect(mem.status == 2)
    #expect(!mem.errors.contains("leeg"), "\(mem.errors)")
  }

  @Test func genereerHasAnUpperBound() throws {
    let run = try CommandRun.driehoek(
      ["genereer", "--uitvoerders", "9223372036854775807"], limit: 20)
    #expect(!run.timedOut)
    #expect(run.status == 64, "exit \(run.status)")
    #expect(run.output.isEmpty)
  }

  @Test func reportHasATimeout() throws {
    let directory = try scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let model = directory.appendingPathComponent("groot.yaml").path
    #expect(
      try CommandRun.driehoek(["genereer", "--uitvoerders", "400", "-o", model], limit: 60).status
        == 0)
    let output = directory.appendingPathComponent("r.html").path
    let run = try CommandRun.driehoek(["report", model, "--timeout", "1", "-o", output], limit: 30)
    #expect(run.status == 2, "exit \(run.status)")
    #expect(run.errors.contains("duurde langer dan"))
    #expect(run.seconds < 10)
    #expect(!FileManager.default.fileExists(atPath: output))
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    #expect(!names.contains { $0.hasPrefix(".driehoek") }, "\(names)")
  }
}
