import DriehoekAnalysis
import DriehoekComparison
import DriehoekModel
import DriehoekPipeline
import Foundation
import Testing

/// The semantic comparison: every kind of change, moves, formatting, dates.
@Suite struct ComparisonTests {
  /// basis.yaml → alles.yaml: of every kind one element added, one removed, one changed, and
  /// nothing else (no noise from the units, persons and roles that stayed).
  @Test func everyKindOfChange() throws {
    let vergelijking = try Fixtures.compare("basis.yaml", "alles.yaml")
    let expected: Set<String> = [
      "organisatie toegevoegd min-c",
      "organisatie verwijderd extern-x",
      "organisatie gewijzigd uitv [naam, capaciteit]",
      "onderdeel toegevoegd c-sg",
      "onderdeel verwijderd b-dir",
      "onderdeel gewijzigd a-dir [naam, onderdeel-van]",
      "persoon toegevoegd p-twee",
      "persoon verwijderd p-drie",
      "persoon gewijzigd p-een [functies]",
      "rol toegevoegd opdrachtgever b-dg → uitv",
      "rol verwijderd eigenaar b-sg → zbo",
      "rol gewijzigd opdrachtgever a-dg → uitv [coordinerend]",
      "opdracht toegevoegd opd-3",
      "opdracht verwijderd opd-4",
      "opdracht gewijzigd opd-1 [budget, periode]",
      "afspraak toegevoegd og-uitv",
      "afspraak verwijderd wa-zbo",
      "afspraak gewijzigd wa-uitv [periode]",
      "keten toegevoegd keten-2",
      "keten verwijderd keten-3",
      "keten gewijzigd keten-1 [leden, regisseur]",
      "afwijking toegevoegd SD09 [opd-3]",
      "afwijking verwijderd SD18 [keten-3]",
      "afwijking gewijzigd SD13 [opd-2] [reden, tot]",
    ]
    let lines = vergelijking.wijzigingen.map(\.line)
    #expect(lines.count == expected.count, "\(lines)")
    #expect(Set(lines) == expected)
    // Every kind of element takes part.
    #expect(Set(vergelijking.wijzigingen.map(\.soort)) == Set(ElementSoort.allCases))
    // Not a move: the added and the removed role differ in rol.
    #expect(vergelijking.verplaatsingen.isEmpty)
  }

