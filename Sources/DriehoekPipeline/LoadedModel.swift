public import DriehoekAnalysis
public import DriehoekModel

/// A valid model with its index, built once while loading and shared by every step after it:
/// the analysis, the diagrams, the charts and the report.
///
/// A value: a tool that reloads a changed file (a preview server on every save) loads a new
/// one and throws the old away; nothing is cached between them.
public struct LoadedModel: Sendable {
  /// The model.
  public let model: Model
  /// Its index; every step of the pipeline uses this one.
  public let index: ModelIndex
  /// The files read, root first, as their paths were written.
  public let files: [String]
  /// The paths output must never be written onto (see ``LoadOutcome/inputPaths``).
  public let inputPaths: [String]
  /// The warnings of loading (a valid model has no errors).
  public let diagnostics: [Diagnostic]

  /// The peildatum of a run: the one chosen (`--peildatum`), else the model's, else `today`.
  public func peildatum(chosen: Day? = nil, default today: Day) -> Day {
    chosen ?? model.peildatum ?? today
  }

  /// Analyses the model on a day: every rule of `analyzer`, with accepted risks applied.
  public func analysis(
    on peildatum: Day, language: Language = .nl, analyzer: Analyzer = Analyzer()
  ) -> Analysis {
    Analysis(
      model: self,
      report: analyzer.analyse(model, peildatum: peildatum, language: language, index: index))
  }
}

extension LoadedModel {
  /// A model built in code rather than read from a file, indexed here; it is not validated
  /// (see ``Model/validate(options:index:)``).
  public init(model: Model) {
    self.init(
      model: model, index: ModelIndex(model), files: [], inputPaths: [], diagnostics: [])
  }
}
