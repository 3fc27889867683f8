import DriehoekAnalysis
import DriehoekModel

extension ReportOutline {
  /// The units and organisations valid on the peildatum that hold a valid role, commission an
  /// opdracht, are bound by a valid afspraak or direct a keten, with what they do.
  static func parties(in context: AnalysisContext, language: Language) -> [PartyEntry] {
    var roles: [ElementID: [String]] = [:]
    var executors: [ElementID: Set<ElementID>] = [:]
    func add(_ party: ElementID, _ phrase: String, executor: ElementID? = nil) {
      guard context.isValid(party), context.index.person(party) == nil else { return }
      if !(roles[party, default: []].contains(phrase)) { roles[party, default: []].append(phrase) }
      if let executor { executors[party, default: []].insert(executor) }
    }
    let name = { (id: ElementID) in context.index.name(of: id) }
    for executor in context.executors {
      for role in context.roles(of: executor.id) where context.isValid(role) {
        let word: String =
          switch role.kind {
          case .eigenaar: language.pick("eigenaar", "owner")
          case .opdrachtgever:
            role.isCoordinating
              ? language.pick("coördinerend opdrachtgever", "coordinating principal")
              : language.pick("opdrachtgever", "principal")
          case .opdrachtnemer: language.pick("opdrachtnemer", "executor")
          }
        add(
          role.holder, word + language.pick(" van ", " of ") + name(executor.id),
          executor: executor.id)
      }
    }
    for opdracht in context.model.opdrachten where opdracht.period.contains(context.peildatum) {
      if let principal = opdracht.opdrachtgever {
        add(principal, language.pick("geeft opdracht ", "commissions ") + opdracht.name)
      }
    }
    for afspraak in context.validAfspraken {
      for party in afspraak.parties {
        add(
          party,
          language.pick("partij in ", "party to ") + (afspraak.name ?? afspraak.id.rawValue))
      }
    }
    for keten in context.model.ketens {
      if let regisseur = keten.regisseur {
        add(regisseur, language.pick("regisseur van ", "director of ") + keten.name)
      }
    }
    return roles.keys.map { id in
      PartyEntry(
        id: id, name: name(id), organisation: context.index.owningOrganisation(of: id) ?? id,
        roles: roles[id] ?? [], executors: (executors[id] ?? []).sorted())
    }
    .sorted { lhs, rhs in
      let left = (name(lhs.organisation), lhs.organisation == lhs.id ? 0 : 1, lhs.name, lhs.id)
      let right = (name(rhs.organisation), rhs.organisation == rhs.id ? 0 : 1, rhs.name, rhs.id)
      return left < right
    }
  }
}
