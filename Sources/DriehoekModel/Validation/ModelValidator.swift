/// The structural checks behind ``Model/validate(options:)``.
struct ModelValidator: Sendable {
  let model: Model
  let options: ValidationOptions
  let index: ModelIndex
  var diagnostics: [Diagnostic] = []
  private var suggestionsLeft = ModelValidator.suggestionLimit
  /// Whether unknown references are reported without a did-you-mean, which is looked for
  /// afterwards in model order (see ``run(concurrently:)``): set in the pieces run side by side.
  private var defersSuggestions = false
  /// The unknown references reported without a did-you-mean, in the order reported.
  private var pendingSuggestions: [PendingSuggestion] = []

  /// At most this many unknown references get a did-you-mean (each searches every id).
  static let suggestionLimit = 200

  /// Models with at least this many elements are checked in two pieces side by side.
  static let concurrencyThreshold = 2_048

  /// An unknown reference whose did-you-mean is still to be looked for.
  private struct PendingSuggestion: Sendable {
    /// The position of its diagnostic in ``diagnostics``.
    var position: Int
    var id: ElementID
    var key: String
    var allowed: [ElementKind]
    var location: SourceLocation?
  }

  init(model: Model, options: ValidationOptions, index: ModelIndex) {
    self.model = model
    self.options = options
    self.index = index
  }

  /// Runs every check; a large model in two pieces side by side (`concurrently` `nil`), the
  /// same diagnostics in the same order as checking in one go.
  ///
  /// The first piece checks the ids, organisations, persons and roles, the second the
  /// opdrachten, afspraken, ketens and accepted risks; their diagnostics are put one after the
  /// other. Only the did-you-mean of unknown references depends on what came before (the first
  /// ``suggestionLimit`` get one): the pieces leave it out, and it is looked for afterwards, in
  /// model order.
  mutating func run(concurrently: Bool? = nil) {
    let size =
      model.organisations.count + model.persons.count + model.roles.count
      + model.opdrachten.count + model.afspraken.count + model.ketens.count
      + model.afwijkingen.count
    guard concurrently ?? (size >= Self.concurrencyThreshold) else {
      runPiece(0)
      runPiece(1)
      return
    }
    var deferring = self
    deferring.defersSuggestions = true
    let base = deferring
    let pieces = ConcurrentWork.map(count: 2) { piece in
      var validator = base
      validator.runPiece(piece)
      return validator
    }
    var pending: [PendingSuggestion] = []
    for piece in pieces {
      let offset = diagnostics.count
      diagnostics += piece.diagnostics
      pending += piece.pendingSuggestions.map { entry in
        var entry = entry
        entry.position += offset
        return entry
      }
    }
    for entry in pending where suggestionsLeft > 0 {
      suggestionsLeft -= 1
      diagnostics[entry.position] = Diagnostic(
        .unknownReference(
          id: entry.id.rawValue, key: entry.key,
          suggestion: suggestion(forUnknown: entry.id, allowed: entry.allowed)),
        at: entry.location)
    }
  }

  /// One of the two pieces of ``run(concurrently:)``.
  private mutating func runPiece(_ piece: Int) {
    // By position: a `for element in list` copies every element.
    if piece == 0 {
      checkIDs()
      checkOrganisations()
      for position in model.persons.indices { checkPerson(model.persons[position]) }
      for position in model.roles.indices { checkRole(model.roles[position]) }
    } else {
      for position in model.opdrachten.indices { checkOpdracht(model.opdrachten[position]) }
      for position in model.afspraken.indices { checkAfspraak(model.afspraken[position]) }
      for position in model.ketens.indices { checkKeten(model.ketens[position]) }
      for position in model.afwijkingen.indices { checkAfwijking(model.afwijkingen[position]) }
    }
  }

  // MARK: Ids

  private mutating func checkIDs() {
    // Lower-case ASCII ids (nearly every model) cannot differ only in case once the
    // duplicates are out; otherwise, or when the index does not list the ids in the order
    // visited here, the ids are checked again the long way.
    if let found = idDiagnostics(checkingCase: false, followingIndex: true) {
      diagnostics += found
    } else if let found = idDiagnostics(checkingCase: true, followingIndex: true) {
      diagnostics += found
    } else {
      diagnostics += idDiagnostics(checkingCase: true, followingIndex: false) ?? []
    }
  }

