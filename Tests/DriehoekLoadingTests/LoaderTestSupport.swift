import DriehoekLoading
import DriehoekModel
import Foundation
import Testing

/// The folder of this test target's fixtures, found from this file's path.
let fixturesDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .appendingPathComponent("Fixtures")

/// Loads YAML text as `test.yaml` and returns the diagnostics' first lines (location, severity,
/// message), which is what a person reads first.
func headlines(_ yaml: String) -> [String] {
  ModelLoader().load(text: yaml, file: "test.yaml").diagnostics.map { diagnostic in
    String(diagnostic.description.split(separator: "\n").first ?? "")
  }
}

/// A small valid model that tests extend with one mistake.
let validBase = """
  naam: Test
  organisaties:
    - id: szw
      naam: Ministerie van SZW
      soort: ministerie
      onderdelen:
        - id: szw-sg
          naam: SG SZW
          soort: sg
        - id: szw-dgsz
          naam: DG Sociale Zekerheid
          soort: dg
    - id: svb
      naam: Sociale Verzekeringsbank
      soort: zbo-publiek
      onderdelen:
        - id: svb-rvb
          naam: Raad van bestuur
          soort: bestuur
  personen:
    - id: p-jansen
      naam: J. Jansen
      functies: [szw-dgsz]

  """
