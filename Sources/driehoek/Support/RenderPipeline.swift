import DriehoekDiagram
import DriehoekModel
import GraphvizRendering

/// Model → diagram → DOT → rendered document, for one view or all views; shared by `render` and
/// the test that keeps `Output/` up to date.
struct RenderPipeline: Sendable {
  let model: Model
  let peildatum: Day
  let format: OutputFormat
  let builder: DiagramBuilder
  /// The SD12 clashes among the highlights, as pairs of opdrachten by executor, for the
  /// `tijdlijn` charts.
  let clashes: [ElementID: [(ElementID, ElementID)]]
  var renderer = GraphvizRenderer()
  /// When set, every view is rendered in a child process (`render --timeout`), and all views
  /// together must be done by the deadline.
  var isolation: (helper: String, seconds: Double, deadline: ContinuousClock.Instant)?

  /// Creates a pipeline; the model is indexed once for all views.
  init(model: Model, peildatum: Day, highlights: [DiagramHighlight], format: OutputFormat) {
    self.model = model
    self.peildatum = peildatum
    self.format = format
    builder = DiagramBuilder(model: model, peildatum: peildatum, highlights: highlights)
    var clashes: [ElementID: [(ElementID, ElementID)]] = [:]
    for highlight in highlights where highlight.code == "SD12" && highlight.betreft.count == 3 {
      clashes[highlight.betreft[0], default: []].append(
        (highlight.betreft[1], highlight.betreft[2]))
    }
    self.clashes = clashes
  }

  /// The views of the model on the peildatum, in the order they are written; the matrix and the
  /// charts (`tijdlijn`), drawn without Graphviz, only in SVG.
  var views: [View] {
    var views = View.all(in: model, on: peildatum).filter { format == .svg || !$0.isChart }
    if format == .svg {
      views.insert(.matrix, at: views.firstIndex(of: .landschap).map { $0 + 1 } ?? 0)
    }
    return views
  }

  /// The rendered document of one view.
  func document(for view: View) throws -> RenderResult {
    if view == .matrix { return try matrixDocument() }
    if view.isChart { return try chart(for: view) }
    let diagram = try builder.build(view)
    let dot = DOTWriter().write(diagram)
    let metadata = DocumentMetadata(
      title: "\(model.name): \(diagram.title)", summary: diagram.summary)
    guard let isolation else {
      return try renderer.render(dot: dot, format: format, metadata: metadata)
    }
    let remaining = isolation.deadline - ContinuousClock.now
    guard remaining > .zero else { throw RenderingError.timedOut(seconds: isolation.seconds) }
    do {
      return try IsolatedRenderer(executable: isolation.helper, timeout: remaining)
        .render(dot: dot, format: format, metadata: metadata)
    } catch .timedOut {
      throw RenderingError.timedOut(seconds: isolation.seconds)
    }
  }

  /// The file name of a view: `landschap.svg`, `driehoek-svb.svg`, ….
  func fileName(for view: View) -> String { "\(view.fileStem).\(format.fileExtension)" }

  /// Writes one document into a directory (created if needed), atomically; returns the path.
  func write(
    _ document: RenderResult, for view: View, into directory: String, with writer: OutputWriter
  ) throws -> String {
    let path = directory + "/" + fileName(for: view)
    try writer.write(document.bytes, to: path)
    return path
  }

  /// Renders every view first, then writes them all as one set (all new or all old); a
  /// failure writes nothing.
  func writeAll(into directory: String, with writer: OutputWriter) throws -> [(
    path: String, warnings: [String]
  )] {
    let documents = try views.map { ($0, try document(for: $0)) }
    let files = documents.map { view, document in
      (path: directory + "/" + fileName(for: view), bytes: document.bytes)
    }
    try writer.write(files)
    return zip(files, documents).map { ($0.path, $1.1.warnings) }
  }
}
