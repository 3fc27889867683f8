import DriehoekModel

/// The sizes of a matrix's columns and rows, and the drawing of one block of rows.
struct MatrixGeometry {
  /// A line in a block: a group heading or an executor's row.
  enum Item {
    case group(String, continued: Bool)
    case row(SturingsMatrix.Row)

    var height: Double {
      switch self {
      case .group: MatrixSVGWriter.groupHeight
      case .row: MatrixSVGWriter.rowHeight
      }
    }
  }

  let matrix: SturingsMatrix
  let items: [Item]
  let nameWidth: Double
  let cellWidth: Double

  init(_ matrix: SturingsMatrix) {
    self.matrix = matrix
    var items: [Item] = []
    for group in matrix.groups {
      items.append(.group(group.heading, continued: false))
      items += group.rows.map(Item.row)
    }
    self.items = items
    let size = MatrixSVGWriter.textSize
    let names = matrix.rows.map { SVGText.width($0.name, size: size) }.max() ?? 0
    nameWidth = min(max(names + 8, 110), 250)
    let headings = matrix.columns.map { SVGText.width($0.heading, size: size, bold: true) }
    let cells = matrix.rows.flatMap(\.cells).map {
      SVGText.width(Self.text(of: $0), size: size, bold: true)
    }
    cellWidth = min(max((headings + cells).max() ?? 0, 24) + 8, 64)
  }

  var blockWidth: Double {
    nameWidth + Double(matrix.columns.count) * cellWidth + MatrixSVGWriter.capacityWidth
      + 3 * MatrixSVGWriter.findingWidth
  }

  /// What a cell prints: its marks, `×` for opdrachten without the role, and the fte.
  static func text(of cell: SturingsMatrix.Cell) -> String {
    var parts: [String] = []
    if !cell.marks.isEmpty { parts.append(cell.marks) }
    if cell.hasOpdrachtWithoutRole { parts.append("×") }
    if cell.fte > 0 { parts.append(SturingsMatrix.fteText(cell.fte)) }
    return parts.isEmpty ? "·" : parts.joined(separator: " ")
  }

  func height(of block: [Item]) -> Double {
    MatrixSVGWriter.headerHeight + block.reduce(0) { $0 + $1.height }
  }

  /// The items in at most `count` blocks of about equal height; a block never ends with a group
  /// heading, and one that starts inside a group repeats its heading as continued.
  func split(into count: Int) -> [[Item]] {
    let total = items.reduce(0) { $0 + $1.height }
    let target = (total / Double(count)).rounded(.up)
    var blocks: [[Item]] = []
    var current: [Item] = []
    var height = 0.0
    var heading = ""
    for item in items {
      if case .group(let text, _) = item { heading = text }
      if height + item.height > target, !current.isEmpty, blocks.count < count - 1 {
        var carried: [Item] = []
        if case .group = current.last { carried = [current.removeLast()] }
        blocks.append(current)
        if carried.isEmpty, case .row = item {
          carried = [.group(heading, continued: true)]
        }
        current = carried
        height = carried.reduce(0) { $0 + $1.height }
      }
      current.append(item)
      height += item.height
    }
    if !current.isEmpty { blocks.append(current) }
    return blocks
  }

  // MARK: - Drawing

