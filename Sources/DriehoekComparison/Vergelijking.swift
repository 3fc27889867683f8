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
      oudRecords = oudRecords.filter { $0.validity.contains(oud.peildatum) }
      nieuwRecords = nieuwRecords.filter { $0.validity.contains(nieuw.peildatum) }
    }
    wijzigingen = diff.changes(from: oudRecords, to: nieuwRecords)
    bevindingen = BevindingenVergelijking(oud: oud.report, nieuw: nieuw.report)
  }

  /// Whether nothing changed: no element and no open finding.
  public var isEmpty: Bool {
    wijzigingen.isEmpty && bevindingen.nieuw.isEmpty && bevindingen.opgelost.isEmpty
  }

  /// The roles that moved: a removed and an added role of the same executor and `rol`, paired
  /// in order.
  public var verplaatsingen: [RolVerplaatsing] {
    var added = wijzigingen.filter { $0.soort == .rol && $0.wat == .toegevoegd }
    var moves: [RolVerplaatsing] = []
    for removed in wijzigingen where removed.soort == .rol && removed.wat == .verwijderd {
      guard case .rol(let kind, _, let van) = removed.sleutel,
        let position = added.firstIndex(where: {
          if case .rol(kind, _, van) = $0.sleutel { return true }
          return false
        })
      else { continue }
      moves.append(RolVerplaatsing(oud: removed, nieuw: added.remove(at: position)))
    }
    return moves
  }

  /// The executors with a change or a new or resolved finding, in the order of NIEUW's
  /// executors, then OUD's.
  public var changedExecutors: [ElementID] {
    var order: [ElementID] = []
    for role in nieuw.model.roles + oud.model.roles where !order.contains(role.executor) {
      order.append(role.executor)
    }
    var touched = Set(wijzigingen.compactMap(\.executors.first))
    for finding in bevindingen.nieuw + bevindingen.opgelost {
      if let executor = finding.executor { touched.insert(executor) }
    }
    return order.filter { touched.contains($0) }
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
