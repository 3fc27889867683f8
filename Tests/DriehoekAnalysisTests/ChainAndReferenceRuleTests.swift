import DriehoekAnalysis
import DriehoekModel
import Testing

/// The agentschap owned by SZW and the zbo owned by VWS, each with a clean triangle.
private let twoExecutors =
  "rollen:\n" + agentschapRoles
    + """
      - {rol: eigenaar, houder: vws-sg, van: zbo}
      - {rol: opdrachtgever, houder: vws-dg, van: zbo}
      - {rol: opdrachtnemer, houder: zbo-rvb, van: zbo}

    """

@Suite struct ChainAndReferenceRuleTests {
  @Test func sd15FiresForChainAcrossMinistriesWithoutDirection() throws {
    let report = try analyse(
      twoExecutors
        + """
        ketens:
          - {id: k, naam: Keten, leden: [zbo, ag]}
        afspraken:
          - {id: half, soort: ketenafspraak, partijen: [ag]}
        """)
    let finding = try #require(report.findings("SD15").first)
    #expect(finding.betreft == ["k", "zbo", "ag"])
    #expect(finding.severity == .info)
    #expect(finding.executor == nil)
  }

  @Test(arguments: [
    "ketens:\n  - {id: k, naam: Keten, leden: [zbo, ag], regisseur: szw-dg}\n",
    "ketens:\n  - {id: k, naam: Keten, leden: [zbo, ag]}\nafspraken:\n"
      + "  - {id: ka, soort: ketenafspraak, partijen: [ag-dir, zbo]}\n",
    "ketens:\n  - {id: k, naam: Keten, leden: [ag, szw]}\n",
  ])
  func sd15IsSilentWithDirectionOrOneMinistry(chain: String) throws {
    let report = try analyse(twoExecutors + chain)
    #expect(report.findings("SD15").isEmpty)
  }

  @Test func sd16FiresForAPartyNoLongerValid() throws {
    let text = """
      personen:
        - {id: p-weg, naam: P. Weg, geldig: {tot: 2025-12-31}}
      rollen:
        - {rol: eigenaar, houder: szw-sg, van: ag}
        - {rol: opdrachtgever, houder: szw-dg, van: ag}
        - {rol: opdrachtnemer, houder: ag-dir, van: ag}
      afspraken:
        - {id: a, soort: anders, partijen: [szw-sg, p-weg]}
      """
    #expect(try analyse(text, peildatum: "2025-12-31").findings("SD16").isEmpty)
    let later = try analyse(text, peildatum: "2026-01-01")
    #expect(later.betreft("SD16") == [["a", "p-weg"]])
    let finding = try #require(later.findings("SD16").first)
    #expect(finding.severity == .fout)
    #expect(finding.location?.column == 47)
    #expect(
      finding.message == "afspraak a verwijst naar P. Weg (p-weg), dat op 2026-01-01 niet geldig is"
    )
  }

  @Test func sd16FiresForUnitWhoseParentEnded() throws {
    let report = try analyse(
      organisations: """
          - id: oud
            naam: Oud
            soort: ministerie
            onderdelen:
              - id: oud-dg
                naam: DG Oud
                soort: dg
                geldig: {tot: 2025-12-31}
                onderdelen:
                  - {id: oud-dir, naam: Directie Oud, soort: directie}

        """,
      """
      rollen:
        - {rol: eigenaar, houder: szw-sg, van: ag}
        - {rol: opdrachtgever, houder: oud-dir, van: ag}
        - {rol: opdrachtgever, houder: szw-dg, van: ag, geldig: {van: 2026-01-01}}
        - {rol: opdrachtnemer, houder: ag-dir, van: ag}
        - {rol: opdrachtgever, houder: oud-dg, van: ag, geldig: {tot: 2025-12-31}}
      opdrachten:
        - {id: o, naam: O, opdrachtgever: oud-dir, opdrachtnemer: ag, periode: {van: 2026-01-01}}
      """)
    #expect(report.betreft("SD16") == [["ag", "oud-dir"], ["o", "oud-dir"]])
    #expect(report.findings("SD16").map(\.executor) == ["ag", "ag"])
  }
}
