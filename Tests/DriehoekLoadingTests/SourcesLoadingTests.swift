import DriehoekLoading
import DriehoekModel
import Testing

/// The `bronnen` key: read on every element, each item checked by ``SourcePolicy``.
@Suite struct SourcesLoadingTests {
  private let everywhere = """
    naam: Bronnen
    organisaties:
      - id: szw
        naam: SZW
        soort: ministerie
        bronnen: [https://www.rijksoverheid.nl/ministeries/szw]
        onderdelen:
          - {id: szw-sg, naam: SG, soort: sg, bronnen: ["Organogram SZW"]}
      - id: svb
        naam: SVB
        soort: zbo-publiek
        onderdelen:
          - {id: svb-rvb, naam: Raad van bestuur, soort: bestuur}
    personen:
      - {id: p-a, naam: A, functies: [szw-sg], bronnen: [mailto:info@svb.nl]}
    rollen:
      - rol: eigenaar
        houder: szw-sg
        van: svb
        beschrijving: "Onbevestigd: standaard."
        bronnen:
          - https://wetten.overheid.nl/BWBR0050264
          - "onbevestigd: standaard uit de Regeling agentschappen 2024, art. 1"
    opdrachten:
      - {id: o, naam: O, bronnen: ["Begroting SZW 2026, art. 11"]}
    afspraken:
      - {id: a, soort: anders, partijen: [szw-sg], bronnen: ["Kamerstuk 32543 nr. 7"]}
    ketens:
      - {id: k, naam: K, leden: [svb], bronnen: ["IBO Agentschappen; casus"]}
    afwijkingen:
      - {regel: SD04, betreft: [svb], reden: r, verantwoordelijke: szw-sg, bronnen: ["nota"]}

    """

  @Test func everyElementReadsItsSourcesInOrder() throws {
    let result = ModelLoader().load(text: everywhere, file: "test.yaml")
    #expect(result.diagnostics.map(\.description) == [])
    let model = try #require(result.model)
    #expect(model.organisations[0].sources == ["https://www.rijksoverheid.nl/ministeries/szw"])
    #expect(model.organisations[0].units[0].sources == ["Organogram SZW"])
    #expect(model.organisations[1].sources == [])
    #expect(model.persons[0].sources == ["mailto:info@svb.nl"])
    #expect(
      model.roles[0].sources == [
        "https://wetten.overheid.nl/BWBR0050264",
        "onbevestigd: standaard uit de Regeling agentschappen 2024, art. 1",
      ])
    #expect(model.roles[0].description == "Onbevestigd: standaard.")
    #expect(model.opdrachten[0].sources == ["Begroting SZW 2026, art. 11"])
    #expect(model.afspraken[0].sources == ["Kamerstuk 32543 nr. 7"])
    #expect(model.ketens[0].sources == ["IBO Agentschappen; casus"])
    #expect(model.afwijkingen[0].sources == ["nota"])
  }

  @Test func badItemsAreLocatedAndExplained() {
    let yaml =
      validBase + """
        rollen:
          - rol: eigenaar
            houder: szw-sg
            van: svb
            bronnen:
              - https://wetten.overheid.nl/BWBR0050264
              - javascript:alert(1)
              - "bel\\u0007"
              - \(String(repeating: "x", count: ModelKeys.maximumCitationLength + 1))

        """
    let lines = headlines(yaml)
    #expect(
      lines == [
        "test.yaml:30:9: fout: bron 'javascript:alert(1)' is een adres dat niet is toegestaan",
        "test.yaml:31:9: fout: bron 'bel?' bevat een stuurteken of onzichtbaar teken",
        "test.yaml:32:9: fout: bron '\(String(repeating: "x", count: 60))…' is langer dan 300 tekens",
      ])
    let codes = ModelLoader().load(text: yaml, file: "test.yaml").diagnostics.map(\.code)
    #expect(codes == ["ongeldige-bron", "ongeldige-bron", "ongeldige-bron"])
  }

  @Test func wrongShapesAndMisspellingsAreReported() {
    let scalar =
      validBase + """
        rollen:
          - {rol: eigenaar, houder: szw-sg, van: svb, bronnen: https://x.nl}

        """
    #expect(
      ModelLoader().load(text: scalar, file: "test.yaml").diagnostics.map(\.code) == [
        "verkeerd-type"
      ])
    let misspelled =
      validBase + """
        rollen:
          - {rol: eigenaar, houder: szw-sg, van: svb, bron: [https://x.nl]}

        """
    let lines = headlines(misspelled)
    #expect(lines.count == 1)
    #expect(lines.first?.contains("bedoelde u 'bronnen'?") == true, "\(lines)")
  }

  @Test func everyFlawHasAMessageAndHintInBothLanguages() {
    let flaws: [SourcePolicy.Flaw] = [
      .unsafeAddress, .tooLong(limit: 300), .controlCharacter, .blank,
    ]
    for flaw in flaws {
      let problem = Problem.invalidSource(text: "x\u{202E}y", flaw: flaw)
      #expect(problem.code == "ongeldige-bron")
      for language in [Language.nl, .en] {
        #expect(!problem.message(in: language).isEmpty)
        #expect(!problem.message(in: language).contains("\u{202E}"))
        #expect(problem.hint(in: language)?.isEmpty == false)
      }
    }
    #expect(
      Problem.invalidSource(text: "javascript:x", flaw: .unsafeAddress).message(in: .en)
        == "source 'javascript:x' is an address that is not allowed")
  }
}
