import DriehoekInterchange
import DriehoekLoading
import DriehoekModel
import Foundation
import Testing

/// `bronnen` on every kind of element survives JSON, YAML and CSV; a model without them is
/// written as before.
@Suite struct SourcesRoundTripTests {
  private let tricky = [
    "https://wetten.overheid.nl/BWBR0050264", "Kamerstuk 32543, nr. 7; zie \"bijlage\"",
    "onbevestigd: standaard uit de Regeling agentschappen 2024, art. 1",
  ]

  private var model: Model {
    Model(
      name: "Bronnen", peildatum: Day(iso: "2026-07-01"),
      organisations: [
        Organisation(
          id: "szw", name: "SZW", kind: .ministerie,
          units: [Unit(id: "szw-sg", name: "SG", kind: .sg, sources: ["Organogram"])],
          sources: tricky),
        Organisation(
          id: "svb", name: "SVB", kind: .zboPubliek,
          units: [Unit(id: "svb-rvb", name: "RvB", kind: .bestuur)]),
      ],
      persons: [
        Person(id: "p-a", name: "A", functions: ["szw-sg"], sources: ["mailto:info@svb.nl"])
      ],
      roles: [
        Role(
          kind: .eigenaar, holder: "szw-sg", executor: "svb", description: "Onbevestigd.",
          sources: tricky),
        Role(kind: .opdrachtnemer, holder: "svb-rvb", executor: "svb"),
      ],
      opdrachten: [Opdracht(id: "o", name: "O", sources: ["Begroting 2026"])],
      afspraken: [
        Afspraak(id: "a", kind: .anders, parties: ["szw-sg", "svb-rvb"], sources: ["Brief"])
      ],
      ketens: [Keten(id: "k", name: "K", members: ["svb"], sources: ["IBO"])],
      afwijkingen: [
        Afwijking(
          rule: "SD04", betreft: ["svb"], reason: "r", verantwoordelijke: "szw-sg",
          sources: ["Nota"])
      ])
  }

  @Test func everyFormatKeepsTheSources() throws {
    let model = self.model
    #expect(model.validate().map(\.description) == [])
    let writer = ModelWriter()
    let json = try writer.write(model, as: .json)
    #expect(json.contains("\"bronnen\""))
    #expect(ModelLoader().load(text: json, file: "m.json").model == model)
    let yaml = try writer.write(model, as: .yaml)
    #expect(yaml.contains("bronnen:"))
    let fromYAML = ModelLoader().load(text: yaml, file: "m.yaml")
    #expect(fromYAML.diagnostics.map(\.description) == [])
    #expect(fromYAML.model == model)
    let csv = try writer.write(model, as: .csv)
    let header = try #require(csv.split(separator: "\r\n").first)
    #expect(header.hasSuffix(",url,bronnen"))
    let fromCSV = CSVModelReader().read(csv, file: "m.csv")
    #expect(fromCSV.diagnostics.map(\.description) == [])
    #expect(fromCSV.model == model)
    #expect(fromCSV.model?.roles.first?.sources == tricky)
  }

  @Test func aModelWithoutSourcesIsWrittenAsBefore() throws {
    var model = self.model
    model.organisations = model.organisations.map { organisation in
      var organisation = organisation
      organisation.sources = []
      organisation.units = organisation.units.map {
        var unit = $0
        unit.sources = []
        return unit
      }
      return organisation
    }
    model.persons = model.persons.map {
      var person = $0
      person.sources = []
      return person
    }
    model.roles = model.roles.map {
      var role = $0
      role.sources = []
      return role
    }
    model.opdrachten = model.opdrachten.map {
      var item = $0
      item.sources = []
      return item
    }
    model.afspraken = model.afspraken.map {
      var item = $0
      item.sources = []
      return item
    }
    model.ketens = model.ketens.map {
      var item = $0
      item.sources = []
      return item
    }
    model.afwijkingen = model.afwijkingen.map {
      var item = $0
      item.sources = []
      return item
    }
    let writer = ModelWriter()
    #expect(!(try writer.write(model, as: .json)).contains("bronnen"))
    #expect(!(try writer.write(model, as: .yaml)).contains("bronnen"))
    let csv = try writer.write(model, as: .csv)
    #expect(csv.split(separator: "\r\n").first?.hasSuffix(",beschrijving,url") == true)
    #expect(CSVModelReader().read(csv, file: "m.csv").model == model)
  }

  @Test func theSchemaDescribesSources() {
    let schema = ModelSchema.json()
    #expect(occurrences(of: "\"bronnen\"", in: schema) == 8)
    #expect(schema.contains("\"maxLength\" : \(ModelKeys.maximumSourceLength)"))
  }
}

private func occurrences(of needle: String, in text: String) -> Int {
  text.components(separatedBy: needle).count - 1
}
