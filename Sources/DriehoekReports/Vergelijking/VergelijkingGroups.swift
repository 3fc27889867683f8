import DriehoekAnalysis
import DriehoekComparison
import DriehoekModel

/// A comparison grouped per executor, as every human-readable format shows it: per executor
/// its changes (a moved role as one item) and its new and resolved findings; what belongs to
/// no executor comes last.
struct VergelijkingGroups {
  /// One item of a group.
  enum Item {
    case change(Wijziging)
    case move(RolVerplaatsing)

    /// Where it stands (NIEUW's file, or OUD's for a removal).
    var location: SourceLocation? {
      switch self {
      case .change(let change): change.location
      case .move(let move): move.nieuw.location
      }
    }
  }

  /// One executor's part, or (executor `nil`) everything else.
  struct Group {
    var executor: ElementID?
    var items: [Item] = []
    var nieuw: [Finding] = []
    var opgelost: [Finding] = []
  }

  var groups: [Group]

  init(_ vergelijking: Vergelijking) {
    var movesByRemoval: [Wijziging: RolVerplaatsing] = [:]
    var moved: Set<Wijziging> = []
    for move in vergelijking.verplaatsingen {
      movesByRemoval[move.oud] = move
      moved.insert(move.oud)
      moved.insert(move.nieuw)
    }
    var byExecutor: [ElementID?: Group] = [:]
    func add(_ item: Item, under executor: ElementID?) {
      byExecutor[executor, default: Group(executor: executor)].items.append(item)
    }
    for change in vergelijking.wijzigingen {
      if moved.contains(change) {
        if let move = movesByRemoval[change] {
          add(.move(move), under: change.executors.first)
        }
        continue
      }
      add(.change(change), under: change.executors.first)
    }
    for finding in vergelijking.bevindingen.nieuw {
      byExecutor[finding.executor, default: Group(executor: finding.executor)].nieuw.append(finding)
    }
    for finding in vergelijking.bevindingen.opgelost {
      byExecutor[finding.executor, default: Group(executor: finding.executor)].opgelost.append(
        finding)
    }
    var ordered: [Group] = []
    for executor in vergelijking.changedExecutors {
      if let group = byExecutor.removeValue(forKey: executor) { ordered.append(group) }
    }
    let rest = byExecutor.keys.compactMap(\.self).sorted()
    for executor in rest {
      if let group = byExecutor.removeValue(forKey: executor) { ordered.append(group) }
    }
    if let other = byExecutor.removeValue(forKey: nil) { ordered.append(other) }
    groups = ordered
  }
}

/// The words for changes, shared by the text, Markdown and HTML writers.
struct VergelijkingWords {
  var vergelijking: Vergelijking
  var language: Language

  /// `toegevoegd`, `verwijderd`, `gewijzigd`, or their English words.
  func word(_ wat: WijzigingsSoort) -> String {
    switch wat {
    case .toegevoegd: language.pick("toegevoegd", "added")
    case .verwijderd: language.pick("verwijderd", "removed")
    case .gewijzigd: language.pick("gewijzigd", "changed")
    }
  }

  /// The kind of element in words.
  func kind(_ soort: ElementSoort) -> String {
    language == .nl ? soort.rawValue : soort.englishName
  }

  /// What the change is about: `opdracht Uitvoering AOW (aow)`, `rol opdrachtgever: DG (x) →
  /// SVB (svb)`, `afwijking SD13 [pgb]`.
  func subject(_ change: Wijziging) -> String {
    "\(kind(change.soort)) \(element(change))"
  }

  /// What the change is about without the kind: `Uitvoering AOW (aow)`, `opdrachtgever: DG
  /// (x) → SVB (svb)`, `SD13 [pgb]`.
  func element(_ change: Wijziging) -> String {
    switch change.sleutel {
    case .id(let id):
      let name = change.naam.map { $0 == id.rawValue ? id.rawValue : "\($0) (\(id.rawValue))" }
      return name ?? vergelijking.label(id)
    case .rol(let rol, let houder, let van):
      return "\(rol.rawValue): \(vergelijking.label(houder)) → \(vergelijking.label(van))"
    case .afwijking(let regel, let betreft):
      return "\(regel) [\(betreft.map(\.rawValue).joined(separator: ", "))]"
    }
  }

