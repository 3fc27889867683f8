import DriehoekAnalysis
import DriehoekLoading
import DriehoekModel
import Foundation
import Testing

@testable import DriehoekReports

/// The printed card set: who gets a card, where its back lands, what is escaped and capped.
@Suite struct KaartenWriterTests {
  /// A card as the HTML places it: sheet number, slot (1–4) and side.
  struct Placement: Equatable {
    var sheet: Int
    var slot: Int
  }

  /// The model at a path under the package root, and its card set on its peildatum.
  private func cardSet(
    _ relativePath: String, language: Language = .nl, uitvoerders: [ElementID] = []
  ) throws -> (Model, KaartenSet) {
    let url = GoldenHarness.packageRoot.appendingPathComponent(relativePath)
    let result = ModelLoader().load(path: url.path)
    let model = try #require(result.model, "\(relativePath): \(result.diagnostics)")
    let peildatum = model.peildatum ?? Day(ordinal: 20_000)
    let report = Analyzer().analyse(model, peildatum: peildatum, language: language)
    return (model, try KaartenSet(model: model, report: report, uitvoerders: uitvoerders))
  }

  /// The fronts and backs in the HTML, by party id, with where they are.
  private func placements(_ html: String) throws -> (
    fronts: [String: [Placement]], backs: [String: [Placement]], sheets: [Bool]
  ) {
    let pattern = try Regex(
      #"<section class="vel (voorkanten|achterkanten)"|<div class="plek pos-(\d)"><article class="kaart (kaart-voorkant|kaart-achterkant)[^"]*" data-partij="([^"]*)""#
    )
    var fronts: [String: [Placement]] = [:]
    var backs: [String: [Placement]] = [:]
    var sheets: [Bool] = []
    for match in html.matches(of: pattern) {
      if let kind = match.output[1].substring {
        sheets.append(kind == "achterkanten")
        continue
      }
      guard let slotText = match.output[2].substring, let slot = Int(slotText),
        let side = match.output[3].substring, let id = match.output[4].substring
      else { continue }
      let placement = Placement(sheet: sheets.count, slot: slot)
      let party = String(id).replacingOccurrences(of: "&amp;", with: "&")
      if side == "kaart-voorkant" {
        fronts[party, default: []].append(placement)
      } else {
        backs[party, default: []].append(placement)
      }
    }
    return (fronts, backs, sheets)
  }

  /// Who should have a card, worked out from the model itself: every organisation named in
  /// `van:` of a role and valid on the peildatum, and every unit or organisation valid on the
  /// peildatum (with everything above it) holding an eigenaar or opdrachtgever role valid on
  /// the peildatum over one of those.
  private func expectedParties(_ model: Model, on day: Day) -> Set<String> {
    var valid: [ElementID: Bool] = [:]
    func walk(_ units: [DriehoekModel.Unit], inherited: Bool) {
      for unit in units {
        let ok = inherited && unit.validity.contains(day)
        valid[unit.id] = ok
        walk(unit.units, inherited: ok)
      }
    }
    for organisation in model.organisations {
      let ok = organisation.validity.contains(day)
      valid[organisation.id] = ok
      walk(organisation.units, inherited: ok)
    }
    let named = Set(model.roles.map(\.executor))
    let executors = Set(
      model.organisations.filter { named.contains($0.id) && valid[$0.id] == true }.map(\.id))
    var expected = Set(executors.map(\.rawValue))
    for role in model.roles
    where role.kind != .opdrachtnemer && executors.contains(role.executor)
      && role.validity.contains(day) && valid[role.holder] == true
    {
      expected.insert(role.holder.rawValue)
    }
    return expected
  }

