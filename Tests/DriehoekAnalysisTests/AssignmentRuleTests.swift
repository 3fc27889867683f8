import DriehoekAnalysis
import DriehoekModel
import Testing

/// The agentschap's roles plus a second opdrachtgever from VWS, and a capacity of 100 fte.
private let twoPrincipals =
  "rollen:\n" + agentschapRoles + "  - {rol: opdrachtgever, houder: vws-dg, van: ag}\n"

@Suite struct AssignmentRuleTests {
  @Test func sd09FiresForAnOpdrachtWithoutValidAgreement() throws {
    let report = try analyse(
      "rollen:\n" + agentschapRoles
        + """
        opdrachten:
          - {id: o1, naam: Opdracht een, opdrachtgever: szw-dg, opdrachtnemer: ag, afspraak: oud}
        afspraken:
          - {id: oud, soort: werkafspraak, partijen: [szw-dg, ag-dir], periode: {tot: 2025-12-31}}
          - {id: alleen-gever, soort: werkafspraak, partijen: [szw-dg, vws-dg]}
          - {id: convenant, soort: convenant, partijen: [szw-dg, ag-dir]}
        """)
    let finding = try #require(report.findings("SD09").first)
    #expect(finding.betreft == ["o1", "szw-dg", "ag"])
    #expect(finding.severity == .waarschuwing)
    #expect(finding.executor == "ag")
  }

  @Test(arguments: [
    "  - {id: o1, naam: Een, opdrachtgever: szw-dg, opdrachtnemer: ag, afspraak: eigen}\n",
    "  - {id: o1, naam: Een, opdrachtgever: szw-dir, opdrachtnemer: ag}\n",
    "  - {id: o1, naam: Een, opdrachtgever: szw-dg, opdrachtnemer: ag, periode: {van: 2027-01-01}}\n",
  ])
  func sd09IsSilentWhenCovered(opdracht: String) throws {
    let report = try analyse(
      "rollen:\n" + agentschapRoles + "opdrachten:\n" + opdracht
        + """
        afspraken:
          - {id: eigen, soort: convenant, partijen: [szw-dg], periode: {van: 2026-01-01}}
          - {id: raam, soort: raamafspraak, partijen: [szw, ag], periode: {tot: 2026-01-01}}
        """)
    #expect(report.findings("SD09").isEmpty)
  }

  /// A person party with a function above the opdrachtgever covers it; an opdrachtgever and an
  /// executor seen before give the same answer for their next opdracht.
  @Test func sd09AnswersEachPairTheSameWay() throws {
    let report = try analyse(
      "rollen:\n" + agentschapRoles
        + """
        personen:
          - {id: piet, naam: Piet, functies: [szw-dg]}
        opdrachten:
          - {id: o1, naam: Een, opdrachtgever: szw-dir, opdrachtnemer: ag}
          - {id: o2, naam: Twee, opdrachtgever: vws-dg, opdrachtnemer: ag}
          - {id: o3, naam: Drie, opdrachtgever: szw-dir, opdrachtnemer: ag}
          - {id: o4, naam: Vier, opdrachtgever: vws-dg, opdrachtnemer: ag}
        afspraken:
          - {id: wa, soort: werkafspraak, partijen: [piet, ag-dir]}
        """)
    #expect(report.findings("SD09").map { $0.betreft.first } == ["o2", "o4"])
  }

  @Test func sd10FiresOneDayShortOfThreeYears() throws {
    let report = try analyse(
      "rollen:\n" + agentschapRoles
        + """
        afspraken:
          - {id: kort, soort: werkafspraak, partijen: [szw-dg, ag-dir], periode: {van: 2026-01-01, tot: 2028-12-30}}
        """)
    let finding = try #require(report.findings("SD10").first)
    #expect(finding.betreft == ["kort", "ag"])
    #expect(finding.severity == .info)
    #expect(finding.message.contains("2 volle kalenderjaren"))
  }

