public import DriehoekAnalysis
public import DriehoekDiagram
public import DriehoekModel
public import DriehoekReports
public import GraphvizRendering

/// A loaded model analysed on its peildatum: the findings, accepted risks included, and what
/// the diagrams mark.
public struct Analysis: Sendable {
  /// The model analysed.
  public let model: LoadedModel
  /// The findings, open and accepted, in report order.
  public let report: AnalysisReport

  /// Creates an analysis from a report already made of `model`.
  public init(model: LoadedModel, report: AnalysisReport) {
    self.model = model
    self.report = report
  }

  /// The day analysed.
  public var peildatum: Day { report.peildatum }

  /// The findings as the diagrams mark them (see ``DiagramHighlight/init(_:)``).
  public var highlights: [DiagramHighlight] { report.findings.map(DiagramHighlight.init) }

  /// The same analysis with only the findings of these rules (`check --regel`); all of them
  /// when `codes` is empty.
  public func filtered(codes: Set<String>) -> Analysis {
    Analysis(model: model, report: report.filtered(codes: codes))
  }

  /// The diagrams and charts of the model, with these findings marked, in a format.
  public func drawing(format: OutputFormat = .svg, isolation: RenderIsolation? = nil) -> Drawing {
    Drawing(analysis: self, format: format, isolation: isolation)
  }

  /// The outline of the report document (sections per executor, risks, sources).
  public var outline: ReportOutline {
    ReportOutline(model: model.model, report: report, index: model.index)
  }
}
