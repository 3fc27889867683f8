import DriehoekInterchange
import DriehoekLoading
import DriehoekModel
import Testing

/// The CSV dialect for Excel with Dutch settings: semicolons, a byte-order mark, decimal
/// commas; `import` reads it back to the same model, and reads the standard dialect as before.
@Suite struct ExcelCSVTests {
  @Test(arguments: exampleModelPaths)
  func exampleSurvivesTheExcelDialect(_ path: String) throws {
    let model = try #require(ModelLoader().load(path: path).model)
    let text = ModelWriter().csv(model, dialect: .excel)
    #expect(text.unicodeScalars.first == "\u{FEFF}")
    #expect(text.dropFirst().hasPrefix("element;id;naam;soort;"))
    let read = CSVModelReader().read(text, file: "model.csv")
    #expect(read.diagnostics.map(\.description) == [])
    #expect(read.model == model)
  }

  @Test func examplesAreThere() { #expect(exampleModelPaths.count >= 5) }

  @Test(arguments: 1...40)
  func generatedModelSurvivesTheExcelDialect(seed: Int) {
    let model = ModelGenerator.model(seed: UInt64(seed))
    let read = CSVModelReader().read(ModelWriter().csv(model, dialect: .excel), file: "m.csv")
    #expect(read.model == model)
  }

  @Test func numbersGetADecimalCommaAndFormulaNamesAnApostrophe() throws {
    var model = Model(name: "=HYPERLINK(\"x\")")
    model.organisations = [
      Organisation(id: "svb", name: "+Sociale; Verzekeringsbank", kind: .zboPubliek),
      Organisation(id: "cak", name: "@CAK", kind: .zboPubliek, capacity: 12.5),
      Organisation(id: "uwv", name: "-UWV ë", kind: .zboPubliek),
    ]
    let text = ModelWriter().csv(model, dialect: .excel)
    let lines = text.dropFirst().split(separator: "\r\n").map(String.init)
    #expect(lines[1].hasPrefix("model;;\"'=HYPERLINK(\"\"x\"\")\";"))
    #expect(lines[2].hasPrefix("organisatie;svb;\"'+Sociale; Verzekeringsbank\";zbo-publiek;"))
    #expect(lines[3].contains(";12,5;"))
    #expect(lines[4].hasPrefix("organisatie;uwv;'-UWV ë;"))
    let read = CSVModelReader().read(text, file: "m.csv")
    #expect(read.model == model)
    // The standard dialect keeps its decimal point and reads "12,5" as no number.
    #expect(ModelWriter().csv(model, dialect: .standard).contains(",12.5,"))
    let comma = "element,id,naam,soort,capaciteit\r\norganisatie,cak,CAK,zbo-publiek,\"12,5\"\r\n"
    #expect(
      CSVModelReader().read(comma, file: "c.csv").diagnostics.contains { $0.severity == .fout })
  }
}
