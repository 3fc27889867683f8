import DriehoekDiagram
public import DriehoekModel
public import DriehoekReports
public import GraphvizRendering

/// The conflict report of an analysed model as a document: one self-contained HTML page with
/// the diagrams inline, or Markdown with the diagrams as SVG files beside it.
///
/// ```swift
/// let report = ReportDocument(analysis: analysis, generated: today, source: "svb.yaml")
/// let html = try report.html().bytes
/// ```
public struct ReportDocument: Sendable {
  /// The sections of the document.
  public let outline: ReportOutline
  /// Draws the diagrams, always as SVG.
  public let drawing: Drawing
  /// The day the document says it was generated.
  public let generated: Day
  /// The name of the model file the document names, if any.
  public let source: String?

  /// Creates the report of an analysis; `isolation` bounds the rendering of all its diagrams.
  public init(
    analysis: Analysis, generated: Day, source: String?, isolation: RenderIsolation? = nil
  ) {
    outline = analysis.outline
    drawing = analysis.drawing(format: .svg, isolation: isolation)
    self.generated = generated
    self.source = source
  }

  /// The HTML document, every diagram with its cards linked to their sections, and what
  /// Graphviz warned.
  /// - Throws: ``RenderingError`` or ``DiagramError`` when a diagram cannot be drawn.
  public func html() throws -> RenderResult {
    // Each diagram is drawn when the writer reaches its place (in the order of
    // `diagramViews`) and let go once it is written: a report does not hold them all.
    var warnings: [String] = []
    let html = try HTMLDocumentWriter(generated: generated, source: source).write(outline) {
      view in
      let document = try drawing.document(for: view) { id in
        outline.anchor(for: id).map { "#" + $0 }
      }
      warnings += document.warnings
      return String(decoding: document.bytes, as: UTF8.self)
    }
    return RenderResult(bytes: html, warnings: warnings)
  }

  /// The Markdown document and its diagrams, each an SVG file named `STEM-VIEW.svg` (`stem`
  /// is the document's name without `.md`), which the document links to.
  /// - Throws: ``RenderingError`` or ``DiagramError`` when a diagram cannot be drawn.
  public func markdown(stem: String) throws -> MarkdownReport {
    var diagrams: [MarkdownReport.File] = []
    var names: [View: String] = [:]
    var warnings: [String] = []
    for view in outline.diagramViews + outline.timelineViews {
      let document = try drawing.document(for: view)
      warnings += document.warnings
      let name = "\(stem)-\(view.fileStem).svg"
      names[view] = name
      diagrams.append(MarkdownReport.File(name: name, bytes: document.bytes))
    }
    let markdown = MarkdownDocumentWriter(generated: generated, source: source)
      .write(outline, diagramFiles: names)
    return MarkdownReport(document: Array(markdown.utf8), diagrams: diagrams, warnings: warnings)
  }
}