  /// Old and new values are the model file's values.
  @Test func changedKeysCarryOldAndNewValues() throws {
    let vergelijking = try Fixtures.compare("basis.yaml", "alles.yaml")
    let opdracht = try #require(vergelijking.wijzigingen.first { $0.sleutel == .id("opd-1") })
    #expect(
      opdracht.velden[0] == VeldWijziging(key: "budget", oud: .number(1000), nieuw: .number(900)))
    #expect(opdracht.velden[1].oud?.written == "{van: 2026-01-01, tot: 2026-12-31}")
    #expect(opdracht.velden[1].nieuw?.written == "{van: 2026-01-01, tot: 2027-06-30}")
    let keten = try #require(vergelijking.wijzigingen.first { $0.sleutel == .id("keten-1") })
    #expect(keten.velden.first { $0.key == "regisseur" }?.nieuw == nil)
    #expect(keten.velden.first { $0.key == "regisseur" }?.oud == .text("a-dg"))
    let unit = try #require(vergelijking.wijzigingen.first { $0.sleutel == .id("a-dir") })
    #expect(
      unit.velden.last
        == VeldWijziging(key: "onderdeel-van", oud: .text("a-dg"), nieuw: .text("a-sg")))
    // A change is listed under its executor.
    #expect(opdracht.executors.first == "uitv")
    #expect(vergelijking.changedExecutors == ["uitv", "zbo"])
  }

  /// The same content written otherwise (flow style, other order of lists and keys, quotes,
  /// role synonyms, 100.0, comments) is no change, and no finding moves.
  @Test func formattingOrderAndCommentsAreNoChange() throws {
    let vergelijking = try Fixtures.compare("basis.yaml", "opgemaakt.yaml")
    #expect(vergelijking.wijzigingen.isEmpty, "\(vergelijking.wijzigingen.map(\.line))")
    #expect(vergelijking.bevindingen.nieuw.isEmpty)
    #expect(vergelijking.bevindingen.opgelost.isEmpty)
    let open = vergelijking.oud.report.openFindings.count
    #expect(open > 0)
    #expect(vergelijking.bevindingen.ongewijzigd == open)
    #expect(vergelijking.isEmpty)
  }

  @Test func identicalModelsHaveNoChange() throws {
    let vergelijking = try Fixtures.compare("basis.yaml", "basis.yaml")
    #expect(vergelijking.isEmpty)
    #expect(!vergelijking.hasNewFinding(atLeast: .info))
    #expect(vergelijking.changedExecutors.isEmpty)
  }

  /// The opdrachtgever role over zbo goes from DG B to Directie B: one removed and one added
  /// role, read as one move.
  @Test func movedRoleIsOneMove() throws {
    let basis = try Fixtures.text("basis.yaml")
    let moved = basis.replacingOccurrences(
      of: "  - rol: opdrachtgever\n    houder: b-dg\n    van: zbo",
      with: "  - rol: opdrachtgever\n    houder: b-dir\n    van: zbo")
    #expect(moved != basis)
    let vergelijking = Vergelijking(
      oud: try Fixtures.side("basis.yaml"),
      nieuw: Fixtures.side(
        try Fixtures.model(text: moved, file: "verplaatst.yaml"), file: "verplaatst.yaml"))
    #expect(
      vergelijking.wijzigingen.map(\.line) == [
        "rol verwijderd opdrachtgever b-dg → zbo", "rol toegevoegd opdrachtgever b-dir → zbo",
      ])
    let moves = vergelijking.verplaatsingen
    #expect(moves.count == 1)
    #expect(moves.first?.oud.sleutel == .rol(.opdrachtgever, houder: "b-dg", van: "zbo"))
    #expect(moves.first?.nieuw.sleutel == .rol(.opdrachtgever, houder: "b-dir", van: "zbo"))
  }

  /// One model on two dates: what is in force on each.
  ///
  /// The owner changes on 2027-01-01 (a
  /// move), one assignment ends and one begins; the rest is no change.
  @Test func changeOfPeildatumAlone() throws {
    let model = try Fixtures.model(text: try Fixtures.text("peildata.yaml"), file: "peildata.yaml")
    let oud = Fixtures.side(model, on: Day(iso: "2026-06-01"), file: "peildata.yaml")
    let nieuw = Fixtures.side(model, on: Day(iso: "2027-06-01"), file: "peildata.yaml")
    let vergelijking = Vergelijking(model: oud, nieuw: nieuw)
    #expect(vergelijking.comparesDates)
    #expect(
      Set(vergelijking.wijzigingen.map(\.line)) == [
        "rol toegevoegd eigenaar b-sg → uitv", "rol verwijderd eigenaar a-sg → uitv",
        "opdracht toegevoegd opd-2", "opdracht verwijderd opd-1",
        "organisatie toegevoegd min-c", "onderdeel toegevoegd c-sg",
      ])
    #expect(vergelijking.wijzigingen.count == 6)
    #expect(vergelijking.verplaatsingen.count == 1)
    // The findings are those of the two dates: SD14 and SD13 appear in 2027.
    #expect(Set(vergelijking.bevindingen.nieuw.map(\.code)) == ["SD13", "SD14"])
    // Through the pipeline (the model loaded and indexed once): the same comparison.
    let loaded = try Fixtures.loaded(
      text: try Fixtures.text("peildata.yaml"), file: "peildata.yaml")
    let piped = Vergelijking(
      model: loaded, oud: try #require(Day(iso: "2026-06-01")),
      nieuw: try #require(Day(iso: "2027-06-01")))
    #expect(piped.wijzigingen == vergelijking.wijzigingen)
    #expect(piped.bevindingen.nieuw == vergelijking.bevindingen.nieuw)
    // The same model on the same date twice: nothing.
    #expect(Vergelijking(model: oud, nieuw: oud).isEmpty)
    // Compared as two files, the same model has no change at all, whatever the dates.
    #expect(Vergelijking(oud: oud, nieuw: nieuw).wijzigingen.isEmpty)
  }
}
