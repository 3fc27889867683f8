import DriehoekAnalysis
import DriehoekModel
import DriehoekReports
import Foundation
import Testing

@Suite struct SARIFReportWriterTests {
  private func log() throws -> [String: Any] {
    try #require(try parseJSON(SARIFReportWriter().write(try svbReport())) as? [String: Any])
  }

  @Test func hasTheSARIFEnvelopeAndTheRuleCatalogue() throws {
    let log = try log()
    #expect(log["version"] as? String == "2.1.0")
    #expect((log["$schema"] as? String)?.contains("sarif-2.1.0") == true)
    let runs = try #require(log["runs"] as? [[String: Any]])
    #expect(runs.count == 1)
    let tool = try #require(runs[0]["tool"] as? [String: Any])
    let driver = try #require(tool["driver"] as? [String: Any])
    #expect(driver["name"] as? String == "driehoek")
    #expect((driver["informationUri"] as? String)?.hasPrefix("https://") == true)
    let rules = try #require(driver["rules"] as? [[String: Any]])
    #expect(rules.map { $0["id"] as? String } == RuleCatalogue.all.map(\.code))
    let first = rules[0]
    #expect(first["name"] as? String == "geen-eigenaar")
    #expect((first["defaultConfiguration"] as? [String: String])?["level"] == "warning")
    for key in ["shortDescription", "fullDescription", "help"] {
      #expect((first[key] as? [String: String])?["text"]?.isEmpty == false, "\(key)")
    }
  }

  @Test func resultsCarryLevelsLocationsFingerprintsAndSuppressions() throws {
    let runs = try #require(try log()["runs"] as? [[String: Any]])
    let results = try #require(runs[0]["results"] as? [[String: Any]])
    #expect(results.count == 4)
    let capacity = try #require(results.first { $0["ruleId"] as? String == "SD11" })
    #expect(capacity["level"] as? String == "warning")
    #expect(capacity["ruleIndex"] as? Int == 10)
    let locations = try #require(capacity["locations"] as? [[String: Any]])
    let physical = try #require(locations[0]["physicalLocation"] as? [String: Any])
    #expect((physical["artifactLocation"] as? [String: String])?["uri"] == "svb.yaml")
    let region = try #require(physical["region"] as? [String: Int])
    #expect(region["startLine"] == 29)
    let logical = try #require(locations[0]["logicalLocations"] as? [[String: String]])
    #expect(logical.map { $0["name"] } == ["svb", "aow", "pgb"])
    #expect(logical.first?["kind"] == "organisation")
    #expect(logical.last?["kind"] == "opdracht")
    #expect(
      (capacity["partialFingerprints"] as? [String: String])?.values.first == "SD11/aow/pgb/svb")
    #expect((capacity["suppressions"] as? [Any])?.isEmpty == true)
    let funding = try #require(results.first { $0["ruleId"] as? String == "SD13" })
    let suppressions = try #require(funding["suppressions"] as? [[String: String]])
    #expect(suppressions.first?["kind"] == "external")
    #expect(suppressions.first?["status"] == "accepted")
    #expect(suppressions.first?["justification"]?.contains("voorjaarsnota") == true)
  }

  @Test func encodesPathsAsURIReferences() {
    let writer = SARIFReportWriter()
    #expect(
      writer.write(
        AnalysisReport(
          model: "M", peildatum: Day(ordinal: 0),
          findings: [
            Finding(
              code: "SD01", slug: "geen-eigenaar", severity: .fout, message: "m",
              betreft: ["x"], location: SourceLocation(file: "/a b/m.yaml", line: 1, column: 2),
              waarom: "w", oplossing: "o")
          ])
      ).contains("\"uri\" : \"file:///a%20b/m.yaml\""))
  }

  @Test(.enabled(if: sarifToolsInstalled, "needs the PyPI package sarif-tools (scripts/test.sh)"))
  func isAcceptedByAnIndependentSARIFConsumer() throws {
    let script = GoldenHarness.packageRoot.appendingPathComponent("scripts/check-sarif.sh")
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("driehoek-\(UUID().uuidString).sarif")
    defer { try? FileManager.default.removeItem(at: file) }
    try Data(SARIFReportWriter().write([try svbReport(), try svbReport(language: .en)]).utf8)
      .write(to: file)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = [script.path, file.path]
    var environment = ProcessInfo.processInfo.environment
    environment["DRIEHOEK_SARIF_NO_INSTALL"] = "1"
    process.environment = environment
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
  }

  @Test(.enabled(if: sarifToolsInstalled, "needs the PyPI package sarif-tools (scripts/test.sh)"))
  func theConsumerCheckRejectsABrokenLog() throws {
    let script = GoldenHarness.packageRoot.appendingPathComponent("scripts/check-sarif.sh")
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("driehoek-\(UUID().uuidString).sarif")
    defer { try? FileManager.default.removeItem(at: file) }
    let broken = SARIFReportWriter().write(try svbReport())
      .replacingOccurrences(of: "\"ruleIndex\" : 8", with: "\"ruleIndex\" : 3")
    try Data(broken.utf8).write(to: file)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = [script.path, file.path]
    var environment = ProcessInfo.processInfo.environment
    environment["DRIEHOEK_SARIF_NO_INSTALL"] = "1"
    process.environment = environment
    process.standardError = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus != 0)
  }
}

/// Whether `python3` can import sarif-tools, which the SARIF consumer check needs.
private let sarifToolsInstalled: Bool = {
  let probe = Process()
  probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  probe.arguments = [
    ProcessInfo.processInfo.environment["PYTHON"] ?? "python3", "-c", "import sarif",
  ]
  probe.standardError = FileHandle.nullDevice
  probe.standardOutput = FileHandle.nullDevice
  do {
    try probe.run()
    probe.waitUntilExit()
    return probe.terminationStatus == 0
  } catch {
    return false
  }
}()
