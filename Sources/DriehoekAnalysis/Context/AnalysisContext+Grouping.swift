public import DriehoekModel

extension AnalysisContext {
  /// The executors that are party to an opdracht or afspraak, sorted.
  ///
  /// For an opdracht its opdrachtnemer and the organisation its opdrachtgever is in, for an
  /// afspraak the organisations its parties are in (see ``party(_:isIn:)``), each when it is an
  /// executor.
  /// - Parameters:
  ///   - id: The opdracht or afspraak.
  ///   - executorIDs: The ids of ``executors``.
  /// - Returns: The executors, sorted; empty for any other id.
  /// - Complexity: O(*q* · *f* · depth) in the parties and their functions.
  public func partyExecutors(of id: ElementID, among executorIDs: Set<ElementID>) -> [ElementID] {
    var organisations: [ElementID] = []
    if let opdracht = index.opdracht(id) {
      if let nemer = opdracht.opdrachtnemer { organisations.append(nemer) }
      if let gever = opdracht.opdrachtgever, let owner = index.owningOrganisation(of: gever) {
        organisations.append(owner)
      }
    } else if let afspraak = index.afspraak(id) {
      for party in afspraak.parties {
        if let owner = index.owningOrganisation(of: party) { organisations.append(owner) }
        for function in index.person(party)?.functions ?? [] {
          if let owner = index.owningOrganisation(of: function) { organisations.append(owner) }
        }
      }
    }
    return organisations.filter(executorIDs.contains).sortedUnique()
  }
}
