import DriehoekAnalysis
import DriehoekDiagram
import DriehoekModel

extension KaartenHTMLWriter {
  // MARK: Party cards

  /// The front of a party's card: header band, name, organisation, role badges, relations.
  func front(_ card: Kaart, number: Int, set: KaartenSet) -> HTMLFragment {
    let language = set.language
    let heading = "kaart-\(number)-voor"
    var band = KaartensetLook.word(for: card.kind)
    if let unitKind = card.unitKind {
      band += " · " + KaartensetLook.word(for: unitKind).uppercased()
    }
    if language == .en { band = englishBand(card) }
    var children: [HTMLFragment] = [
      .element(
        "div", [("class", "band " + KaartenStyleSheet.bandClass(card.kind))], text: band),
      .element("h2", [("id", heading)], text: KaartText.shortened(card.name, to: 80)),
    ]
    if let organisation = card.organisation {
      children.append(
        .element("p", [("class", "organisatie")], text: KaartText.shortened(organisation, to: 90)))
    }
    if !card.roles.isEmpty {
      children.append(
        .element(
          "ul", [("class", "rollen"), ("aria-label", language.pick("Rollen", "Roles"))],
          card.roles.map { role in
            .element("li", [("class", "rol rol-" + role.rawValue)], text: role.word(in: language))
          }))
    }
    children.append(
      .element(
        "div", [("class", "blokken")],
        fitted(card, language: language).map { block in
          .element(
            "section", [("class", "blok")],
            [
              .element("h3", text: block.title),
              .element(
                "ul", [],
                block.items.enumerated().map { offset, item in
                  offset == block.items.count - 1 && block.endsWithMore
                    ? .element("li", [("class", "meer")], text: item)
                    : .element("li", text: item)
                }),
            ])
        }))
    let questions = card.questions.count
    children.append(
      .element(
        "p", [("class", "voet")],
        [
          .element("span", text: "id: " + KaartText.shortened(card.id.rawValue, to: 40)),
          .element(
            "span",
            text: questions == 0
              ? language.pick("geen open bevindingen", "no open findings")
              : language.pick(
                questions == 1
                  ? "1 gespreksvraag op de achterkant" : "\(questions) gespreksvragen achterop",
                questions == 1 ? "1 question on the back" : "\(questions) questions on the back")),
        ]))
    return .element(
      "article",
      [
        ("class", "kaart kaart-voorkant" + (card.isExecutor ? " uitvoerder" : " rolhouder")),
        ("data-partij", card.id.rawValue), ("aria-labelledby", heading),
      ], children)
  }

  /// The back of a party's card: its discussion questions, then lines to write on.
  func back(_ card: Kaart, number: Int, set: KaartenSet) -> HTMLFragment {
    let language = set.language
    let heading = "kaart-\(number)-achter"
    var children: [HTMLFragment] = [
      .element(
        "div", [("class", "band band-vragen")],
        text: language.pick("Gespreksvragen", "Questions for the meeting")),
      .element("h2", [("id", heading)], text: KaartText.shortened(card.name, to: 80)),
    ]
    if card.questions.isEmpty {
      children.append(
        .element(
          "p", [("class", "geen-vragen")],
          text: language.pick(
            "Geen open bevindingen over deze partij. Wat gaat er goed, en wat wil je de anderen "
              + "vragen?",
            "No open findings about this party. What works well, and what do you want to ask "
              + "the others?")))
    } else {
      let shown = Self.shownQuestions(card.questions)
      children.append(
        .element(
          "ol", [("class", "vragen")],
          shown.map { question in
            .element(
              "li", [("class", "vraag ernst-" + question.severity.rawValue)],
              [
                .element(
                  "p", [("class", "vraag-kop")],
                  [
                    .element("span", [("class", "code")], text: question.code),
                    .text(" · " + question.severity.word(in: language).uppercased()),
                  ]),
                .element(
                  "p", [("class", "vraag-tekst")],
                  text: KaartText.shortened(question.text, to: 230)),
                .element(
                  "p", [("class", "richting")],
                  text: language.pick("Richting: ", "Direction: ")
                    + KaartText.shortened(question.hint, to: 110)),
              ])
          }))
      let rest = card.questions.dropFirst(shown.count)
      if !rest.isEmpty {
        var counts: [(code: String, count: Int)] = []
        for question in rest {
          if let position = counts.firstIndex(where: { $0.code == question.code }) {
            counts[position].count += 1
          } else {
            counts.append((question.code, 1))
          }
        }
        let codes = KaartText.shortened(
          counts.map { $0.count == 1 ? $0.code : "\($0.code) ×\($0.count)" }
            .joined(separator: ", "), to: 60)
        children.append(
          .element(
            "p", [("class", "meer")],
            text: language.pick(
              "en \(rest.count) meer: \(codes) (zie driehoek report)",
              "and \(rest.count) more: \(codes) (see driehoek report)")))
      }
    }
    children.append(notes(language))
    children.append(
      .element(
        "p", [("class", "voet")],
        [
          .element("span", text: "id: " + KaartText.shortened(card.id.rawValue, to: 40)),
          .element("span", text: KaartText.shortened(set.modelName, to: 50)),
        ]))
    return .element(
      "article",
      [
        ("class", "kaart kaart-achterkant" + (card.isExecutor ? " uitvoerder" : " rolhouder")),
        ("data-partij", card.id.rawValue), ("aria-labelledby", heading),
      ], children)
  }

