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

  /// A model with every optional field of every kind of element set, `bronnen` (several, with
  /// characters XML treats specially) on each.
  private var everyFieldModel: Model {
    let period = Period(start: Day(iso: "2020-01-01"), end: Day(iso: "2026-12-31"))
    func sources(_ label: String) -> [String] {
      ["https://example.org/\(label)?a=1&b=2", "Kamerstuk 32543, nr. 7: \"\(label)\" <bijlage>"]
    }
    return Model(
      name: "Alle velden", peildatum: Day(iso: "2026-07-01"), description: "Elk veld.",
      organisations: [
        Organisation(
          id: "fin", name: "Financiën", kind: .ministerie, capacity: 1500, validity: period,
          description: "Ministerie.", url: "https://www.rijksoverheid.nl/fin",
          units: [
            Unit(
              id: "fin-sg", name: "SG", kind: .sg, validity: period, description: "SG.",
              units: [Unit(id: "fin-dg", name: "DG", kind: .dg, sources: sources("dg"))],
              sources: sources("sg"))
          ], sources: sources("fin")),
        Organisation(
          id: "bd", name: "Belastingdienst", kind: .dienst, capacity: 26_000.5,
          description: "Dienst.", url: "https://www.belastingdienst.nl", partOf: "fin",
          units: [Unit(id: "bd-dir", name: "Directie", kind: .bestuur)], sources: sources("bd")),
      ],
      persons: [
        Person(
          id: "p", name: "P", functions: ["fin-dg"], validity: period, description: "Persoon.",
          sources: sources("p"))
      ],
      roles: [
        Role(
          kind: .eigenaar, holder: "fin-sg", executor: "bd", validity: period,
          description: "Eigenaar volgens het besluit.", sources: sources("eigenaar")),
        Role(
          kind: .opdrachtgever, holder: "fin-dg", executor: "bd", isCoordinating: true,
          description: "Coördinerend.", sources: sources("opdrachtgever")),
        Role(kind: .opdrachtnemer, holder: "bd-dir", executor: "bd"),
      ],
      opdrachten: [
        Opdracht(
          id: "o", name: "Heffen", opdrachtgever: "fin-dg", opdrachtnemer: "bd", capacity: 10,
          cost: 1e6, budget: 2.5e6, priority: .hoog, period: period, afspraak: "a",
          description: "Opdracht.", sources: sources("o"))
      ],
      afspraken: [
        Afspraak(
          id: "a", kind: .werkafspraak, name: "Werkafspraak", parties: ["fin-dg", "bd-dir"],
          period: period, description: "Afspraak.", sources: sources("a"))
      ],
      ketens: [
        Keten(
          id: "k", name: "Keten", members: ["bd"], regisseur: "fin-dg", description: "Keten.",
          sources: sources("k"))
      ],
      afwijkingen: [
        Afwijking(
          rule: "SD04", betreft: ["bd"], reason: "Reden.", verantwoordelijke: "fin-sg",
          until: Day(iso: "2027-01-01"), sources: sources("afwijking"))
      ])
  }

  @Test func everyFieldOfEveryKindReadsBackEqual() throws {
    let model = everyFieldModel
    #expect(model.validate().map(\.description) == [])
    let result = try roundTrip(model)
    #expect(result.diagnostics == [])
    #expect(result.model == model)
    // Equality says the fields came back; these say where they stand in the file.
    let read = try #require(result.model)
    #expect(read.organisations.last?.partOf == "fin")
    #expect(read.roles.first?.description == "Eigenaar volgens het besluit.")
    #expect(read.roles.first?.sources == model.roles.first?.sources)
    #expect(read.afwijkingen.first?.sources == model.afwijkingen.first?.sources)
    #expect(
      read.organisations.first?.units.first?.units.first?.sources == [
        "https://example.org/dg?a=1&b=2", "Kamerstuk 32543, nr. 7: \"dg\" <bijlage>",
      ])
    let xml = result.xml
    #expect(xml.contains(#"<propertyDefinition identifier="pd-bronnen" type="string">"#))
    #expect(xml.contains(#"<propertyDefinition identifier="pd-onderdeel-van" type="string">"#))
    #expect(xml.contains("https://example.org/fin?a=1&amp;b=2"))
    // 2 sources on each of 4 organisations/units, person, 2 roles, opdracht, afspraak, keten and
    // afwijking: one property per source.
    #expect(xml.components(separatedBy: #"propertyDefinitionRef="pd-bronnen""#).count - 1 == 22)
    // Archi's folders put the Belastingdienst in its ministry's folder, not under Organisaties.
    #expect(!xml.contains(">Organisaties</label>"))
    // The organisation stays a top-level actor: no composition from the ministry.
    #expect(!xml.contains(#"source="id-fin" target="id-bd" xsi:type="Composition""#))
    #expect(
      xml.contains("<documentation xml:lang=\"nl\">Eigenaar volgens het besluit.</documentation>"))
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
