import DriehoekInterchange
import DriehoekLoading
import DriehoekModel
import Foundation
import Testing

/// The ArchiMate exchange file reads back to the model it was written from.
@Suite struct ArchiMateRoundTripTests {
  private func roundTrip(_ model: Model, layouts: [ElementID: ArchiMateLayout] = [:]) throws
    -> (model: Model?, diagnostics: [String], xml: String)
  {
    let xml = try ArchiMateWriter().write(model, layouts: layouts)
    let read = ArchiMateReader().read(Data(xml.utf8), file: "model.xml")
    return (read.model, read.diagnostics.map(\.description), xml)
  }

  @Test func everyExampleModelReadsBackEqual() throws {
    #expect(!exampleModelPaths.isEmpty, "Models/ has no model files")
    for path in exampleModelPaths {
      let model = try #require(ModelLoader().load(path: path).model, "\(path) does not load")
      let result = try roundTrip(model)
      #expect(result.diagnostics == [], "\(path)")
      #expect(result.model == model, "\(path)")
    }
  }

  @Test(arguments: 1...40)
  func generatedModelReadsBackEqual(seed: Int) throws {
    let model = ModelGenerator.model(seed: UInt64(seed))
    let result = try roundTrip(model)
    #expect(result.diagnostics == [])
    #expect(result.model == model)
  }

  @Test func namesXMLCanCarryComeBackAsWritten() throws {
    let names = [
      "quotes ' \" and <tags> & ]]> --> <!-- x", "  leading and trailing  ",
      "line\nfeed, carriage\r\nreturn\rlone, tab\there",
      "bidi \u{202E}rtl\u{202C} \u{2066}iso\u{2069}",
      "zero\u{200B}width \u{FEFF}bom \u{7F}\u{85} \u{2028}\u{2029} 😀 e\u{301}", "&amp; &#x41; &lt;",
    ]
    for name in names {
      let model = Model(
        name: name, description: name,
        organisations: [Organisation(id: "o", name: name, kind: .agentschap, description: name)])
      let result = try roundTrip(model)
      #expect(result.diagnostics == [])
      #expect(result.model == model, "\(name.debugDescription)")
    }
  }

  @Test func charactersXMLCannotCarryAreReplacedVisibly() throws {
    let model = Model(
      name: "a\u{1}b\u{1B}c\u{1F}",
      organisations: [
        Organisation(id: "o", name: "x\u{FFFE}y\u{FFFF}z\u{0}", kind: .extern)
      ])
    let result = try roundTrip(model)
    #expect(result.diagnostics == [])
    #expect(result.model?.name == "a\u{2401}b\u{241B}c\u{241F}")
    #expect(result.model?.organisations.first?.name == "x\u{FFFD}y\u{FFFD}z\u{2400}")
    #expect(!result.xml.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
  }

  @Test func bidiAndInvisibleCharactersAreWrittenAsReferences() throws {
    let model = Model(name: "a\u{202E}b\u{200B}c\u{85}d")
    let xml = try ArchiMateWriter().write(model)
    #expect(xml.contains("a&#x202E;b&#x200B;c&#x85;d"))
    #expect(!xml.unicodeScalars.contains("\u{202E}"))
  }

  @Test func openFindingsBecomePropertiesOfTheElementsTheyName() throws {
    let path = try #require(exampleModelPaths.first)
    let model = try #require(ModelLoader().load(path: path).model)
    let organisation = try #require(model.organisations.first)
    let finding = ArchiMateFinding(
      code: "SD99", severity: "fout", message: "test <&>", betreft: [organisation.id, "onbekend"])
    let xml = try ArchiMateWriter().write(model, findings: [finding])
    #expect(xml.contains("SD99 (fout): test &lt;&amp;&gt;"))
    #expect(xml.components(separatedBy: "SD99 (fout)").count == 2)
    // Findings are output, not model data: reading back ignores them.
    #expect(ArchiMateReader().read(Data(xml.utf8), file: "m.xml").model == model)
  }

  @Test func identifiersStayUniqueWhenIdsJoinAlike() throws {
    // holder "a-b" over "c" and holder "a" over "b-c" give the same joined name.
    let model = Model(
      name: "botsing",
      organisations: [
        Organisation(id: "a-b", name: "A-B", kind: .ministerie),
        Organisation(id: "a", name: "A", kind: .ministerie),
        Organisation(id: "c", name: "C", kind: .agentschap),
        Organisation(id: "b-c", name: "B-C", kind: .agentschap),
      ],
      roles: [
        Role(kind: .eigenaar, holder: "a-b", executor: "c"),
        Role(kind: .eigenaar, holder: "a", executor: "b-c"),
      ])
    let result = try roundTrip(model)
    #expect(result.diagnostics == [])
    #expect(result.model == model)
    #expect(result.xml.contains("identifier=\"rel-eigenaar-a-b-c\""))
    #expect(result.xml.contains("identifier=\"rel-eigenaar-a-b-c-2\""))
  }

  @Test func anInvalidModelIsRefusedNotWritten() {
    let model = Model(
      name: "x", organisations: [Organisation(id: "o", name: "O", kind: .agentschap)],
      roles: [Role(kind: .eigenaar, holder: "niemand", executor: "o")])
    #expect(throws: ArchiMateExportError.unknownReference(id: "niemand", key: "houder")) {
      try ArchiMateWriter().write(model)
    }
    let badID = Model(
      name: "x", organisations: [Organisation(id: "o o", name: "O", kind: .agentschap)])
    #expect(throws: ArchiMateExportError.invalidID("o o")) { try ArchiMateWriter().write(badID) }
  }
}
