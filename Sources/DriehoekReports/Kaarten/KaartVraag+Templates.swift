public import DriehoekAnalysis
public import DriehoekModel

extension KaartVraag {
  /// The discussion question an open finding raises, from the template of its rule (SD01–SD18)
  /// filled in with the names of the parties it is about; a rule without a template (a newer
  /// code) gets a generic question built from the finding's message.
  ///
  /// The parties come from the finding's `betreft`, by kind: the first id is what the rule is
  /// about (``shared/rules.md``), the units and organisations after it are the other parties,
  /// and the opdrachten name their opdrachtgevers.
  public init(finding: Finding, index: ModelIndex, language: Language) {
    let parts = Parts(finding: finding, index: index, language: language)
    let text = KaartVraag.template(finding.code, parts, language)
    self.init(
      code: finding.code, slug: finding.slug, severity: finding.severity,
      text: text
        ?? language.pick(
          "Bespreek \(finding.code) (\(finding.slug)): \(KaartText.sentence(finding.message)) "
            + "Wat spreken we af, en wie pakt het op?",
          "Discuss \(finding.code) (\(finding.slug)): \(KaartText.sentence(finding.message)) "
            + "What do we agree, and who takes it up?"),
      hint: finding.oplossing, hasTemplate: text != nil)
  }

  /// The names a question is made of, by what they are in the finding.
  struct Parts {
    /// The name of the first id (what the rule is about).
    var subject: String
    /// The units and organisations after the first id.
    var parties: [String]
    /// The persons.
    var persons: [String]
    /// The opdrachten.
    var opdrachten: [String]
    /// The opdrachtgevers of the opdrachten, each once, in order.
    var principals: [String]
    /// The opdrachtnemer of the first opdracht.
    var executorOfOpdracht: String?
    /// Every name after the first, as a list.
    var rest: [String]
    var language: Language

    init(finding: Finding, index: ModelIndex, language: Language) {
      self.language = language
      let name = { (id: ElementID) in KaartText.shortened(index.name(of: id), to: 60) }
      let first = finding.betreft.first
      subject = first.map(name) ?? ""
      parties = []
      persons = []
      opdrachten = []
      principals = []
      rest = []
      for id in finding.betreft {
        if id != first { rest.append(name(id)) }
        switch index.kind(of: id) {
        case .organisation, .unit: if id != first { parties.append(name(id)) }
        case .person: persons.append(name(id))
        case .opdracht:
          opdrachten.append(name(id))
          if let opdracht = index.opdracht(id) {
            if let principal = opdracht.opdrachtgever, !principals.contains(name(principal)) {
              principals.append(name(principal))
            }
            if executorOfOpdracht == nil { executorOfOpdracht = opdracht.opdrachtnemer.map(name) }
          }
        default: break
        }
      }
    }

    /// Names as a list: `A`, `A en B`, `A, B en C` (`and` in English).
    func list(_ names: [String], limit: Int = 4) -> String {
      KaartText.list(names, limit: limit, language: language)
    }
  }

