import DriehoekModel

/// The key of a sturingsmatrix: what the marks mean and the ministries' full names, in a grid
/// that fits a width.
struct MatrixKey {
  struct Entry {
    var chip: String
    var fill: String
    var ink: String
    var label: String
  }

  let entries: [Entry]
  let chipWidth: Double
  let cellWidth: Double
  let columns: Int

  init(_ matrix: SturingsMatrix, width: Double) {
    let size = MatrixSVGWriter.textSize
    let white = "#ffffff"
    let black = "#000000"
    var entries = [
      Entry(
        chip: "E", fill: Kaartenset.donkerblauw.description, ink: white, label: "eigenaar"),
      Entry(
        chip: "O", fill: Kaartenset.hemelblauw.description, ink: white, label: "opdrachtgever"),
      Entry(
        chip: "O★", fill: Kaartenset.hemelblauw.description, ink: white,
        label: "coördinerend opdrachtgever"),
      Entry(chip: "12", fill: white, ink: black, label: "fte van de opdrachten (peildatum)"),
      Entry(
        chip: "×", fill: white, ink: Kaartenset.rood.description,
        label: "opdracht zonder opdrachtgeversrol"),
      Entry(chip: "Cap.", fill: white, ink: black, label: "gevraagde fte / capaciteit"),
    ]
    for severity in [Severity.fout, .waarschuwing, .info] {
      entries.append(
        Entry(
          chip: Kaartenset.symbol(for: severity), fill: white,
          ink: Kaartenset.textColor(for: severity).description,
          label: "open bevindingen: \(severity.rawValue)"))
    }
    for column in matrix.columns {
      entries.append(Entry(chip: column.heading, fill: white, ink: black, label: column.name))
    }
    self.entries = entries
    let chip = max(
      34, (entries.map { SVGText.width($0.chip, size: size, bold: true) }.max() ?? 0) + 6)
    chipWidth = min(chip, 70)
    let chipSpace = chipWidth + 18
    let widest = entries.map { chipSpace + SVGText.width($0.label, size: size) }.max() ?? 0
    cellWidth = min(widest, 330)
    columns = max(1, min(entries.count, Int(width / cellWidth)))
  }

  var rows: Int { (entries.count + columns - 1) / columns }
  var width: Double { Double(columns) * cellWidth }
  var height: Double { Double(rows) * MatrixSVGWriter.keyRowHeight }

  func draw(into svg: inout SVGText, x: Double, y: Double) {
    let size = MatrixSVGWriter.textSize
    svg.line("<g class=\"legenda\">")
    for (position, entry) in entries.enumerated() {
      // Column by column, so the ministries read downwards.
      let column = position / rows
      let row = position % rows
      let left = x + Double(column) * cellWidth
      let top = y + Double(row) * MatrixSVGWriter.keyRowHeight
      svg.rect(
        x: left, y: top + 1, width: chipWidth, height: MatrixSVGWriter.keyRowHeight - 3,
        fill: entry.fill,
        stroke: entry.fill == "#ffffff" ? Kaartenset.middengrijs.description : nil)
      svg.text(
        SVGText.fitted(entry.chip, width: chipWidth - 2, size: size, bold: true),
        x: left + chipWidth / 2, y: top + MatrixSVGWriter.keyRowHeight - 4.5, size: size,
        attributes: "font-weight=\"bold\" fill=\"\(entry.ink)\"", className: "legenda-teken",
        anchor: "middle")
      svg.text(
        SVGText.fitted(entry.label, width: cellWidth - chipWidth - 12, size: size),
        x: left + chipWidth + 6, y: top + MatrixSVGWriter.keyRowHeight - 4.5, size: size,
        attributes: "fill=\"#000000\"", className: "legenda-tekst")
    }
    svg.line("</g>")
  }
}
