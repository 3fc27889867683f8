public import DriehoekDiagram
public import DriehoekModel
import DriehoekReports
public import GraphvizRendering

/// The views of an analysed model and the document of each, in one format: model → diagram →
/// DOT → Graphviz, or drawn in Swift for the matrix and the charts.
///
/// The diagram builder and its scope are made once for all views; every document is bytes.
///
/// ```swift
/// let drawing = analysis.drawing(format: .svg)
/// for view in drawing.views { let svg = try drawing.document(for: view).bytes }
/// ```
public struct Drawing: Sendable {
  /// The model drawn.
  public let model: LoadedModel
  /// The day whose situation is drawn.
  public let peildatum: Day
  /// The format of every document.
  public let format: OutputFormat
  /// When set, Graphviz runs in a child process, and all documents of the drawing together
  /// must be done by its deadline.
  public var isolation: RenderIsolation?
  /// The renderer used in process, without isolation.
  public var renderer = GraphvizRenderer()
  /// Builds the diagram of each view.
  public let builder: DiagramBuilder
  /// The SD12 clashes among the highlights, as pairs of opdrachten by executor, for the
  /// `tijdlijn` charts.
  let clashes: [ElementID: [(ElementID, ElementID)]]
  /// The opdrachten of the model by opdrachtnemer, in model order, for the `tijdlijn` charts
  /// (one scan of the model, not one per chart).
  let opdrachtenByExecutor: [ElementID: [Opdracht]]

  /// Creates the drawing of an analysis, its findings marked.
  public init(analysis: Analysis, format: OutputFormat, isolation: RenderIsolation? = nil) {
    self.init(
      model: analysis.model, peildatum: analysis.peildatum, highlights: analysis.highlights,
      format: format, isolation: isolation)
  }

  /// Creates a drawing that marks the given highlights (none, or a tool's own).
  public init(
    model: LoadedModel, peildatum: Day, highlights: [DiagramHighlight] = [],
    format: OutputFormat, isolation: RenderIsolation? = nil
  ) {
    self.model = model
    self.peildatum = peildatum
    self.format = format
    self.isolation = isolation
    builder = DiagramBuilder(
      model: model.model, peildatum: peildatum, highlights: highlights, index: model.index)
    var clashes: [ElementID: [(ElementID, ElementID)]] = [:]
    for highlight in highlights where highlight.code == "SD12" && highlight.betreft.count == 3 {
      clashes[highlight.betreft[0], default: []].append(
        (highlight.betreft[1], highlight.betreft[2]))
    }
    self.clashes = clashes
    var opdrachten: [ElementID: [Opdracht]] = [:]
    for opdracht in model.model.opdrachten {
      guard let executor = opdracht.opdrachtnemer else { continue }
      opdrachten[executor, default: []].append(opdracht)
    }
    opdrachtenByExecutor = opdrachten
  }

  /// The views of the model on the peildatum, in the order `render --view alle` writes them;
  /// the matrix and the charts (`tijdlijn`), drawn without Graphviz, only in SVG.
  public var views: [View] {
    var views = builder.allViews.filter { format == .svg || !$0.isChart }
    if format == .svg {
      views.insert(.matrix, at: views.firstIndex(of: .landschap).map { $0 + 1 } ?? 0)
    }
    return views
  }

  /// The file name of a view's document: `landschap.svg`, `driehoek-svb.svg`, ….
  public func fileName(for view: View) -> String { "\(view.fileStem).\(format.fileExtension)" }

  /// The DOT text of a view's diagram, as bytes.
  /// - Throws: ``DiagramError`` for a view without a diagram (the matrix, a chart) or one that
  ///   names an element that is not there.
  public func dot(for view: View) throws(DiagramError) -> [UInt8] {
    Array(DOTWriter().write(try builder.build(view)).utf8)
  }

  /// The document of one view in the drawing's format.
  /// - Throws: ``DiagramError`` for a view this model or format does not have,
  ///   ``RenderingError`` when Graphviz fails or the isolation's deadline passes.
  public func document(for view: View) throws -> RenderResult {
    if view == .matrix { return try matrixDocument() }
    if view.isChart { return try chart(for: view) }
    return try render(try builder.build(view))
  }

  /// The document of one view with each card linked (see `Diagram.linkingCards(_:)`), for a
  /// report that links a card to its section.
  public func document(for view: View, linkingCards link: (ElementID) -> String?) throws
    -> RenderResult
  {
    if view == .matrix { return try matrixDocument(link: link) }
    if view.isChart { return try chart(for: view) }
    return try render(try builder.build(view).linkingCards(link))
  }

  /// Renders a diagram through Graphviz, isolated when the drawing says so.
  private func render(_ diagram: Diagram) throws(RenderingError) -> RenderResult {
    let dot = DOTWriter().write(diagram)
    let metadata = DocumentMetadata(
      title: "\(model.model.name): \(diagram.title)", summary: diagram.summary)
    guard let isolation else {
      return try renderer.render(dot: dot, format: format, metadata: metadata)
    }
    return try isolation.render(dot: dot, format: format, metadata: metadata)
  }
}
