public import DriehoekModel

/// What a rule sees: the model, its index, the peildatum, the language, and (for rules that
/// review findings) the findings of the other rules.
public struct AnalysisContext: Sendable {
  /// Positions of findings by code and then by an id in their `betreft`.
  typealias FindingsIndex = [String: [ElementID: [Int]]]

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
  /// The same executors, with only what the rules read of them.
  let executorEntries: [ExecutorEntry]
  /// The afspraken valid on the peildatum, in model order.
  public let validAfspraken: [Afspraak]
  /// The persons valid on the peildatum, in model order.
  public let validPersons: [Person]
  /// Every role, by the executor it is about, as positions in `model.roles`, in model order.
  let rolesByExecutor: PositionGroups
  /// The roles valid on the peildatum (see ``isValid(_:)-(Role)``), by executor and kind, in
  /// model order, with their holders.
  let validRolesByExecutor: ExecutorRoles
  /// For each position in the index's `orderedIDs`, whether that id is valid on the peildatum
  /// with everything above it (see ``isValid(_:)-(ElementID)``).
  let validHandles: [Bool]
  /// Every opdracht with an opdrachtnemer, by that opdrachtnemer, as positions in
  /// `model.opdrachten`, in model order.
  let opdrachtenByExecutor: PositionGroups
  /// The valid persons with a function at or below an id, by that id, as positions in
  /// `model.persons`, in model order.
  let personsByScope: PositionGroups
  /// The organisations the parties of each valid afspraak are in, by afspraak id.
  let partyOrganisations: [ElementID: Set<ElementID>]
  /// The positions in `validAfspraken` of the afspraken with a party in each organisation (see
  /// ``party(_:isIn:)``), ascending.
  let afsprakenByOrganisation: PositionGroups
  /// The same through each afspraak's own parties (where two valid afspraken share an id,
  /// ``organisations(of:)`` gives the last one's), for ``party(_:isIn:)`` on the parties.
  let afsprakenByOwnOrganisation: PositionGroups
  /// The positions in `validAfspraken` of the afspraken with a party that is the id, or a person
  /// with a function that is the id, ascending; see ``validAfspraken(withPartyIncluding:)``.
  let afsprakenByParty: PositionGroups
  /// The positions in `model.afwijkingen` of the accepted risks valid on the peildatum, by rule
  /// code and then by their first `betreft` id (`nil` for an empty `betreft`), ascending.
  let afwijkingenByRule: [String: [ElementID?: [Int]]]
  /// The positions in `findings` by code and then by each id in `betreft`, ascending.
  ///
  /// Each finding is listed at most once per id. Only the codes and ids that are the rule and
  /// first `betreft` of some accepted risk are indexed: those are the only ones looked up.
  private(set) var findingsByCode: FindingsIndex = [:]
  /// The codes and first `betreft` ids of the model's accepted risks (see ``wantedIDs(_:)``).
  private let wantedIDs: [String: Set<ElementID>]
  /// The reason and hint of each rule of the analysis in the context's language, by code, worked
  /// out once rather than for every finding; rules not in it build their texts themselves.
  var ruleTexts: [String: (waarom: String, oplossing: String)] = [:]
  /// The reason of each rule for each kind of executor, by code (see
  /// ``Rule/waarom(in:for:)``), worked out once like ``ruleTexts``.
  var kindReasons: [String: [OrganisationKind: String]] = [:]