  @Test func everyExecutorAndRoleHolderHasOneFrontAndItsMirroredBackInEveryModel() throws {
    let directory = GoldenHarness.packageRoot.appendingPathComponent("Models")
    let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
      .filter { $0.hasSuffix(".yaml") }.sorted()
    try #require(!files.isEmpty, "Models/ holds no models")
    let mirror = [1: 2, 2: 1, 3: 4, 4: 3]
    for file in files {
      let (model, set) = try cardSet("Models/" + file)
      let html = KaartenHTMLWriter(generated: Day(ordinal: 20_000)).write(set)
      let (fronts, backs, sheets) = try placements(html)
      let expected = expectedParties(model, on: set.peildatum).union(["omslag"])
      #expect(expected.count > 2, "\(file): a model with executors")
      #expect(Set(fronts.keys) == expected, "\(file) fronts")
      #expect(Set(backs.keys) == expected, "\(file) backs")
      #expect(set.cards.count + 1 == expected.count, "\(file)")
      // Sheets alternate fronts and backs, four cards each but the last pair.
      #expect(sheets.count == 2 * ((expected.count + 3) / 4), "\(file): \(sheets.count) sheets")
      #expect(sheets.enumerated().allSatisfy { $0.element == ($0.offset % 2 == 1) }, "\(file)")
      for (party, front) in fronts {
        #expect(front.count == 1 && backs[party]?.count == 1, "\(file): \(party) appears once")
        guard let front = front.first, let back = backs[party]?.first else { continue }
        #expect(back.sheet == front.sheet + 1, "\(file): \(party) back on the next sheet")
        #expect(back.slot == mirror[front.slot], "\(file): \(party) back mirrored")
      }
      for sheet in 1...sheets.count {
        let count =
          fronts.values.joined().filter { $0.sheet == sheet }.count
          + backs.values.joined().filter { $0.sheet == sheet }.count
        #expect(count == 4 || sheet >= sheets.count - 1, "\(file): sheet \(sheet) has \(count)")
      }
    }
  }

  @Test func backsAreMirroredLeftToRight() {
    #expect((1...4).map(KaartenHTMLWriter.mirroredSlot) == [2, 1, 4, 3])
  }

