import DriehoekModel

extension ReportOutline {
  /// Every distinct `bronnen` item of the model with the elements that cite it.
  ///
  /// In the order of first mention (organisations with their units, persons, roles,
  /// opdrachten, afspraken, ketens, afwijkingen). Elements count whether or not they are valid
  /// on the peildatum: a source backs the model, not one day of it.
  static func sources(of model: Model, index: ModelIndex, language: Language) -> [SourceEntry] {
    var order: [String] = []
    var citations: [String: [String]] = [:]
    func cite(_ items: [String], by element: @autoclosure () -> String) {
      guard !items.isEmpty else { return }
      let label = element()
      for item in items {
        if citations[item] == nil { order.append(item) }
        if citations[item]?.last != label { citations[item, default: []].append(label) }
      }
    }
    func label(_ id: ElementID) -> String {
      let name = index.name(of: id)
      return name == id.rawValue ? id.rawValue : "\(name) (\(id.rawValue))"
    }
    func visit(_ units: [Unit]) {
      for unit in units {
        cite(unit.sources, by: label(unit.id))
        visit(unit.units)
      }
    }
    for organisation in model.organisations {
      cite(organisation.sources, by: label(organisation.id))
      visit(organisation.units)
    }
    for person in model.persons { cite(person.sources, by: label(person.id)) }
    for role in model.roles {
      let word: String
      switch role.kind {
      case .eigenaar: word = language.pick("eigenaar", "owner")
      case .opdrachtgever: word = language.pick("opdrachtgever", "principal")
      case .opdrachtnemer: word = language.pick("opdrachtnemer", "executor")
      }
      cite(
        role.sources,
        by: "\(word) " + language.pick("van ", "of ") + index.name(of: role.executor) + ": "
          + index.name(of: role.holder))
    }
    for opdracht in model.opdrachten { cite(opdracht.sources, by: label(opdracht.id)) }
    for afspraak in model.afspraken { cite(afspraak.sources, by: label(afspraak.id)) }
    for keten in model.ketens { cite(keten.sources, by: label(keten.id)) }
    for afwijking in model.afwijkingen {
      cite(
        afwijking.sources,
        by: language.pick("afwijking ", "accepted risk ") + afwijking.rule + " ("
          + afwijking.betreft.map(\.rawValue).joined(separator: ", ") + ")")
    }
    return order.map { item in
      SourceEntry(text: item, isLink: SourcePolicy.isLink(item), citedBy: citations[item] ?? [])
    }
  }
}
