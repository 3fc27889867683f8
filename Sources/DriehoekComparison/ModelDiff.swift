import DriehoekModel

/// The semantic difference between two lists of elements: matched by kind and what identifies
/// them (``ElementSleutel``), compared key by key as the model means them.
struct ModelDiff: Sendable {
  /// The executors of both sides (every organisation named in `van:` of a role).
  var executors: Set<ElementID>
  /// The index of OUD, to find the organisation a unit stands in.
  var oudIndex: ModelIndex
  /// The index of NIEUW.
  var nieuwIndex: ModelIndex

  /// The changes from `oud` to `nieuw`, in the order of the model file's lists, then by key.
  func changes(from oud: [ElementRecord], to nieuw: [ElementRecord]) -> [Wijziging] {
    struct Key: Hashable {
      var soort: ElementSoort
      var sleutel: ElementSleutel
    }
    // Several elements may share a key (two equal roles); they are paired in file order.
    var oudByKey: [Key: [ElementRecord]] = [:]
    for record in oud {
      oudByKey[Key(soort: record.soort, sleutel: record.sleutel), default: []].append(record)
    }
    var nieuwByKey: [Key: [ElementRecord]] = [:]
    for record in nieuw {
      nieuwByKey[Key(soort: record.soort, sleutel: record.sleutel), default: []].append(record)
    }
    var changes: [Wijziging] = []
    for (key, oudRecords) in oudByKey {
      let nieuwRecords = nieuwByKey[key] ?? []
      for (position, record) in oudRecords.enumerated() {
        guard position < nieuwRecords.count else {
          changes.append(change(.verwijderd, record, velden: []))
          continue
        }
        let velden = fieldChanges(record, nieuwRecords[position])
        if !velden.isEmpty {
          changes.append(change(.gewijzigd, nieuwRecords[position], velden: velden, oud: record))
        }
      }
    }
    for (key, nieuwRecords) in nieuwByKey {
      let count = oudByKey[key]?.count ?? 0
      for record in nieuwRecords.dropFirst(count) {
        changes.append(change(.toegevoegd, record, velden: []))
      }
    }
    return changes.sorted { lhs, rhs in
      if lhs.soort != rhs.soort { return lhs.soort < rhs.soort }
      if lhs.sleutel != rhs.sleutel { return lhs.sleutel < rhs.sleutel }
      return lhs.wat.rawValue < rhs.wat.rawValue
    }
  }

  /// The keys whose meaning differs, in the order the model file documents them.
  func fieldChanges(_ oud: ElementRecord, _ nieuw: ElementRecord) -> [VeldWijziging] {
    var velden: [VeldWijziging] = []
    for (key, oudValue) in oud.fields {
      let nieuwValue = nieuw.value(of: key)
      switch (oudValue, nieuwValue) {
      case (nil, nil): continue
      case (let lhs?, let rhs?) where lhs.means(rhs): continue
      default: velden.append(VeldWijziging(key: key, oud: oudValue, nieuw: nieuwValue))
      }
    }
    return velden
  }

  private func change(
    _ wat: WijzigingsSoort, _ record: ElementRecord, velden: [VeldWijziging],
    oud: ElementRecord? = nil
  ) -> Wijziging {
    var concerned: [ElementID] = []
    for id in record.concerns + (oud?.concerns ?? []) {
      for candidate in [id] + owners(of: id) where executors.contains(candidate) {
        if !concerned.contains(candidate) { concerned.append(candidate) }
      }
    }
    return Wijziging(
      soort: record.soort, wat: wat, sleutel: record.sleutel, velden: velden, naam: record.naam,
      location: record.location, executors: concerned)
  }

  /// The organisations an id stands in, on either side.
  private func owners(of id: ElementID) -> [ElementID] {
    // An assignment named in an accepted risk belongs with its executor.
    let assigned = [nieuwIndex.opdracht(id)?.opdrachtnemer, oudIndex.opdracht(id)?.opdrachtnemer]
    return
      ([nieuwIndex.owningOrganisation(of: id), oudIndex.owningOrganisation(of: id)] + assigned)
      .compactMap(\.self)
  }
}
