import DriehoekDiagram
import DriehoekModel
import GraphvizRendering

extension RenderPipeline {
  /// The rendered document of one view with its cards linked (see
  /// `Diagram.linkingCards(_:)`), for a report that links each card to its section.
  func document(for view: View, linkingCards link: (ElementID) -> String?) throws
    -> RenderResult
  {
    let diagram = try builder.build(view).linkingCards(link)
    let dot = DOTWriter().write(diagram)
    return try renderer.render(
      dot: dot, format: format,
      metadata: DocumentMetadata(title: "\(model.name): \(diagram.title)", summary: diagram.summary)
    )
  }
}