  static func template(_ code: String, _ p: Parts, _ language: Language) -> String? {
    let x = p.subject
    switch code {
    case "SD01":
      return language.pick(
        "Wie zorgt voor de continuïteit van \(x), nu er geen eigenaar is?",
        "Who looks after the continuity of \(x), now that it has no owner?")
    case "SD02":
      return language.pick(
        "\(p.list(p.parties)) zijn allebei eigenaar van \(x): wie van hen zorgt voor de "
          + "continuïteit, en wat wordt de rol van de ander?",
        "\(p.list(p.parties)) are both owner of \(x): which of them looks after its "
          + "continuity, and what becomes the other's role?")
    case "SD03":
      return p.parties.isEmpty
        ? language.pick(
          "Wie is binnen \(x) eindverantwoordelijk voor de uitvoering en spreekt namens \(x) aan "
            + "tafel?",
          "Who within \(x) is finally responsible for delivery and speaks for \(x) at the table?")
        : language.pick(
          "\(p.list(p.parties)) staan allebei als opdrachtnemer van \(x): wie is "
            + "eindverantwoordelijk en spreekt namens \(x)?",
          "\(p.list(p.parties)) are both listed as executor of \(x): who is finally "
            + "responsible and speaks for \(x)?")
    case "SD04":
      return language.pick(
        "Wie geeft \(x) opdrachten en stelt de prioriteiten, nu er geen opdrachtgever is "
          + "vastgelegd?",
        "Who gives \(x) its assignments and sets priorities, now that no principal is recorded?")
    case "SD05":
      return language.pick(
        "\(p.list(p.parties)) heeft een rol bij \(x) op een ander niveau dan de Regeling "
          + "agentschappen vraagt: wie hoort die rol te dragen?",
        "\(p.list(p.parties)) holds a role over \(x) at another level than the Regeling "
          + "agentschappen asks: who should hold that role?")
    case "SD06":
      return p.parties.count == 1
        ? language.pick(
          "\(p.parties[0]) is zowel eigenaar als opdrachtgever van \(x): hoe blijven de zorg "
            + "voor de continuïteit en de eigen beleidswensen gescheiden?",
          "\(p.parties[0]) is both owner and principal of \(x): how are care for its "
            + "continuity and its own policy wishes kept apart?")
        : language.pick(
          "Eigenaar en opdrachtgever van \(x) (\(p.list(p.parties))) zitten in dezelfde lijn: "
            + "wie bewaakt de continuïteit als een beleidswens daarmee schuurt?",
          "Owner and principal of \(x) (\(p.list(p.parties))) sit in the same line: who "
            + "guards its continuity when a policy wish chafes against it?")
    case "SD07":
      if let person = p.persons.first {
        return language.pick(
          "\(person) zit in het bestuur van \(x) en werkt ook bij \(p.list(p.parties)): hoe "
            + "voorkomen we dat \(x) zichzelf opdrachten geeft of zichzelf controleert?",
          "\(person) sits on the board of \(x) and also works at \(p.list(p.parties)): how do "
            + "we prevent \(x) from commissioning or overseeing itself?")
      }
      return language.pick(
        "\(p.list(p.parties)) hoort bij \(x) en stuurt \(x) ook aan: wie beslist als die twee "
          + "petten botsen?",
        "\(p.list(p.parties)) belongs to \(x) and also steers it: who decides when those two "
          + "hats clash?")
    case "SD08":
      return language.pick(
        "Wie brengt de wensen van \(p.list(p.parties)) aan \(x) samen, en waar spreken zij die "
          + "met elkaar af?",
        "Who brings together what \(p.list(p.parties)) want from \(x), and where do they agree "
          + "on it together?")
    case "SD09":
      let principal =
        p.principals.first ?? p.parties.first ?? language.pick("de opdrachtgever", "the principal")
      let executor =
        p.executorOfOpdracht ?? p.parties.last ?? language.pick("de uitvoerder", "the executor")
      return language.pick(
        "Waar leggen \(principal) en \(executor) vast wat de opdracht \(x) vraagt, wat die kost "
          + "en wanneer die klaar is?",
        "Where do \(principal) and \(executor) record what the assignment \(x) asks, what it "
          + "costs and when it is done?")
    case "SD10":
      let with = p.parties.first.map { language.pick(" met \($0)", " with \($0)") } ?? ""
      return language.pick(
        "De werkafspraak \(x)\(with) dekt minder dan drie jaar: wat spreken we af voor de jaren "
          + "daarna?",
        "The work agreement \(x)\(with) covers less than three years: what do we agree for the "
          + "years after?")
    case "SD11":
      let opdrachten = p.opdrachten.isEmpty ? "" : " (\(p.list(p.opdrachten, limit: 2)))"
      return language.pick(
        "\(x) heeft niet genoeg mensen voor alle opdrachten\(opdrachten): welke opdracht gaat "
          + "voor, en wie beslist dat?",
        "\(x) has too few people for all its assignments\(opdrachten): which one goes first, "
          + "and who decides?")
    case "SD12":
      let principals =
        p.principals.count >= 2
        ? p.list(p.principals) : language.pick("twee opdrachtgevers", "two principals")
      let both = p.principals.count >= 2 ? language.pick(" allebei", " both") : ""
      return language.pick(
        "Wie beslist als \(principals)\(both) voorrang willen voor hun opdracht bij \(x) "
          + "(\(p.list(p.opdrachten)))?",
        "Who decides when \(principals)\(both) want priority for their assignment at \(x) "
          + "(\(p.list(p.opdrachten)))?")
    case "SD13":
      let principal = p.principals.first ?? p.parties.first
      let executor = p.executorOfOpdracht
      let who = [principal, executor].compactMap(\.self)
      return language.pick(
        "Wie betaalt het tekort op de opdracht \(x), of wat laten "
          + (who.isEmpty ? "opdrachtgever en uitvoerder" : p.list(who)) + " dan vallen?",
        "Who pays the shortfall on the assignment \(x), or what do "
          + (who.isEmpty ? "principal and executor" : p.list(who)) + " drop instead?")
    case "SD14":
      let principal = p.parties.first ?? language.pick("de opdrachtgever", "the principal")
      let owner = p.parties.dropFirst().first ?? language.pick("de eigenaar", "the owner")
      return language.pick(
        "Opdrachtgever \(principal) en eigenaar \(owner) van \(x) horen bij verschillende "
          + "ministeries: waar stemmen zij samen met \(x) af?",
        "Principal \(principal) and owner \(owner) of \(x) belong to different ministries: "
          + "where do they agree things together with \(x)?")
    case "SD15":
      return language.pick(
        "Wie houdt de regie over de keten \(x), en waar stemmen \(p.list(p.parties)) samen af?",
        "Who directs the chain \(x), and where do \(p.list(p.parties)) agree things together?")
    case "SD16":
      let gone = p.rest.first ?? language.pick("een partij", "a party")
      return language.pick(
        "\(x) verwijst naar \(gone), dat op de peildatum niet meer bestaat: wie heeft die plaats "
          + "nu, en wie past het model aan?",
        "\(x) refers to \(gone), which no longer exists on the reference date: who holds that "
          + "place now, and who updates the model?")
    case "SD17":
      return language.pick(
        "Het geaccepteerde risico over \(p.list([x] + p.rest)) is verlopen: accepteren we het "
          + "opnieuw, en wie tekent, of lossen we het nu op?",
        "The accepted risk about \(p.list([x] + p.rest)) has expired: do we accept it again, "
          + "and who signs, or do we resolve it now?")
    case "SD18":
      return language.pick(
        "Het geaccepteerde risico over \(p.list([x] + p.rest)) past op geen bevinding meer: "
          + "is het nog nodig, of halen we het weg?",
        "The accepted risk about \(p.list([x] + p.rest)) matches no finding any more: is it "
          + "still needed, or do we remove it?")
    default:
      return nil
    }
  }
}