  /// The diagnostics of the ids, in the order of the model.
  ///
  /// - Parameters:
  ///   - checkingCase: Whether ids that differ only in case are looked for; without it, `nil`
  ///     as soon as an id is met that is not lower-case ASCII.
  ///   - followingIndex: Whether an id's first definition is recognised as the next id of the
  ///     index's ``ModelIndex/orderedIDs`` (which lists the first definitions in the order
  ///     visited here) rather than through a set of the ids seen.
  /// - Returns: The diagnostics; `nil` when `checkingCase` is off and an id is not lower-case
  ///   ASCII, or when `followingIndex` is on and the index does not follow the model.
  func idDiagnostics(checkingCase: Bool, followingIndex: Bool) -> [Diagnostic]? {
    var found: [Diagnostic] = []
    var seen = Set<ElementID>()
    var lowercased: [String: ElementID] = [:]
    let ordered = index.orderedIDs
    var next = 0
    var isConsistent = true
    if !followingIndex { seen.reserveCapacity(ordered.count) }
    if checkingCase { lowercased.reserveCapacity(ordered.count) }
    /// Whether `id` was seen before; `nil` when the index does not follow the model.
    func isDuplicate(_ id: ElementID) -> Bool {
      guard followingIndex else { return !seen.insert(id).inserted }
      if next < ordered.count, ordered[next] == id {
        next += 1
        return false
      }
      // A duplicate's first definition was passed already.
      if let handle = index.handle(of: id), handle < next { return true }
      isConsistent = false
      return false
    }
    func visit(_ id: ElementID, _ origin: Origin?) -> Bool {
      var location: SourceLocation? { origin?.location(of: "id") }
      if !id.isWellFormed {
        found.append(
          Diagnostic(
            .invalidID(id: id.rawValue, suggestion: Suggestion.asciiID(for: id.rawValue)),
            at: location))
      }
      if isDuplicate(id), let firstKind = index.kind(of: id) {
        let firstOrigin = index.origin(of: id)
        let note = Diagnostic.Note(
          dutch: "'\(id)' is hier eerder gedefinieerd", english: "'\(id)' was first defined here",
          location: firstOrigin?.location(of: "id"))
        found.append(
          Diagnostic(
            .duplicateID(id: id.rawValue, firstKind: firstKind), at: location, notes: [note]))
        return isConsistent
      }
      // Most ids are lower-case ASCII already; `lowercased()` would only copy them.
      let isFolded = id.rawValue.utf8.allSatisfy { $0 < 0x80 && !(0x41...0x5A).contains($0) }
      guard checkingCase else { return isFolded && isConsistent }
      let folded = isFolded ? id.rawValue : id.rawValue.lowercased()
      if let other = lowercased[folded] {
        found.append(
          Diagnostic(
            .idsDifferOnlyInCase(id: id.rawValue, other: other.rawValue), at: location))
      } else {
        lowercased[folded] = id
      }
      return isConsistent
    }
    func visitUnits(_ units: [Unit]) -> Bool {
      for position in units.indices {
        guard visit(units[position].id, units[position].origin),
          visitUnits(units[position].units)
        else { return false }
      }
      return true
    }
    for position in model.organisations.indices {
      guard visit(model.organisations[position].id, model.organisations[position].origin),
        visitUnits(model.organisations[position].units)
      else { return nil }
    }
    for position in model.persons.indices {
      guard visit(model.persons[position].id, model.persons[position].origin) else { return nil }
    }
    for position in model.opdrachten.indices {
      guard visit(model.opdrachten[position].id, model.opdrachten[position].origin) else {
        return nil
      }
    }
    for position in model.afspraken.indices {
      guard visit(model.afspraken[position].id, model.afspraken[position].origin) else {
        return nil
      }
    }
    for position in model.ketens.indices {
      guard visit(model.ketens[position].id, model.ketens[position].origin) else { return nil }
    }
    if followingIndex && next != ordered.count { return nil }
    return found
  }

  // MARK: Elements

  private mutating func checkOrganisations() {
    for position in model.organisations.indices {
      let organisation = model.organisations[position]
      checkName(organisation.name, origin: organisation.origin)
      checkSources(organisation.sources, origin: organisation.origin)
      checkPeriod(organisation.validity, origin: organisation.origin, key: "geldig")
      checkNumber(organisation.capacity, key: "capaciteit", origin: organisation.origin)
      if let ministry = organisation.partOf { checkPartOf(organisation, ministry) }
      if let url = organisation.url, !Self.isSafeURL(url) {
        report(.unsafeURL(url: url), at: organisation.origin?.location(of: "url"))
      }
      checkUnits(organisation.units)
    }
  }

  private mutating func checkPerson(_ person: Person) {
    checkName(person.name, origin: person.origin)
    checkSources(person.sources, origin: person.origin)
    checkPeriod(person.validity, origin: person.origin, key: "geldig")
    for (offset, function) in person.functions.enumerated() {
      checkReference(
        function, key: "functies", field: "functies.\(offset)", origin: person.origin,
        allowed: [.unit, .organisation])
    }
  }