  /// The questions a back shows: the most serious first, as many as fit in
  /// ``questionCharacterBudget`` (at least one, at most ``maximumQuestions``), so that lines to
  /// write on remain.
  static func shownQuestions(_ questions: [KaartVraag]) -> [KaartVraag] {
    var used = 0
    var result: [KaartVraag] = []
    for question in questions.prefix(maximumQuestions) {
      let length = min(question.text.count, 230) + min(question.hint.count, 110)
      if !result.isEmpty && used + length > questionCharacterBudget { break }
      used += length
      result.append(question)
    }
    return result
  }

  /// A block as the front shows it: the lines that fit, the last one perhaps "en N meer".
  struct FittedBlock {
    var title: String
    var items: [String]
    var endsWithMore: Bool
  }

  /// The blocks of a front cut to what fits on an A6 card: at most ``maximumItems`` lines a
  /// block, every line at most three printed lines, and all of them within the card's line
  /// budget (what the name and organisation leave); lines that do not fit are summed up as "en
  /// N meer", blocks that do not fit at all in one last line.
  func fitted(_ card: Kaart, language: Language) -> [FittedBlock] {
    func printedLines(_ text: String, perLine: Int) -> Double {
      Double(max(1, (text.count + perLine - 1) / perLine))
    }
    let title = KaartText.shortened(card.name, to: 80)
    var remaining =
      Self.frontLineBudget - 1.5 * printedLines(title, perLine: 28)
      - (card.organisation.map { printedLines(KaartText.shortened($0, to: 90), perLine: 58) } ?? 0)
    var result: [FittedBlock] = []
    var omitted: [String] = []
    for block in card.blocks {
      // A heading, one line and the closing line, or the block is only named at the end.
      guard remaining >= 3.5 else {
        omitted.append(block.title)
        continue
      }
      remaining -= 1.4
      var items: [String] = []
      for (offset, item) in block.items.enumerated() {
        let text = KaartText.shortened(item, to: 150)
        let lines = printedLines(text, perLine: 54)
        let isLast = offset == block.items.count - 1
        let reserve: Double = isLast ? 0 : 1
        if items.count == Self.maximumItems - (isLast ? 0 : 1) || lines + reserve > remaining {
          break
        }
        items.append(text)
        remaining -= lines
      }
      if items.isEmpty, let first = block.items.first {
        items.append(KaartText.shortened(first, to: 50))
        remaining -= 1
      }
      let more = block.items.count - items.count
      if more > 0 {
        items.append(language.pick("en \(more) meer", "and \(more) more"))
        remaining -= 1
      }
      result.append(FittedBlock(title: block.title, items: items, endsWithMore: more > 0))
    }
    if !omitted.isEmpty, var last = result.popLast() {
      let names = KaartText.shortened(omitted.joined(separator: ", "), to: 60)
      last.items.append(language.pick("en meer: \(names)", "and more: \(names)"))
      last.endsWithMore = true
      result.append(last)
    }
    return result
  }

