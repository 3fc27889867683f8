import DriehoekModel

extension OpdrachtZonderAfspraak {
  /// Whether a werkafspraak or raamafspraak valid on the peildatum covers an opdrachtgever and an
  /// executor, with what it finds about each side kept for the next opdracht.
  ///
  /// Covering means having a party that includes the opdrachtgever (see
  /// ``AnalysisContext/party(_:includes:)``) and a party that is the executor or includes one of
  /// the executor's valid opdrachtnemers. A party includes a unit when it is the unit or lies
  /// above it, or is a person with a function there: so the search keeps, per opdrachtgever and
  /// per executor, the ids that count as "around" it (the unit and everything above it), and
  /// tests a party with one look-up instead of a walk up the tree. The candidates are the valid
  /// afspraken with a party around the smaller side (a DG that gives opdrachten to thousands of
  /// executors is party to thousands of afspraken).
  struct CoverageSearch {
    /// One side of the pair: the ids around it and the candidate afspraken (positions in
    /// ``AnalysisContext/validAfspraken``; one with two parties around the side is there twice).
    private struct Side {
      let around: Set<ElementID>
      let candidates: [Int32]
    }

    private let context: AnalysisContext
    private var opdrachtgevers: [ElementID: Side] = [:]
    private var executors: [ElementID: Side] = [:]

    init(context: AnalysisContext) {
      self.context = context
    }

    /// Whether a valid werkafspraak or raamafspraak covers the pair.
    mutating func isCovered(from opdrachtgever: ElementID, to executor: ElementID) -> Bool {
      let geverSide = side(ofOpdrachtgever: opdrachtgever)
      let executorSide = side(ofExecutor: executor)
      let candidates =
        executorSide.candidates.count < geverSide.candidates.count
        ? executorSide.candidates : geverSide.candidates
      return candidates.contains { position in
        covers(context.validAfspraken[Int(position)], geverSide, executorSide, executor)
      }
    }

    private func covers(
      _ afspraak: Afspraak, _ gever: Side, _ nemer: Side, _ executor: ElementID
    ) -> Bool {
      guard afspraak.kind == .werkafspraak || afspraak.kind == .raamafspraak else { return false }
      return afspraak.parties.contains { includes($0, gever.around) }
        && afspraak.parties.contains { $0 == executor || includes($0, nemer.around) }
    }

    /// Whether the party is one of the ids, or a person with a function that is one of them.
    private func includes(_ party: ElementID, _ around: Set<ElementID>) -> Bool {
      if around.contains(party) { return true }
      guard let person = context.index.person(party) else { return false }
      return person.functions.contains { around.contains($0) }
    }

    /// The opdrachtgever and everything above it; the afspraken with a party among them.
    private mutating func side(ofOpdrachtgever opdrachtgever: ElementID) -> Side {
      if let known = opdrachtgevers[opdrachtgever] { return known }
      let side = makeSide(around: [opdrachtgever], candidatesFrom: [opdrachtgever])
      opdrachtgevers[opdrachtgever] = side
      return side
    }

    /// The executor's valid opdrachtnemers and everything above them (a party around one of
    /// them counts; the executor itself counts only as a party of its own); the afspraken with a
    /// party around the executor or around one of its opdrachtnemers.
    private mutating func side(ofExecutor executor: ElementID) -> Side {
      if let known = executors[executor] { return known }
      let nemers = context.validHolders(.opdrachtnemer, of: executor)
      let side = makeSide(around: nemers, candidatesFrom: [executor] + nemers)
      executors[executor] = side
      return side
    }

    private func makeSide(around units: [ElementID], candidatesFrom roots: [ElementID]) -> Side {
      var around = Set<ElementID>()
      for unit in units {
        around.insert(unit)
        around.formUnion(context.index.ancestors(of: unit))
      }
      var candidates: [Int32] = []
      for root in roots {
        candidates += context.afsprakenByParty[root]
        for ancestor in context.index.ancestors(of: root) {
          candidates += context.afsprakenByParty[ancestor]
        }
      }
      return Side(around: around, candidates: candidates)
    }
  }
}
