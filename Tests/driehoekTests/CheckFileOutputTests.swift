import Foundation
import Testing

/// `check -o FILE` goes through the shared output writer, and `check --format csv` writes one
/// row per finding with every field of the JSON report.
@Suite struct CheckFileOutputTests {
  /// The records of an RFC 4180 text with the given separator (an independent reader).
  private func records(_ text: String, separator: Character) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var characters = Array(text.unicodeScalars.map(Character.init))[...]
    while let character = characters.popFirst() {
      if quoted {
        if character == "\"" {
          if characters.first == "\"" {
            field.append("\"")
            characters.removeFirst()
          } else {
            quoted = false
          }
        } else {
          field.append(character)
        }
      } else if character == "\"" {
        quoted = true
      } else if character == separator {
        row.append(field)
        field = ""
      } else if character == "\r" {
        continue
      } else if character == "\n" {
        row.append(field)
        rows.append(row)
        row = []
        field = ""
      } else {
        field.append(character)
      }
    }
    return rows
  }

  private func scratch() throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "check-out-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory
  }

  @Test(arguments: [false, true])
  func findingsCSVHasEveryFieldOfTheJSON(excel: Bool) throws {
    let model = CommandRun.packageRoot.appendingPathComponent("Models/svb.yaml").path
    let json = try CommandRun.driehoek(["check", model, "--format", "json"])
    let report = try #require(
      try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
    let findings = try #require(report["findings"] as? [[String: Any]])
    #expect(findings.count > 3)
    let csv = try CommandRun.driehoek(
      ["check", model, "--format", "csv"] + (excel ? ["--excel"] : []))
    #expect(csv.output.unicodeScalars.first == (excel ? "\u{FEFF}" : "m"))
    let text = excel ? String(csv.output.unicodeScalars.dropFirst()) : csv.output
    let rows = records(text, separator: excel ? ";" : ",")
    #expect(rows.first?.count == 16)
    #expect(rows.count == findings.count + 1)
    for (finding, row) in zip(findings, rows.dropFirst()) {
      let location = finding["location"] as? [String: Any]
      let accepted = finding["geaccepteerd"] as? [String: Any]
      let expected: [String] = [
        report["model"] as? String ?? "", report["peildatum"] as? String ?? "",
        finding["code"] as? String ?? "", finding["slug"] as? String ?? "",
        finding["severity"] as? String ?? "", finding["message"] as? String ?? "",
        (finding["betreft"] as? [String] ?? []).joined(separator: ";"),
        location?["file"] as? String ?? "", (location?["line"] as? Int).map(String.init) ?? "",
        (location?["column"] as? Int).map(String.init) ?? "", finding["waarom"] as? String ?? "",
        finding["oplossing"] as? String ?? "", accepted == nil ? "nee" : "ja",
        accepted?["reden"] as? String ?? "", accepted?["verantwoordelijke"] as? String ?? "",
        accepted?["tot"] as? String ?? "",
      ]
      #expect(row == expected)
    }
  }

  @Test func formulaCellsGetAnApostrophe() throws {
    let directory = try scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let model = directory.appendingPathComponent("m.yaml")
    let original = try String(
      contentsOf: CommandRun.packageRoot.appendingPathComponent("Models/svb.yaml"), encoding: .utf8)
    try original.replacingOccurrences(
      of: "\nnaam: Sturing SVB (SZW, VWS en gemeenten)\n", with: "\nnaam: \"=Som\"\n"
    ).write(to: model, atomically: true, encoding: .utf8)
    let csv = try CommandRun.driehoek([
      "check", model.path, "--format", "csv", "--fail-on", "nooit",
    ])
    let rows = records(csv.output, separator: ",")
    #expect(rows.count > 1)
    for row in rows.dropFirst() {
      #expect(row[0] == "'=Som")
      #expect(!row.contains { $0.hasPrefix("=") || $0.hasPrefix("@") || $0.hasPrefix("+") })
    }
  }

  /// Text, JSON, SARIF and CSV are streamed into the file being staged: the file holds exactly what
  /// standard output gets, for one model and for two (text joins them with a blank line).
  @Test(arguments: ["text", "json", "sarif", "csv"])
  func streamedOutputFileEqualsStandardOutput(format: String) throws {
    let directory = try scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let models = ["svb.yaml", "rijk.yaml"].map {
      CommandRun.packageRoot.appendingPathComponent("Models/\($0)").path
    }
    for count in [1, 2] {
      let chosen = Array(models.prefix(count))
      let target = directory.appendingPathComponent("uit-\(count).\(format)")
      let run = try CommandRun.driehoek(
        ["check"] + chosen + ["--format", format, "--fail-on", "nooit", "-o", target.path])
      #expect(run.status == 0)
      #expect(run.output.isEmpty)
      let stdout = try CommandRun.driehoek(
        ["check"] + chosen + ["--format", format, "--fail-on", "nooit"])
      let written = try String(contentsOf: target, encoding: .utf8)
      #expect(written.count > 1000)
      #expect(written == stdout.output)
    }
  }

  @Test func outputFileIsWrittenAndNeverTheModel() throws {
    let directory = try scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let model = CommandRun.packageRoot.appendingPathComponent("Models/svb.yaml").path
    let target = directory.appendingPathComponent("bevindingen.json")
    let run = try CommandRun.driehoek(["check", model, "--format", "json", "-o", target.path])
    #expect(run.output.isEmpty)
    let stdout = try CommandRun.driehoek(["check", model, "--format", "json"])
    #expect(try String(contentsOf: target, encoding: .utf8) == stdout.output)
    #expect(run.status == stdout.status)
    let copy = directory.appendingPathComponent("m.yaml")
    try FileManager.default.copyItem(atPath: model, toPath: copy.path)
    let before = try Data(contentsOf: copy)
    let refused = try CommandRun.driehoek(["check", copy.path, "-o", copy.path])
    #expect(refused.status == 2)
    #expect(try Data(contentsOf: copy) == before)
  }
}
