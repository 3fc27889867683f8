public import DriehoekAnalysis
public import DriehoekDiagram
public import DriehoekModel
import DriehoekReports
import GraphvizRendering

/// Draws the views of one valid model as SVG for the preview: Graphviz views in a child process
/// with a time limit (as `render --timeout` does), the matrix and the `tijdlijn` charts in Swift.
public struct PreviewRenderer: Sendable {
  /// How Graphviz is run.
  public enum Graphviz: Sendable {
    /// In this process (tests; a hang in Graphviz would hang the server).
    case inProcess
    /// In a child process `executable _render-dot`, killed after `seconds`.
    case isolated(executable: String, seconds: Double)
  }

  /// The model drawn.
  public let model: Model
  /// The day the model is drawn on.
  public let peildatum: Day
  let builder: DiagramBuilder
  let clashes: [ElementID: [(ElementID, ElementID)]]
  let graphviz: Graphviz

  /// Creates a renderer for a model and its analysis; the model is indexed once for all views.
  public init(model: Model, report: AnalysisReport, graphviz: Graphviz) {
    self.model = model
    self.peildatum = report.peildatum
    self.graphviz = graphviz
    let highlights = report.findings.map { finding in
      DiagramHighlight(
        code: finding.code, severity: finding.severity, betreft: finding.betreft,
        isAccepted: !finding.isOpen, message: finding.message, executors: finding.executors)
    }
    builder = DiagramBuilder(model: model, peildatum: report.peildatum, highlights: highlights)
    var clashes: [ElementID: [(ElementID, ElementID)]] = [:]
    for highlight in highlights where highlight.code == "SD12" && highlight.betreft.count == 3 {
      clashes[highlight.betreft[0], default: []].append(
        (highlight.betreft[1], highlight.betreft[2]))
    }
    self.clashes = clashes
  }

  /// The views of the model, in the order of `render --view alle`: landschap, matrix, the
  /// driehoeken, ministeries, ketens, tijdlijnen and bevindingen.
  public var views: [View] {
    var views = View.all(in: model, on: peildatum)
    views.insert(.matrix, at: views.firstIndex(of: .landschap).map { $0 + 1 } ?? 0)
    return views
  }

  /// The SVG document of one view.
  /// - Throws: ``DiagramError`` for a view the model does not have, ``RenderingError`` when
  ///   Graphviz fails or takes too long.
  public func svg(for view: View) throws -> [UInt8] {
    switch view {
    case .matrix:
      return Array(builder.matrixSVG().utf8)
    case .tijdlijn(let executor):
      let timeline = try Timeline(
        executor: executor, model: model, peildatum: peildatum,
        clashes: clashes[executor] ?? [])
      return Array(TimelineSVGWriter().write(timeline, idPrefix: view.fileStem).utf8)
    default:
      let diagram = try builder.build(view)
      let dot = DOTWriter().write(diagram)
      let metadata = DocumentMetadata(
        title: "\(model.name): \(diagram.title)", summary: diagram.summary)
      switch graphviz {
      case .inProcess:
        return try GraphvizRenderer().render(dot: dot, format: .svg, metadata: metadata).bytes
      case .isolated(let executable, let seconds):
        return try Self.isolated(
          dot: dot, metadata: metadata, executable: executable, seconds: seconds)
      }
    }
  }

  /// Renders in a child process; a time-out names the seconds given, not the rounded limit.
  private static func isolated(
    dot: String, metadata: DocumentMetadata, executable: String, seconds: Double
  ) throws(RenderingError) -> [UInt8] {
    let renderer = IsolatedRenderer(
      executable: executable, timeout: .milliseconds(Int64((seconds * 1000).rounded(.up))))
    let result: RenderResult
    do {
      result = try renderer.render(dot: dot, format: .svg, metadata: metadata)
    } catch {
      if case .timedOut = error { throw .timedOut(seconds: seconds) }
      throw error
    }
    return result.bytes
  }
}
