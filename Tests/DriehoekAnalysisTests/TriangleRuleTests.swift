import DriehoekAnalysis
import DriehoekModel
import Testing

/// A ministry whose DG lies under its SG, and a directie under that DG.
private let bzk = """
    - id: bzk
      naam: Ministerie van BZK
      soort: ministerie
      onderdelen:
        - id: bzk-sg
          naam: SG BZK
          soort: sg
          onderdelen:
            - id: bzk-dg
              naam: DG BZK
              soort: dg
              onderdelen:
                - {id: bzk-dir, naam: Directie BZK, soort: directie}

  """

@Suite struct TriangleRuleTests {
  @Test func cleanAgentschapHasNoFindings() throws {
    let report = try analyse(
      "rollen:\n" + agentschapRoles
        + """
        afspraken:
          - {id: wa, soort: werkafspraak, partijen: [szw-dg, ag-dir], periode: {van: 2026-01-01, tot: 2028-12-31}}
        """)
    #expect(report.findings.isEmpty, "\(report.findings.map(\.message))")
  }

  @Test func sd01FiresForAgentschapWithoutEigenaarAsFout() throws {
    let report = try analyse(
      """
      rollen:
        - {rol: opdrachtgever, houder: szw-dg, van: ag}
        - {rol: opdrachtnemer, houder: ag-dir, van: ag}
        - {rol: eigenaar, houder: szw-sg, van: ag, geldig: {tot: 2025-12-31}}
      """)
    let finding = try #require(report.findings("SD01").first)
    #expect(finding.severity == .fout)
    #expect(finding.betreft == ["ag"])
    #expect(finding.executor == "ag")
    #expect(finding.message == "Agentschap Test (ag) heeft geen eigenaar op 2026-01-01")
    #expect(finding.location?.line == 27)
  }

  @Test func sd01IsWaarschuwingForZboAndSilentOnLastValidDay() throws {
    let zbo = try analyse(
      """
      rollen:
        - {rol: opdrachtgever, houder: szw-dg, van: zbo}
        - {rol: opdrachtnemer, houder: zbo-rvb, van: zbo}
      """)
    #expect(zbo.findings("SD01").map(\.severity) == [.waarschuwing])
    let edge = try analyse(
      """
      rollen:
        - {rol: eigenaar, houder: szw-sg, van: ag, geldig: {tot: 2026-01-01}}
        - {rol: opdrachtgever, houder: szw-dg, van: ag}
        - {rol: opdrachtnemer, houder: ag-dir, van: ag}
      """)
    #expect(edge.findings("SD01").isEmpty)
  }

  @Test func sd01CountsOnlyRolesWhoseHolderIsValid() throws {
    let report = try analyse(
      organisations: """
          - id: oud
            naam: Oud ministerie
            soort: ministerie
            geldig: {tot: 2025-06-30}
            onderdelen:
              - {id: oud-sg, naam: SG oud, soort: sg}

        """,
      "rollen:\n  - {rol: eigenaar, houder: oud-sg, van: ag}\n"
        + "  - {rol: opdrachtgever, houder: szw-dg, van: ag}\n"
        + "  - {rol: opdrachtnemer, houder: ag-dir, van: ag}\n")
    #expect(report.betreft("SD01") == [["ag"]])
    #expect(report.betreft("SD16") == [["ag", "oud-sg"]])
  }

  @Test func sd02FiresForOverlappingEigenaren() throws {
    let report = try analyse(
      "rollen:\n" + agentschapRoles
        + "  - {rol: eigenaar, houder: vws-sg, van: ag, geldig: {van: 2027-06-01}}\n")
    let finding = try #require(report.findings("SD02").first)
    #expect(finding.severity == .fout)
    #expect(finding.betreft == ["ag", "szw-sg", "vws-sg"])
    #expect(finding.message.contains("vanaf 2027-06-01"))
  }