  @Test(arguments: [
    "{van: 2026-01-01, tot: 2028-12-31}", "{van: 2025-01-01}", "{van: 2023-01-01, tot: 2025-12-31}",
  ])
  func sd10IsSilentForThreeYearsOpenOrEndedAgreements(period: String) throws {
    let report = try analyse(
      "rollen:\n" + agentschapRoles + "afspraken:\n"
        + "  - {id: wa, soort: werkafspraak, partijen: [szw-dg, ag-dir], periode: \(period)}\n"
        + "  - {id: zbo-wa, soort: werkafspraak, partijen: [szw-dg, zbo-rvb], "
        + "periode: {van: 2026-01-01, tot: 2026-12-31}}\n")
    #expect(report.findings("SD10").isEmpty)
  }

  @Test func sd11FiresAsWaarschuwingAboveCapacityAndFoutAbove120Percent() throws {
    func report(secondCapacity: Int) throws -> AnalysisReport {
      try analyse(
        organisations: "  - {id: uitv, naam: Uitvoerder, soort: dienst, capaciteit: 100}\n",
        """
        rollen:
          - {rol: eigenaar, houder: szw-sg, van: uitv}
          - {rol: opdrachtgever, houder: szw-dg, van: uitv}
          - {rol: opdrachtnemer, houder: uitv, van: uitv}
        opdrachten:
          - {id: a, naam: A, opdrachtnemer: uitv, capaciteit: 60, periode: {van: 2026-01-01, tot: 2026-06-30}}
          - {id: b, naam: B, opdrachtnemer: uitv, capaciteit: \(secondCapacity), periode: {van: 2026-06-01, tot: 2026-12-31}}
          - {id: c, naam: C, opdrachtnemer: uitv, capaciteit: 10, periode: {van: 2030-01-01, tot: 2030-12-31}}
        """, peildatum: "2025-01-01")
    }
    let warning = try #require(try report(secondCapacity: 50).findings("SD11").first)
    #expect(warning.severity == .waarschuwing)
    #expect(warning.betreft == ["uitv", "a", "b"])
    #expect(warning.message.contains("110 fte, 110 % van de capaciteit van 100 fte"))
    #expect(warning.message.contains("van 2026-06-01 tot en met 2026-06-30"))
    #expect(try report(secondCapacity: 60).findings("SD11").map(\.severity) == [.waarschuwing])
    #expect(try report(secondCapacity: 61).findings("SD11").map(\.severity) == [.fout])
    #expect(try report(secondCapacity: 40).findings("SD11").isEmpty)
  }

  @Test func sd11CountsOpdrachtenWithoutPeriodAsAlways() throws {
    let report = try analyse(
      organisations: "  - {id: uitv, naam: Uitvoerder, soort: dienst, capaciteit: 10}\n",
      """
      rollen:
        - {rol: eigenaar, houder: szw-sg, van: uitv}
        - {rol: opdrachtgever, houder: szw-dg, van: uitv}
        - {rol: opdrachtnemer, houder: uitv, van: uitv}
      opdrachten:
        - {id: altijd, naam: Altijd, opdrachtnemer: uitv, capaciteit: 6}
        - {id: later, naam: Later, opdrachtnemer: uitv, capaciteit: 5, periode: {van: 2040-01-01}}
      """)
    #expect(report.betreft("SD11") == [["uitv", "altijd", "later"]])
    #expect(report.findings("SD11").first?.message.contains("vanaf 2040-01-01") == true)
  }

  @Test func sd12FiresForOverlappingHoogsteFromDifferentOpdrachtgevers() throws {
    let report = try analyse(
      twoPrincipals
        + """
        opdrachten:
          - {id: z, naam: Z, opdrachtgever: vws-dg, opdrachtnemer: ag, prioriteit: hoogste, periode: {van: 2027-03-01}}
          - {id: y, naam: Y, opdrachtgever: szw-dir, opdrachtnemer: ag, prioriteit: hoogste, periode: {tot: 2027-03-01}}
        """)
    #expect(report.betreft("SD12") == [["ag", "y", "z"]])
    #expect(report.findings("SD12").first?.message.contains("vanaf 2027-03-01") == true)
  }

