public import DriehoekModel

/// Why a view could not be drawn.
public enum DiagramError: Error, Hashable, Sendable, CustomStringConvertible {
  /// `driehoek:ID` names no organisation that executes on the peildatum.
  case unknownExecutor(ElementID)
  /// `ministerie:ID` names no ministry valid on the peildatum.
  case unknownMinistry(ElementID)
  /// `keten:ID` names no keten.
  case unknownKeten(ElementID)
  /// The view is a chart (`tijdlijn:ID`), drawn without Graphviz; it has no diagram.
  case notADiagram(View)
  /// The view is not drawn as a Graphviz diagram (the `matrix`).
  case notAGraph(View)

  public var description: String {
    switch self {
    case .unknownExecutor(let id):
      "'\(id)' is geen uitvoerder (opdrachtnemer) op de peildatum"
    case .unknownMinistry(let id):
      "'\(id)' is geen ministerie op de peildatum"
    case .unknownKeten(let id):
      "'\(id)' is geen keten in dit model"
    case .notADiagram(let view):
      "'\(view)' is een grafiek, geen diagram; alleen als SVG te tekenen"
    case .notAGraph(let view):
      "de view '\(view)' wordt zonder Graphviz getekend en bestaat alleen als SVG (--format svg)"
    }
  }
}
