import DriehoekAnalysis
import DriehoekModel

/// Works out the cards of a ``KaartenSet``: who gets a card, what its front says and which open
/// findings go on its back.
struct KaartenBuilder {
  let context: AnalysisContext
  let report: AnalysisReport
  /// The executors in scope, in model order.
  let scope: [ElementID]
  /// The open findings in scope, the most serious first.
  let openFindings: [Finding]
  private let scopeSet: Set<ElementID>
  private var language: Language { context.language }
  private var index: ModelIndex { context.index }

  init(context: AnalysisContext, report: AnalysisReport, scope: [ElementID]) {
    self.context = context
    self.report = report
    self.scope = scope
    let scopeSet = Set(scope)
    self.scopeSet = scopeSet
    let all = Set(context.executors.map(\.id))
    let limited = scopeSet != all
    openFindings = ReportOutline.bySeverity(
      report.openFindings.filter { finding in
        guard limited else { return true }
        if let executor = finding.executor { return scopeSet.contains(executor) }
        return finding.betreft.contains { scopeSet.contains($0) }
      })
  }

  /// The valid roles over an executor in scope.
  private func roles(of executor: ElementID) -> [Role] {
    context.roles(of: executor).filter { context.isValid($0) }
  }

  /// Every card: the executors in scope, then the holders of an eigenaar or opdrachtgever role
  /// over them, in model order.
  func cards() -> [Kaart] {
    var holders: [ElementID] = []
    var seen = Set(scope)
    for executor in scope {
      for role in roles(of: executor)
      where role.kind != .opdrachtnemer && index.person(role.holder) == nil
        && seen.insert(role.holder).inserted
      {
        holders.append(role.holder)
      }
    }
    var order: [ElementID: Int] = [:]
    for (position, id) in index.orderedIDs.enumerated() { order[id] = position }
    holders.sort { (order[$0] ?? .max, $0) < (order[$1] ?? .max, $1) }
    return scope.map { card($0, isExecutor: true) } + holders.map { card($0, isExecutor: false) }
  }

  private func card(_ id: ElementID, isExecutor: Bool) -> Kaart {
    let organisationID = index.owningOrganisation(of: id) ?? id
    let unit = index.unit(id)
    var roles = Set<KaartRol>()
    var blocks: [KaartBlok] = []
    if isExecutor {
      roles.insert(.opdrachtnemer)
      blocks += executorBlocks(id)
    }
    let held = heldRoles(id)
    for (kind, _, coordinating) in held {
      switch kind {
      case .eigenaar: roles.insert(.eigenaar)
      case .opdrachtgever:
        roles.insert(.opdrachtgever)
        if coordinating { roles.insert(.coordinerend) }
      case .opdrachtnemer: roles.insert(.opdrachtnemer)
      }
    }
    blocks += holderBlocks(id, held: held)
    let afspraken = isExecutor ? [] : ownAfspraken(id)
    if !afspraken.isEmpty {
      blocks.append(KaartBlok(title: language.pick("Partij in", "Party to"), items: afspraken))
    }
    return Kaart(
      id: id, name: index.name(of: id),
      organisation: unit == nil ? nil : index.name(of: organisationID),
      kind: index.organisation(organisationID)?.kind ?? .extern, unitKind: unit?.kind,
      isExecutor: isExecutor, roles: roles.sorted(), blocks: blocks,
      questions: openFindings.filter { names($0, id, isExecutor: isExecutor) }.map {
        KaartVraag(finding: $0, index: index, language: language)
      })
  }

  /// The roles a party holds over the executors in scope: kind, executor, coordinating.
  private func heldRoles(_ id: ElementID) -> [(RoleKind, ElementID, Bool)] {
    scope.flatMap { executor in
      roles(of: executor).filter {
        $0.holder == id && !($0.kind == .opdrachtnemer && executor == id)
      }
      .map { ($0.kind, executor, $0.isCoordinating) }
    }
  }

  // MARK: Fronts

