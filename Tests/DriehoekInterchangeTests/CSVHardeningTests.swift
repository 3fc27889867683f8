import DriehoekInterchange
import DriehoekLoading
import DriehoekModel
import Testing

/// Issue 25: CSV cells follow the formula rule, quoting works on bytes, and duplicate unit ids
/// are found before any tree is built.
@Suite struct CSVHardeningTests {
  @Test func formulaCellsGetAnApostropheAndComeBack() {
    for text in ["=1+1", "+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx", "'=al", "''+b"] {
      let cell = FormulaGuard.guarded(text)
      #expect(cell == "'" + text)
      #expect(FormulaGuard.unguarded(cell) == text)
    }
    for text in ["'s-Hertogenbosch", "gewoon", "", "a=b", "'"] {
      #expect(FormulaGuard.guarded(text) == text)
      #expect(FormulaGuard.unguarded(text) == text)
    }
  }

  @Test func everyNameSurvivesTheTripThroughCSV() throws {
    let names = [
      "=HYPERLINK(\\\"x\\\")", "+cmd|' /C calc'!A0", "@SUM(1+1)", "\\tTAB", "\\rCR",
      "a\\r\\nb", "komma,\u{0301}na", "quote\\\"\u{0301}na", "-5", "'s-Hertogenbosch", "''=x",
    ]
    var text = "naam: CSV\norganisaties:\n"
    for (index, name) in names.enumerated() {
      text += "  - {id: o\(index), naam: \"\(name)\", soort: extern, beschrijving: \"\(name)\"}\n"
    }
    text += "  - {id: u, naam: U, soort: agentschap, capaciteit: -0}\n"
    let model = try #require(ModelLoader().load(text: text, file: "m.yaml").model)
    let csv = try ModelWriter().write(model, as: .csv)
    for line in csv.split(separator: "\r\n") {
      for cell in line.split(separator: ",", omittingEmptySubsequences: false) {
        let content = cell.hasPrefix("\"") ? cell.dropFirst() : cell[...]
        if let first = content.unicodeScalars.first {
          #expect(!"=+@\t\r".unicodeScalars.contains(first), "\(cell)")
        }
      }
    }
    let (back, diagnostics) = CSVModelReader().read(csv, file: "m.csv")
    #expect(!diagnostics.containsErrors, "\(diagnostics.map(\.description))")
    let reloaded = try #require(back)
    #expect(reloaded.organisations.map(\.name) == model.organisations.map(\.name))
    #expect(reloaded.organisations.map(\.description) == model.organisations.map(\.description))
  }

  @Test func duplicateUnitIDsAreRefusedBeforeTheTree() {
    var lines = ["element,id,naam,soort,binnen", "model,,D,,", "organisatie,org,O,agentschap,"]
    var parent = "org"
    for level in 0..<40 {
      lines.append("onderdeel,u\(level),U,directie,\(parent)")
      lines.append("onderdeel,u\(level),U,directie,\(parent)")
      parent = "u\(level)"
    }
    let (model, diagnostics) = CSVModelReader().read(
      lines.joined(separator: "\n") + "\n", file: "d.csv")
    #expect(model == nil)
    #expect(diagnostics.filter { $0.code == "dubbel-id" }.count == 40)
  }
}
