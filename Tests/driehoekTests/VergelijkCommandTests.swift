import Foundation
import Testing

/// `driehoek vergelijk`, run as a person (or a CI job) would.
@Suite struct VergelijkCommandTests {
  private let fixtures = "Tests/DriehoekComparisonTests/Fixtures/"

  private func driehoek(_ arguments: [String]) throws -> CommandRun {
    try CommandRun.driehoek(arguments)
  }

  private func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("vergelijk-\(UUID())")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  private func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  /// The open findings of one `check --format json` run.
  private func openFindings(_ arguments: [String]) throws -> [[String: Any]] {
    let run = try driehoek(["check", "--format", "json", "--fail-on", "nooit"] + arguments)
    #expect(run.status == 0, "\(run.errors)")
    let findings = try #require(try json(run.output)["findings"] as? [[String: Any]])
    return findings.filter { $0["geaccepteerd"] is NSNull }
  }

  /// The findings of `b` not matched (code, then `betreft` with its first id fixed and the
  /// rest as a set) by one in `a`, counted one to one.
  private func difference(_ b: [[String: Any]], minus a: [[String: Any]]) -> [NSDictionary] {
    func key(_ finding: [String: Any]) -> String {
      let betreft = finding["betreft"] as? [String] ?? []
      return "\(finding["code"] ?? "") \(betreft.first ?? "") \(betreft.dropFirst().sorted())"
    }
    var counts: [String: Int] = [:]
    for finding in a { counts[key(finding), default: 0] += 1 }
    var result: [NSDictionary] = []
    for finding in b {
      let k = key(finding)
      if let count = counts[k], count > 0 {
        counts[k] = count - 1
      } else {
        result.append(finding as NSDictionary)
      }
    }
    return result
  }

