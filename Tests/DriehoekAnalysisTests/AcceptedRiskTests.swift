import DriehoekAnalysis
import DriehoekModel
import Testing

/// An agentschap with an underfunded opdracht, followed by `afwijkingen`.
private func model(afwijkingen: String) -> String {
  "rollen:\n" + agentschapRoles
    + """
    opdrachten:
      - {id: o, naam: Opdracht, opdrachtgever: szw-dg, opdrachtnemer: ag, kosten: 10, budget: 5, afspraak: wa}
    afspraken:
      - {id: wa, soort: werkafspraak, partijen: [szw-dg, ag-dir], periode: {van: 2026-01-01, tot: 2028-12-31}}
    afwijkingen:

    """ + afwijkingen
}

@Suite struct AcceptedRiskTests {
  @Test func validAfwijkingAcceptsTheFindingUntilItsLastDay() throws {
    let afwijking =
      "  - {regel: SD13, betreft: [o], reden: Dekking volgt., verantwoordelijke: szw-sg, "
      + "tot: 2026-01-01}\n"
    let report = try analyse(model(afwijkingen: afwijking))
    let finding = try #require(report.findings("SD13").first)
    #expect(!finding.isOpen)
    // The acceptance points at the afwijking in the file: its line, counted in the text that
    // `analyse` loads, and the column of its mapping.
    let text = "naam: Test\n" + baseOrganisations + model(afwijkingen: afwijking)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let line = try #require(lines.firstIndex { $0.hasPrefix("  - {regel: SD13") }) + 1
    #expect(
      finding.acceptance
        == Acceptance(
          reden: "Dekking volgt.", verantwoordelijke: "szw-sg", tot: Day(iso: "2026-01-01"),
          location: SourceLocation(file: "test.yaml", line: line, column: 5)))
    #expect(report.openFindings.isEmpty)
    #expect(report.findings("SD17").isEmpty)
    #expect(report.findings("SD18").isEmpty)
    #expect(report.summary.accepted == 1)
  }

  @Test func expiredAfwijkingReopensTheFindingAndAddsSD17() throws {
    let report = try analyse(
      model(
        afwijkingen:
          "  - {regel: SD13, betreft: [o, szw-dg], reden: Oud., verantwoordelijke: szw-sg, "
          + "tot: 2025-12-31}\n"))
    #expect(report.findings("SD13").first?.isOpen == true)
    let expired = try #require(report.findings("SD17").first)
    #expect(expired.betreft == ["o", "szw-dg"])
    #expect(expired.severity == .waarschuwing)
    #expect(expired.location?.line != nil)
    #expect(report.findings("SD18").isEmpty)
  }

  @Test func afwijkingNamingAnIdOutsideBetreftIsUnusedSD18() throws {
    let report = try analyse(
      model(
        afwijkingen:
          "  - {regel: SD13, betreft: [o, vws-dg], reden: Nee., verantwoordelijke: szw-sg}\n"
          + "  - {regel: SD01, betreft: [ag], reden: Nee., verantwoordelijke: szw-sg}\n"))
    #expect(report.findings("SD13").first?.isOpen == true)
    #expect(report.betreft("SD18") == [["ag"], ["o", "vws-dg"]])
    #expect(report.findings("SD18").allSatisfy { $0.severity == .info })
  }

  @Test func afwijkingForARuleNotRunIsNotReportedUnused() throws {
    let report = try analyse(
      model(
        afwijkingen:
          "  - {regel: SD01, betreft: [ag], reden: Nee., verantwoordelijke: szw-sg}\n"),
      rules: [FinancieringsTekort(), AfwijkingOngebruikt()])
    #expect(report.findings("SD18").isEmpty)
  }

  @Test func englishTextsAreUsedThroughout() throws {
    let report = try analyse(
      model(
        afwijkingen:
          "  - {regel: SD13, betreft: [o], reden: Later., verantwoordelijke: szw-sg, "
          + "tot: 2025-01-01}\n"), language: .en)
    let finding = try #require(report.findings("SD13").first)
    #expect(
      finding.message == "assignment Opdracht (o) costs € 10 but has a budget of € 5 (gap € 5)")
    #expect(finding.waarom.hasPrefix("Too little funding"))
    #expect(finding.oplossing.hasPrefix("Raise the budget"))
    #expect(report.findings("SD17").first?.message.contains("expired on 2025-01-01") == true)
    #expect(report.rules.first?.summary == "An executor has no owner on the reference date.")
  }

  @Test func everyRuleHasDistinctTextsInBothLanguages() {
    let codes = RuleCatalogue.all.map(\.code)
    #expect(codes == (1...20).map { $0 < 10 ? "SD0\($0)" : "SD\($0)" })
    #expect(Set(RuleCatalogue.all.map(\.slug)).count == 20)
    for rule in RuleCatalogue.all {
      for language in Language.allCases {
        #expect(!rule.summary(in: language).isEmpty)
        #expect(!rule.waarom(in: language).isEmpty)
        #expect(!rule.oplossing(in: language).isEmpty)
      }
      #expect(rule.waarom(in: .nl) != rule.waarom(in: .en), "\(rule.code)")
      #expect(rule.oplossing(in: .nl) != rule.oplossing(in: .en), "\(rule.code)")
      #expect(RuleCatalogue.rule(code: rule.code)?.slug == rule.slug)
    }
    #expect(RuleCatalogue.rule(code: "SD99") == nil)
  }
}
