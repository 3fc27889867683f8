public import DriehoekDiagram
public import DriehoekModel
public import DriehoekPipeline
import GraphvizRendering

/// Draws the views of one valid model as SVG for the preview, through the pipeline's
/// ``Drawing``: Graphviz views in a child process with a time limit per view (as
/// `render --timeout` does), the matrix and the `tijdlijn` charts in Swift.
public struct PreviewRenderer: Sendable {
  /// How Graphviz is run.
  public enum Graphviz: Sendable {
    /// In this process (tests; a hang in Graphviz would hang the server).
    case inProcess
    /// In a child process `executable _render-dot`, killed after `seconds` per view.
    case isolated(executable: String, seconds: Double)
  }

  /// The drawing of the analysed model, in SVG.
  public let drawing: Drawing
  let graphviz: Graphviz

  /// Creates a renderer for an analysis; the model was indexed once when it was loaded.
  public init(analysis: Analysis, graphviz: Graphviz) {
    drawing = analysis.drawing(format: .svg)
    self.graphviz = graphviz
  }

  /// The day the model is drawn on.
  public var peildatum: Day { drawing.peildatum }

  /// The views of the model, in the order of `render --view alle`: landschap, matrix, the
  /// driehoeken, ministeries, ketens, tijdlijnen and bevindingen.
  public var views: [View] { drawing.views }

  /// The SVG document of one view.
  /// - Throws: ``DiagramError`` for a view the model does not have, `RenderingError` when
  ///   Graphviz fails or takes longer than the time limit.
  public func svg(for view: View) throws -> [UInt8] {
    var drawing = drawing
    if case .isolated(let executable, let seconds) = graphviz {
      // Each view gets the whole limit from the moment it is drawn.
      drawing.isolation = RenderIsolation(executable: executable, seconds: seconds)
    }
    return try drawing.document(for: view).bytes
  }
}