  @Test func cardsOfTheSVBHoldTheirRelationsAndQuestions() throws {
    let (_, set) = try cardSet("Models/svb.yaml")
    #expect(set.cards.map(\.id.rawValue).prefix(3) == ["svb", "cak", "uwv"])
    let svb = try #require(set.cards.first { $0.id == "svb" })
    #expect(svb.isExecutor && svb.roles == [.opdrachtnemer])
    #expect(svb.blocks.map(\.title).prefix(3) == ["Eigenaar", "Opdrachtgevers", "Opdrachtnemer"])
    let principals = try #require(svb.blocks.first { $0.title == "Opdrachtgevers" })
    #expect(
      principals.items.contains {
        $0.hasPrefix("DG Sociale Zekerheid en Integratie: Uitvoering AOW 1.600 fte")
      })
    // Every open finding of the SVB is a question on its back.
    let report = Set(svb.questions.map(\.code))
    #expect(report == ["SD02", "SD07", "SD09", "SD11", "SD12", "SD20"])
    let dglz = try #require(set.cards.first { $0.id == "vws-dglz" })
    #expect(dglz.roles == [.eigenaar, .opdrachtgever])
    #expect(dglz.blocks.map(\.title) == ["Eigenaar van", "Opdrachtgever van", "Partij in"])
    let sd12 = try #require(dglz.questions.first { $0.code == "SD12" })
    #expect(sd12.text.hasPrefix("Wie beslist als DG Langdurige Zorg en Gemeenten"))
    #expect(
      sd12.text.contains("allebei voorrang willen voor hun opdracht bij Sociale Verzekeringsbank"))
  }

  @Test func uitvoerderLimitsTheSetToThePartiesAroundIt() throws {
    let (_, set) = try cardSet("Models/svb.yaml", uitvoerders: ["cak"])
    #expect(set.cards.map(\.id.rawValue) == ["cak", "vws-dglz"])
    #expect(set.isLimited && set.executors == ["cak"])
    // Only the relations with the CAK: not the SVB the DG also commissions.
    let dglz = try #require(set.cards.last)
    #expect(!dglz.blocks.flatMap(\.items).contains { $0.contains("Sociale Verzekeringsbank") })
    #expect(dglz.questions.map(\.code) == ["SD06"])
    #expect(throws: KaartenSetError.self) {
      _ = try cardSet("Models/svb.yaml", uitvoerders: ["svb-rvb"])
    }
    do {
      _ = try cardSet("Models/svb.yaml", uitvoerders: ["bestaat-niet"])
      Issue.record("an unknown executor must be refused")
    } catch let error as KaartenSetError {
      #expect(error == .unknownExecutor("bestaat-niet", executors: ["svb", "cak", "uwv"]))
      #expect(error.message(in: .nl).contains("kies uit: svb, cak, uwv"))
    }
  }

  @Test func hostileNamesAreTextAndThePageLoadsNothing() throws {
    let (_, set) = try cardSet(hostileModel)
    let html = KaartenHTMLWriter(generated: Day(ordinal: 20_000), source: "<x>.yaml").write(set)
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"))
    for forbidden in [
      "<script", "<img", "<b>", "<i>", "<link", "src=\"", "url(", "@import", "<svg onload",
    ] {
      #expect(!html.contains(forbidden), "\(forbidden)")
    }
    for shown in [
      "Ministerie van &lt;script&gt;alert(&quot;naam&quot;)&lt;/script&gt;",
      "Dienst &lt;b&gt;Vet&lt;/b&gt; &amp; &quot;Co&quot; &#39;x&#39;",
      "DG &lt;img src=x onerror=alert(1)&gt;", "&lt;x&gt;.yaml",
    ] {
      #expect(html.contains(shown), "\(shown)")
    }
    #expect(occurrences(of: "<style>", in: html) == 1)
  }

  @Test func longListsAreCappedWithTheRestCounted() throws {
    let writer = KaartenHTMLWriter(generated: Day(ordinal: 20_000))
    let items = (1...10).map { "Opdrachtgever \($0)" }
    let card = Kaart(
      id: "u", name: "Uitvoerder", kind: .agentschap, isExecutor: true, roles: [.opdrachtnemer],
      blocks: [
        KaartBlok(title: "Opdrachtgevers", items: items),
        KaartBlok(title: "Afspraken", items: ["A"]),
      ], questions: [])
    let blocks = writer.fitted(card, language: .nl)
    #expect(blocks.first?.items == Array(items.prefix(3)) + ["en 7 meer"])
    #expect(blocks.first?.endsWithMore == true)
    #expect(blocks.last?.items == ["A"])
    // Blocks that no longer fit are named in one closing line.
    let crowded = Kaart(
      id: "u", name: String(repeating: "Lange naam ", count: 8), kind: .agentschap,
      isExecutor: true, roles: [],
      blocks: (1...12).map {
        KaartBlok(title: "Blok \($0)", items: [String(repeating: "x ", count: 60)])
      },
      questions: [])
    let fitted = writer.fitted(crowded, language: .en)
    #expect(fitted.count < 12)
    #expect(fitted.last?.items.last?.hasPrefix("and more: Blok") == true)
    #expect(fitted.flatMap(\.items).allSatisfy { $0.count <= 150 })
  }

  @Test func backsShowTheMostSeriousQuestionsAndCountTheRest() {
    let question = { (code: String) in
      KaartVraag(
        code: code, slug: "x", severity: .waarschuwing, text: String(repeating: "v ", count: 100),
        hint: String(repeating: "h ", count: 50), hasTemplate: true)
    }
    let shown = KaartenHTMLWriter.shownQuestions((1...6).map { question("SD0\($0)") })
    #expect(shown.count >= 1 && shown.count < 4)
    #expect(shown.map(\.code) == Array(["SD01", "SD02", "SD03"].prefix(shown.count)))
    let short = (1...6).map {
      KaartVraag(
        code: "SD0\($0)", slug: "x", severity: .info, text: "Kort?", hint: "Kort.",
        hasTemplate: true)
    }
    #expect(KaartenHTMLWriter.shownQuestions(short).count == KaartenHTMLWriter.maximumQuestions)
  }

  @Test func englishCardsSpeakEnglish() throws {
    let (_, set) = try cardSet("Models/svb.yaml", language: .en)
    let html = KaartenHTMLWriter(generated: Day(ordinal: 20_000)).write(set)
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    #expect(html.contains(">Owner<") && html.contains(">Principals<"))
    #expect(html.contains("Questions for the meeting") && html.contains("How to use the cards"))
    #expect(!html.contains("Gespreksvragen") && !html.contains("Aantekeningen"))
  }
}