  /// `onderdeel-van` names an organisation of kind `ministerie`, not the organisation itself.
  private mutating func checkPartOf(_ organisation: Organisation, _ ministry: ElementID) {
    let location = organisation.origin?.location(of: "onderdeel-van")
    guard
      checkReference(
        ministry, key: "onderdeel-van", field: "onderdeel-van", origin: organisation.origin,
        allowed: [.organisation])
    else { return }
    let kind = index.organisation(ministry)?.kind
    if kind != .ministerie || ministry == organisation.id {
      report(
        .partOfNoMinistry(
          id: ministry.rawValue, kind: kind?.rawValue ?? "",
          ministries: model.organisations.filter {
            $0.kind == .ministerie && $0.id != organisation.id
          }
          .prefix(5).map(\.id.rawValue)),
        at: location)
    }
  }

  private mutating func checkUnits(_ units: [Unit]) {
    for unit in units {
      checkName(unit.name, origin: unit.origin)
      checkSources(unit.sources, origin: unit.origin)
      checkPeriod(unit.validity, origin: unit.origin, key: "geldig")
      checkUnits(unit.units)
    }
  }

  private mutating func checkRole(_ role: Role) {
    checkSources(role.sources, origin: role.origin)
    checkReference(
      role.holder, key: "houder", field: "houder", origin: role.origin,
      allowed: [.unit, .organisation])
    checkReference(
      role.executor, key: "van", field: "van", origin: role.origin, allowed: [.organisation])
    checkPeriod(role.validity, origin: role.origin, key: "geldig")
  }

  private mutating func checkOpdracht(_ opdracht: Opdracht) {
    checkName(opdracht.name, origin: opdracht.origin)
    // An opdrachtgever without an opdrachtgever role is informal steering: a finding (SD19),
    // not a load error.
    checkSources(opdracht.sources, origin: opdracht.origin)
    if let opdrachtgever = opdracht.opdrachtgever {
      checkReference(
        opdrachtgever, key: "opdrachtgever", field: "opdrachtgever", origin: opdracht.origin,
        allowed: [.unit, .organisation])
    }
    if let opdrachtnemer = opdracht.opdrachtnemer {
      checkReference(
        opdrachtnemer, key: "opdrachtnemer", field: "opdrachtnemer", origin: opdracht.origin,
        allowed: [.organisation])
    }
    if let afspraak = opdracht.afspraak {
      checkReference(
        afspraak, key: "afspraak", field: "afspraak", origin: opdracht.origin, allowed: [.afspraak])
    }
    checkNumber(opdracht.capacity, key: "capaciteit", origin: opdracht.origin)
    checkNumber(opdracht.cost, key: "kosten", origin: opdracht.origin)
    checkNumber(opdracht.budget, key: "budget", origin: opdracht.origin)
    checkPeriod(opdracht.period, origin: opdracht.origin, key: "periode")
  }

  private mutating func checkAfspraak(_ afspraak: Afspraak) {
    checkSources(afspraak.sources, origin: afspraak.origin)
    for (offset, party) in afspraak.parties.enumerated() {
      checkReference(
        party, key: "partijen", field: "partijen.\(offset)", origin: afspraak.origin,
        allowed: [.unit, .organisation, .person])
    }
    checkPeriod(afspraak.period, origin: afspraak.origin, key: "periode")
  }

  private mutating func checkKeten(_ keten: Keten) {
    checkName(keten.name, origin: keten.origin)
    checkSources(keten.sources, origin: keten.origin)
    for (offset, member) in keten.members.enumerated() {
      checkReference(
        member, key: "leden", field: "leden.\(offset)", origin: keten.origin,
        allowed: [.organisation])
    }
    if let regisseur = keten.regisseur {
      checkReference(
        regisseur, key: "regisseur", field: "regisseur", origin: keten.origin,
        allowed: [.unit, .organisation])
    }
  }

  private mutating func checkAfwijking(_ afwijking: Afwijking) {
    checkSources(afwijking.sources, origin: afwijking.origin)
    let code = afwijking.rule
    let known = options.knownRuleCodes
    let isKnown = known?.contains(code) ?? Self.looksLikeRuleCode(code)
    if !isKnown {
      let suggestion = known.flatMap { Suggestion.closest(to: code, in: $0.sorted()) }
      report(
        .unknownRule(code: code, suggestion: suggestion),
        at: afwijking.origin?.location(of: "regel"))
    }
    for (offset, id) in afwijking.betreft.enumerated() {
      checkReference(
        id, key: "betreft", field: "betreft.\(offset)", origin: afwijking.origin,
        allowed: ElementKind.allCases)
    }
    checkReference(
      afwijking.verantwoordelijke, key: "verantwoordelijke", field: "verantwoordelijke",
      origin: afwijking.origin, allowed: [.unit, .organisation, .person])
  }

