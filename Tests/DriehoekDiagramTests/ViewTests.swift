import DriehoekDiagram
import DriehoekModel
import Testing

@Suite struct ViewTests {
  @Test(arguments: [
    "landschap", "bevindingen", "driehoek:svb", "ministerie:szw", "keten:werk-en-inkomen",
  ])
  func parsesAndPrintsViews(_ text: String) throws {
    let view = try #require(View(text))
    #expect(view.description == text)
  }

  @Test(arguments: ["", "driehoek", "driehoek:", "onzin:svb", "driehoek:a b", "landschap:x"])
  func rejectsMalformedViews(_ text: String) {
    #expect(View(text) == nil)
  }

  @Test func fileStemsArePredictable() {
    #expect(View.landschap.fileStem == "landschap")
    #expect(View.driehoek("svb").fileStem == "driehoek-svb")
    #expect(View.ministerie("szw").fileStem == "ministerie-szw")
    #expect(View.keten("x").fileStem == "keten-x")
    #expect(View.tijdlijn("svb").fileStem == "tijdlijn-svb")
    #expect(View("tijdlijn:svb") == .tijdlijn("svb"))
    #expect(View("tijdlijn:") == nil)
  }

  @Test func listsEveryViewOfTheFixture() throws {
    let model = try Fixtures.model("kaartenset")
    let views = View.all(in: model, on: try #require(model.peildatum))
    #expect(
      views.map(\.description) == [
        "landschap", "driehoek:svb", "driehoek:uwv", "ministerie:szw", "ministerie:vws",
        "keten:werk-en-inkomen", "tijdlijn:svb", "tijdlijn:uwv", "bevindingen",
      ])
    // The builder lists only the diagrams; the charts have none.
    let builder = DiagramBuilder(model: model, peildatum: try #require(model.peildatum))
    #expect(builder.views == views.filter { !$0.isChart })
    #expect(throws: DiagramError.notADiagram(.tijdlijn("svb"))) {
      try builder.build(.tijdlijn("svb"))
    }
  }

  @Test func unknownSubjectsThrow() throws {
    let model = try Fixtures.model("kaartenset")
    let builder = DiagramBuilder(model: model, peildatum: try #require(model.peildatum))
    #expect(throws: DiagramError.unknownExecutor("szw")) { try builder.build(.driehoek("szw")) }
    #expect(throws: DiagramError.unknownMinistry("svb")) { try builder.build(.ministerie("svb")) }
    #expect(throws: DiagramError.unknownKeten("geen")) { try builder.build(.keten("geen")) }
  }
}
