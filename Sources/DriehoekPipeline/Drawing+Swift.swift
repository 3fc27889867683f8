import DriehoekDiagram
import DriehoekModel
import DriehoekReports
import GraphvizRendering

extension Drawing {
  /// The sturingsmatrix, drawn without Graphviz; only as SVG.
  /// - Throws: ``DiagramError/notAGraph(_:)`` for any other format.
  func matrixDocument(link: (ElementID) -> String? = { _ in nil }) throws(DiagramError)
    -> RenderResult
  {
    guard format == .svg else { throw .notAGraph(.matrix) }
    return RenderResult(bytes: Array(builder.matrixSVG(link: link).utf8), warnings: [])
  }

  /// The SVG of a chart view (`tijdlijn:ID`), drawn in Swift without Graphviz.
  /// - Throws: ``DiagramError`` when the view names no organisation, or the format is not SVG.
  func chart(for view: View) throws(DiagramError) -> RenderResult {
    guard case .tijdlijn(let executor) = view, format == .svg else {
      throw .notADiagram(view)
    }
    let timeline = try Timeline(
      executor: executor, model: model.model, peildatum: peildatum,
      clashes: clashes[executor] ?? [], index: model.index,
      opdrachten: opdrachtenByExecutor[executor] ?? [])
    let svg = TimelineSVGWriter().write(timeline, idPrefix: view.fileStem)
    return RenderResult(bytes: Array(svg.utf8), warnings: [])
  }
}