  /// At most ``maximumItems`` lines; the rest summed up as "en N meer".
  func capped(_ items: [String], language: Language) -> [HTMLFragment] {
    let limit = Self.maximumItems
    let shown = items.count > limit ? Array(items.prefix(limit - 1)) : items
    var result = shown.map { HTMLFragment.element("li", text: KaartText.shortened($0, to: 130)) }
    if items.count > shown.count {
      let more = items.count - shown.count
      result.append(
        .element(
          "li", [("class", "meer")],
          text: language.pick("en \(more) meer", "and \(more) more")))
    }
    return result
  }

  private func notes(_ language: Language) -> HTMLFragment {
    .element(
      "div", [("class", "aantekeningen")],
      [
        .element("h3", text: language.pick("Aantekeningen", "Notes")),
        .element(
          "div", [("class", "regels"), ("aria-hidden", "true")],
          Array(repeating: .element("div", [("class", "regel")]), count: 18)),
      ])
  }

  private func englishBand(_ card: Kaart) -> String {
    let kind: String =
      switch card.kind {
      case .ministerie: "MINISTRY"
      case .agentschap: "AGENCY"
      case .zboPubliek: "ZBO (PUBLIC LAW)"
      case .zboPrivaat: "ZBO (PRIVATE LAW)"
      case .rwt: "RWT"
      case .dienst: "SERVICE"
      case .sso: "SHARED SERVICE ORGANISATION"
      case .gemeente: "MUNICIPALITY"
      case .extern: "EXTERNAL PARTY"
      }
    guard let unitKind = card.unitKind else { return kind }
    let unit: String =
      switch unitKind {
      case .sg: "SECRETARY-GENERAL"
      case .psg: "DEPUTY SECRETARY-GENERAL"
      case .dg: "DIRECTORATE-GENERAL"
      case .directie: "DIRECTORATE"
      case .afdeling: "DEPARTMENT"
      case .bestuur: "BOARD"
      case .eigenaarsadvisering: "OWNERSHIP ADVICE"
      case .overig: "UNIT"
      }
    return kind + " · " + unit
  }

  private func severityMeaning(_ severity: Severity, _ language: Language) -> String {
    switch severity {
    case .fout:
      language.pick(
        "volle balk; strijdig met een regel, eerst bespreken",
        "solid bar; against a rule, discuss first")
    case .waarschuwing:
      language.pick(
        "gestreepte balk; een risico om af te spreken", "dashed bar; a risk to agree on")
    case .info:
      language.pick("gestippelde balk; goed om te weten", "dotted bar; good to know")
    }
  }

  // MARK: The cover

  /// The cover card: the model, the peildatum and the executors at the table.
  func cover(_ set: KaartenSet) -> HTMLFragment {
    let language = set.language
    var children: [HTMLFragment] = [
      .element(
        "div", [("class", "band")],
        text: language.pick(
          "Kaartenset · ambtelijke sturingsdriehoek", "Card set · governance triangle")),
      .element("h1", [("id", "omslag-voor")], text: KaartText.shortened(set.modelName, to: 90)),
    ]
    if let description = set.description, !description.isEmpty {
      children.append(
        .element(
          "p", [("class", "beschrijving")], text: KaartText.shortened(description, to: 260)))
    }
    let executors =
      set.executorNames.isEmpty
      ? [language.pick("geen", "none")] : set.executorNames
    var items: [HTMLFragment] = [
      .element("dt", text: language.pick("Peildatum", "Reference date")),
      .element("dd", text: DocumentFormat.day(set.peildatum, language)),
      .element(
        "dt",
        text: set.isLimited
          ? language.pick("Uitvoerders in deze set", "Executors in this set")
          : language.pick("Uitvoerders aan tafel", "Executors at the table")),
      .element(
        "dd", [], [.element("ul", [("class", "lijst")], capped(executors, language: language))]),
      .element("dt", text: language.pick("In deze set", "In this set")),
      .element(
        "dd",
        text: language.pick(
          "\(set.cards.count) partijkaarten en deze omslag; \(set.openFindingCount) open "
            + "bevindingen",
          "\(set.cards.count) party cards and this cover; \(set.openFindingCount) open findings")),
    ]
    if set.isLimited {
      items.append(.element("dt", text: language.pick("Let op", "Note")))
      items.append(
        .element(
          "dd",
          text: language.pick(
            "Alleen de partijen rond deze uitvoerders, en hun relaties met deze uitvoerders.",
            "Only the parties around these executors, and their relations with them.")))
    }
    children.append(.element("dl", [("class", "gegevens")], items))
    var made =
      language.pick("Gemaakt met driehoek op ", "Made with driehoek on ")
      + DocumentFormat.day(generated, language)
    if let source { made += " · " + KaartText.shortened(source, to: 40) }
    children.append(
      .element(
        "p", [("class", "voet")],
        [.element("span", text: made), .element("span", text: "driehoek kaarten")]))
    return .element(
      "article",
      [
        ("class", "kaart kaart-voorkant kaart-omslag"), ("data-partij", Self.coverID),
        ("aria-labelledby", "omslag-voor"),
      ], children)
  }

