import DriehoekAnalysis
import DriehoekLoading
import DriehoekModel
import Testing

/// The rules as `shared/rules.md` sharpened them (SD06, SD08, SD11, SD12, SD18) and the two new
/// ones (SD19, SD20); each fires in one test and stays silent in another.
@Suite struct DomainFidelityTests {
  // MARK: SD06

  @Test func sd06FiresForADGEigenaarWhoseOwnDirectieIsOpdrachtgever() throws {
    // szw-dg sits directly under the ministry: it is still below the top (it is not an SG).
    let report = try analyse(
      """
      rollen:
        - {rol: eigenaar, houder: szw-dg, van: ag}
        - {rol: opdrachtgever, houder: szw-dir, van: ag}
        - {rol: opdrachtnemer, houder: ag-dir, van: ag}
      """)
    #expect(report.betreft("SD06") == [["ag", "szw-dg", "szw-dir"]])
    #expect(report.findings("SD06").first?.severity == .waarschuwing)
  }

  @Test func sd06IsSilentForAnSGOrPSGEigenaarAboveItsOpdrachtgever() throws {
    let report = try analyse(
      organisations: """
          - id: ienw
            naam: Ministerie van IenW
            soort: ministerie
            onderdelen:
              - id: ienw-psg
                naam: pSG IenW
                soort: psg
                onderdelen:
                  - {id: ienw-dg, naam: DG IenW, soort: dg}

        """,
      """
      rollen:
        - {rol: eigenaar, houder: szw-sg, van: ag}
        - {rol: opdrachtgever, houder: szw-dg, van: ag}
        - {rol: opdrachtnemer, houder: ag-dir, van: ag}
        - {rol: eigenaar, houder: ienw-psg, van: zbo}
        - {rol: opdrachtgever, houder: ienw-dg, van: zbo}
        - {rol: opdrachtnemer, houder: zbo-rvb, van: zbo}
      """)
    #expect(report.findings("SD06").isEmpty)
  }

  // MARK: SD11 and SD12

  private let capacityModel = """
    rollen:
      - {rol: eigenaar, houder: szw-sg, van: uitv}
      - {rol: opdrachtgever, houder: szw-dg, van: uitv}
      - {rol: opdrachtgever, houder: vws-dg, van: uitv}
      - {rol: opdrachtnemer, houder: uitv, van: uitv}
    afspraken:
      - {id: ov, soort: opdrachtgeversoverleg, partijen: [szw-dg, vws-dg]}
    opdrachten:
      - {id: a, naam: A, opdrachtgever: szw-dg, opdrachtnemer: uitv, capaciteit: 60, prioriteit: hoogste, periode: {van: 2026-01-01, tot: 2026-12-31}}
      - {id: b, naam: B, opdrachtgever: vws-dg, opdrachtnemer: uitv, capaciteit: 70, prioriteit: hoogste, periode: {van: 2026-06-01, tot: 2027-06-30}}
      - {id: c, naam: C, opdrachtgever: vws-dg, opdrachtnemer: uitv, capaciteit: 35, periode: {van: 2027-01-01}}
    """
  private let uitvoerder = "  - {id: uitv, naam: Uitvoerder, soort: dienst, capaciteit: 100}\n"

  @Test func sd11AndSd12AreSilentForStackingAndClashesThatEndedBeforeThePeildatum() throws {
    // From 2028-07-01 only c runs (35 fte): the 130 fte of 2026 and the 105 fte of 2027 are history.
    let report = try analyse(
      organisations: uitvoerder, capacityModel, peildatum: "2028-07-01")
    #expect(report.findings("SD11").isEmpty)
    #expect(report.findings("SD12").isEmpty)
  }

