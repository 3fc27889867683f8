import DriehoekAnalysis
import DriehoekDiagram
import DriehoekInterchange
import DriehoekModel
import DriehoekPipeline
import Foundation
import GraphvizRendering

/// `export --format archimate`: the model with its open findings and, for every executor's
/// triangle, the positions of the Graphviz layout of `driehoek:ID`.
///
/// The interchange module knows neither the analysis nor Graphviz; this is where both are
/// computed and handed to ``ArchiMateWriter`` as plain values.
struct ArchiMateExport {
  let model: LoadedModel
  /// Whether to lay the triangles out with Graphviz (otherwise on a grid).
  var usesGraphviz = true

  /// The exchange file, and the warnings to show (triangles that fell back to the grid).
  func text() throws -> (xml: String, warnings: [String]) {
    let peildatum = model.peildatum(default: Day.today())
    let analysis = model.analysis(on: peildatum)
    let report = analysis.report
    let findings = report.openFindings.map { finding in
      ArchiMateFinding(
        code: finding.code, severity: finding.severity.word(in: .nl), message: finding.message,
        betreft: finding.betreft)
    }
    var layouts: [ElementID: ArchiMateLayout] = [:]
    var warnings: [String] = []
    if usesGraphviz {
      let builder = analysis.drawing(format: .dot).builder
      let renderer = GraphvizRenderer()
      for view in builder.views {
        guard case .driehoek(let executor) = view else { continue }
        do {
          let dot = DOTWriter().write(try builder.build(view))
          let json = try renderer.layoutJSON(dot: dot).bytes
          layouts[executor] = try GraphvizLayout.parse(Data(json))
        } catch RenderingError.pluginUnavailable(let library, let searched) {
          let error = RenderingError.pluginUnavailable(library: library, searched: searched)
          warnings.append("geen Graphviz-layout (\(error)); alle views staan op het raster")
          break
        } catch {
          warnings.append("\(view): geen Graphviz-layout (\(error)); het raster is gebruikt")
        }
      }
    }
    let xml = try ArchiMateWriter().write(
      model.model, findings: findings, findingsPeildatum: peildatum, layouts: layouts)
    return (xml, warnings)
  }
}
