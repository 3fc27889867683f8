import DriehoekLoading
import DriehoekModel
import Testing

/// What a new user writes by hand: each mistake gets a diagnostic that says how to fix it, and
/// each harmless variant (case, ja/nee) loads.
@Suite struct HandWrittenModelTests {
  private func diagnostics(_ yaml: String) -> [Diagnostic] {
    ModelLoader().load(text: yaml, file: "test.yaml").diagnostics
  }

  @Test func aCommaInAFlowStyleNameSuggestsQuotingIt() throws {
    let yaml = """
      naam: Test
      organisaties:
        - {id: ocw, naam: DG Hoger Onderwijs, Beroepsonderwijs, soort: ministerie}
      """
    let diagnostic = try #require(diagnostics(yaml).first)
    #expect(diagnostic.code == "onbekende-sleutel")
    #expect(
      diagnostic.message() == "onbekende sleutel 'Beroepsonderwijs' in organisatie; staat er een "
        + "komma in de waarde van 'naam'?")
    #expect(diagnostic.problem.hint(in: .nl)?.contains("naam: \"…, Beroepsonderwijs\"") == true)
    #expect(diagnostic.location?.line == 3)
  }

  @Test func anUnknownKeyOnItsOwnLineIsNotTakenForACutValue() throws {
    let yaml = "naam: Test\nkleur:\n"
    let diagnostic = try #require(diagnostics(yaml).first)
    #expect(diagnostic.message() == "onbekende sleutel 'kleur' in het model")
    #expect(!diagnostic.message().contains("komma"))
  }

  @Test func anIDWithAnAccentSaysASCIIAndSuggestsTheLetterWithout() throws {
    let yaml =
      "naam: Test\norganisaties:\n  - {id: financiën, naam: Financiën, soort: ministerie}\n"
    let diagnostic = try #require(diagnostics(yaml).first)
    #expect(diagnostic.code == "ongeldig-id")
    #expect(diagnostic.message().contains("ASCII-letters"))
    #expect(diagnostic.message().hasSuffix("bedoelde u 'financien'?"))
    #expect(Suggestion.asciiID(for: "coördinatie ŒUVRE") == "coordinatie-OEUVRE")
    #expect(Suggestion.asciiID(for: "fin\u{0065}\u{0308}n") == "finen")
    #expect(Suggestion.asciiID(for: "€") == nil)
  }

  @Test func enumeratedValuesLoadInAnyCase() throws {
    let yaml = """
      naam: Test
      organisaties:
        - id: szw
          naam: SZW
          soort: Ministerie
          onderdelen:
            - {id: szw-sg, naam: SG, soort: SG}
            - {id: szw-dg, naam: DG, soort: DG}
        - {id: ag, naam: Ag, soort: AGENTSCHAP, onderdelen: [{id: ag-b, naam: B, soort: Bestuur}]}
      rollen:
        - {rol: Eigenaar, houder: szw-sg, van: ag}
        - {rol: BELEIDSVERANTWOORDELIJKE, houder: szw-dg, van: ag, coordinerend: ja}
        - {rol: opdrachtnemer, houder: ag-b, van: ag, coordinerend: Nee}
      opdrachten:
        - {id: o, naam: O, opdrachtgever: szw-dg, opdrachtnemer: ag, prioriteit: Hoogste, afspraak: w}
      afspraken:
        - {id: w, soort: WerkAfspraak, partijen: [szw-dg, ag-b]}
      afwijkingen:
        - {regel: sd13, betreft: [o], reden: Geen., verantwoordelijke: szw-sg}
      """
    let result = ModelLoader().load(text: yaml, file: "test.yaml")
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    let model = try #require(result.model)
    #expect(model.organisations.map(\.kind) == [.ministerie, .agentschap])
    #expect(model.organisations[0].units.map(\.kind) == [.sg, .dg])
    #expect(model.roles.map(\.kind) == [.eigenaar, .opdrachtgever, .opdrachtnemer])
    #expect(model.roles.map(\.isCoordinating) == [false, true, false])
    #expect(model.opdrachten.first?.priority == .hoogste)
    #expect(model.afspraken.first?.kind == .werkafspraak)
    #expect(model.afwijkingen.first?.rule == "SD13")
  }

  @Test func aBooleanStillRefusesOtherWords() throws {
    let yaml =
      validBase
      + "rollen:\n  - {rol: eigenaar, houder: szw-sg, van: svb, coordinerend: misschien}\n"
    let diagnostic = try #require(diagnostics(yaml).first)
    #expect(diagnostic.code == "verkeerd-type")
  }

  @Test func coordinatingIsPointedToCoordinerendTrue() throws {
    let asRole = try #require(
      diagnostics(
        validBase
          + "rollen:\n  - {rol: coördinerend opdrachtgever, houder: szw-dgsz, van: svb}\n"
      ).first)
    #expect(asRole.code == "ongeldige-waarde")
    #expect(
      asRole.problem.hint(in: .nl)
        == "schrijf 'rol: opdrachtgever' met 'coordinerend: true' op dezelfde rol")
    let asKey = try #require(
      diagnostics(
        validBase
          + "rollen:\n  - {rol: opdrachtgever, houder: szw-dgsz, van: svb, coördinerend: true}\n"
      ).first)
    #expect(
      asKey.message() == "onbekende sleutel 'coördinerend' in rol; bedoelde u 'coordinerend'?")
    #expect(asKey.problem.hint(in: .nl) == "schrijf 'coordinerend: true'")
  }

  @Test func aLengthenedValueSuggestsTheWordItStartsWith() throws {
    let yaml = "naam: Test\nafspraken:\n  - {id: m, soort: mandaatbesluit, partijen: []}\n"
    let diagnostic = try #require(diagnostics(yaml).first)
    #expect(
      diagnostic.message()
        == "ongeldige waarde 'mandaatbesluit' voor 'soort'; bedoelde u 'mandaat'?")
    #expect(Suggestion.closest(to: "szw-dgz", in: ["szw", "szw-dgsz"]) == "szw-dgsz")
  }

  @Test func diagnosticsAreSortedByLineAndColumnWhicheverStepFoundThem() throws {
    // The unknown houder is found by validation, after reading; it still comes first.
    let yaml = """
      naam: Test
      rollen:
        - {rol: eigenaar, houder: onbekend, van: a}
      organisaties:
        - {id: b, naam: B, soort: ministre}
        - {id: a, naam: A, soort: ministerie, kleur: rood}
      """
    let found = diagnostics(yaml)
    #expect(found.map(\.code) == ["onbekende-verwijzing", "ongeldige-waarde", "onbekende-sleutel"])
    let places = found.compactMap { $0.location.map { [$0.line, $0.column] } }
    #expect(places == [[3, 29], [5, 29], [6, 41]])
  }
}