  @Test func sd02IsSilentForAdjacentEigenaren() throws {
    let report = try analyse(
      """
      rollen:
        - {rol: eigenaar, houder: szw-sg, van: ag, geldig: {tot: 2025-12-31}}
        - {rol: eigenaar, houder: vws-sg, van: ag, geldig: {van: 2026-01-01}}
        - {rol: opdrachtgever, houder: szw-dg, van: ag}
        - {rol: opdrachtnemer, houder: ag-dir, van: ag}
      """)
    #expect(report.findings("SD02").isEmpty)
  }

  @Test func sd03FiresForNoneAndForTwoOpdrachtnemers() throws {
    let none = try analyse(
      """
      rollen:
        - {rol: eigenaar, houder: szw-sg, van: ag}
        - {rol: opdrachtgever, houder: szw-dg, van: ag}
      """)
    #expect(none.betreft("SD03") == [["ag"]])
    #expect(none.findings("SD03").first?.severity == .fout)
    let two = try analyse(
      "rollen:\n" + agentschapRoles + "  - {rol: opdrachtnemer, houder: szw-dir, van: ag}\n")
    #expect(two.betreft("SD03") == [["ag", "ag-dir", "szw-dir"]])
  }

  @Test func sd03IsSilentForOneHolderNamedTwice() throws {
    let report = try analyse(
      "rollen:\n" + agentschapRoles + "  - {rol: opdrachtnemer, houder: ag-dir, van: ag}\n")
    #expect(report.findings("SD03").isEmpty)
  }

  @Test func sd04FiresWithSeverityByKind() throws {
    let report = try analyse(
      """
      rollen:
        - {rol: eigenaar, houder: szw-sg, van: ag}
        - {rol: opdrachtnemer, houder: ag-dir, van: ag}
        - {rol: eigenaar, houder: szw-sg, van: zbo}
        - {rol: opdrachtnemer, houder: zbo-rvb, van: zbo}
        - {rol: opdrachtgever, houder: szw-dg, van: zbo, geldig: {van: 2026-01-01}}
      """)
    #expect(report.betreft("SD04") == [["ag"]])
    #expect(report.findings("SD04").first?.severity == .fout)
  }

  @Test func sd05FiresForEachRoleAtTheWrongLevel() throws {
    let report = try analyse(
      """
      rollen:
        - {rol: eigenaar, houder: szw-dg, van: ag}
        - {rol: opdrachtgever, houder: szw, van: ag}
        - {rol: opdrachtnemer, houder: szw-dir, van: ag}
      """)
    #expect(report.betreft("SD05") == [["ag", "szw"], ["ag", "szw-dg"], ["ag", "szw-dir"]])
    #expect(report.findings("SD05").allSatisfy { $0.severity == .waarschuwing })
  }

  @Test func sd05IsSilentForRightLevelsAndForZbos() throws {
    let report = try analyse(
      "rollen:\n" + agentschapRoles
        + """
          - {rol: opdrachtgever, houder: szw-dir, van: ag}
          - {rol: eigenaar, houder: szw-dg, van: zbo}
          - {rol: opdrachtgever, houder: szw, van: zbo}
          - {rol: opdrachtnemer, houder: zbo-rvb, van: zbo}
        """)
    #expect(report.findings("SD05").isEmpty)
  }

