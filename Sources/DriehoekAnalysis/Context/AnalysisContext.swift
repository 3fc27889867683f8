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
  public private(set) var findings: [Finding]
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
  /// The roles valid on the peildatum (see ``isValid(_:)-(Role)``), by executor and kind, in
  /// model order, with their holders.
  let validRolesByExecutor: [ElementID: ExecutorRoles]
  /// The ids that exist and are valid on the peildatum, with everything above them (see
  /// ``isValid(_:)-(ElementID)``).
  let validIDs: Set<ElementID>
  /// Every opdracht with an opdrachtnemer, by that opdrachtnemer, in model order.
  let opdrachtenByExecutor: [ElementID: [Opdracht]]
  /// The valid persons with a function at or below an id, by that id, in model order.
  let personsByScope: [ElementID: [Person]]
  /// The organisations the parties of each valid afspraak are in, by afspraak id.
  let partyOrganisations: [ElementID: Set<ElementID>]
  /// The positions in `validAfspraken` of the afspraken with a party in each organisation (see
  /// ``party(_:isIn:)``), ascending.
  let afsprakenByOrganisation: [ElementID: [Int]]
  /// The same through each afspraak's own parties (where two valid afspraken share an id,
  /// ``organisations(of:)`` gives the last one's), for ``party(_:isIn:)`` on the parties.
  let afsprakenByOwnOrganisation: [ElementID: [Int]]
  /// The positions in `validAfspraken` of the afspraken with a party that is the id, or a person
  /// with a function that is the id, ascending; see ``validAfspraken(withPartyIncluding:)``.
  let afsprakenByParty: [ElementID: [Int]]
  /// The positions in `model.afwijkingen` of the accepted risks valid on the peildatum, by rule
  /// code and then by their first `betreft` id (`nil` for an empty `betreft`), ascending.
  let afwijkingenByRule: [String: [ElementID?: [Int]]]
  /// The positions in `findings` by code and then by each id in `betreft`, ascending; each
  /// finding at most once per id.
  private(set) var findingsByCode: [String: [ElementID: [Int]]] = [:]

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
    self.findingsByCode = Self.index(findings)
    self.ruleCodes = ruleCodes
    self.validAfspraken = model.afspraken.filter { $0.period.contains(peildatum) }
    let persons = model.persons.filter { $0.validity.contains(peildatum) }
    self.validPersons = persons
    self.rolesByExecutor = Dictionary(grouping: model.roles, by: \.executor)
    let validIDs = Self.validIDs(in: index, on: peildatum)
    self.validIDs = validIDs
    var validRoles: [ElementID: ExecutorRoles] = [:]
    for role in model.roles
    where role.validity.contains(peildatum) && validIDs.contains(role.holder) {
      validRoles[role.executor, default: ExecutorRoles()].append(role)
    }
    for executor in validRoles.keys { validRoles[executor]?.finish() }
    self.validRolesByExecutor = validRoles
    self.opdrachtenByExecutor = Dictionary(
      grouping: model.opdrachten.lazy.filter { $0.opdrachtnemer != nil },
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
    var byOrganisation: [ElementID: [Int]] = [:]
    var byOwnOrganisation: [ElementID: [Int]] = [:]
    var byParty: [ElementID: [Int]] = [:]
    for (position, afspraak) in validAfspraken.enumerated() {
      var keys = Set<ElementID>()
      for party in afspraak.parties {
        keys.insert(party)
        keys.formUnion(index.person(party)?.functions ?? [])
      }
      for key in keys { byParty[key, default: []].append(position) }
      var result = Set<ElementID>()
      for party in afspraak.parties {
        if let organisation = index.owningOrganisation(of: party) { result.insert(organisation) }
        for function in index.person(party)?.functions ?? [] {
          if let organisation = index.owningOrganisation(of: function) {
            result.insert(organisation)
          }
        }
      }
      for organisation in result { byOwnOrganisation[organisation, default: []].append(position) }
      organisations[afspraak.id] = result
    }
    // By position, through the lookup by id (which keeps the last of two afspraken with one id).
    for (position, afspraak) in validAfspraken.enumerated() {
      for organisation in organisations[afspraak.id] ?? [] {
        byOrganisation[organisation, default: []].append(position)
      }
    }
    self.partyOrganisations = organisations
    self.afsprakenByOrganisation = byOrganisation
    self.afsprakenByOwnOrganisation = byOwnOrganisation
    self.afsprakenByParty = byParty
    var afwijkingen: [String: [ElementID?: [Int]]] = [:]
    for (position, afwijking) in model.afwijkingen.enumerated()
    where afwijking.until.map({ $0 >= peildatum }) ?? true {
      afwijkingen[afwijking.rule, default: [:]][afwijking.betreft.first, default: []].append(
        position)
    }
    self.afwijkingenByRule = afwijkingen
    let named = Set(model.roles.map(\.executor))
    self.executors = named.sorted().compactMap { id in
      guard let organisation = index.organisation(id),
        organisation.validity.contains(peildatum)
      else { return nil }
      return organisation
    }
  }

  /// The same context with the findings of the model rules filled in.
  ///
  /// Everything derived from the model is kept; only the findings and their index are new.
  func reviewing(_ findings: [Finding]) -> AnalysisContext {
    var context = self
    context.findings = findings
    context.findingsByCode = Self.index(findings)
    return context
  }

  private static func index(_ findings: [Finding]) -> [String: [ElementID: [Int]]] {
    var result: [String: [ElementID: [Int]]] = [:]
    for (position, finding) in findings.enumerated() {
      for id in Set(finding.betreft) {
        result[finding.code, default: [:]][id, default: []].append(position)
      }
    }
    return result
  }

  /// Picks the Dutch or English text; only the picked text is built.
  public func text(_ dutch: @autoclosure () -> String, _ english: @autoclosure () -> String)
    -> String
  {
    language == .nl ? dutch() : english()
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
