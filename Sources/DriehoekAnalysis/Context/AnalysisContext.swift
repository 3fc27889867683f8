public import DriehoekModel

/// What a rule sees: the model, its index, the peildatum, the language, and (for rules that
/// review findings) the findings of the other rules.
public struct AnalysisContext: Sendable {
  /// The model under analysis.
  public let model: Model
  /// Lookups over the model.
  public let index: ModelIndex
  /// The day the analysis looks at.
  public let peildatum: Day
  /// The language of messages.
  public let language: Language
  /// The findings of the rules that look at the model only, with their acceptance applied; empty
  /// while those rules run.
  public let findings: [Finding]
  /// The codes of the rules taking part in the analysis.
  public let ruleCodes: Set<String>
  /// The executors: organisations named in `van:` of a role and valid on the peildatum, by id.
  public let executors: [Organisation]
  /// The afspraken valid on the peildatum, in model order.
  public let validAfspraken: [Afspraak]
  /// The persons valid on the peildatum, in model order.
  public let validPersons: [Person]
  /// Every role, by the executor it is about, in model order.
  let rolesByExecutor: [ElementID: [Role]]
  /// Every opdracht with an opdrachtnemer, by that opdrachtnemer, in model order.
  let opdrachtenByExecutor: [ElementID: [Opdracht]]
  /// The valid persons with a function at or below an id, by that id, in model order.
  let personsByScope: [ElementID: [Person]]
  /// The organisations the parties of each valid afspraak are in, by afspraak id.
  let partyOrganisations: [ElementID: Set<ElementID>]

  /// Creates a context.
  /// - Complexity: O(*n* log *n*) in the number of elements and roles.
  public init(
    model: Model, peildatum: Day, language: Language = .nl, findings: [Finding] = [],
    ruleCodes: Set<String> = []
  ) {
    let index = ModelIndex(model)
    self.model = model
    self.index = index
    self.peildatum = peildatum
    self.language = language
    self.findings = findings
    self.ruleCodes = ruleCodes
    self.validAfspraken = model.afspraken.filter { $0.period.contains(peildatum) }
    let persons = model.persons.filter { $0.validity.contains(peildatum) }
    self.validPersons = persons
    self.rolesByExecutor = Dictionary(grouping: model.roles, by: \.executor)
    self.opdrachtenByExecutor = Dictionary(
      grouping: model.opdrachten.filter { $0.opdrachtnemer != nil },
      by: { $0.opdrachtnemer ?? "" })
    var scopes: [ElementID: [Person]] = [:]
    for person in persons {
      var seen = Set<ElementID>()
      for function in person.functions {
        for scope in [function] + index.ancestors(of: function) where seen.insert(scope).inserted {
          scopes[scope, default: []].append(person)
        }
      }
    }
    self.personsByScope = scopes
    var organisations: [ElementID: Set<ElementID>] = [:]
    for afspraak in validAfspraken {
      var result = Set<ElementID>()
      for party in afspraak.parties {
        if let organisation = index.owningOrganisation(of: party) { result.insert(organisation) }
        for function in index.person(party)?.functions ?? [] {
          if let organisation = index.owningOrganisation(of: function) {
            result.insert(organisation)
          }
        }
      }
      organisations[afspraak.id] = result
    }
    self.partyOrganisations = organisations
    let named = Set(model.roles.map(\.executor))
    self.executors = named.sorted().compactMap { id in
      guard let organisation = index.organisation(id),
        organisation.validity.contains(peildatum)
      else { return nil }
      return organisation
    }
  }

  /// The same context with the findings of the model rules filled in.
  func reviewing(_ findings: [Finding]) -> AnalysisContext {
    AnalysisContext(
      model: model, peildatum: peildatum, language: language, findings: findings,
      ruleCodes: ruleCodes)
  }

  /// Picks the Dutch or English text.
  public func text(_ dutch: String, _ english: String) -> String {
    language.pick(dutch, english)
  }

  /// `"Name (id)"`, or the id alone when the element has no other name.
  public func label(_ id: ElementID) -> String {
    let name = index.name(of: id)
    return name == id.rawValue ? id.rawValue : "\(name) (\(id.rawValue))"
  }

  /// The labels of several ids, joined as a list in the context's language.
  public func labels(_ ids: [ElementID]) -> String {
    let labels = ids.map(label)
    guard labels.count > 1, let last = labels.last else { return labels.first ?? "" }
    return labels.dropLast().joined(separator: ", ") + text(" en ", " and ") + last
  }
}
