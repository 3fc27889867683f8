import DriehoekDiagram
import DriehoekModel
import Testing

@Suite struct DiagramBuilderTests {
  let model: Model
  let day: Day

  init() throws {
    model = try Fixtures.model("kaartenset")
    day = try #require(model.peildatum)
  }

  private func dot(_ view: View, on day: Day? = nil, highlights: [DiagramHighlight] = []) throws
    -> String
  {
    DOTWriter().write(
      try DiagramBuilder(model: model, peildatum: day ?? self.day, highlights: highlights).build(
        view))
  }

  private func node(_ name: String, in diagram: Diagram) -> DiagramNode? {
    diagram.allNodes.first { $0.name == name }
  }

  @Test func drawsOnlyWhatIsValidOnThePeildatum() throws {
    // szw-dgwb exists from 2027 on; its opdrachtgever role over UWV only then.
    let nextYear = try #require(Day(iso: "2027-06-01"))
    let now = try dot(.driehoek("uwv"))
    let later = try dot(.driehoek("uwv"), on: nextYear)
    #expect(!now.contains("\"szw-dgwb\""))
    #expect(later.contains("\"szw-dgwb\" -> \"uwv\""))
    // The AOW opdracht runs in 2026 only.
    #expect(try dot(.driehoek("svb")).contains("Uitvoering AOW"))
    let svbLater = try dot(.driehoek("svb"), on: nextYear)
    #expect(!svbLater.contains("Uitvoering AOW"))
  }

  @Test func theTriangleHasOwnerAboveAndPrincipalsBeside() throws {
    let diagram = try DiagramBuilder(model: model, peildatum: day).build(.driehoek("svb"))
    let owner = try #require(diagram.edges.first { $0.from == "szw-sg" && $0.to == "svb" })
    #expect(owner.minimumLength == 2)
    #expect(owner.arrowHead == .diamond)
    let coordinating = try #require(diagram.edges.first { $0.from == "szw-dgsz" && $0.to == "svb" })
    #expect(coordinating.arrowHead == .doubleNormal)
    #expect(coordinating.svgClasses.contains("coordinerend"))
    let other = try #require(diagram.edges.first { $0.from == "vws-dglz" && $0.to == "svb" })
    #expect(other.arrowHead == .normal)
    #expect(owner.line != .dashed && other.line != .dashed)
  }

  @Test func opdrachtgeverEdgesCarryTheirOpdrachtenAndCapacity() throws {
    let text = try dot(.driehoek("svb"))
    #expect(text.contains("Uitvoering AOW · 1800 fte"))
    #expect(text.contains("Kinderbijslag · 700 fte"))
    #expect(text.contains("totaal 2500 fte"))
  }

  @Test func afsprakenAreLabelledNodesWithDashedLinksToEachParty() throws {
    let diagram = try DiagramBuilder(model: model, peildatum: day).build(.ministerie("szw"))
    for (afspraak, parties) in [
      ("og-overleg-svb", ["szw-dgsz", "vws-dglz"]),
      ("svb-werkafspraken", ["svb", "szw-dgsz", "szw-sg"]),
    ] {
      #expect(node(afspraak, in: diagram)?.svgClasses.contains("afspraak-knoop") == true)
      let spokes = diagram.edges.filter { $0.from == afspraak }
      #expect(spokes.map(\.to).sorted() == parties)
      #expect(spokes.allSatisfy { $0.line == .dashed && $0.label == nil && !$0.isConstraint })
    }
  }

