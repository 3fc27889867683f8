import DriehoekDiagram
import DriehoekModel
import GraphvizRendering

extension RenderPipeline {
  /// The rendered document of one view with its cards linked (see
  /// `Diagram.linkingCards(_:)`), for a report that links each card to its section.
  func document(for view: View, linkingCards link: (ElementID) -> String?) throws
    -> RenderResult
  {
    if view == .matrix { return try matrixDocument(link: link) }
    let diagram = try builder.build(view).linkingCards(link)
    let dot = DOTWriter().write(diagram)
    return try renderer.render(
      dot: dot, format: format,
      metadata: DocumentMetadata(title: "\(model.name): \(diagram.title)", summary: diagram.summary)
    )
  }
}

extension RenderPipeline {
  /// The sturingsmatrix, drawn without Graphviz; only as SVG.
  /// - Throws: ``DiagramError/notAGraph(_:)`` for any other format.
  func matrixDocument(link: (ElementID) -> String? = { _ in nil }) throws -> RenderResult {
    guard format == .svg else { throw DiagramError.notAGraph(.matrix) }
    return RenderResult(bytes: Array(builder.matrixSVG(link: link).utf8), warnings: [])
  }
}
