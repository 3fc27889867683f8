import DriehoekAnalysis
import DriehoekLoading
import DriehoekModel
import Testing

/// Organisations most test models share: two ministries, an agentschap and a zbo.
let baseOrganisations = """
  organisaties:
    - id: szw
      naam: Ministerie van SZW
      soort: ministerie
      onderdelen:
        - id: szw-sg
          naam: SG SZW
          soort: sg
        - id: szw-dg
          naam: DG SZW
          soort: dg
          onderdelen:
            - id: szw-dir
              naam: Directie SZW
              soort: directie
    - id: vws
      naam: Ministerie van VWS
      soort: ministerie
      onderdelen:
        - id: vws-sg
          naam: SG VWS
          soort: sg
        - id: vws-dg
          naam: DG VWS
          soort: dg
    - id: ag
      naam: Agentschap Test
      soort: agentschap
      onderdelen:
        - id: ag-dir
          naam: Directie Agentschap
          soort: bestuur
    - id: zbo
      naam: Zbo Test
      soort: zbo-publiek
      onderdelen:
        - id: zbo-rvb
          naam: Raad van bestuur Zbo
          soort: bestuur

  """

/// A clean triangle for the agentschap: SG eigenaar, DG opdrachtgever, its board opdrachtnemer.
let agentschapRoles = """
    - {rol: eigenaar, houder: szw-sg, van: ag}
    - {rol: opdrachtgever, houder: szw-dg, van: ag}
    - {rol: opdrachtnemer, houder: ag-dir, van: ag}

  """

/// Loads a test model (base organisations, extra organisations, then `rest`) and analyses it.
func analyse(
  organisations extra: String = "", _ rest: String, peildatum: String = "2026-01-01",
  language: Language = .nl, rules: [any Rule] = RuleCatalogue.all
) throws -> AnalysisReport {
  let text = "naam: Test\n" + baseOrganisations + extra + rest
  let result = ModelLoader().load(text: text, file: "test.yaml")
  let model = try #require(
    result.model, "model did not load: \(result.diagnostics.map(\.description))")
  #expect(result.isValid, "\(result.diagnostics.map(\.description))")
  let day = try #require(Day(iso: peildatum))
  return Analyzer(rules: rules).analyse(model, peildatum: day, language: language)
}

extension AnalysisReport {
  /// The findings of one rule.
  func findings(_ code: String) -> [Finding] { findings.filter { $0.code == code } }

  /// The `betreft` lists of one rule's findings.
  func betreft(_ code: String) -> [[String]] {
    findings(code).map { $0.betreft.map(\.rawValue) }
  }
}
