import DriehoekAnalysis
import DriehoekModel
import DriehoekReports
import Foundation
import Testing

@Suite struct JSONReportWriterTests {
  @Test func writesExactlyThePromisedKeys() throws {
    let report = try svbReport()
    let object = try #require(try parseJSON(JSONReportWriter().write(report)) as? [String: Any])
    #expect(Set(object.keys) == ["model", "peildatum", "findings", "samenvatting"])
    #expect(object["model"] as? String == "Sturing Sociale Verzekeringsbank")
    #expect(object["peildatum"] as? String == "2026-01-01")
    let findings = try #require(object["findings"] as? [[String: Any]])
    #expect(findings.count == report.findings.count)
    for finding in findings {
      #expect(
        Set(finding.keys) == [
          "code", "slug", "severity", "message", "betreft", "location", "waarom", "oplossing",
          "geaccepteerd",
        ])
    }
    let accepted = try #require(findings.first { $0["code"] as? String == "SD13" })
    let acceptance = try #require(accepted["geaccepteerd"] as? [String: Any])
    #expect(Set(acceptance.keys) == ["reden", "verantwoordelijke", "tot"])
    #expect(acceptance["tot"] as? String == "2026-12-31")
    let open = try #require(findings.first { $0["code"] as? String == "SD09" })
    #expect(open["geaccepteerd"] is NSNull)
    let location = try #require(open["location"] as? [String: Any])
    #expect(Set(location.keys) == ["file", "line", "column"])
    #expect(location["file"] as? String == "svb.yaml")
    let summary = try #require(object["samenvatting"] as? [String: Int])
    #expect(
      summary == [
        "fout": 0, "waarschuwing": 3, "info": 0, "open": 3, "geaccepteerd": 1, "totaal": 4,
      ])
  }

  @Test func writesNullForAMissingLocationAndAnArrayForSeveralModels() throws {
    let finding = Finding(
      code: "SD01", slug: "geen-eigenaar", severity: .fout, message: "m", betreft: ["x"],
      location: nil, waarom: "w", oplossing: "o")
    let report = AnalysisReport(
      model: "M", peildatum: Day(ordinal: 0), findings: [finding])
    let one = try #require(try parseJSON(JSONReportWriter().write(report)) as? [String: Any])
    let findings = try #require(one["findings"] as? [[String: Any]])
    #expect(findings.first?["location"] is NSNull)
    let two = try parseJSON(JSONReportWriter().write([report, report])) as? [[String: Any]]
    #expect(two?.count == 2)
  }

  @Test func isDeterministicWithSortedKeys() throws {
    let report = try svbReport()
    let text = JSONReportWriter().write(report)
    #expect(text == JSONReportWriter().write(try svbReport()))
    let findingsIndex = try #require(text.range(of: "\"findings\""))
    let modelIndex = try #require(text.range(of: "\"model\""))
    #expect(findingsIndex.lowerBound < modelIndex.lowerBound)
    #expect(text.hasSuffix("}\n"))
  }
}
