public import DriehoekModel

/// Runs the rule catalogue over a model on a peildatum and applies the accepted risks.
///
/// ```swift
/// let report = Analyzer().analyse(model, peildatum: Day(iso: "2026-01-01")!)
/// for finding in report.openFindings { … }
/// ```
public struct Analyzer: Sendable {
  /// The rules that run, in catalogue order.
  public var rules: [any Rule]

  /// Creates an analyser with the given rules (the whole catalogue by default).
  public init(rules: [any Rule] = RuleCatalogue.all) {
    self.rules = rules
  }

  /// Analyses a model on a peildatum.
  ///
  /// First every rule that looks at the model runs; then each finding whose code and `betreft`
  /// match a valid accepted risk is marked accepted; then the rules that review findings (SD17,
  /// SD18, SD20) run. The findings come out in ``Finding/reportOrder(_:_:)``.
  ///
  /// The rules run concurrently on the available cores; the report is the same on every run.
  /// - Parameters:
  ///   - model: The model.
  ///   - peildatum: The day the analysis looks at.
  ///   - language: The language of the messages, reasons and hints.
  ///   - index: The model's index, when the caller has built it (it must index `model`); `nil`
  ///     builds one here.
  /// - Returns: The report.
  /// - Complexity: O(*r* · *n*²) in the number of rules *r* and model elements *n* at worst; the
  ///   capacity sweep is O(*n* log *n*) per executor.
  public func analyse(
    _ model: Model, peildatum: Day, language: Language = .nl, index: ModelIndex? = nil
  ) -> AnalysisReport {
    let codes = Set(rules.map(\.code))
    var prepared = AnalysisContext(
      model: model, peildatum: peildatum, language: language, ruleCodes: codes, index: index)
    for rule in rules {
      prepared.ruleTexts[rule.code] = (rule.waarom(in: language), rule.oplossing(in: language))
      prepared.kindReasons[rule.code] = Dictionary(
        uniqueKeysWithValues: OrganisationKind.allCases.map {
          ($0, rule.waarom(in: language, for: $0))
        })
    }
    let context = prepared
    // The rules are independent of each other: they run side by side, and their findings are
    // put back in catalogue order, so the report does not depend on the scheduling.
    let modelRules = rules.filter { !$0.reviewsFindings }
    let executorIDs = Set(context.executorEntries.map(\.id))
    // The rules that go over every opdracht start first, so that no long rule starts last on
    // one core while the other has nothing left to do.
    let schedule = Self.schedule(modelRules)
    let scheduled = ConcurrentWork.map(count: schedule.count) { slot in
      let rule = modelRules[schedule[slot]]
      var found = FindingLimit.apply(rule.findings(in: context), rule: rule, in: context)
      // The accepted risks of the rule's code, looked up once; a finding of another code (no
      // rule of the catalogue makes one) looks up its own.
      let candidates = context.acceptanceCandidates(code: rule.code)
      for finding in found.indices {
        if found[finding].code == rule.code {
          if let candidates { context.applyAcceptance(to: &found[finding], candidates: candidates) }
        } else {
          context.applyAcceptance(to: &found[finding])
        }
        Self.group(&found[finding], in: context, executorIDs: executorIDs)
      }
      // The rule's part of the index the reviewing rules look findings up in, made here, side
      // by side, rather than over all findings afterwards.
      return (findings: found, index: context.findingsIndex(found))
    }
    // Back in catalogue order.
    var perRule = [(findings: [Finding], index: AnalysisContext.FindingsIndex)](
      repeating: ([], [:]), count: modelRules.count)
    for (slot, position) in schedule.enumerated() { perRule[position] = scheduled[slot] }
    var all: [Finding] = []
    all.reserveCapacity(perRule.reduce(0) { $0 + $1.findings.count })
    for part in perRule { all.append(contentsOf: part.findings) }
    let indexParts = perRule.map { (count: $0.findings.count, index: $0.index) }
    perRule = []
    let reviewRules = rules.filter(\.reviewsFindings)
    let reviewFindings: [Finding]
    do {
      // The reviewing context shares `all`; it ends with this block, so `all` grows in place.
      let reviewing = context.reviewing(all, parts: indexParts)
      reviewFindings = Array(
        ConcurrentWork.map(count: reviewRules.count) { position in
          FindingLimit.apply(
            reviewRules[position].findings(in: reviewing), rule: reviewRules[position],
            in: reviewing)
        }.joined())
    }
    all.append(contentsOf: reviewFindings)
    let unsorted = consume all
    // Sorting and the triangles do not depend on each other either.
    let parts = ConcurrentWork.map(count: 2) { part -> FinishingPart in
      part == 0 ? .order(Finding.reportOrderPositions(unsorted)) : .triangles(context.triangles)
    }
    var order: [Int] = []
    var triangles: [Triangle] = []
    for part in parts {
      switch part {
      case .order(let positions): order = positions
      case .triangles(let built): triangles = built
      }
    }
    var findings = consume unsorted
    findings.permute(to: order)
    return AnalysisReport(
      model: model.name, peildatum: peildatum, language: language, findings: findings,
      rules: rules.map { $0.description(in: language) }, triangles: triangles,
      elements: ElementDirectory(index: context.index))
  }
}