  @Test(arguments: [
    // adjacent periods
    ("hoogste", "{tot: 2027-02-28}", "szw-dg", ""),
    // one only hoog
    ("hoog", "{tot: 2027-03-01}", "szw-dg", ""),
    // the same opdrachtgever (a directie under the DG that holds the role)
    ("hoogste", "{tot: 2027-03-01}", "szw-dir", "vws"),
    // a coordinating opdrachtgever
    ("hoogste", "{tot: 2027-03-01}", "szw-dg", "coordinerend"),
  ])
  func sd12IsSilent(priority: String, period: String, gever: String, variant: String) throws {
    let roles =
      variant == "coordinerend"
      ? "rollen:\n" + agentschapRoles
        + "  - {rol: opdrachtgever, houder: vws-dg, van: ag, coordinerend: true}\n"
      : twoPrincipals
    let first = variant == "vws" ? "szw-dg" : "vws-dg"
    let report = try analyse(
      roles
        + """
        opdrachten:
          - {id: z, naam: Z, opdrachtgever: \(first), opdrachtnemer: ag, prioriteit: hoogste, periode: {van: 2027-03-01}}
          - {id: y, naam: Y, opdrachtgever: \(gever), opdrachtnemer: ag, prioriteit: \(priority), periode: \(period)}
        """)
    #expect(report.findings("SD12").isEmpty)
  }

  @Test func sd13FiresForGapAndMissingBudget() throws {
    let report = try analyse(
      "rollen:\n" + agentschapRoles
        + """
        opdrachten:
          - {id: gat, naam: Gat, opdrachtgever: szw-dg, opdrachtnemer: ag, kosten: 1500000, budget: 1000000}
          - {id: geen, naam: Geen, opdrachtgever: szw-dg, opdrachtnemer: ag, kosten: 10}
          - {id: gelijk, naam: Gelijk, opdrachtgever: szw-dg, opdrachtnemer: ag, kosten: 10, budget: 10}
          - {id: voorbij, naam: Voorbij, opdrachtgever: szw-dg, opdrachtnemer: ag, kosten: 10, periode: {tot: 2025-12-31}}
          - {id: zonder, naam: Zonder, opdrachtgever: szw-dg, opdrachtnemer: ag, budget: 10}
        """, rules: [FinancieringsTekort()])
    #expect(report.betreft("SD13") == [["gat", "szw-dg"], ["geen", "szw-dg"]])
    let gap = try #require(report.findings("SD13").first)
    #expect(gap.message.contains("€ 1.500.000"))
    #expect(gap.message.contains("tekort € 500.000"))
  }

  @Test func sd14FiresForOpdrachtgeverFromAnotherMinistry() throws {
    let report = try analyse(
      twoPrincipals
        + """
        afspraken:
          - {id: tweezijdig, soort: mandaat, partijen: [ag, vws-dg]}
          - {id: verlopen, soort: mandaat, partijen: [ag, vws, szw], periode: {tot: 2025-12-31}}
        """)
    let finding = try #require(report.findings("SD14").first)
    #expect(report.findings("SD14").count == 1)
    #expect(finding.betreft == ["ag", "vws-dg", "szw-sg"])
    #expect(finding.severity == .waarschuwing)
  }

  @Test func sd14IsSilentWithATriangularAgreement() throws {
    let report = try analyse(
      organisations: "",
      twoPrincipals
        + """
        personen:
          - {id: p-szw, naam: P. SZW, functies: [szw-dir]}
        afspraken:
          - {id: drie, soort: anders, partijen: [ag-dir, vws, p-szw]}
        """)
    #expect(report.findings("SD14").isEmpty)
  }
}
