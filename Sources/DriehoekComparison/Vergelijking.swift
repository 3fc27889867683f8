import DriehoekAnalysis
public import DriehoekModel

/// What changes between two versions of a model, or between two dates of one model: the
/// changed elements and the findings that appear and disappear.
///
/// Two files (``init(oud:nieuw:)``) are compared by content: every element of both files, each
/// with its keys; formatting, order and comments are not changes. One model on two dates
/// (``init(model:oud:nieuw:)``) compares what is in force on each date: an element whose
/// `geldig`, `periode` or `tot` holds on the old date but not on the new one is removed, the
/// other way round added.
public struct Vergelijking: Sendable {
  /// The old side.
  public var oud: VergelijkingsKant
  /// The new side.
  public var nieuw: VergelijkingsKant
  /// Whether this compares one model on two dates.
  public var comparesDates: Bool
  /// Every change, in the order of the model file's lists, then by id.
  public var wijzigingen: [Wijziging]
  /// The findings that appear, disappear and stay.
  public var bevindingen: BevindingenVergelijking
  /// The roles that moved: a removed and an added role of the same executor and `rol`, paired
  /// in order (the removed roles in list order, each with the first added one left).
  public private(set) var verplaatsingen: [RolVerplaatsing] = []
  /// The executors with a change or a new or resolved finding, in the order of NIEUW's
  /// executors, then OUD's.
  public private(set) var changedExecutors: [ElementID] = []
  /// What happened to each element, by what identifies it (for the diff diagrams).
  private(set) var marks: [ElementSleutel: WijzigingsSoort] = [:]
  /// The roles of each side by executor (for the diff diagrams).
  private(set) var roles: (oud: [ElementID: [Role]], nieuw: [ElementID: [Role]]) = ([:], [:])

  /// Compares two models by content; `indexes` are the sides' model indexes when the caller
  /// has them (the pipeline builds each once), else they are built here.
  public init(
    oud: VergelijkingsKant, nieuw: VergelijkingsKant,
    indexes: (oud: ModelIndex, nieuw: ModelIndex)? = nil
  ) {
    self.init(oud: oud, nieuw: nieuw, comparesDates: false, indexes: indexes)
  }

  /// Compares one model on two dates: the two sides hold the same model, analysed on the old
  /// and on the new date.
  public init(model oud: VergelijkingsKant, nieuw: VergelijkingsKant, index: ModelIndex? = nil) {
    self.init(oud: oud, nieuw: nieuw, comparesDates: true, indexes: index.map { ($0, $0) })
  }

  private init(
    oud: VergelijkingsKant, nieuw: VergelijkingsKant, comparesDates: Bool,
    indexes: (oud: ModelIndex, nieuw: ModelIndex)?
  ) {
    self.oud = oud
    self.nieuw = nieuw
    self.comparesDates = comparesDates
    let executors = Set((oud.model.roles + nieuw.model.roles).map(\.executor))
    let diff = ModelDiff(
      executors: executors, oudIndex: indexes?.oud ?? ModelIndex(oud.model),
      nieuwIndex: indexes?.nieuw ?? ModelIndex(nieuw.model))
    var oudRecords = ElementRecord.records(of: oud.model)
    var nieuwRecords = ElementRecord.records(of: nieuw.model)
    if comparesDates {
      oudRecords = oudRecords.filter { $0.isInForce(on: oud.peildatum) }
      nieuwRecords = nieuwRecords.filter { $0.isInForce(on: nieuw.peildatum) }
    }
    wijzigingen = diff.changes(from: oudRecords, to: nieuwRecords)
    bevindingen = BevindingenVergelijking(oud: oud.report, nieuw: nieuw.report)
    verplaatsingen = Self.moves(in: wijzigingen)
    changedExecutors = Self.executors(
      of: nieuw.model.roles + oud.model.roles, changes: wijzigingen, bevindingen: bevindingen)
    for change in wijzigingen { marks[change.sleutel] = change.wat }
    roles = (
      Dictionary(grouping: oud.model.roles, by: \.executor),
      Dictionary(grouping: nieuw.model.roles, by: \.executor)
    )
  }

  /// Whether nothing changed: no element and no open finding.
  public var isEmpty: Bool {
    wijzigingen.isEmpty && bevindingen.nieuw.isEmpty && bevindingen.opgelost.isEmpty
  }

  /// Pairs removed and added roles of the same executor and `rol`, in list order.
  private static func moves(in changes: [Wijziging]) -> [RolVerplaatsing] {
    struct Slot: Hashable {
      var kind: RoleKind
      var van: ElementID
    }
    var added: [Slot: [Wijziging]] = [:]
    for change in changes where change.soort == .rol && change.wat == .toegevoegd {
      if case .rol(let kind, _, let van) = change.sleutel {
        added[Slot(kind: kind, van: van), default: []].append(change)
      }
    }
    var taken: [Slot: Int] = [:]
    var moves: [RolVerplaatsing] = []
    for removed in changes where removed.soort == .rol && removed.wat == .verwijderd {
      guard case .rol(let kind, _, let van) = removed.sleutel else { continue }
      let slot = Slot(kind: kind, van: van)
      let next = taken[slot, default: 0]
      guard let candidates = added[slot], next < candidates.count else { continue }
      taken[slot] = next + 1
      moves.append(RolVerplaatsing(oud: removed, nieuw: candidates[next]))
    }
    return moves
  }

  /// The executors that changed, in the order the roles name them.
  private static func executors(
    of roles: [Role], changes: [Wijziging], bevindingen: BevindingenVergelijking
  ) -> [ElementID] {
    var touched = Set(changes.compactMap(\.executors.first))
    for finding in bevindingen.nieuw + bevindingen.opgelost {
      if let executor = finding.executor { touched.insert(executor) }
    }
    var seen: Set<ElementID> = []
    var order: [ElementID] = []
    for role in roles where touched.contains(role.executor) && seen.insert(role.executor).inserted {
      order.append(role.executor)
    }
    return order
  }

  /// Whether NIEUW has a new open finding at or above a severity (the `--fail-on` gate).
  public func hasNewFinding(atLeast threshold: Severity) -> Bool {
    bevindingen.nieuw.contains { $0.severity >= threshold }
  }

  /// The name of an element, from NIEUW or else OUD, with its id: `Sociale Verzekeringsbank
  /// (svb)`.
  public func label(_ id: ElementID) -> String {
    if nieuw.report.elements[id] != nil { return nieuw.report.label(id) }
    return oud.report.label(id)
  }
}
