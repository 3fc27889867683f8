public import DriehoekModel

/// A view: one projection of a model into a picture.
///
/// Written as text on the command line and in file names: `landschap`, `driehoek:svb`,
/// `ministerie:szw`, `keten:werk-en-inkomen`, `bevindingen`, `tijdlijn:svb`.
public enum View: Hashable, Sendable, LosslessStringConvertible {
  /// Every ministry with its units, every executor and every role.
  case landschap
  /// One executor's triangle: eigenaar above, opdrachtgevers beside, the executor below.
  case driehoek(ElementID)
  /// Everything one ministry owns or commissions.
  case ministerie(ElementID)
  /// One keten: its members, its regisseur and their triangles.
  case keten(ElementID)
  /// Only the parties involved in open findings.
  case bevindingen
  /// One executor's opdrachten over time: claimed fte per month against its capacity. A chart,
  /// not a diagram: drawn by `TimelineSVGWriter` in DriehoekReports, not by Graphviz.
  case tijdlijn(ElementID)
  /// The sturingsmatrix: executors by eigenaar against ministries, drawn without Graphviz
  /// (``SturingsMatrix``).
  case matrix

  /// Parses `landschap`, `bevindingen`, or `driehoek:`, `ministerie:`, `keten:` or `tijdlijn:` followed by an
  /// id; returns `nil` for anything else.
  public init?(_ description: String) {
    let text = description.trimmingWhitespace()
    switch text {
    case "landschap": self = .landschap
    case "bevindingen": self = .bevindingen
    case "matrix": self = .matrix
    default:
      guard let colon = text.firstIndex(of: ":") else { return nil }
      let kind = text[..<colon]
      let id = ElementID(String(text[text.index(after: colon)...]))
      guard id.isWellFormed else { return nil }
      switch kind {
      case "driehoek": self = .driehoek(id)
      case "ministerie": self = .ministerie(id)
      case "keten": self = .keten(id)
      case "tijdlijn": self = .tijdlijn(id)
      default: return nil
      }
    }
  }

  /// The view as text, such as `driehoek:svb`.
  public var description: String {
    switch self {
    case .landschap: "landschap"
    case .bevindingen: "bevindingen"
    case .matrix: "matrix"
    case .driehoek(let id): "driehoek:\(id)"
    case .ministerie(let id): "ministerie:\(id)"
    case .keten(let id): "keten:\(id)"
    case .tijdlijn(let id): "tijdlijn:\(id)"
    }
  }

  /// The file name without extension, such as `driehoek-svb`.
  public var fileStem: String {
    DOTEscaping.identifier(description.replacingColon())
  }

  /// Whether the view is a chart drawn without Graphviz (`tijdlijn:`), not a diagram.
  public var isChart: Bool {
    if case .tijdlijn = self { return true }
    return false
  }

  /// Whether the view is an overview that wraps into rows and compacts with size
  /// (`landschap`, `ministerie:`, `keten:`).
  public var isOverview: Bool {
    switch self {
    case .landschap, .ministerie, .keten: true
    case .driehoek, .tijdlijn, .bevindingen, .matrix: false
    }
  }

  /// The element the view is about, if any.
  public var subject: ElementID? {
    switch self {
    case .landschap, .bevindingen, .matrix: nil
    case .driehoek(let id), .ministerie(let id), .keten(let id), .tijdlijn(let id): id
    }
  }
}

extension String {
  fileprivate func trimmingWhitespace() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }

  fileprivate func replacingColon() -> String {
    String(map { $0 == ":" ? "-" : $0 })
  }
}