  /// The changed keys: `budget: 160000000 → 150000000; periode: (leeg) → {van: 2026-01-01}`.
  func details(_ change: Wijziging) -> String {
    change.velden.map { "\($0.key): \(value($0.oud)) → \(value($0.nieuw))" }
      .joined(separator: "; ")
  }

  /// A value as the model file writes it, or `(leeg)` where the key was not written.
  func value(_ value: FieldValue?) -> String {
    value?.written ?? language.pick("(leeg)", "(none)")
  }

  /// A moved role: `rol opdrachtgever van SVB (svb): A (a) → B (b)`.
  func move(_ move: RolVerplaatsing) -> String {
    guard case .rol(let rol, let oud, let van) = move.oud.sleutel,
      case .rol(_, let nieuw, _) = move.nieuw.sleutel
    else { return subject(move.nieuw) }
    return language.pick(
      "rol \(rol.rawValue) van \(vergelijking.label(van)): \(vergelijking.label(oud)) → \(vergelijking.label(nieuw))",
      "role \(rol.rawValue) of \(vergelijking.label(van)): \(vergelijking.label(oud)) → \(vergelijking.label(nieuw))"
    )
  }

  /// The heading of a group.
  func heading(_ executor: ElementID?) -> String {
    executor.map { vergelijking.label($0) }
      ?? language.pick("Overige wijzigingen en bevindingen", "Other changes and findings")
  }

  /// The two sides in one line: `Model (peildatum 2026-01-01) → Model (peildatum 2027-01-01)`.
  var sides: String {
    let peildatum = language.pick("peildatum", "reference date")
    if vergelijking.comparesDates {
      return language.pick(
        "\(vergelijking.nieuw.naam): geldig op \(vergelijking.oud.peildatum) → geldig op \(vergelijking.nieuw.peildatum)",
        "\(vergelijking.nieuw.naam): in force on \(vergelijking.oud.peildatum) → in force on \(vergelijking.nieuw.peildatum)"
      )
    }
    return "\(vergelijking.oud.naam) (\(peildatum) \(vergelijking.oud.peildatum)) → "
      + "\(vergelijking.nieuw.naam) (\(peildatum) \(vergelijking.nieuw.peildatum))"
  }

  /// The closing line with the counts.
  var summary: String {
    let changes = vergelijking.wijzigingen
    let count = { (wat: WijzigingsSoort) in changes.filter { $0.wat == wat }.count }
    let moves = vergelijking.verplaatsingen.count
    let bevindingen = vergelijking.bevindingen
    let moved =
      moves == 0
      ? ""
      : language.pick(
        ", \(moves) rol\(moves == 1 ? "" : "len") verplaatst",
        ", \(moves) role\(moves == 1 ? "" : "s") moved")
    return language.pick(
      "\(changes.count) wijziging\(changes.count == 1 ? "" : "en") (\(count(.toegevoegd)) toegevoegd, "
        + "\(count(.verwijderd)) verwijderd, \(count(.gewijzigd)) gewijzigd\(moved)); bevindingen: "
        + "\(bevindingen.nieuw.count) nieuw, \(bevindingen.opgelost.count) opgelost, "
        + "\(bevindingen.ongewijzigd) ongewijzigd",
      "\(changes.count) change\(changes.count == 1 ? "" : "s") (\(count(.toegevoegd)) added, "
        + "\(count(.verwijderd)) removed, \(count(.gewijzigd)) changed\(moved)); findings: "
        + "\(bevindingen.nieuw.count) new, \(bevindingen.opgelost.count) resolved, "
        + "\(bevindingen.ongewijzigd) unchanged")
  }
}