  @Test func noEdgeIsALoopAndEveryLabelledEdgeRanks() throws {
    // Graphviz 2.43 frees labelled flat edges and loops twice; the builder never makes them.
    for view in View.all(in: model, on: day) where !view.isChart {
      let diagram = try DiagramBuilder(
        model: model, peildatum: day, highlights: Fixtures.highlights
      )
      .build(view)
      #expect(diagram.edges.allSatisfy { $0.from != $0.to })
      // An overlay edge is laid out apart (routed over the finished layout), never as flat.
      #expect(diagram.edges.allSatisfy { $0.label == nil || $0.isConstraint || $0.isOverlay })
      for group in diagram.sameRank {
        let members = Set(group)
        #expect(
          !diagram.edges.contains {
            $0.label != nil && members.contains($0.from) && members.contains($0.to)
          })
      }
    }
  }

  @Test func aUnitInsideTheExecutorThatCommissionsItGetsItsOwnCard() throws {
    var inside = model
    inside.roles.append(Role(kind: .opdrachtgever, holder: "svb-rvb", executor: "svb"))
    let diagram = try DiagramBuilder(model: inside, peildatum: day).build(.driehoek("svb"))
    #expect(diagram.edges.contains { $0.from == "svb-rvb" && $0.to == "svb" })
    // An organisation holding a role over itself gets a line on its card instead of a loop.
    var itself = model
    itself.roles.append(Role(kind: .opdrachtgever, holder: "svb", executor: "svb"))
    let text = DOTWriter().write(
      try DiagramBuilder(model: itself, peildatum: day).build(.driehoek("svb")))
    #expect(!text.contains("\"svb\" -> \"svb\""))
    #expect(text.contains("ook eigen opdrachtgever"))
  }

  @Test func openFindingsAreOutlinedInRedWithTheirCodes() throws {
    let diagram = try DiagramBuilder(model: model, peildatum: day, highlights: Fixtures.highlights)
      .build(.driehoek("uwv"))
    let card = try #require(node("szw-dgsz", in: diagram))
    #expect(card.svgClasses.contains("bevinding-open"))
    #expect(card.svgClasses.contains("bevinding-SD05"))
    let text = DOTWriter().write(diagram)
    #expect(text.contains("COLOR=\"#D52B1E\""))
    let edges = diagram.edges.filter { $0.from == "szw-dgsz" && $0.to == "uwv" }
    #expect(edges.count == 2)
    #expect(
      edges.allSatisfy {
        $0.color.description == "#D52B1E" && $0.svgClasses.contains("bevinding-open")
      })
    // Without the highlight nothing is red.
    #expect(!(try dot(.driehoek("uwv"))).contains("#D52B1E"))
  }

  @Test func acceptedRisksAreMuted() throws {
    let diagram = try DiagramBuilder(model: model, peildatum: day, highlights: Fixtures.highlights)
      .build(.driehoek("svb"))
    let pgb = try #require(diagram.edges.first { $0.from == "vws-dglz" && $0.to == "svb" })
    #expect(pgb.svgClasses.contains("bevinding-geaccepteerd"))
    #expect(pgb.color.description == "#8C8C8C")
    #expect(DOTWriter().write(diagram).contains("SD13 geaccepteerd"))
  }

  @Test func theLegendListsOnlyWhatThePictureUses() throws {
    let triangle = try dot(.driehoek("svb"))
    #expect(!triangle.contains("KETENREGISSEUR"))
    #expect(!triangle.contains("ketenregie (gestippeld"))
    #expect(!triangle.contains("fout: rood omlijnd"))
    let landschap = try dot(.landschap, highlights: Fixtures.highlights)
    #expect(landschap.contains("KETENREGISSEUR"))
    #expect(landschap.contains("ketenregie (gestippeld"))
    #expect(landschap.contains("fout: rood omlijnd"))
    #expect(landschap.contains("info: witte badge"))
    #expect(!landschap.contains("waarschuwing: gele badge"))
    #expect(landschap.contains("geaccepteerd risico"))
  }

  @Test func theTitleBlockNamesModelViewAndPeildatum() throws {
    let text = try dot(.keten("werk-en-inkomen"))
    #expect(text.contains("Kaartenset voorbeeld"))
    #expect(text.contains("view keten:werk-en-inkomen · peildatum 2026-03-01"))
    #expect(text.hasPrefix("digraph \"keten-werk-en-inkomen\" {"))
  }

  @Test func bevindingenGroupsThePartiesOfOpenErrorsAndWarningsByFinding() throws {
    let diagram = try DiagramBuilder(model: model, peildatum: day, highlights: Fixtures.highlights)
      .build(.bevindingen)
    // SD05 (fout) names szw-dgsz and uwv. SD09 is info and SD13 accepted: counted, not drawn.
    let frames = diagram.clusters.filter { $0.svgClasses.contains("bevinding-kader") }
    #expect(frames.map(\.svgClasses).map { $0.contains("bevinding-SD05") } == [true])
    #expect(
      frames.first.map { Set($0.nodes.map(\.name)) } == ["bevinding1:szw-dgsz", "bevinding1:uwv"])
    let text = DOTWriter().write(diagram)
    #expect(text.contains("niet getekend: 1 open info-bevinding en 1 bevinding met een afwijking."))
    let empty = try DiagramBuilder(model: model, peildatum: day).build(.bevindingen)
    #expect(
      DOTWriter().write(empty).contains(
        "Geen open bevindingen (fout of waarschuwing) op 2026-03-01."))
  }

  @Test func outputDoesNotDependOnTheOrderOfTheModel() throws {
    var shuffled = model
    shuffled.organisations.reverse()
    shuffled.roles.reverse()
    shuffled.opdrachten.reverse()
    shuffled.afspraken.reverse()
    let highlights = Array(Fixtures.highlights.reversed())
    for view in View.all(in: model, on: day) where !view.isChart {
      let original = try dot(view, highlights: Fixtures.highlights)
      let reordered = DOTWriter().write(
        try DiagramBuilder(model: shuffled, peildatum: day, highlights: highlights).build(view))
      #expect(original == reordered, "\(view)")
    }
  }

  @Test func everyNodeAndEdgeHasAUniqueID() throws {
    for view in View.all(in: model, on: day) where !view.isChart {
      let diagram = try DiagramBuilder(
        model: model, peildatum: day, highlights: Fixtures.highlights
      )
      .build(view)
      let ids =
        diagram.allNodes.map(\.svgID) + diagram.edges.map(\.svgID)
        + diagram.allClusters.map(\.svgID)
      #expect(Set(ids).count == ids.count, "\(view)")
    }
  }
}