  @Test func sd11ReportsThePeakFromThePeildatumOn() throws {
    // On 2027-03-01 the peak of 2026 (a + b = 130) is history; b + c = 105 still runs.
    let report = try analyse(
      organisations: uitvoerder, capacityModel, peildatum: "2027-03-01")
    let finding = try #require(report.findings("SD11").first)
    #expect(finding.betreft == ["uitv", "b", "c"])
    #expect(finding.severity == .waarschuwing)
    #expect(finding.message.contains("105 fte, 105 % van de capaciteit van 100 fte"))
    #expect(finding.message.contains("van 2027-03-01 tot en met 2027-06-30"))
    #expect(!finding.message.contains("2026"))
  }

  @Test func sd11AndSd12CountAClashThatCrossesThePeildatumOrLiesAhead() throws {
    let crossing = try analyse(
      organisations: uitvoerder, capacityModel, peildatum: "2026-09-01")
    #expect(crossing.betreft("SD11") == [["uitv", "a", "b"]])
    #expect(crossing.findings("SD11").first?.message.contains("van 2026-09-01") == true)
    #expect(crossing.betreft("SD12") == [["uitv", "a", "b"]])
    let ahead = try analyse(
      organisations: uitvoerder, capacityModel, peildatum: "2025-01-01")
    #expect(ahead.betreft("SD11") == [["uitv", "a", "b"]])
    #expect(ahead.findings("SD11").first?.severity == .fout)
    #expect(ahead.betreft("SD12") == [["uitv", "a", "b"]])
  }

  // MARK: SD19

  @Test func sd19FiresForAnOpdrachtFromAPartyWithoutARoleAndTheModelLoads() throws {
    let report = try analyse(
      "rollen:\n" + agentschapRoles
        + """
        opdrachten:
          - {id: informeel, naam: Informeel, opdrachtgever: vws-dg, opdrachtnemer: ag}
          - {id: verlopen, naam: Verlopen, opdrachtgever: vws-dg, opdrachtnemer: ag, periode: {tot: 2025-12-31}}
        """)
    let finding = try #require(report.findings("SD19").first)
    #expect(report.findings("SD19").count == 1)
    #expect(finding.betreft == ["informeel", "ag", "vws-dg"])
    #expect(finding.severity == .waarschuwing)
    #expect(finding.executor == "ag")
    #expect(finding.location?.line == 46)
    #expect(finding.location?.column == 53)
    #expect(finding.message.contains("DG VWS (vws-dg)"))
  }

  @Test func sd19CountsOnlyRolesValidOnThePeildatum() throws {
    let report = try analyse(
      """
      rollen:
        - {rol: eigenaar, houder: szw-sg, van: ag}
        - {rol: opdrachtgever, houder: szw-dg, van: ag, geldig: {tot: 2025-12-31}}
        - {rol: opdrachtnemer, houder: ag-dir, van: ag}
      opdrachten:
        - {id: o, naam: O, opdrachtgever: szw-dg, opdrachtnemer: ag}
      """)
    #expect(report.betreft("SD19") == [["o", "ag", "szw-dg"]])
  }

  @Test func sd19IsSilentForTheRoleHolderAndADirectieInsideIt() throws {
    let report = try analyse(
      "rollen:\n" + agentschapRoles
        + """
        opdrachten:
          - {id: van-dg, naam: Van DG, opdrachtgever: szw-dg, opdrachtnemer: ag}
          - {id: van-directie, naam: Van directie, opdrachtgever: szw-dir, opdrachtnemer: ag}
        """)
    #expect(report.findings("SD19").isEmpty)
  }

  // MARK: SD20

  private let underfunded = """
    rollen:
      - {rol: eigenaar, houder: szw-sg, van: ag}
      - {rol: opdrachtgever, houder: szw-dg, van: ag}
      - {rol: opdrachtnemer, houder: ag-dir, van: ag}
    opdrachten:
      - {id: tekort, naam: Tekort, opdrachtgever: szw-dg, opdrachtnemer: ag, kosten: 10, budget: 5}
    afwijkingen:
    """

