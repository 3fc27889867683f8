internal import DriehoekModel

/// Writes one worksheet part as a stream.
///
/// First the prologue (dimension, a frozen header, column widths) and the header row, then one
/// row at a time, then the filter. It can be written twice from the start (``restart()``),
/// giving the same bytes.
final class WorksheetStream {
  private let sheet: Workbook.Sheet
  private let width: Int
  private let columnNames: [[UInt8]]
  private let widths: [Int]
  /// The next row to write: -1 before the prologue, `rowCount` for the epilogue.
  private var next = -1
  private var finished = false

  init(sheet: Workbook.Sheet) {
    self.sheet = sheet
    let sample = (0..<min(sheet.rowCount, 1_000)).map(sheet.row)
    width = min(16_384, max(sheet.header.count, sample.map(\.count).max() ?? 0, 1))
    columnNames = (0..<width).map { Array(Workbook.columnName($0).utf8) }
    var widths = (0..<width).map { $0 < sheet.header.count ? sheet.header[$0].count + 3 : 8 }
    for cells in sample {
      for (column, cell) in cells.prefix(width).enumerated() {
        let length: Int
        switch cell {
        case .empty: length = 0
        case .text(let value): length = value.utf8.count
        case .number(let value): length = Workbook.number(value).utf8.count
        case .date: length = 10
        }
        widths[column] = max(widths[column], length + 2)
      }
    }
    self.widths = widths.map { min(60, max(8, $0)) }
  }

  /// Writes the part once, discarding the bytes: their count, with every text of the sheet put
  /// in `strings`.
  func count(strings: inout SharedStrings) -> Int {
    restart()
    var total = 0
    var buffer: [UInt8] = []
    buffer.reserveCapacity(1 << 21)
    var done = false
    while !done {
      buffer.removeAll(keepingCapacity: true)
      done = write(into: &buffer, strings: &strings, atLeast: 1 << 20)
      total += buffer.count
    }
    return total
  }

  /// Starts again from the beginning of the part.
  func restart() {
    next = -1
    finished = false
  }

  /// Appends the next pieces of the part to `out` until it has grown by at least `minimum`
  /// bytes or the part is complete; whether it is complete.
  func write(into out: inout [UInt8], strings: inout SharedStrings, atLeast minimum: Int) -> Bool {
    let goal = out.count + minimum
    if next == -1 {
      prologue(into: &out, strings: &strings)
      next = 0
    }
    while next < sheet.rowCount, out.count < goal {
      row(sheet.row(next), number: next + 2, into: &out, strings: &strings)
      next += 1
    }
    if next >= sheet.rowCount, !finished {
      out += "</sheetData><autoFilter ref=\"A1:".utf8
      out += columnNames[width - 1]
      out += "\(sheet.rowCount + 1)\"/>".utf8
      out += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" ".utf8
      out += "header=\"0.3\" footer=\"0.3\"/></worksheet>".utf8
      finished = true
    }
    return finished
  }

  private func prologue(into out: inout [UInt8], strings: inout SharedStrings) {
    out += Workbook.header.utf8
    out += "<worksheet xmlns=\"\(Workbook.mainNamespace)\" ".utf8
    out += "xmlns:r=\"\(Workbook.relationshipNamespace)\"><dimension ref=\"A1:".utf8
    out += columnNames[width - 1]
    out += "\(sheet.rowCount + 1)\"/><sheetViews><sheetView workbookViewId=\"0\">".utf8
    out += "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>".utf8
    out += "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>".utf8
    out += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><cols>".utf8
    for (index, width) in widths.enumerated() {
      out += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" ".utf8
      out += "customWidth=\"1\"/>".utf8
    }
    out += "</cols><sheetData>".utf8
    row(sheet.header.map { .text($0) }, number: 1, style: 2, into: &out, strings: &strings)
  }

  /// One row.
  ///
  /// A cell names its place (`r="C7"`) only after an empty cell; otherwise it is the next
  /// column, as the format allows.
  private func row(
    _ cells: [Workbook.Cell], number: Int, style: Int = 0, into out: inout [UInt8],
    strings: inout SharedStrings
  ) {
    let rowNumber = Array(String(number).utf8)
    out += "<row r=\"".utf8
    out += rowNumber
    out += "\">".utf8
    var skipped = false
    for (column, cell) in cells.prefix(width).enumerated() {
      if case .empty = cell {
        skipped = true
        continue
      }
      out += "<c".utf8
      if skipped {
        out += " r=\"".utf8
        out += columnNames[column]
        out += rowNumber
        out.append(UInt8(ascii: "\""))
        skipped = false
      }
      switch cell {
      case .empty:
        continue
      case .text(let value):
        text(value, style: style, into: &out, strings: &strings)
      case .number(let value):
        guard value.isFinite else {
          text(String(value), style: style, into: &out, strings: &strings)
          continue
        }
        out += "><v>".utf8
        out += Workbook.number(value).utf8
        out += "</v></c>".utf8
      case .date(let day):
        guard let serial = Workbook.serial(of: day) else {
          text(day.description, style: style, into: &out, strings: &strings)
          continue
        }
        out += " s=\"1\"><v>".utf8
        out += String(serial).utf8
        out += "</v></c>".utf8
      }
    }
    out += "</row>".utf8
  }

  /// The rest of a string cell after `<c` (and its place): always a shared string.
  private func text(
    _ value: String, style: Int, into out: inout [UInt8], strings: inout SharedStrings
  ) {
    out += (style == 0 ? " t=\"s\"><v>" : " t=\"s\" s=\"\(style)\"><v>").utf8
    out += String(strings.index(of: value)).utf8
    out += "</v></c>".utf8
  }
}
