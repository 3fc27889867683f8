public import DriehoekModel

/// Draws a ``SturingsMatrix`` as SVG, directly (no Graphviz): deterministic, without script,
/// with a title and description for screen readers and every text size as a `font-size`.
///
/// Rows are 14 pt high with 10 pt text. A tall matrix is laid out in two or three blocks side
/// by side (each with its own column headings), whichever fits A3 best in either orientation;
/// a group split over two blocks repeats its heading with "(vervolg)".
///
/// ```swift
/// let svg = MatrixSVGWriter().write(builder.matrix(), title: "Rijk: Sturingsmatrix")
/// ```
public struct MatrixSVGWriter: Sendable {
  /// Creates a writer.
  public init() {}

  static let margin = 16.0
  static let rowHeight = 14.0
  static let groupHeight = 16.0
  static let headerHeight = 18.0
  static let blockGap = 24.0
  static let textSize = 10.0
  static let titleSize = 16.0
  static let capacityWidth = 44.0
  static let findingWidth = 22.0
  static let keyRowHeight = 15.0
  static let chipWidth = 34.0
  /// A3 in points, for choosing the number of blocks.
  static let paper = (long: 1191.0, short: 842.0)

  /// The SVG document of the matrix; `link` gives the address of an executor's name, if any.
  /// - Complexity: O(*r* · *c*) in the rows and columns.
  public func write(
    _ matrix: SturingsMatrix, title: String, link: (ElementID) -> String? = { _ in nil }
  ) -> String {
    let geometry = MatrixGeometry(matrix)
    var blocks = [geometry.items]
    var bestFit = 0.0
    var key = MatrixKey(matrix, width: geometry.blockWidth)
    var size = (width: 0.0, height: 0.0)
    for count in 1...3 {
      let split = geometry.split(into: count)
      let blocksWidth =
        Double(split.count) * geometry.blockWidth + Double(split.count - 1) * Self.blockGap
      let candidateKey = MatrixKey(matrix, width: max(blocksWidth, 660))
      let tallest = split.map { geometry.height(of: $0) }.max() ?? 0
      // Wide enough for the title, up to a point (a longer one is cut with `…`).
      let titleWidth = min(
        SVGText.width(
          "Sturingsmatrix: " + matrix.modelName, size: Self.titleSize, bold: true), 1_100)
      let width = 2 * Self.margin + max(blocksWidth, candidateKey.width, titleWidth)
      let height = Self.margin + 26 + candidateKey.height + 8 + tallest + Self.margin
      let fit = max(
        min(Self.paper.long / width, Self.paper.short / height),
        min(Self.paper.short / width, Self.paper.long / height))
      if fit > bestFit + 0.001 {
        bestFit = fit
        blocks = split
        key = candidateKey
        size = (width, height)
      }
    }

    var svg = SVGText()
    svg.line("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>")
    let width = SVGText.number(size.width)
    let height = SVGText.number(size.height)
    svg.line(
      "<svg width=\"\(width)pt\" height=\"\(height)pt\" viewBox=\"0 0 \(width) \(height)\""
        + " xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
        + " role=\"img\" aria-label=\"\(SVGText.escaped(title))\""
        + " aria-describedby=\"beschrijving\">")
    svg.line("<title id=\"titel\">\(SVGText.escaped(title))</title>")
    svg.line("<desc id=\"beschrijving\">\(SVGText.escaped(summary(of: matrix)))</desc>")
    svg.line(
      "<g id=\"matrix\" class=\"sturingsmatrix\""
        + " font-family=\"Helvetica,Arial,Liberation Sans,sans-serif\">")
    svg.rect(x: 0, y: 0, width: size.width, height: size.height, fill: "#ffffff")
    svg.text(
      SVGText.fitted(
        "Sturingsmatrix: " + matrix.modelName, width: size.width - 2 * Self.margin,
        size: Self.titleSize, bold: true), x: Self.margin, y: Self.margin + 14,
      size: Self.titleSize, attributes: "font-weight=\"bold\" fill=\"\(Kaartenset.donkerblauw)\"",
      className: "titel")
    key.draw(into: &svg, x: Self.margin, y: Self.margin + 26)
    let top = Self.margin + 26 + key.height + 8
    for (position, block) in blocks.enumerated() {
      let x = Self.margin + Double(position) * (geometry.blockWidth + Self.blockGap)
      geometry.draw(block, into: &svg, x: x, y: top, link: link)
    }
    svg.line("</g>")
    svg.line("</svg>")
    return svg.text
  }

  /// The description for screen readers.
  func summary(of matrix: SturingsMatrix) -> String {
    let rows = matrix.rows
    var totals: [Severity: Int] = [:]
    for row in rows {
      for (severity, count) in row.openFindings { totals[severity, default: 0] += count }
    }
    let ministries = matrix.columns.filter { $0.ministry != nil }.count
    return "\(matrix.modelName), Sturingsmatrix, peildatum \(matrix.peildatum). "
      + "\(rows.count) uitvoerders in \(matrix.groups.count) groepen naar eigenaar, "
      + "\(ministries) ministeries als kolommen. Open bevindingen: "
      + "\(totals[.fout, default: 0]) fout, \(totals[.waarschuwing, default: 0]) waarschuwing, "
      + "\(totals[.info, default: 0]) info."
  }
}
