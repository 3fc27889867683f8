import DriehoekComparison
import DriehoekModel
import DriehoekReports
import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The text, JSON, Markdown and HTML of a comparison, and the diff diagram.
@Suite struct WriterTests {
  private func moved() throws -> Vergelijking {
    let basis = try Fixtures.text("basis.yaml")
    let text = basis.replacingOccurrences(
      of: "  - rol: opdrachtgever\n    houder: b-dg\n    van: zbo",
      with: "  - rol: opdrachtgever\n    houder: b-dir\n    van: zbo")
    return Vergelijking(
      oud: try Fixtures.side("basis.yaml"),
      nieuw: Fixtures.side(
        try Fixtures.model(text: text, file: "verplaatst.yaml"), file: "verplaatst.yaml"))
  }

  @Test func textShowsAMoveAsOneLineUnderItsExecutor() throws {
    let text = VergelijkingTextWriter().write(try moved())
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines.contains("== Zbo (zbo) =="))
    let moves = lines.filter {
      $0.contains("verplaatst rol opdrachtgever van Zbo (zbo): DG B (b-dg) → Directie B (b-dir)")
    }
    #expect(moves.count == 1)
    // The move is not listed again as a removal and an addition.
    #expect(!lines.contains { $0.contains("toegevoegd rol") || $0.contains("verwijderd rol") })
    #expect(
      lines.last?.hasPrefix(
        "2 wijzigingen (1 toegevoegd, 1 verwijderd, 0 gewijzigd, 1 rol verplaatst)") == true)
  }

  @Test func jsonHasTheDocumentedShape() throws {
    let vergelijking = try Fixtures.compare("basis.yaml", "alles.yaml")
    let data = Data(VergelijkingJSONWriter().write(vergelijking).utf8)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(Set(object.keys) == ["oud", "nieuw", "wijzigingen", "bevindingen"])
    let oud = try #require(object["oud"] as? [String: Any])
    #expect(oud["naam"] as? String == "Vergelijk basis")
    #expect(oud["peildatum"] as? String == "2026-06-01")
    let changes = try #require(object["wijzigingen"] as? [[String: Any]])
    #expect(changes.count == 24)
    for change in changes {
      let soort = try #require(change["soort"] as? String)
      #expect(ElementSoort(rawValue: soort) != nil)
      #expect(["toegevoegd", "verwijderd", "gewijzigd"].contains(change["wat"] as? String))
      switch soort {
      case "rol":
        #expect(change["rol"] is String && change["houder"] is String && change["van"] is String)
      case "afwijking": #expect(change["regel"] is String && change["betreft"] is [String])
      default: #expect(change["id"] is String)
      }
      #expect((change["velden"] != nil) == (change["wat"] as? String == "gewijzigd"))
    }
    let opdracht = try #require(changes.first { $0["id"] as? String == "opd-1" })
    let velden = try #require(opdracht["velden"] as? [String: [String: Any]])
    #expect(Set(velden.keys) == ["budget", "periode"])
    #expect(velden["budget"]?["oud"] as? Int == 1000)
    #expect(velden["budget"]?["nieuw"] as? Int == 900)
    #expect((velden["periode"]?["nieuw"] as? [String: String])?["tot"] == "2027-06-30")
    let keten = try #require(changes.first { $0["id"] as? String == "keten-1" })
    let regisseur = try #require((keten["velden"] as? [String: [String: Any]])?["regisseur"])
    #expect(regisseur["nieuw"] is NSNull)
    let bevindingen = try #require(object["bevindingen"] as? [String: Any])
    #expect((bevindingen["nieuw"] as? [Any])?.count == 4)
    #expect((bevindingen["opgelost"] as? [Any])?.count == 1)
    #expect(bevindingen["ongewijzigd"] as? Int == 0)
  }

  /// In JSON a move is one removal and one addition.
  @Test func jsonWritesAMoveAsRemovedAndAdded() throws {
    let data = Data(VergelijkingJSONWriter().write(try moved()).utf8)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let changes = try #require(object["wijzigingen"] as? [[String: String]])
    #expect(
      changes == [
        [
          "soort": "rol", "wat": "verwijderd", "rol": "opdrachtgever", "houder": "b-dg",
          "van": "zbo",
        ],
        [
          "soort": "rol", "wat": "toegevoegd", "rol": "opdrachtgever", "houder": "b-dir",
          "van": "zbo",
        ],
      ])
  }

  @Test func diffDiagramMarksEveryChangeAndParsesAsXML() throws {
    let vergelijking = try Fixtures.compare("basis.yaml", "alles.yaml")
    let uitv = DiffDiagram(executor: "uitv", in: vergelijking)
    #expect(uitv.hasChanges)
    #expect(uitv.roles.first { $0.houder == "b-dg" }?.mark == .toegevoegd)
    #expect(uitv.roles.first { $0.houder == "a-dg" }?.mark == .gewijzigd)
    #expect(uitv.roles.first { $0.houder == "a-sg" }?.mark == nil)
    #expect(uitv.parties.first { $0.id == "b-dg" }?.mark == .toegevoegd)
    #expect(uitv.parties.first?.mark == .gewijzigd)
    let zbo = DiffDiagram(executor: "zbo", in: vergelijking)
    #expect(zbo.roles.first { $0.houder == "b-sg" }?.mark == .verwijderd)
    #expect(zbo.parties.first { $0.id == "b-sg" }?.mark == .verwijderd)
    for diagram in [uitv, zbo] {
      let svg = diagram.svg
      let parser = XMLParser(data: Data(svg.utf8))
      #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
      // The legend names all three, with symbols that read without colour.
      for word in ["+ toegevoegd", "− verwijderd", "~ gewijzigd"] { #expect(svg.contains(word)) }
    }
    #expect(uitv.svg.contains("class=\"rol wijziging-toegevoegd\""))
    #expect(uitv.svg.contains("class=\"partij wijziging-gewijzigd\""))
    #expect(zbo.svg.contains("class=\"rol wijziging-verwijderd\""))
    // Unchanged: no diagram marks at all.
    let same = try Fixtures.compare("basis.yaml", "basis.yaml")
    #expect(!DiffDiagram(executor: "uitv", in: same).hasChanges)
  }

  @Test func htmlAndMarkdownShowChangesFindingsAndDiagrams() throws {
    let vergelijking = try Fixtures.compare("basis.yaml", "alles.yaml")
    let html = VergelijkingHTMLWriter(generated: Day(ordinal: 0)).write(vergelijking)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(!html.contains("<script"))
    #expect(html.components(separatedBy: "<svg ").count - 1 == 2)
    for name in ["wijziging-toegevoegd", "wijziging-verwijderd", "wijziging-gewijzigd"] {
      #expect(html.contains("<tr class=\"\(name)\">"), "\(name)")
    }
    #expect(html.contains("Nieuwe bevindingen"))
    #expect(html.contains("Opgeloste bevindingen"))
    // Two executors numbered, then what belongs to none.
    #expect(html.contains("<p class=\"kicker\">Uitvoerder 2</p>"))
    #expect(!html.contains("<p class=\"kicker\">Uitvoerder 3</p>"))
    #expect(html.contains("<p class=\"kicker\">Overig</p>"))
    let markdown = VergelijkingMarkdownWriter(generated: Day(ordinal: 0))
      .write(vergelijking, diagramFiles: ["uitv": "v-verschil-uitv.svg"])
    #expect(markdown.contains("](v-verschil-uitv.svg)"))
    #expect(markdown.components(separatedBy: "\n| ").count - 1 == 25)
  }
}