  /// `bevindingen.nieuw` and `opgelost` are exactly the difference of two `check` runs:
  /// two files, a real model with a real change, and one model on two dates.
  @Test func findingsEqualTheDifferenceOfTwoCheckRuns() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    // A real change to Models/svb.yaml: VWS is no longer eigenaar, the gemeenten role goes to SZW.
    let svb = try String(
      contentsOfFile: "\(CommandRun.packageRoot.path)/Models/svb.yaml", encoding: .utf8)
    let changed = svb.replacingOccurrences(
      of: "  - rol: eigenaar\n    houder: vws-sg\n    van: svb\n    geldig: {van: 2025-01-01}\n",
      with: ""
    ).replacingOccurrences(of: "    houder: gemeenten\n", with: "    houder: szw-sg\n")
    #expect(changed != svb)
    let changedPath = directory.appendingPathComponent("svb-nieuw.yaml").path
    try changed.write(toFile: changedPath, atomically: true, encoding: .utf8)
    let pairs: [(oud: [String], nieuw: [String], arguments: [String])] = [
      (
        [fixtures + "basis.yaml"], [fixtures + "alles.yaml"],
        [fixtures + "basis.yaml", fixtures + "alles.yaml"]
      ),
      (["Models/svb.yaml"], [changedPath], ["Models/svb.yaml", changedPath]),
      (
        [fixtures + "peildata.yaml", "--peildatum", "2026-06-01"],
        [fixtures + "peildata.yaml", "--peildatum", "2027-06-01"],
        [
          fixtures + "peildata.yaml", "--peildatum", "2026-06-01", "--nieuwe-peildatum",
          "2027-06-01",
        ]
      ),
    ]
    for pair in pairs {
      let oud = try openFindings(pair.oud)
      let nieuw = try openFindings(pair.nieuw)
      let run = try driehoek(
        ["vergelijk", "--format", "json", "--fail-on", "nooit"] + pair.arguments)
      #expect(run.status == 0, "\(run.errors)")
      let bevindingen = try #require(try json(run.output)["bevindingen"] as? [String: Any])
      let added = try #require(bevindingen["nieuw"] as? [[String: Any]]).map { $0 as NSDictionary }
      let resolved = try #require(bevindingen["opgelost"] as? [[String: Any]]).map {
        $0 as NSDictionary
      }
      #expect(added == difference(nieuw, minus: oud), "\(pair.arguments)")
      #expect(resolved == difference(oud, minus: nieuw), "\(pair.arguments)")
      #expect(bevindingen["ongewijzigd"] as? Int == nieuw.count - added.count)
      // The pairs are chosen so that the difference is not empty.
      #expect(!added.isEmpty || !resolved.isEmpty, "\(pair.arguments)")
    }
  }

  @Test func identicalModelsExitZeroWithNoChange() throws {
    let run = try driehoek(["vergelijk", fixtures + "basis.yaml", fixtures + "opgemaakt.yaml"])
    #expect(run.status == 0, "\(run.errors)")
    #expect(run.output.contains("Geen wijzigingen."))
    #expect(
      run.output.contains(
        "0 wijzigingen (0 toegevoegd, 0 verwijderd, 0 gewijzigd); bevindingen: 0 nieuw, 0 opgelost, 1 ongewijzigd"
      ))
    let json = try driehoek(["vergelijk", "--format", "json", "Models/duo.yaml", "Models/duo.yaml"])
    #expect(json.status == 0)
    #expect((try self.json(json.output)["wijzigingen"] as? [Any])?.isEmpty == true)
  }

  @Test func exitCodesAreThoseOfCheck() throws {
    let pair = [fixtures + "basis.yaml", fixtures + "alles.yaml"]
    // Four new warnings: below the default fout, at --fail-on waarschuwing.
    #expect(try driehoek(["vergelijk"] + pair).status == 0)
    #expect(try driehoek(["vergelijk", "--fail-on", "waarschuwing"] + pair).status == 1)
    #expect(
      try driehoek([
        "vergelijk", "--fail-on", "waarschuwing", fixtures + "alles.yaml", fixtures + "basis.yaml",
      ]).status == 0)
    // A new fout: a second opdrachtnemer (SD03).
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let basis = try String(
      contentsOfFile: CommandRun.packageRoot.path + "/" + fixtures + "basis.yaml", encoding: .utf8)
    let fout = basis.replacingOccurrences(
      of: "rollen:\n", with: "rollen:\n  - rol: opdrachtnemer\n    houder: a-dir\n    van: uitv\n")
    let foutPath = directory.appendingPathComponent("fout.yaml").path
    try fout.write(toFile: foutPath, atomically: true, encoding: .utf8)
    let failing = try driehoek(["vergelijk", fixtures + "basis.yaml", foutPath])
    #expect(failing.status == 1)
    #expect(failing.output.contains("nieuwe bevinding:"))
    #expect(
      try driehoek(["vergelijk", "--fail-on", "nooit", fixtures + "basis.yaml", foutPath]).status
        == 0)
    // An invalid model: 2, with the loader's diagnostic.
    let invalid = directory.appendingPathComponent("kapot.yaml").path
    try "naam: x\nrollen: [{rol: eigenaar, houder: nergens, van: niets}]\n".write(
      toFile: invalid, atomically: true, encoding: .utf8)
    let broken = try driehoek(["vergelijk", fixtures + "basis.yaml", invalid])
    #expect(broken.status == 2)
    #expect(broken.errors.contains("kapot.yaml:2:"))
    #expect(broken.output.isEmpty)
    // A wrong command line: 64.
    for arguments in [
      ["vergelijk"], ["vergelijk", "a.yaml", "b.yaml", "c.yaml"],
      ["vergelijk", fixtures + "basis.yaml"],
      ["vergelijk", fixtures + "peildata.yaml", "--nieuwe-peildatum", "2027-13-01"],
      ["vergelijk", "--format", "markdown"] + pair, ["vergelijk", "--format", "pdf"] + pair,
      ["vergelijk", "--fail-on", "soms"] + pair,
    ] {
      #expect(try driehoek(arguments).status == 64, "\(arguments)")
    }
  }

  @Test func htmlAndMarkdownAreWrittenAsOneSetAndNeverOntoAnInput() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let pair = [fixtures + "basis.yaml", fixtures + "alles.yaml"]
    let html = directory.appendingPathComponent("verschil.html").path
    let run = try driehoek(["vergelijk", "--format", "html", "-o", html] + pair)
    #expect(run.status == 0, "\(run.errors)")
    let page = try String(contentsOfFile: html, encoding: .utf8)
    #expect(page.hasPrefix("<!DOCTYPE html>"))
    #expect(page.contains("class=\"verschildiagram\""))
    let markdown = directory.appendingPathComponent("memo/verschil.md").path
    let written = try driehoek(["vergelijk", "--format", "markdown", "-o", markdown] + pair)
    #expect(written.status == 0, "\(written.errors)")
    let names = try FileManager.default.contentsOfDirectory(
      atPath: directory.appendingPathComponent("memo").path
    ).sorted()
    #expect(names == ["verschil-verschil-uitv.svg", "verschil-verschil-zbo.svg", "verschil.md"])
    // -o onto a model is refused, and the model is unchanged.
    let copy = directory.appendingPathComponent("nieuw.yaml").path
    try FileManager.default.copyItem(
      atPath: CommandRun.packageRoot.path + "/" + fixtures + "alles.yaml", toPath: copy)
    let before = try Data(contentsOf: URL(fileURLWithPath: copy))
    let refused = try driehoek([
      "vergelijk", "--format", "json", "-o", copy, fixtures + "basis.yaml", copy,
    ])
    #expect(refused.status == 2)
    #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == before)
  }
}