  func draw(
    _ block: [Item], into svg: inout SVGText, x: Double, y: Double,
    link: (ElementID) -> String?
  ) {
    let size = MatrixSVGWriter.textSize
    let header = MatrixSVGWriter.headerHeight
    let bottom = y + height(of: block)
    svg.line("<g class=\"blok\">")
    svg.rect(
      x: x, y: y, width: blockWidth, height: header, fill: Kaartenset.donkerblauw.description)
    let baseline = y + header - 5
    let white = "fill=\"#ffffff\" font-weight=\"bold\""
    svg.text("Uitvoerder", x: x + 4, y: baseline, size: size, attributes: white, className: "kop")
    for (position, column) in matrix.columns.enumerated() {
      let left = x + nameWidth + Double(position) * cellWidth
      svg.line("<g class=\"kolom\" data-ministerie=\"\(column.ministry?.rawValue ?? "")\">")
      svg.line("<title>\(SVGText.escaped(column.heading + ": " + column.name))</title>")
      svg.text(
        SVGText.fitted(column.heading, width: cellWidth - 2, size: size, bold: true),
        x: left + cellWidth / 2, y: baseline, size: size, attributes: white, className: "kop",
        anchor: "middle")
      svg.line("</g>")
    }
    let tail = x + nameWidth + Double(matrix.columns.count) * cellWidth
    svg.text(
      "Cap.", x: tail + MatrixSVGWriter.capacityWidth / 2, y: baseline, size: size,
      attributes: white, className: "kop", anchor: "middle")
    for (position, severity) in [Severity.fout, .waarschuwing, .info].enumerated() {
      svg.text(
        Kaartenset.symbol(for: severity),
        x: tail + MatrixSVGWriter.capacityWidth + (Double(position) + 0.5)
          * MatrixSVGWriter.findingWidth,
        y: baseline, size: size, attributes: white, className: "kop", anchor: "middle")
    }
    var top = y + header
    var stripe = false
    // The runs of rows between group headings, where the column rules are drawn.
    var runs: [(start: Double, end: Double)] = []
    var runStart: Double?
    for item in block {
      switch item {
      case .group(let text, let continued):
        if let start = runStart { runs.append((start, top)) }
        runStart = nil
        svg.rect(
          x: x, y: top, width: blockWidth, height: item.height,
          fill: Kaartenset.lichtgrijs.description)
        svg.text(
          SVGText.fitted(
            text + (continued ? " (vervolg)" : ""), width: blockWidth - 8, size: size, bold: true),
          x: x + 4, y: top + item.height - 4.5, size: size,
          attributes: "font-weight=\"bold\" fill=\"#000000\"", className: "groep")
        stripe = false
      case .row(let row):
        if runStart == nil { runStart = top }
        drawRow(row, into: &svg, x: x, y: top, striped: stripe, link: link)
        stripe.toggle()
      }
      top += item.height
    }
    if let start = runStart { runs.append((start, top)) }
    // Column rules.
    let grey = Kaartenset.middengrijs.description
    var rules = [x, x + nameWidth]
    rules += (1...max(1, matrix.columns.count)).map { x + nameWidth + Double($0) * cellWidth }
    rules += [tail + MatrixSVGWriter.capacityWidth, x + blockWidth]
    for run in runs {
      for rule in rules { svg.line(x1: rule, y1: run.start, x2: rule, y2: run.end, stroke: grey) }
    }
    svg.line(x1: x, y1: bottom, x2: x + blockWidth, y2: bottom, stroke: grey)
    svg.line("</g>")
  }

  private func drawRow(
    _ row: SturingsMatrix.Row, into svg: inout SVGText, x: Double, y: Double, striped: Bool,
    link: (ElementID) -> String?
  ) {
    let size = MatrixSVGWriter.textSize
    let height = MatrixSVGWriter.rowHeight
    let baseline = y + height - 3.5
    let id = SVGText.escaped(row.id.rawValue)
    let counts = [Severity.fout, .waarschuwing, .info].map { row.openFindings[$0, default: 0] }
    svg.line(
      "<g id=\"matrix-\(id)\" class=\"rij\" data-uitvoerder=\"\(id)\" data-fout=\"\(counts[0])\""
        + " data-waarschuwing=\"\(counts[1])\" data-info=\"\(counts[2])\">")
    svg.line("<title>\(SVGText.escaped(rowTitle(row, counts: counts)))</title>")
    if striped {
      svg.rect(
        x: x, y: y, width: blockWidth, height: height, fill: Kaartenset.bijnawit.description)
    }
    let name = SVGText.fitted(row.name, width: nameWidth - 8, size: size)
    if let address = link(row.id) {
      svg.line("<a xlink:href=\"\(SVGText.escaped(address))\">")
      svg.text(
        name, x: x + 4, y: baseline, size: size, attributes: "fill=\"#000000\"", className: "naam")
      svg.line("</a>")
    } else {
      svg.text(
        name, x: x + 4, y: baseline, size: size, attributes: "fill=\"#000000\"", className: "naam")
    }
    for cell in row.cells {
      drawCell(cell, into: &svg, x: x + nameWidth + Double(cell.column) * cellWidth, y: y)
    }
    let tail = x + nameWidth + Double(matrix.columns.count) * cellWidth
    let (capacity, isOver) = capacityText(row)
    svg.text(
      capacity, x: tail + MatrixSVGWriter.capacityWidth - 4, y: baseline, size: size,
      attributes: isOver
        ? "font-weight=\"bold\" fill=\"\(Kaartenset.rood)\""
        : "fill=\"\(capacity == "–" ? Kaartenset.middengrijs.description : "#000000")\"",
      className: "capaciteit", anchor: "end")
    for (position, severity) in [Severity.fout, .waarschuwing, .info].enumerated() {
      let count = counts[position]
      svg.text(
        count == 0 ? "–" : "\(count)",
        x: tail + MatrixSVGWriter.capacityWidth + (Double(position) + 0.5)
          * MatrixSVGWriter.findingWidth,
        y: baseline, size: size,
        attributes: count == 0
          ? "fill=\"\(Kaartenset.middengrijs)\""
          : "font-weight=\"bold\" fill=\"\(Kaartenset.textColor(for: severity))\"",
        className: "bevindingen-\(severity.rawValue)", anchor: "middle")
    }
    svg.line("</g>")
  }

