import DriehoekAnalysis
public import DriehoekComparison
public import DriehoekModel
import DriehoekReports

extension VergelijkingsKant {
  /// A side of a comparison: a model as the pipeline loaded and analysed it.
  public init(_ analysis: Analysis) {
    self.init(
      model: analysis.model.model, report: analysis.report, file: analysis.model.files.first)
  }
}

extension Vergelijking {
  /// Two versions of a model compared (`driehoek vergelijk OUD NIEUW`), each loaded, indexed
  /// and analysed once by the pipeline on its own peildatum.
  public init(oud: Analysis, nieuw: Analysis) {
    self.init(
      oud: VergelijkingsKant(oud), nieuw: VergelijkingsKant(nieuw),
      indexes: (oud.model.index, nieuw.model.index))
  }

  /// One model on two dates (`driehoek vergelijk MODEL --peildatum D1 --nieuwe-peildatum D2`):
  /// the model loaded once and analysed on each date.
  public init(model: LoadedModel, oud: Day, nieuw: Day, language: Language = .nl) {
    self.init(
      model: VergelijkingsKant(model.analysis(on: oud, language: language)),
      nieuw: VergelijkingsKant(model.analysis(on: nieuw, language: language)), index: model.index)
  }
}

extension Vergelijking {
  /// The Markdown document of the comparison and one SVG per changed executor's diff diagram,
  /// named `STEM-verschil-ID.svg` to sit next to it; the caller writes them as one set.
  public func markdown(stem: String, generated: Day) -> (
    document: [UInt8], diagrams: [(name: String, bytes: [UInt8])]
  ) {
    let language = nieuw.report.language
    var diagrams: [(name: String, bytes: [UInt8])] = []
    var names: [ElementID: String] = [:]
    for executor in changedExecutors {
      let diagram = DiffDiagram(executor: executor, in: self, language: language)
      guard !diagram.roles.isEmpty else { continue }
      let name = "\(stem)-verschil-\(executor.rawValue).svg"
      names[executor] = name
      diagrams.append((name, Array(diagram.svg.utf8)))
    }
    let document = VergelijkingMarkdownWriter(generated: generated)
      .write(self, diagramFiles: names)
    return (Array(document.utf8), diagrams)
  }
}