/// Names that try to become markup or terminal control stay text in every format.
@Suite struct VergelijkHostileNameTests {
  @Test func hostileNamesStayText() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "vergelijk-vijandig-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let hostile = "Tests/DriehoekReportsTests/Fixtures/document/hostile.yaml"
    let text = try String(
      contentsOfFile: CommandRun.packageRoot.path + "/" + hostile, encoding: .utf8)
    let changed =
      text
      .replacingOccurrences(
        of: "naam: \"Dienst <b>Vet</b> & \\\"Co\\\" 'x'\"",
        with: "naam: \"Dienst <img src=x onerror=alert(9)> \\u001B[8m verborgen\""
      )
      .replacingOccurrences(
        of: "    houder: min-dg2\n    van: dienst", with: "    houder: min-sg\n    van: dienst")
    #expect(changed != text)
    let path = directory.appendingPathComponent("vijandig-nieuw.yaml").path
    try changed.write(toFile: path, atomically: true, encoding: .utf8)
    let html = try CommandRun.driehoek(["vergelijk", "--format", "html", hostile, path])
    #expect(html.status == 0, "\(html.errors)")
    #expect(html.output.contains("Dienst &lt;img src=x onerror=alert(9)&gt;"))
    for markup in ["<img", "<b>", "<script", "<u>", "<em>", "<i>", "\u{1B}"] {
      #expect(!html.output.contains(markup), "\(markup)")
    }
    let terminal = try CommandRun.driehoek(["vergelijk", hostile, path])
    #expect(terminal.status == 0)
    #expect(!terminal.output.contains("\u{1B}"))
    #expect(terminal.output.contains("gewijzigd organisatie Dienst <img src=x onerror=alert(9)>"))
    let markdown = directory.appendingPathComponent("v.md").path
    let written = try CommandRun.driehoek([
      "vergelijk", "--format", "markdown", "-o", markdown, hostile, path,
    ])
    #expect(written.status == 0, "\(written.errors)")
    let document = try String(contentsOfFile: markdown, encoding: .utf8)
    #expect(document.contains("Dienst \\<img src=x onerror=alert(9)\\>"))
    #expect(!document.contains(" <img"))
    #expect(!document.contains("\u{1B}"))
  }
}
