public import DriehoekAnalysis
public import DriehoekModel

/// One side of a comparison: a model and its analysis on that side's peildatum.
public struct VergelijkingsKant: Sendable {
  /// The model as loaded (imports merged).
  public var model: Model
  /// Its analysis on the peildatum of this side.
  public var report: AnalysisReport
  /// The file it was loaded from, as named on the command line, if any.
  public var file: String?

  /// Creates a side.
  public init(model: Model, report: AnalysisReport, file: String? = nil) {
    self.model = model
    self.report = report
    self.file = file
  }

  /// The model's name.
  public var naam: String { model.name }

  /// The date this side was analysed on.
  public var peildatum: Day { report.peildatum }
}
