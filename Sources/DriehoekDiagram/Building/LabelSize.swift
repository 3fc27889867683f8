/// An estimate of the size an HTML-like label takes in Graphviz, in points, for planning a
/// layout (``OverviewLayout``) without laying it out.
///
/// Text is measured at 0.56 em a character (0.62 em bold), the average of Helvetica's widths for
/// Dutch names, and 1.2 em a line; tables add their cell padding, spacing and borders as Graphviz
/// does. It errs on the wide side rather than the narrow.
struct LabelSize {
  var width: Double
  var height: Double

  /// The estimated size of a label at the graph's default font size (10 pt).
  init(_ label: DiagramLabel) {
    switch label {
    case .text(let text):
      width = Double(text.count) * 10 * 0.56
      height = text.isEmpty ? 0 : 12
    case .html(let element):
      let size = Self.measure(element, font: 10, bold: false)
      width = size.width
      height = size.height
    }
  }

  /// The size of an element: lines of text laid out by line breaks, tables by rows and cells.
  private static func measure(
    _ element: HTMLElement, font: Double, bold: Bool
  ) -> (width: Double, height: Double) {
    switch element.tag {
    case .table:
      let padding = number(element, .cellPadding) ?? 2
      let spacing = number(element, .cellSpacing) ?? 2
      let border = number(element, .border) ?? 1
      var width = 0.0
      var height = 0.0
      for case .element(let row) in element.children {
        var rowWidth = 0.0
        var rowHeight = 0.0
        for case .element(let cell) in row.children {
          let content = lines(cell.children, font: font, bold: bold)
          let cellPadding = number(cell, .cellPadding) ?? padding
          let cellWidth = max(content.width, number(cell, .width) ?? 0) + 2 * cellPadding
          rowWidth += cellWidth + spacing
          rowHeight = max(
            rowHeight, max(content.height, number(cell, .height) ?? 0) + 2 * cellPadding)
        }
        width = max(width, rowWidth + spacing)
        height += rowHeight + spacing
      }
      return (width + 2 * border, height + spacing + 2 * border)
    default:
      return lines([.element(element)], font: font, bold: bold)
    }
  }

  /// The size of content that flows as lines: text, fonts and line breaks, or one nested table.
  private static func lines(
    _ content: [HTMLContent], font: Double, bold: Bool
  ) -> (width: Double, height: Double) {
    var width = 0.0
    var height = 0.0
    var line = (width: 0.0, height: 0.0)
    func flush() {
      width = max(width, line.width)
      height += line.height
      line = (0, 0)
    }
    func walk(_ items: [HTMLContent], font: Double, bold: Bool) {
      for item in items {
        switch item {
        case .text(let text):
          line.width += Double(text.count) * font * (bold ? 0.62 : 0.56)
          line.height = max(line.height, font * 1.2)
        case .lineBreak:
          if line.height == 0 { line.height = font * 1.2 }
          flush()
        case .element(let nested):
          switch nested.tag {
          case .table:
            let size = measure(nested, font: font, bold: bold)
            line.width += size.width
            line.height = max(line.height, size.height)
          case .font:
            walk(nested.children, font: number(nested, .pointSize) ?? font, bold: bold)
          case .bold:
            walk(nested.children, font: font, bold: true)
          case .italic, .row, .cell:
            walk(nested.children, font: font, bold: bold)
          }
        }
      }
    }
    walk(content, font: font, bold: bold)
    flush()
    return (width, height)
  }

  private static func number(_ element: HTMLElement, _ name: HTMLAttributeName) -> Double? {
    element.attributes.first { $0.name == name }.flatMap { Double($0.value) }
  }
}