  @Test func sd06FiresForSameUnitNestedUnitAndPerson() throws {
    let report = try analyse(
      organisations: bzk,
      """
      personen:
        - {id: p-dubbel, naam: P. Dubbel, functies: [vws-sg, vws-dg]}
      rollen:
        - {rol: eigenaar, houder: bzk-dg, van: zbo}
        - {rol: opdrachtgever, houder: bzk-dg, van: zbo}
        - {rol: opdrachtgever, houder: bzk-dir, van: zbo}
        - {rol: opdrachtnemer, houder: zbo-rvb, van: zbo}
        - {rol: eigenaar, houder: vws-sg, van: ag}
        - {rol: opdrachtgever, houder: vws-dg, van: ag}
        - {rol: opdrachtnemer, houder: ag-dir, van: ag}
      """)
    #expect(
      report.betreft("SD06") == [
        ["ag", "vws-sg", "vws-dg", "p-dubbel"],
        ["zbo", "bzk-dg"],
        ["zbo", "bzk-dg", "bzk-dir"],
      ])
    #expect(report.findings("SD06").allSatisfy { $0.severity == .waarschuwing })
  }

  @Test func sd06IsSilentWhenTheEigenaarIsAtTheTopOfItsMinistry() throws {
    let report = try analyse(
      organisations: bzk,
      """
      personen:
        - {id: p-een, naam: P. Een, functies: [szw-sg]}
      rollen:
        - {rol: eigenaar, houder: bzk-sg, van: zbo}
        - {rol: opdrachtgever, houder: bzk-dg, van: zbo}
        - {rol: opdrachtnemer, houder: zbo-rvb, van: zbo}
        - {rol: eigenaar, houder: szw-sg, van: ag}
        - {rol: opdrachtgever, houder: szw-dir, van: ag}
        - {rol: opdrachtnemer, houder: ag-dir, van: ag}
      """)
    #expect(report.findings("SD06").isEmpty)
  }

  @Test func sd07FiresForSelfSteeringAndBoardMemberInSteeringUnit() throws {
    let report = try analyse(
      """
      personen:
        - {id: p-bestuur, naam: P. Bestuur, functies: [zbo-rvb, szw-dir]}
      rollen:
        - {rol: eigenaar, houder: szw-sg, van: zbo}
        - {rol: opdrachtgever, houder: szw-dg, van: zbo}
        - {rol: opdrachtgever, houder: zbo-rvb, van: zbo}
        - {rol: opdrachtnemer, houder: zbo-rvb, van: zbo}
      """)
    #expect(report.betreft("SD07") == [["zbo", "szw-dg", "p-bestuur"], ["zbo", "zbo-rvb"]])
    #expect(report.findings("SD07").allSatisfy { $0.severity == .fout })
  }

  @Test func sd07IsWaarschuwingForAgentschapAndSilentForBoardMemberElsewhere() throws {
    let agentschap = try analyse(
      """
      rollen:
        - {rol: eigenaar, houder: ag, van: ag}
        - {rol: opdrachtgever, houder: szw-dg, van: ag}
        - {rol: opdrachtnemer, houder: ag-dir, van: ag}
      """)
    #expect(agentschap.findings("SD07").map(\.severity) == [.waarschuwing])
    let elsewhere = try analyse(
      """
      personen:
        - {id: p-bestuur, naam: P. Bestuur, functies: [zbo-rvb, vws-dg]}
      rollen:
        - {rol: eigenaar, houder: szw-sg, van: zbo}
        - {rol: opdrachtgever, houder: szw-dg, van: zbo}
        - {rol: opdrachtnemer, houder: zbo-rvb, van: zbo}
      """)
    #expect(elsewhere.findings("SD07").isEmpty)
  }

  @Test func sd08FiresForTwoUncoordinatedOpdrachtgevers() throws {
    let report = try analyse(
      "rollen:\n" + agentschapRoles + "  - {rol: opdrachtgever, houder: vws-dg, van: ag}\n"
        + """
        afspraken:
          - {id: overleg, soort: opdrachtgeversoverleg, partijen: [szw-dg]}
          - {id: oud, soort: opdrachtgeversoverleg, partijen: [szw, vws], periode: {tot: 2025-12-31}}
        """)
    let finding = try #require(report.findings("SD08").first)
    #expect(finding.betreft == ["ag", "szw-dg", "vws-dg"])
    #expect(finding.severity == .waarschuwing)
  }

  @Test(arguments: [
    "  - {rol: opdrachtgever, houder: vws-dg, van: ag, coordinerend: true}\n",
    "  - {rol: opdrachtgever, houder: vws-dg, van: ag}\nafspraken:\n"
      + "  - {id: ov, soort: raamafspraak, partijen: [szw, vws-dg]}\n",
  ])
  func sd08IsSilentWithCoordination(extra: String) throws {
    let report = try analyse("rollen:\n" + agentschapRoles + extra)
    #expect(report.findings("SD08").isEmpty)
  }
}