  /// The back of the cover: how to use the cards, and what the badges mean.
  func coverBack(_ set: KaartenSet) -> HTMLFragment {
    let language = set.language
    let steps = [
      language.pick(
        "Leg voor elke partij aan tafel haar kaart neer, voorkant boven: wie is eigenaar, wie "
          + "opdrachtgever, wie opdrachtnemer?",
        "Put down the card of each party at the table, front up: who is owner, who principal, "
          + "who executor?"),
      language.pick(
        "Draai de kaarten om: achterop staan de vragen die de open bevindingen over die partij "
          + "oproepen.",
        "Turn the cards over: the back holds the questions the open findings about that party "
          + "raise."),
      language.pick(
        "Bespreek elke vraag met de partijen die hij noemt; niet de één óf de ander is aan zet, "
          + "maar beleid én uitvoering.",
        "Discuss each question with the parties it names; not one or the other is to move, but "
          + "policy and delivery together."),
      language.pick(
        "Schrijf afspraken en open punten op de lijnen, en neem de kaarten mee naar het "
          + "volgende overleg.",
        "Write agreements and open points on the lines, and bring the cards to the next "
          + "meeting."),
    ]
    let legend: [(KaartRol, String)] = [
      (.eigenaar, language.pick("zorgt voor de continuïteit", "looks after continuity")),
      (.opdrachtgever, language.pick("geeft opdrachten (beleid)", "gives assignments (policy)")),
      (.coordinerend, language.pick("stemt de opdrachtgevers af", "aligns the principals")),
      (.opdrachtnemer, language.pick("voert uit", "carries out")),
    ]
    return .element(
      "article",
      [
        ("class", "kaart kaart-achterkant kaart-omslag"), ("data-partij", Self.coverID),
        ("aria-labelledby", "omslag-achter"),
      ],
      [
        .element(
          "div", [("class", "band")], text: language.pick("Zo werkt de set", "How the set works")),
        .element(
          "h2", [("id", "omslag-achter")],
          text: language.pick("Zo gebruik je de kaarten", "How to use the cards")),
        .element("ol", [("class", "stappen")], steps.map { .element("li", text: $0) }),
        .element("h3", text: language.pick("Rollen op de kaarten", "Roles on the cards")),
        .element(
          "ul", [("class", "legenda")],
          legend.map { role, meaning in
            .element(
              "li", [],
              [
                .element(
                  "span", [("class", "rol rol-" + role.rawValue)], text: role.word(in: language)),
                .text(" " + meaning),
              ])
          }),
        .element("h3", text: language.pick("Ernst op de achterkant", "Severity on the back")),
        .element(
          "ul", [("class", "legenda")],
          [Severity.fout, .waarschuwing, .info].map { severity in
            .element(
              "li", [("class", "vraag ernst-" + severity.rawValue)],
              text: severity.word(in: language).uppercased() + ": "
                + severityMeaning(severity, language))
          }),
        .element(
          "p", [("class", "voet")],
          [
            .element(
              "span",
              text: language.pick(
                "A4, 100 %, dubbelzijdig over de lange kant", "A4, 100 %, duplex on the long edge")
            ),
            .element("span", text: language.pick("knip langs de tekens", "cut at the marks")),
          ]),
      ])
  }
}
