import DriehoekModel

extension DiffDiagram {
  private static let boxWidth = 230
  private static let boxHeight = 46
  private static let rowHeight = 62
  private static let width = 760

  /// The diagram as an SVG document fragment (an `<svg>` element), for inlining in HTML or
  /// writing next to a Markdown document.
  public var svg: String {
    var positions: [ElementID: (x: Int, y: Int)] = [:]
    let eigenaren = parties.filter { $0.column == .eigenaar }
    let opdrachtgevers = parties.filter { $0.column == .opdrachtgever }
    let opdrachtnemers = parties.filter { $0.column == .opdrachtnemer }
    let top = 40
    for (row, party) in eigenaren.enumerated() {
      positions[party.id] = (20, top + row * Self.rowHeight)
    }
    for (row, party) in opdrachtgevers.enumerated() {
      positions[party.id] = (Self.width - 20 - Self.boxWidth, top + row * Self.rowHeight)
    }
    let rows = max(eigenaren.count, opdrachtgevers.count, 1)
    let executorY = top + rows * Self.rowHeight + 50
    let middle = (Self.width - Self.boxWidth) / 2
    positions[executor] = (middle, executorY)
    for (row, party) in opdrachtnemers.enumerated() where positions[party.id] == nil {
      positions[party.id] = (middle, executorY + (row + 1) * Self.rowHeight + 30)
    }
    let legendY = executorY + (opdrachtnemers.count + 1) * Self.rowHeight + 50
    let height = legendY + 40
    let title =
      language.pick("Wijzigingen in de driehoek van ", "Changes in the triangle of ")
      + (parties.first?.naam ?? executor.rawValue)
    let titleID = "vergelijk-\(executor.rawValue)-titel"
    var svg =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"verschildiagram\" role=\"img\" "
      + "aria-labelledby=\"\(XMLText.escaped(titleID))\" width=\"\(Self.width)\" height=\"\(height)\" "
      + "viewBox=\"0 0 \(Self.width) \(height)\" font-family=\"Liberation Sans, Arial, sans-serif\" font-size=\"13\">"
    svg += "<title id=\"\(XMLText.escaped(titleID))\">\(XMLText.escaped(title))</title>"
    svg += Self.styleSheet
    svg +=
      "<text x=\"20\" y=\"22\" class=\"kop\">\(XMLText.escaped(language.pick("Eigenaar", "Owner")))</text>"
    svg +=
      "<text x=\"\(Self.width - 20)\" y=\"22\" class=\"kop\" text-anchor=\"end\">"
      + "\(XMLText.escaped(language.pick("Opdrachtgever", "Principal")))</text>"
    guard let foot = positions[executor] else { return svg + "</svg>" }
    var labelled: [ElementID: Int] = [:]
    for line in roles {
      guard let from = positions[line.houder], line.houder != executor else { continue }
      let column = parties.first { $0.id == line.houder }?.column ?? .opdrachtgever
      // Lines leave a holder on the side that faces the executor, so they do not cross the
      // boxes stacked in the same column; they end on the executor's near quarter.
      let start: (x: Int, y: Int)
      let end: (x: Int, y: Int)
      switch column {
      case .eigenaar:
        start = (from.x + Self.boxWidth, from.y + Self.boxHeight / 2)
        end = (foot.x + Self.boxWidth / 4, foot.y)
      case .opdrachtgever:
        start = (from.x, from.y + Self.boxHeight / 2)
        end = (foot.x + Self.boxWidth * 3 / 4, foot.y)
      case .opdrachtnemer, .executor:
        start = (from.x + Self.boxWidth / 2, from.y)
        end = (foot.x + Self.boxWidth / 2, foot.y + Self.boxHeight)
      }
      // The label sits near the holder, a line lower for each further role of the same holder.
      let order = labelled[line.houder, default: 0]
      labelled[line.houder] = order + 1
      let labelX = start.x + (end.x - start.x) / 4 + (column == .opdrachtgever ? -8 : 8)
      let labelY = start.y + (end.y - start.y) / 4 + order * 15
      let label = Self.mark(line.mark) + line.rol.rawValue
      svg += "<g class=\"rol\(Self.className(line.mark))\">"
      svg += "<title>\(XMLText.escaped(Self.describe(line, language: language)))</title>"
      svg += "<line x1=\"\(start.x)\" y1=\"\(start.y)\" x2=\"\(end.x)\" y2=\"\(end.y)\"/>"
      svg +=
        "<text x=\"\(labelX)\" y=\"\(labelY)\" class=\"label\""
        + (column == .opdrachtgever ? " text-anchor=\"end\"" : "") + ">"
        + "\(XMLText.escaped(label))</text></g>"
    }
    for party in parties {
      guard let position = positions[party.id] else { continue }
      svg += box(party, x: position.x, y: position.y)
    }
    svg += legend(y: legendY)
    return svg + "</svg>"
  }

