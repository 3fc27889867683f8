import DriehoekLoading
import DriehoekModel
import Testing

/// Each diagnostic the loader gives, with its exact text and location.
@Suite struct DiagnosticTextTests {
  @Test func unknownReferenceSuggestsTheClosestID() {
    let yaml = validBase + "rollen:\n  - rol: eigenaar\n    houder: szw-dgz\n    van: svb\n"
    #expect(
      headlines(yaml) == [
        "test.yaml:26:13: fout: onbekende verwijzing 'szw-dgz' in 'houder'; bedoelde u 'szw-dgsz'?"
      ])
  }

  @Test func diagnosticShowsTheSourceLineWithACaret() throws {
    let yaml = validBase + "rollen:\n  - rol: eigenaar\n    houder: szw-dgz\n    van: svb\n"
    let diagnostic = try #require(
      ModelLoader().load(text: yaml, file: "test.yaml").diagnostics.first)
    #expect(
      diagnostic.description == """
        test.yaml:26:13: fout: onbekende verwijzing 'szw-dgz' in 'houder'; bedoelde u 'szw-dgsz'?
                houder: szw-dgz
                        ^
        """)
  }

  @Test func unknownKeySuggestsAKnownKeyAndTheMissingKeyIsReported() {
    let yaml = validBase + "rollen:\n  - rol: eigenaar\n    houder: szw-sg\n    vann: svb\n"
    #expect(
      headlines(yaml) == [
        "test.yaml:25:5: fout: verplichte sleutel 'van' ontbreekt in rol",
        "test.yaml:27:5: fout: onbekende sleutel 'vann' in rol; bedoelde u 'van'?",
      ])
  }

  @Test func unknownKeyWithoutSuggestionListsTheAllowedKeys() throws {
    let yaml = "naam: Test\nkleur: blauw\n"
    let diagnostic = try #require(
      ModelLoader().load(text: yaml, file: "test.yaml").diagnostics.first)
    #expect(
      diagnostic.description.hasPrefix(
        "test.yaml:2:1: fout: onbekende sleutel 'kleur' in het model\n"))
    #expect(diagnostic.description.contains("oplossing: toegestane sleutels: naam, peildatum"))
  }

  @Test func missingRequiredKeyIsReportedAtTheElement() {
    let yaml = "naam: Test\norganisaties:\n  - id: svb\n    naam: SVB\n"
    #expect(
      headlines(yaml) == [
        "test.yaml:3:5: fout: verplichte sleutel 'soort' ontbreekt in organisatie"
      ])
  }

  @Test func missingModelNameIsReported() {
    #expect(
      headlines("organisaties: []\n") == [
        "test.yaml:1:1: fout: verplichte sleutel 'naam' ontbreekt in het model"
      ])
  }

  @Test func wrongTypeNamesExpectedAndFound() {
    let yaml =
      "naam: Test\norganisaties:\n  - id: svb\n    naam: SVB\n    soort: zbo-publiek\n    capaciteit: [1, 2]\n"
    #expect(
      headlines(yaml) == [
        "test.yaml:6:17: fout: 'capaciteit' moet een getal zijn, maar is een lijst"
      ])
  }

  @Test func quotedNumberIsAWrongType() {
    let yaml =
      "naam: Test\norganisaties:\n  - id: svb\n    naam: SVB\n    soort: zbo-publiek\n    capaciteit: \"3000\"\n"
    #expect(
      headlines(yaml) == ["test.yaml:6:17: fout: 'capaciteit' moet een getal zijn, maar is tekst"])
  }

  @Test func textThatIsNoNumberIsReported() {
    let yaml =
      "naam: Test\norganisaties:\n  - id: svb\n    naam: SVB\n    soort: zbo-publiek\n    capaciteit: veel\n"
    #expect(headlines(yaml) == ["test.yaml:6:17: fout: 'veel' in 'capaciteit' is geen getal"])
  }

  @Test func listWhereAMappingBelongsIsAWrongType() {
    #expect(
      headlines("- naam: Test\n") == [
        "test.yaml:1:1: fout: '(bestand)' moet een object (sleutels met waarden) zijn, maar is een lijst"
      ])
  }

  @Test func invalidClosedSetValueSuggestsTheClosestValue() {
    let yaml = "naam: Test\norganisaties:\n  - id: szw\n    naam: SZW\n    soort: ministry\n"
    #expect(
      headlines(yaml) == [
        "test.yaml:5:12: fout: ongeldige waarde 'ministry' voor 'soort'; bedoelde u 'ministerie'?"
      ])
  }

  @Test func duplicateIDNamesBothPlaces() throws {
    let yaml = validBase + "ketens:\n  - id: szw-sg\n    naam: Keten\n"
    let result = ModelLoader().load(text: yaml, file: "test.yaml")
    let diagnostic = try #require(result.diagnostics.first)
    #expect(result.diagnostics.count == 1)
    #expect(
      diagnostic.description.hasPrefix(
        "test.yaml:25:9: fout: id 'szw-sg' is al gebruikt (voor een onderdeel)\n"))
    #expect(
      diagnostic.description.hasSuffix(
        "test.yaml:7:13: opmerking: 'szw-sg' is hier eerder gedefinieerd"))
  }

  @Test func referenceToAUnitWhereAnOrganisationBelongsSuggestsItsOrganisation() {
    let yaml = validBase + "rollen:\n  - {rol: eigenaar, houder: szw-sg, van: svb-rvb}\n"
    #expect(
      headlines(yaml) == [
        "test.yaml:25:42: fout: 'svb-rvb' in 'van' is een onderdeel; hier hoort een organisatie; bedoelde u 'svb'?"
      ])
  }

  @Test func personAsHolderSuggestsTheirFunction() {
    let yaml = validBase + "rollen:\n  - {rol: opdrachtgever, houder: p-jansen, van: svb}\n"
    #expect(
      headlines(yaml) == [
        "test.yaml:25:34: fout: 'p-jansen' in 'houder' is een persoon; hier hoort een onderdeel of organisatie; bedoelde u 'szw-dgsz'?"
      ])
  }

  @Test func impossibleDateIsReported() {
    let yaml =
      validBase
      + "rollen:\n  - {rol: eigenaar, houder: szw-sg, van: svb, geldig: {van: 2026-02-30}}\n"
    #expect(
      headlines(yaml) == ["test.yaml:25:61: fout: '2026-02-30' in 'van' is geen geldige datum"])
  }

  @Test func periodEndingBeforeItStartsIsReportedAtItsEnd() {
    let yaml =
      validBase
      + "rollen:\n  - rol: eigenaar\n    houder: szw-sg\n    van: svb\n    geldig: {van: 2026-01-01, tot: 2025-12-31}\n"
    #expect(
      headlines(yaml) == [
        "test.yaml:28:36: fout: de periode eindigt (tot 2025-12-31) voordat ze begint (van 2026-01-01)"
      ])
  }

  @Test func negativeAndNonFiniteNumbersAreReported() {
    let yaml =
      validBase + """
        opdrachten:
          - id: aow
            naam: AOW
            capaciteit: -5
            kosten: .inf
            budget: .nan

        """
    #expect(
      headlines(yaml) == [
        "test.yaml:27:17: fout: 'capaciteit' is negatief (-5)",
        "test.yaml:28:13: fout: 'kosten' is geen eindig getal",
        "test.yaml:29:13: fout: 'budget' is geen eindig getal",
      ])
  }

  @Test func opdrachtgeverWithoutARoleLoadsAndIsLeftToTheAnalysis() {
    // Informal steering is a finding (SD19), no longer a load error.
    let yaml =
      validBase
      + "opdrachten:\n  - {id: aow, naam: AOW, opdrachtgever: szw-dgsz, opdrachtnemer: svb}\n"
    let result = ModelLoader().load(text: yaml, file: "test.yaml")
    #expect(result.model?.opdrachten.map(\.id) == ["aow"])
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
  }

  @Test func invalidIDIsReported() {
    let yaml = "naam: Test\norganisaties:\n  - {id: svb rvb, naam: SVB, soort: zbo-publiek}\n"
    #expect(
      headlines(yaml) == [
        "test.yaml:3:10: fout: id 'svb rvb' bevat tekens die niet mogen in een id (alleen "
          + "ASCII-letters a–z en A–Z, cijfers, '-', '_' en '.'); bedoelde u 'svb-rvb'?"
      ])
  }

  @Test func idsThatDifferOnlyInCaseAreAWarning() throws {
    let yaml =
      "naam: Test\norganisaties:\n  - {id: svb, naam: SVB, soort: zbo-publiek}\n  - {id: SVB, naam: SVB 2, soort: zbo-publiek}\n"
    let result = ModelLoader().load(text: yaml, file: "test.yaml")
    #expect(
      headlines(yaml) == [
        "test.yaml:4:10: waarschuwing: id 'SVB' verschilt alleen in hoofdletters van 'svb'"
      ])
    #expect(result.isValid)
  }

  @Test func emptyValueIsReported() {
    #expect(headlines("naam:\n") == ["test.yaml:1:6: fout: 'naam' is leeg"])
  }

  @Test func unknownRuleInAnAcceptedRiskSuggestsAKnownCode() {
    let loader = ModelLoader(
      validationOptions: ValidationOptions(knownRuleCodes: ["SD13", "SD14"]))
    let yaml =
      validBase
      + "afwijkingen:\n  - {regel: SD31, betreft: [svb], reden: r, verantwoordelijke: szw-sg}\n"
    let lines = loader.load(text: yaml, file: "test.yaml").diagnostics.map {
      String($0.description.split(separator: "\n")[0])
    }
    #expect(lines == ["test.yaml:25:13: fout: onbekende regel 'SD31'; bedoelde u 'SD13'?"])
  }

  @Test func unsafeURLIsReported() {
    let yaml =
      "naam: Test\norganisaties:\n  - {id: svb, naam: SVB, soort: zbo-publiek, url: 'javascript:alert(1)'}\n"
    #expect(
      headlines(yaml) == ["test.yaml:3:51: fout: url 'javascript:alert(1)' is niet toegestaan"])
  }

  @Test func englishMessagesAreAvailable() throws {
    let yaml = validBase + "rollen:\n  - rol: eigenaar\n    houder: szw-dgz\n    van: svb\n"
    let diagnostic = try #require(
      ModelLoader().load(text: yaml, file: "test.yaml").diagnostics.first)
    #expect(
      diagnostic.formatted(in: .en).hasPrefix(
        "test.yaml:26:13: error: unknown reference 'szw-dgz' in 'houder'; did you mean 'szw-dgsz'?")
    )
  }
}
