import DriehoekDiagram
import DriehoekModel
import Testing

/// The diagrams tell the truth (issue 15), on the `kindregelingen` fixture, which reproduces each
/// defect with the analysis' own findings: findings scoped to the view, severity marks, delegated
/// opdrachten, every agreement of a triangle, persons on every function card, and `bevindingen`
/// grouped by finding.
@Suite struct TruthfulDiagramTests {
  let model: Model
  let day: Day
  let highlights: [DiagramHighlight]

  init() throws {
    model = try Fixtures.model("kindregelingen")
    day = try #require(model.peildatum)
    highlights = Fixtures.highlights(for: "kindregelingen", model: model)
  }

  private func build(_ view: View, model: Model? = nil) throws -> Diagram {
    try DiagramBuilder(model: model ?? self.model, peildatum: day, highlights: highlights)
      .build(view)
  }

  private func card(_ id: ElementID, in diagram: Diagram) throws -> DiagramNode {
    try #require(diagram.allNodes.first { $0.svgID == "kaart-\(id)" }, "kaart-\(id)")
  }

  private func findingCodes(_ node: DiagramNode) -> [String] {
    node.svgClasses.filter { $0.hasPrefix("bevinding-SD") }.map { String($0.dropFirst(10)) }
  }

  // MARK: - 1. Findings scoped to the subject