  private func box(_ party: Party, x: Int, y: Int) -> String {
    let shown = party.naam.count > 30 ? String(party.naam.prefix(29)) + "…" : party.naam
    var group = "<g class=\"partij\(Self.className(party.mark))\">"
    group += "<title>\(XMLText.escaped("\(party.naam) (\(party.id.rawValue))"))</title>"
    group +=
      "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(Self.boxWidth)\" height=\"\(Self.boxHeight)\" rx=\"4\"/>"
    if party.mark == .gewijzigd {
      group +=
        "<rect class=\"binnen\" x=\"\(x + 4)\" y=\"\(y + 4)\" width=\"\(Self.boxWidth - 8)\" "
        + "height=\"\(Self.boxHeight - 8)\" rx=\"2\"/>"
    }
    group +=
      "<text x=\"\(x + 10)\" y=\"\(y + 19)\" class=\"naam\">"
      + "\(XMLText.escaped(Self.mark(party.mark) + shown))</text>"
    group +=
      "<text x=\"\(x + 10)\" y=\"\(y + 36)\" class=\"id\">\(XMLText.escaped(party.id.rawValue))</text>"
    return group + "</g>"
  }

  private func legend(y: Int) -> String {
    let items: [(WijzigingsSoort, String)] = [
      (.toegevoegd, language.pick("+ toegevoegd (doorgetrokken, dik)", "+ added (solid, thick)")),
      (
        .verwijderd,
        language.pick("− verwijderd (gestreept, doorgehaald)", "− removed (dashed, struck)")
      ),
      (.gewijzigd, language.pick("~ gewijzigd (dubbele rand)", "~ changed (double outline)")),
    ]
    var legend = "<g class=\"legenda\">"
    for (position, item) in items.enumerated() {
      let x = 20 + position * 250
      legend += "<g class=\"partij\(Self.className(item.0))\">"
      legend += "<rect x=\"\(x)\" y=\"\(y)\" width=\"22\" height=\"16\" rx=\"2\"/>"
      if item.0 == .gewijzigd {
        legend +=
          "<rect class=\"binnen\" x=\"\(x + 3)\" y=\"\(y + 3)\" width=\"16\" height=\"10\"/>"
      }
      legend += "<text x=\"\(x + 30)\" y=\"\(y + 13)\">\(XMLText.escaped(item.1))</text></g>"
    }
    return legend + "</g>"
  }

  private static func describe(_ line: Line, language: Language) -> String {
    let what: String =
      switch line.mark {
      case .toegevoegd: language.pick(" (toegevoegd)", " (added)")
      case .verwijderd: language.pick(" (verwijderd)", " (removed)")
      case .gewijzigd: language.pick(" (gewijzigd)", " (changed)")
      case nil: ""
      }
    return "\(line.rol.rawValue): \(line.houder.rawValue)\(what)"
  }

  /// The symbol that marks a change without colour.
  static func mark(_ mark: WijzigingsSoort?) -> String {
    switch mark {
    case .toegevoegd: "+ "
    case .verwijderd: "− "
    case .gewijzigd: "~ "
    case nil: ""
    }
  }

  /// The class of a change, with a leading space; empty when unchanged.
  static func className(_ mark: WijzigingsSoort?) -> String {
    mark.map { " wijziging-\($0.rawValue)" } ?? ""
  }

  private static let styleSheet = """
    <style>
    .verschildiagram .kop { font-weight: bold; fill: #154273; }
    .verschildiagram .partij rect { fill: #ffffff; stroke: #535353; stroke-width: 1.2; }
    .verschildiagram .partij .naam { font-weight: bold; fill: #1f1f1f; }
    .verschildiagram .partij .id { fill: #535353; font-size: 11px; }
    .verschildiagram .rol line { stroke: #535353; stroke-width: 1.4; }
    .verschildiagram .label { fill: #1f1f1f; font-size: 12px; }
    .verschildiagram .wijziging-toegevoegd rect, .verschildiagram .wijziging-toegevoegd line { stroke: #2f7d32; stroke-width: 3; }
    .verschildiagram .partij.wijziging-toegevoegd rect { fill: #e8f5e9; }
    .verschildiagram .wijziging-verwijderd rect, .verschildiagram .wijziging-verwijderd line { stroke: #b3261e; stroke-dasharray: 6 4; stroke-width: 2; }
    .verschildiagram .partij.wijziging-verwijderd rect { fill: #fdecea; }
    .verschildiagram .wijziging-verwijderd text { text-decoration: line-through; }
    .verschildiagram .legenda .wijziging-verwijderd text { text-decoration: none; }
    .verschildiagram .wijziging-gewijzigd rect, .verschildiagram .wijziging-gewijzigd line { stroke: #a15c00; stroke-width: 2; }
    .verschildiagram .partij.wijziging-gewijzigd rect { fill: #fff4e0; }
    .verschildiagram .partij.wijziging-gewijzigd rect.binnen { fill: none; stroke-width: 1; }
    .verschildiagram .rol.wijziging-gewijzigd line { stroke-dasharray: 1 3; stroke-width: 3; stroke-linecap: round; }
    </style>
    """
}