  /// An executor's triangle: eigenaar, opdrachtgevers with their opdrachten, opdrachtnemer,
  /// capacity and afspraken.
  private func executorBlocks(_ executor: ElementID) -> [KaartBlok] {
    let roles = roles(of: executor)
    let nobody = language.pick("niemand (!)", "nobody (!)")
    let eigenaren = unique(roles.filter { $0.kind == .eigenaar }.map(\.holder)).map(name)
    let board = unique(roles.filter { $0.kind == .opdrachtnemer }.map(\.holder)).map(name)
    let running = context.opdrachten(of: executor).filter { $0.period.contains(report.peildatum) }
    var principals = unique(roles.filter { $0.kind == .opdrachtgever }.map(\.holder))
    // Opdrachten from a unit without an opdrachtgever role still show who commissions them.
    for principal in running.compactMap(\.opdrachtgever) where !principals.contains(principal) {
      principals.append(principal)
    }
    let coordinating = Set(
      roles.filter { $0.kind == .opdrachtgever && $0.isCoordinating }.map(\.holder))
    let principalLines = principals.map { principal in
      var line = name(principal)
      if coordinating.contains(principal) {
        line += language.pick(" (coördinerend)", " (coordinating)")
      }
      if !roles.contains(where: { $0.kind == .opdrachtgever && $0.holder == principal }) {
        line += language.pick(" (zonder opdrachtgeversrol)", " (without principal role)")
      }
      let own = running.filter { $0.opdrachtgever == principal }
      return own.isEmpty ? line : line + ": " + opdrachtenText(own)
    }
    var blocks = [
      KaartBlok(
        title: language.pick("Eigenaar", "Owner"), items: eigenaren.isEmpty ? [nobody] : eigenaren),
      KaartBlok(
        title: language.pick("Opdrachtgevers", "Principals"),
        items: principalLines.isEmpty ? [nobody] : principalLines),
      KaartBlok(
        title: language.pick("Opdrachtnemer", "Executor"), items: board.isEmpty ? [nobody] : board),
    ]
    if let capacity = index.organisation(executor)?.capacity {
      let claimed = running.compactMap(\.capacity).reduce(0, +)
      var text =
        DocumentFormat.number(claimed, language) + language.pick(" van ", " of ")
        + DocumentFormat.number(capacity, language) + language.pick(" fte gevraagd", " fte claimed")
      if let percentage = DocumentFormat.percentage(claimed, of: capacity) {
        text += " (\(percentage))"
      }
      blocks.append(KaartBlok(title: language.pick("Capaciteit", "Capacity"), items: [text]))
    }
    let afspraken = context.validAfspraken.filter {
      context.organisations(of: $0).contains(executor)
    }
    if !afspraken.isEmpty {
      blocks.append(
        KaartBlok(
          title: language.pick("Afspraken", "Agreements"), items: afspraken.map(afspraakText)))
    }
    return blocks
  }

  /// What a role holder is over the executors in scope.
  private func holderBlocks(_ id: ElementID, held: [(RoleKind, ElementID, Bool)]) -> [KaartBlok] {
    var blocks: [KaartBlok] = []
    let owned = unique(held.filter { $0.0 == .eigenaar }.map(\.1))
    if !owned.isEmpty {
      blocks.append(
        KaartBlok(title: language.pick("Eigenaar van", "Owner of"), items: owned.map(name)))
    }
    let commissioned = unique(held.filter { $0.0 == .opdrachtgever }.map(\.1))
    if !commissioned.isEmpty {
      let coordinating = Set(held.filter { $0.0 == .opdrachtgever && $0.2 }.map(\.1))
      let lines = commissioned.map { executor in
        var line = name(executor)
        if coordinating.contains(executor) {
          line += language.pick(" (coördinerend)", " (coordinating)")
        }
        let own = context.opdrachten(of: executor).filter {
          $0.opdrachtgever == id && $0.period.contains(report.peildatum)
        }
        return line + ": "
          + (own.isEmpty
            ? language.pick("geen lopende opdrachten", "no running assignments")
            : opdrachtenText(Array(own)))
      }
      blocks.append(
        KaartBlok(title: language.pick("Opdrachtgever van", "Principal of"), items: lines))
    }
    let executes = unique(held.filter { $0.0 == .opdrachtnemer }.map(\.1))
    if !executes.isEmpty {
      blocks.append(
        KaartBlok(
          title: language.pick("Opdrachtnemer van", "Executor of"), items: executes.map(name)))
    }
    return blocks
  }

  /// The valid afspraken a unit or organisation is itself a party to.
  private func ownAfspraken(_ id: ElementID) -> [String] {
    context.validAfspraken.filter { $0.parties.contains(id) }.map(afspraakText)
  }

  private func afspraakText(_ afspraak: Afspraak) -> String {
    (afspraak.name ?? afspraak.id.rawValue) + " (" + afspraak.kind.rawValue + ")"
  }

  /// `AOW 1.600 fte; AKW 700 fte; en 2 meer`.
  private func opdrachtenText(_ opdrachten: [Opdracht]) -> String {
    let texts = opdrachten.map { opdracht in
      KaartText.shortened(opdracht.name, to: 48)
        + (opdracht.capacity.map { " " + DocumentFormat.number($0, language) + " fte" } ?? "")
    }
    guard texts.count > 3 else { return texts.joined(separator: "; ") }
    return texts.prefix(2).joined(separator: "; ")
      + language.pick("; en \(texts.count - 2) meer", "; and \(texts.count - 2) more")
  }

  private func name(_ id: ElementID) -> String { KaartText.shortened(index.name(of: id), to: 70) }

  private func unique(_ ids: [ElementID]) -> [ElementID] {
    var seen = Set<ElementID>()
    return ids.filter { seen.insert($0).inserted }
  }

  // MARK: Backs

  /// Whether an open finding is about a party: it names the party, an opdracht the party
  /// commissions or carries out, or (for an executor) it belongs to the executor.
  func names(_ finding: Finding, _ party: ElementID, isExecutor: Bool) -> Bool {
    if finding.betreft.contains(party) { return true }
    if isExecutor && finding.executor == party { return true }
    return finding.betreft.contains { id in
      guard let opdracht = index.opdracht(id) else { return false }
      return opdracht.opdrachtgever == party || opdracht.opdrachtnemer == party
    }
  }
}