  /// Creates a context.
  ///
  /// The lookups are built in two rounds of two independent parts each, run side by side.
  ///
  /// `index` is the model's index when the caller has built it (it must index `model`); `nil`
  /// builds one here, beside the first round.
  /// - Complexity: O(*n* log *n*) in the number of elements and roles.
  public init(
    model: Model, peildatum: Day, language: Language = .nl, findings: [Finding] = [],
    ruleCodes: Set<String> = [], index given: ModelIndex? = nil
  ) {
    let first = ConcurrentWork.map(count: given == nil ? 2 : 1) { part -> FirstRound in
      part == 0
        ? .lists(ModelLists(model: model, peildatum: peildatum)) : .index(ModelIndex(model))
    }
    var firstIndex = given
    var lists = ModelLists()
    for part in first {
      switch part {
      case .index(let built): firstIndex = built
      case .lists(let built): lists = built
      }
    }
    // The first round has built it when none was given.
    let index = firstIndex ?? ModelIndex(model)
    let built = index
    let listed = lists
    let second = ConcurrentWork.map(count: 2) { part -> SecondRound in
      part == 0
        ? .validity(
          ValidityTables(model: model, index: built, peildatum: peildatum, lists: listed))
        : .parties(PartyTables(model: model, index: built, lists: listed))
    }
    var validity = ValidityTables()
    var parties = PartyTables()
    for part in second {
      switch part {
      case .validity(let built): validity = built
      case .parties(let built): parties = built
      }
    }
    self.model = model
    self.index = index
    self.peildatum = peildatum
    self.language = language
    self.findings = findings
    self.ruleCodes = ruleCodes
    self.validAfspraken = lists.validAfspraken
    self.validPersons = lists.validPersons
    self.rolesByExecutor = lists.rolesByExecutor
    self.opdrachtenByExecutor = lists.opdrachtenByExecutor
    self.afwijkingenByRule = lists.afwijkingenByRule
    self.validHandles = validity.handles
    self.validRolesByExecutor = validity.roles
    self.executors = validity.executors
    self.executorEntries = validity.executorEntries
    self.personsByScope = parties.personsByScope
    self.partyOrganisations = parties.partyOrganisations
    self.afsprakenByOrganisation = parties.afsprakenByOrganisation
    self.afsprakenByOwnOrganisation = parties.afsprakenByOwnOrganisation
    self.afsprakenByParty = parties.afsprakenByParty
    self.wantedIDs = Self.wantedIDs(model.afwijkingen)
    self.findingsByCode = Self.index(findings, wanted: wantedIDs)
  }

  /// The same context with the findings of the model rules filled in.
  ///
  /// Everything derived from the model is kept; only the findings and their index are new.
  func reviewing(_ findings: [Finding]) -> AnalysisContext {
    var context = self
    context.findings = findings
    context.findingsByCode = Self.index(findings, wanted: wantedIDs)
    return context
  }

  /// The same context with the findings of the model rules filled in, given as the findings of
  /// each rule with their index (``findingsIndex(_:)``), made side by side.
  ///
  /// The parts' indexes are joined with each part's positions moved past the parts before it:
  /// the same index as the findings in one list give.
  func reviewing(_ findings: [Finding], parts: [(count: Int, index: FindingsIndex)])
    -> AnalysisContext
  {
    var context = self
    context.findings = findings
    var joined: FindingsIndex = [:]
    var offset = 0
    for part in parts {
      for (code, byID) in part.index {
        for (id, positions) in byID {
          joined[code, default: [:]][id, default: []].append(
            contentsOf: positions.lazy.map { $0 + offset })
        }
      }
      offset += part.count
    }
    context.findingsByCode = joined
    return context
  }

  /// The positions of some findings by code and by each id in `betreft`, as ``findingsByCode``
  /// holds them, for the findings of one rule (see ``reviewing(_:parts:)``).
  func findingsIndex(_ findings: [Finding]) -> FindingsIndex {
    Self.index(findings, wanted: wantedIDs)
  }

  /// The codes and first `betreft` ids of the accepted risks, which ``findingsByCode`` indexes.
  static func wantedIDs(_ afwijkingen: [Afwijking]) -> [String: Set<ElementID>] {
    var wanted: [String: Set<ElementID>] = [:]
    for afwijking in afwijkingen {
      if let first = afwijking.betreft.first { wanted[afwijking.rule, default: []].insert(first) }
    }
    return wanted
  }

  /// The positions of the findings by code and by each id in `betreft`, for the wanted codes and
  /// ids.
  private static func index(_ findings: [Finding], wanted: [String: Set<ElementID>])
    -> FindingsIndex
  {
    var result: FindingsIndex = [:]
    guard !wanted.isEmpty else { return result }
    // The findings come rule after rule: the wanted ids are looked up once per run of one code.
    var runCode: String?
    var runIDs: Set<ElementID>?
    for (position, finding) in findings.enumerated() {
      let code = finding.code
      if code != runCode {
        runCode = code
        runIDs = wanted[code]
      }
      guard let ids = runIDs else { continue }
      let betreft = finding.betreft
      for (offset, id) in betreft.enumerated()
      where ids.contains(id) && !betreft[..<offset].contains(id) {
        result[code, default: [:]][id, default: []].append(position)
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

  /// Appends ``label(_:)`` to a text without building it as a text of its own.
  func appendLabel(_ id: ElementID, to text: inout String) {
    let name = index.name(of: id)
    if name == id.rawValue {
      text += id.rawValue
    } else {
      text += name
      text += " ("
      text += id.rawValue
      text += ")"
    }
  }

  /// The labels of several ids, joined as a list in the context's language.
  public func labels(_ ids: [ElementID]) -> String {
    let labels = ids.map { label($0) }
    guard labels.count > 1, let last = labels.last else { return labels.first ?? "" }
    return labels.dropLast().joined(separator: ", ") + text(" en ", " and ") + last
  }
}