extension Analyzer {
  /// Groups a finding about an opdracht or afspraak (its first `betreft` id) under every
  /// executor that is party to it as well; its `betreft` stays as it is.
  ///
  /// The same as adding ``AnalysisContext/partyExecutors(of:among:)`` to the finding's
  /// executors, sorted and each once; an opdracht's two parties are read where the opdracht is,
  /// and a finding whose executors do not change keeps its storage (nothing is allocated for it).
  static func group(
    _ finding: inout Finding, in context: AnalysisContext, executorIDs: Set<ElementID>
  ) {
    guard let first = finding.betreft.first, let place = context.index.modelPosition(of: first)
    else { return }
    let current = finding.executors
    var added: [ElementID] = []
    var hasParty = false
    func consider(_ party: ElementID) {
      guard executorIDs.contains(party) else { return }
      hasParty = true
      if !current.contains(party), !added.contains(party) { added.append(party) }
    }
    switch place.kind {
    case .opdracht:
      let opdrachten = context.model.opdrachten
      if let nemer = opdrachten[place.position].opdrachtnemer { consider(nemer) }
      if let gever = opdrachten[place.position].opdrachtgever,
        let owner = context.index.owningOrganisation(of: gever)
      {
        consider(owner)
      }
    case .afspraak:
      for party in context.partyExecutors(of: first, among: executorIDs) { consider(party) }
    default:
      return
    }
    guard hasParty else { return }
    // Unchanged when every party is grouped already and the executors are in order.
    if added.isEmpty, finding.executor != nil, current.isStrictlyAscending { return }
    let executors = (current + added).sortedUnique()
    finding.change { fields in
      fields.executors = executors
      if fields.executor == nil { fields.executor = executors.first }
    }
  }
}

extension Analyzer {
  /// The codes of the rules that start first, longest first: on a large model they go over
  /// every opdracht and find the most (BENCHMARKS.md, "Issue 19, sixth part").
  static let longRules = ["SD19", "SD09", "SD11", "SD13"]

  /// The positions of the rules in the order they start (a permutation of the positions).
  ///
  /// The ``longRules`` present, in that order, then the others in catalogue order.
  static func schedule(_ rules: [any Rule]) -> [Int] {
    let long = longRules.compactMap { code in rules.firstIndex { $0.code == code } }
    return long + rules.indices.filter { !long.contains($0) }
  }
}

/// The two last steps of ``Analyzer/analyse(_:peildatum:language:index:)``, which run side by side.
private enum FinishingPart: Sendable {
  case order([Int])
  case triangles([Triangle])
}