  // MARK: Values

  /// Each `bronnen` item must be an accepted address or a short citation (``SourcePolicy``).
  private mutating func checkSources(_ sources: [String], origin: Origin?) {
    for (offset, item) in sources.enumerated() {
      guard let flaw = SourcePolicy.flaw(of: item) else { continue }
      report(
        .invalidSource(text: item, flaw: flaw),
        at: origin?.recordedLocation(of: "bronnen.\(offset)") ?? origin?.location(of: "bronnen"))
    }
  }

  private mutating func checkName(_ name: String, origin: Origin?) {
    // A name that starts with an ASCII byte other than a space or a control character starts
    // with a character that is not white space (without breaking the text into characters).
    if let first = name.utf8.first, first > 0x20, first < 0x80 { return }
    if name.allSatisfy(\.isWhitespace) {
      report(.emptyValue(key: "naam"), at: origin?.location(of: "naam"))
    }
  }

  private mutating func checkPeriod(_ period: Period?, origin: Origin?, key: String) {
    guard let period, period.isReversed, let start = period.start, let end = period.end else {
      return
    }
    report(
      .reversedPeriod(start: start, end: end),
      at: origin?.recordedLocation(of: "\(key).tot") ?? origin?.location(of: key))
  }

  private mutating func checkNumber(_ value: Double?, key: String, origin: Origin?) {
    guard let value else { return }
    if !value.isFinite {
      report(.nonFiniteNumber(key: key), at: origin?.location(of: key))
    } else if value < 0 {
      report(.negativeNumber(key: key, value: value), at: origin?.location(of: key))
    }
  }

  /// Reports a reference that does not resolve to an element of an allowed kind.
  /// - Returns: Whether the reference resolves to an allowed kind.
  @discardableResult
  private mutating func checkReference(
    _ id: ElementID, key: String, field: String, origin: Origin?, allowed: [ElementKind]
  ) -> Bool {
    var location: SourceLocation? { origin?.location(of: field) }
    guard let kind = index.kind(of: id) else {
      if defersSuggestions {
        pendingSuggestions.append(
          PendingSuggestion(
            position: diagnostics.count, id: id, key: key, allowed: allowed, location: location))
        report(.unknownReference(id: id.rawValue, key: key, suggestion: nil), at: location)
        return false
      }
      var suggestion: String?
      if suggestionsLeft > 0 {
        suggestionsLeft -= 1
        suggestion = self.suggestion(forUnknown: id, allowed: allowed)
      }
      report(.unknownReference(id: id.rawValue, key: key, suggestion: suggestion), at: location)
      return false
    }
    guard allowed.contains(kind) else {
      report(
        .wrongReferenceKind(
          id: id.rawValue, key: key, found: kind, expected: allowed,
          suggestion: suggestion(for: id, kind: kind, allowed: allowed)),
        at: location)
      return false
    }
    return true
  }

  /// The id of an allowed kind closest to an unknown reference (a did-you-mean).
  private func suggestion(forUnknown id: ElementID, allowed: [ElementKind]) -> String? {
    let index = self.index
    let candidates = index.orderedIDs.lazy.filter { candidate in
      index.kind(of: candidate).map(allowed.contains) ?? false
    }.map(\.rawValue)
    return Suggestion.closest(to: id.rawValue, in: candidates)
  }

  /// A likely intended id for a reference of the wrong kind: the organisation that owns a unit,
  /// or the unit in which a person holds a function.
  private func suggestion(for id: ElementID, kind: ElementKind, allowed: [ElementKind]) -> String? {
    switch kind {
    case .unit where allowed.contains(.organisation):
      return index.owningOrganisation(of: id)?.rawValue
    case .person where allowed.contains(.unit):
      return index.person(id)?.functions.first?.rawValue
    default:
      return nil
    }
  }

  private mutating func report(_ problem: Problem, at location: SourceLocation?) {
    diagnostics.append(Diagnostic(problem, at: location))
  }

  static func looksLikeRuleCode(_ code: String) -> Bool {
    let scalars = Array(code.unicodeScalars)
    return scalars.count == 4 && scalars[0] == "S" && scalars[1] == "D"
      && scalars[2...].allSatisfy { ("0"..."9").contains($0) }
  }

  static func isSafeURL(_ url: String) -> Bool {
    URLPolicy.isSafe(url)
  }
}
