public import DriehoekAnalysis
public import DriehoekModel

/// The printed card set of a model for a driehoeksoverleg: a cover card, one card per executor
/// and one per unit or organisation holding an eigenaar or opdrachtgever role valid on the
/// peildatum, each with the discussion questions its open findings raise.
///
/// ``KaartenHTMLWriter`` lays the set out for print; the set itself is plain data, in the
/// language of the analysis.
public struct KaartenSet: Sendable {
  /// The name of the model.
  public let modelName: String
  /// The description of the model.
  public let description: String?
  /// The day the set shows.
  public let peildatum: Day
  /// The language of every text in the set.
  public let language: Language
  /// The executors in scope (all executors, or those named with `--uitvoerder`), in model
  /// order.
  public let executors: [ElementID]
  /// Their names, in the same order.
  public let executorNames: [String]
  /// Whether the set is limited to some executors.
  public let isLimited: Bool
  /// The cards: the executors first, then the role holders, both in model order.
  public let cards: [Kaart]
  /// The open findings in scope.
  public let openFindingCount: Int

  /// Builds the card set.
  /// - Parameters:
  ///   - model: The model.
  ///   - report: Its analysis on the peildatum.
  ///   - uitvoerders: The executors to limit the set to (the parties around them); empty for
  ///     every executor.
  ///   - index: The model's index, when the caller has built it; `nil` builds one here.
  /// - Throws: ``KaartenSetError/unknownExecutor(_:executors:)`` when an id is not an executor
  ///   valid on the peildatum.
  /// - Complexity: O(*c* · *f* + *n*) in cards, findings and model elements.
  public init(
    model: Model, report: AnalysisReport, uitvoerders: [ElementID] = [],
    index: ModelIndex? = nil
  ) throws(KaartenSetError) {
    let context = AnalysisContext(
      model: model, peildatum: report.peildatum, language: report.language, index: index)
    var order: [ElementID: Int] = [:]
    for (position, id) in context.index.orderedIDs.enumerated() { order[id] = position }
    let all = context.executors.map(\.id).sorted {
      (order[$0] ?? .max, $0) < (order[$1] ?? .max, $1)
    }
    for id in uitvoerders where !all.contains(id) {
      throw .unknownExecutor(id, executors: all)
    }
    let scope = uitvoerders.isEmpty ? all : all.filter { uitvoerders.contains($0) }
    let builder = KaartenBuilder(context: context, report: report, scope: scope)
    modelName = model.name
    description = model.description
    peildatum = report.peildatum
    language = report.language
    executors = scope
    executorNames = scope.map { context.index.name(of: $0) }
    isLimited = !uitvoerders.isEmpty
    cards = builder.cards()
    openFindingCount = builder.openFindings.count
  }
}