@Suite struct LegendTests {
  @Test(arguments: Fixtures.goldenCases.map(\.model))
  func theLegendExplainsEveryMarkInEveryView(_ name: String) throws {
    let model = try Fixtures.model(name)
    let day = try #require(model.peildatum)
    let builder = DiagramBuilder(
      model: model, peildatum: day, highlights: Fixtures.highlights(for: name, model: model))
    for view in builder.views {
      let diagram = try builder.build(view)
      guard let legend = diagram.allClusters.first(where: { $0.name == "legenda" }) else {
        // Only a picture without marks (an empty bevindingen) has no legend.
        #expect(!diagram.allNodes.contains { $0.svgClasses.contains("kaart") }, "\(view)")
        continue
      }
      let text = DOTWriter().write(Diagram(name: "l", title: "", summary: "", clusters: [legend]))
      let marks = diagram.allNodes.filter { !$0.svgClasses.contains("legenda") }
      let classes = Set(marks.flatMap(\.svgClasses) + diagram.edges.flatMap(\.svgClasses))
      let expected: [(String, String)] = [
        ("soort-ministerie", "MINISTERIE"), ("soort-zbo-publiek", "ZBO / RWT"),
        ("soort-extern", "EXTERNE PARTIJ"), ("rol-eigenaar", "eigenaar (dik, ruit)"),
        ("rol-opdrachtgever", "opdrachtgever, met opdrachten"),
        ("coordinerend", "coördinerend opdrachtgever"), ("rol-regisseur", "ketenregie"),
        ("afspraak-knoop", "afspraak: naam en soort"), ("ernst-fout", "fout: rood omlijnd"),
        ("ernst-waarschuwing", "waarschuwing: gele badge"), ("ernst-info", "info: witte badge"),
        ("bevinding-geaccepteerd", "geaccepteerd risico"),
        ("elders-betrokken", "genoemd in bevindingen elders"),
        ("buiten-driehoek", "partij bij een afspraak, zonder rol hier"),
        ("gedelegeerd", "gedelegeerd via"), ("zonder-rol", "zonder opdrachtgeversrol: echt"),
      ]
      for (mark, explanation) in expected where classes.contains(mark) {
        #expect(text.contains(explanation), "\(view): \(mark) niet in de legenda")
      }
      for (mark, explanation) in expected where !classes.contains(mark) {
        // Nothing unused: a mark absent from the picture is absent from the legend.
        if mark.hasPrefix("rol-") || mark == "afspraak-knoop" || mark.hasPrefix("bevinding")
          || mark.hasPrefix("ernst") || mark == "elders-betrokken" || mark == "buiten-driehoek"
        {
          #expect(
            !text.contains(explanation), "\(view): \(explanation) staat onnodig in de legenda")
        }
      }
      if diagram.allClusters.contains(where: { $0.svgClasses.contains("keten") }) {
        #expect(text.contains("keten (gestreept kader)"), "\(view)")
      }
    }
  }
}