  @Test(arguments: ["szw-dg", "szw-dir"])
  func sd20FiresWhenTheVerantwoordelijkeIsNamedOrInsideANamedUnit(who: String) throws {
    let report = try analyse(
      underfunded
        + "\n  - {regel: SD13, betreft: [tekort], reden: Dekking volgt., verantwoordelijke: \(who)}\n"
    )
    let finding = try #require(report.findings("SD20").first)
    #expect(finding.betreft.map(\.rawValue) == ["tekort", who])
    #expect(finding.severity == .waarschuwing)
    #expect(report.findings("SD13").first?.isOpen == false)
  }

  @Test func sd20FiresForAPersonWithAFunctionInANamedUnit() throws {
    let report = try analyse(
      "personen:\n  - {id: p-dg, naam: P. DG, functies: [szw-dir]}\n" + underfunded
        + "\n  - {regel: SD13, betreft: [tekort], reden: Dekking volgt., verantwoordelijke: p-dg}\n"
    )
    #expect(report.betreft("SD20") == [["tekort", "p-dg"]])
  }

  @Test func sd20IsSilentForAnUninvolvedOrExpiredOrUnusedAcceptance() throws {
    let report = try analyse(
      underfunded + "\n"
        + """
          - {regel: SD13, betreft: [tekort], reden: Dekking volgt., verantwoordelijke: szw-sg}
          - {regel: SD13, betreft: [tekort], reden: Oud., verantwoordelijke: szw-dg, tot: 2025-06-30}
          - {regel: SD01, betreft: [ag], reden: Geen., verantwoordelijke: ag}
        """)
    #expect(report.findings("SD20").isEmpty)
    // The expired one is SD17 only, the one that matches nothing SD18 (shared/rules.md).
    #expect(report.betreft("SD17") == [["tekort"]])
    #expect(report.betreft("SD18") == [["ag"]])
  }

  // MARK: SD08

  @Test func sd08NamesTheOpdrachtgeversTheArrangementMisses() throws {
    let report = try analyse(
      organisations: "  - {id: ocw, naam: Ministerie van OCW, soort: ministerie, onderdelen: "
        + "[{id: ocw-dg, naam: DG OCW, soort: dg}]}\n",
      "rollen:\n" + agentschapRoles
        + """
          - {rol: opdrachtgever, houder: vws-dg, van: ag}
          - {rol: opdrachtgever, houder: ocw-dg, van: ag}
        afspraken:
          - {id: ov, naam: Overleg, soort: opdrachtgeversoverleg, partijen: [szw-dg, vws-dg]}
        """)
    let finding = try #require(report.findings("SD08").first)
    #expect(finding.message.contains("opdrachtgeversoverleg Overleg (ov) mist DG OCW (ocw-dg)"))
    #expect(!finding.message.contains("of overleg"))
    let without = try analyse(
      "rollen:\n" + agentschapRoles + "  - {rol: opdrachtgever, houder: vws-dg, van: ag}\n")
    #expect(
      without.findings("SD08").first?.message.hasSuffix(
        "zonder coördinerend opdrachtgever of overleg")
        == true)
  }

  // MARK: Reasons by kind

  @Test func reasonsFitTheExecutorsKind() throws {
    let report = try analyse(
      organisations: "  - {id: dst, naam: Dienst Test, soort: dienst}\n",
      """
      rollen:
        - {rol: opdrachtnemer, houder: ag-dir, van: ag}
        - {rol: opdrachtnemer, houder: zbo-rvb, van: zbo}
        - {rol: opdrachtnemer, houder: dst, van: dst}
      """)
    let reasons = Dictionary(
      uniqueKeysWithValues: report.findings("SD01").compactMap { finding in
        finding.executor.map { ($0.rawValue, finding.waarom) }
      })
    #expect(reasons["ag"]?.contains("Regeling agentschappen") == true)
    #expect(reasons["zbo"]?.contains("Kaderwet zbo") == true)
    #expect(reasons["dst"]?.contains("eigen sturing") == true)
    for code in ["SD01", "SD04"] {
      for finding in report.findings(code) where finding.executor != "ag" {
        #expect(!finding.waarom.contains("Regeling agentschappen"), "\(finding)")
      }
    }
  }
}