  private func drawCell(_ cell: SturingsMatrix.Cell, into svg: inout SVGText, x: Double, y: Double)
  {
    let size = MatrixSVGWriter.textSize
    let column = matrix.columns[cell.column]
    svg.line(
      "<g class=\"cel\" data-ministerie=\"\(SVGText.escaped(column.ministry?.rawValue ?? ""))\""
        + " data-rollen=\"\(SVGText.escaped(cell.marks))\">")
    svg.line(
      "<title>\(SVGText.escaped(column.name + " — " + cell.parties.joined(separator: "; ")))"
        + "</title>")
    let fill: String
    let ink: String
    if cell.isEigenaar {
      (fill, ink) = (Kaartenset.donkerblauw.description, "#ffffff")
    } else if cell.isOpdrachtgever {
      (fill, ink) = (Kaartenset.hemelblauw.description, "#ffffff")
    } else {
      (fill, ink) = (
        "#ffffff", cell.hasOpdrachtWithoutRole ? Kaartenset.rood.description : "#000000"
      )
    }
    svg.rect(
      x: x + 1, y: y + 1, width: cellWidth - 2, height: MatrixSVGWriter.rowHeight - 2, fill: fill,
      stroke: fill == "#ffffff" ? Kaartenset.middengrijs.description : nil)
    svg.text(
      Self.text(of: cell), x: x + cellWidth / 2, y: y + MatrixSVGWriter.rowHeight - 3.5,
      size: size, attributes: "font-weight=\"bold\" fill=\"\(ink)\"", className: "rollen",
      anchor: "middle")
    svg.line("</g>")
  }

  private func capacityText(_ row: SturingsMatrix.Row) -> (String, isOver: Bool) {
    guard let capacity = row.capacity, capacity > 0 else {
      return (row.claimed > 0 ? SturingsMatrix.fteText(row.claimed) + " fte" : "–", false)
    }
    let ratio = row.claimed / capacity * 100
    guard ratio.isFinite, ratio < 10_000 else { return ("> 9999%", true) }
    return ("\(Int(ratio.rounded()))%", row.claimed > capacity)
  }

  private func rowTitle(_ row: SturingsMatrix.Row, counts: [Int]) -> String {
    let capacity =
      row.capacity.map {
        "\(SturingsMatrix.fteText(row.claimed)) fte gevraagd van \(SturingsMatrix.fteText($0)) fte"
      } ?? "\(SturingsMatrix.fteText(row.claimed)) fte gevraagd, capaciteit onbekend"
    return "\(row.name) (\(row.id.rawValue)): \(capacity); open bevindingen: \(counts[0]) fout, "
      + "\(counts[1]) waarschuwing, \(counts[2]) info"
  }
}
