import DriehoekDiagram
import DriehoekModel
import DriehoekReports
import GraphvizRendering

extension RenderPipeline {
  /// The SVG of a chart view (`tijdlijn:ID`), drawn in Swift without Graphviz.
  /// - Throws: ``DiagramError`` when the view names no organisation, or the format is not SVG.
  func chart(for view: View) throws(DiagramError) -> RenderResult {
    guard case .tijdlijn(let executor) = view, format == .svg else {
      throw .notADiagram(view)
    }
    let timeline = try Timeline(
      executor: executor, model: model, peildatum: peildatum, clashes: clashes[executor] ?? [])
    let svg = TimelineSVGWriter().write(timeline, idPrefix: view.fileStem)
    return RenderResult(bytes: Array(svg.utf8), warnings: [])
  }
}