  @Test func theFixtureHasFindingsInEveryTriangleThatNameSharedCards() {
    // The check below tests something: SD14 about Douane names SG Financiën, the eigenaar of
    // Belastingdienst; SVB's own findings name SVB.
    #expect(
      highlights.contains { $0.code == "SD14" && $0.betreft == ["douane", "vws-dgcz", "fin-sg"] })
    #expect(highlights.contains { $0.code == "SD11" && $0.betreft.first == "svb" })
    #expect(!highlights.contains { $0.betreft.contains("belastingdienst") })
  }

  @Test func everyBadgeInATriangleIsAboutItsExecutorAndNamesItsCard() throws {
    var badges = 0
    for view in DiagramBuilder(model: model, peildatum: day).views {
      guard case .driehoek(let executor) = view else { continue }
      for node in try build(view).allNodes where node.svgClasses.contains("kaart") {
        let id = ElementID(String(node.svgID.dropFirst("kaart-".count)))
        for code in findingCodes(node) {
          badges += 1
          #expect(
            highlights.contains {
              $0.code == code && $0.betreft.contains(executor) && $0.betreft.contains(id)
            }, "\(view): \(id) toont \(code)")
        }
      }
    }
    #expect(badges > 10)
  }

  @Test func aCardSharedWithAnotherExecutorCountsItsFindingsNeutrally() throws {
    let diagram = try build(.driehoek("belastingdienst"))
    let owner = try card("fin-sg", in: diagram)
    #expect(findingCodes(owner).isEmpty)
    #expect(owner.svgClasses.contains("elders-betrokken"))
    #expect(!owner.svgClasses.contains("bevinding-open"))
    #expect(owner.tooltip?.contains("SD14") == true)
    #expect(!DOTWriter().write(diagram).contains("#D52B1E"), "niets is rood")
    // In Douane's own triangle the same finding is shown on the same card.
    let douane = try card("fin-sg", in: try build(.driehoek("douane")))
    #expect(findingCodes(douane) == ["SD14"])
  }

  @Test func ministryAndKetenViewsShowOnlyFindingsAboutTheirSubject() throws {
    // SD14 about SVB names VWS' DG Langdurige Zorg: it is about SZW (its eigenaar) and about VWS.
    let vws = try build(.ministerie("vws"))
    #expect(findingCodes(try card("vws-dglz", in: vws)).contains("SD14"))
    // In the keten view (svb and toeslagen) Douane's findings never show on VWS' DG Curatieve Zorg.
    let keten = try build(.keten("kindregelingen"))
    let dgcz = try card("vws-dgcz", in: keten)
    #expect(!findingCodes(dgcz).contains("SD08"))
    #expect(dgcz.svgClasses.contains("elders-betrokken"))
  }

  @Test func theScopeIsAPureFunctionOfPlainValues() {
    let sd14 = DiagramHighlight(
      code: "SD14", severity: .waarschuwing, betreft: ["douane", "vws-dgcz", "fin-sg"])
    let accepted = DiagramHighlight(
      code: "SD08", severity: .waarschuwing, betreft: ["douane", "fin-sg"], isAccepted: true)
    let triangle = FindingScope(subject: ["belastingdienst"])
    #expect(!triangle.shows(sd14, onCard: "fin-sg"))
    #expect(FindingScope(subject: ["douane"]).shows(sd14, onCard: "fin-sg"))
    #expect(!FindingScope(subject: ["douane"]).shows(sd14, onCard: "szw-sg"))
    #expect(FindingScope.wholeModel.shows(sd14, onCard: "vws-dgcz"))
    let placed = triangle.placement(of: [sd14, accepted], onCard: "fin-sg")
    #expect(placed.shown.isEmpty)
    #expect(placed.elsewhere == [sd14], "an accepted risk is not counted")
    #expect(triangle.shows(sd14, onRelationOf: ["vws-dgcz"]))
    #expect(
      DiagramBuilder(model: model, peildatum: day).findingScope(for: .ministerie("szw"))
        == FindingScope(subject: ["szw", "szw-sg", "szw-dgsz", "szw-dir-kind"]))
  }

  // MARK: - 2. Severity decides the mark

  @Test func onlyAnErrorOutlinesACardInRed() throws {
    let diagram = try build(.driehoek("svb"))
    let svb = try card("svb", in: diagram)
    #expect(svb.svgClasses.contains("ernst-fout"))
    #expect(
      DOTWriter().write(Diagram(name: "k", title: "", summary: "", nodes: [svb])).contains(
        "COLOR=\"#D52B1E\""))
    let principal = try card("szw-dgsz", in: diagram)
    #expect(principal.svgClasses.contains("ernst-waarschuwing"))
    #expect(!principal.svgClasses.contains("ernst-fout"))
    let text = DOTWriter().write(Diagram(name: "k", title: "", summary: "", nodes: [principal]))
    #expect(!text.contains("#D52B1E"))
    #expect(text.contains("▲ SD08"))
    #expect(text.contains("#FFB612"))
  }

  @Test func aWarningOnAnEdgeKeepsTheLineAndPrintsItsCode() throws {
    // SD08, SD09 and SD14 about Douane concern its VWS opdrachtgever: all warnings.
    let diagram = try build(.driehoek("douane"))
    let edge = try #require(diagram.edges.first { $0.svgID == "opdrachtgever-vws-dgcz-douane" })
    #expect(edge.svgClasses.contains("ernst-waarschuwing"))
    #expect(edge.svgClasses.contains("bevinding-SD09"))
    #expect(edge.color.description == "#007BC7", "de lijn van de opdrachtgever, niet rood")
    let text = DOTWriter().write(Diagram(name: "e", title: "", summary: "", edges: [edge]))
    #expect(text.contains("▲ SD08 SD09 SD14"))
    // An error on an edge does turn it red: SD11 names SVB's opdrachten.
    let svb = try build(.driehoek("svb"))
    let pgb = try #require(svb.edges.first { $0.svgID == "opdrachtgever-vws-dglz-svb" })
    #expect(pgb.color.description == "#D52B1E")
  }

  // MARK: - 3. Delegated opdrachten, and a real absence of the role

  @Test func anOpdrachtFromInsideTheRoleHoldingUnitIsDelegated() throws {
    let diagram = try build(.driehoek("toeslagen"))
    let edge = try #require(
      diagram.edges.first { $0.svgID == "opdrachtgever-szw-dir-kind-toeslagen" })
    #expect(edge.svgClasses.contains("gedelegeerd"))
    #expect(!edge.svgClasses.contains("zonder-rol"))
    let text = DOTWriter().write(diagram)
    #expect(text.contains("gedelegeerd via DG Sociale<BR/>Zekerheid en Integratie"))
    #expect(edge.tooltip?.contains("ligt binnen DG Sociale Zekerheid en Integratie") == true)
    #expect(!text.contains("zonder opdrachtgeversrol"))
    for view in DiagramBuilder(model: model, peildatum: day).views {
      #expect(try !build(view).edges.contains { $0.svgClasses.contains("zonder-rol") }, "\(view)")
    }
  }

  @Test func anOpdrachtWithoutAnyRoleKeepsTheZonderRolMark() throws {
    // Such a model does not load today (issue 21 makes it SD19), so it is built in code.
    var informal = model
    informal.opdrachten.append(
      Opdracht(
        id: "informeel", name: "Informele klus", opdrachtgever: "ocw-dgho", opdrachtnemer: "svb"))
    let diagram = try build(.driehoek("svb"), model: informal)
    let edge = try #require(diagram.edges.first { $0.svgID == "opdrachtgever-ocw-dgho-svb" })
    #expect(edge.svgClasses.contains("zonder-rol"))
    #expect(!edge.svgClasses.contains("gedelegeerd"))
    #expect(DOTWriter().write(diagram).contains("opdracht zonder opdrachtgeversrol"))
  }

  // MARK: - 4. Every agreement of a triangle; outside parties compact, not in the owner's row

  /// The text of a node's label as DOT writes it.
  private func labelText(_ node: DiagramNode) -> String {
    DOTWriter().write(Diagram(name: "k", title: "", summary: "", nodes: [node]))
  }

  @Test func theOpdrachtgeversoverlegIsInTheTriangle() throws {
    // DG Toeslagen, a unit of Toeslagen and a party of the overleg, is also opdrachtgever of
    // Belastingdienst, so it has a card of its own. Toeslagen has so many opdrachtgevers and
    // afspraken that its triangle is dense: the hub stands below the executor, linked to it, and
    // names its parties instead of a line to each (docs/diagrams.md, "Driehoeken op A4").
    let diagram = try build(.driehoek("toeslagen"))
    let hub = try #require(diagram.allNodes.first { $0.svgID == "afspraak-og-toeslagen" })
    let text = labelText(hub)
    let parties = [
      "fin-sg": "Secretaris-generaal Financiën", "szw-dgsz": "DG Sociale Zekerheid en Integratie",
      "vws-dgcz": "DG Curatieve Zorg", "vro-dgvh": "DG Volkshuisvesting en Bouwen",
    ]
    for (party, name) in parties {
      #expect(text.contains(name), "\(party)")
      #expect(!diagram.edges.contains { $0.svgID == "afspraak-og-toeslagen-\(party)" }, "\(party)")
    }
    #expect(diagram.edges.contains { $0.svgID == "onder-og-toeslagen" })
  }

  @Test func anAgreementBindingAUnitOfTheExecutorAndItsEigenaarIsInTheTriangle() throws {
    // Werkafspraken Belastingdienst binds DG Toeslagen (a unit of Toeslagen with a card of its
    // own) and SG Financiën (the eigenaar of Toeslagen); it is not a coordinating kind. In the
    // dense triangle Belastingdienst, a party outside it, is named in the hub, not drawn.
    let diagram = try build(.driehoek("toeslagen"))
    let hub = try #require(diagram.allNodes.first { $0.svgID == "afspraak-bd-werkafspraken" })
    #expect(labelText(hub).contains("Belastingdienst"))
    #expect(!diagram.allNodes.contains { $0.svgID == "kaart-belastingdienst" })
  }

  @Test func aCoordinatingOverlegOfAllPrincipalsIsInTheTriangle() throws {
    let kaartenset = try Fixtures.model("kaartenset")
    let diagram = try DiagramBuilder(model: kaartenset, peildatum: day).build(.driehoek("svb"))
    #expect(diagram.allNodes.contains { $0.svgID == "afspraak-og-overleg-svb" })
  }

  @Test func partiesOutsideTheTriangleAreCompactInTheExecutorsRow() throws {
    let diagram = try build(.driehoek("ciz"))
    let svb = try card("svb", in: diagram)
    #expect(svb.svgClasses.contains("kaart-compact"))
    #expect(findingCodes(svb).isEmpty)
    #expect(!svb.svgClasses.contains { $0.hasPrefix("rol-") || $0.hasPrefix("ernst") })
    #expect(diagram.sameRank.contains { $0.contains("svb") && $0.contains("ciz") })
    #expect(!diagram.sameRank.contains { $0.contains("svb") && $0.contains("vws-sg") })
    let text = DOTWriter().write(Diagram(name: "k", title: "", summary: "", nodes: [svb]))
    #expect(text.contains("Sociale Verzekeringsbank"))
    #expect(text.contains("ZBO (PUBLIEKRECHTELIJK)"))
    #expect(text.contains("POINT-SIZE=\"10\""))
  }

  // MARK: - 5. A person on the card of every function

  @Test func aPersonAppearsOnEveryFunctionCard() throws {
    for order in [["szw-dgsz", "vws-dglz"], ["vws-dglz", "szw-dgsz"]] as [[ElementID]] {
      var swapped = model
      let position = try #require(swapped.persons.firstIndex { $0.id == "p-devries" })
      swapped.persons[position].functions = order
      let diagram = try build(.driehoek("svb"), model: swapped)
      for id in order {
        let text = DOTWriter().write(
          Diagram(name: "k", title: "", summary: "", nodes: [try card(id, in: diagram)]))
        #expect(text.contains("J. de Vries"), "\(id) bij volgorde \(order)")
      }
    }
  }

  // MARK: - 6. bevindingen grouped by finding

  @Test func bevindingenHasOneFramePerOpenErrorOrWarning() throws {
    let diagram = try build(.bevindingen)
    let open = highlights.filter { !$0.isAccepted && $0.severity >= .waarschuwing }
    let frames = diagram.clusters.filter { $0.svgClasses.contains("bevinding-kader") }
    #expect(frames.count == open.count)
    #expect(open.count >= 10)
    #expect(frames.first?.svgClasses.contains("ernst-fout") == true, "fouten eerst")
    for frame in frames {
      let code = try #require(frame.svgClasses.first { $0.hasPrefix("bevinding-SD") })
      #expect(!frame.nodes.isEmpty)
      #expect(frame.isSameRank)
      let named = frame.nodes.filter { $0.svgClasses.contains(code) }
      #expect(!named.isEmpty, "\(frame.svgID)")
    }
    #expect(!diagram.clusters.contains { $0.svgClasses.contains("ernst-info") })
    let text = DOTWriter().write(diagram)
    #expect(text.contains("niet getekend: 1 open info-bevinding."))
    // A grid: invisible edges of weight 0 order the rows without pulling the frames into line.
    let grid = diagram.edges.filter { $0.line == .invisible }
    #expect(!grid.isEmpty && grid.allSatisfy { $0.weight == 0 })
    #expect(text.contains("weight=0"))
  }
}
