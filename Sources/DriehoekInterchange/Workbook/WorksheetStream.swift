internal import DriehoekModel

/// One worksheet part: its layout and its pieces of XML.
///
/// The prologue (dimension, a frozen header, column widths) and the header row, then one row
/// at a time, then the filter. The part is made twice: once to measure it (the zip wants its
/// size first), a piece of its rows on each core (``measure(piece:of:)``), and once to write it
/// (``WorksheetWriter``), with the shared-string indices the measuring found.
struct WorksheetStream: Sendable {
  let sheet: Workbook.Sheet
  private let width: Int
  private let columnNames: [[UInt8]]
  private let widths: [Int]

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

  /// The rows of piece `piece` of `pieces`: the sheet's rows cut into contiguous runs.
  func rows(ofPiece piece: Int, of pieces: Int) -> Range<Int> {
    (sheet.rowCount * piece / pieces)..<(sheet.rowCount * (piece + 1) / pieces)
  }

  /// Writes a piece of the part (the prologue with the first, the end with the last) without
  /// its shared-string indices, discarding the bytes: their number, and the piece's string
  /// cells.
  func measure(piece: Int, of pieces: Int) -> (bytes: Int, strings: MeasuredStrings) {
    var strings = MeasuredStrings()
    var buffer: [UInt8] = []
    buffer.reserveCapacity(1 << 17)
    var total = 0
    if piece == 0 {
      prologue(into: &buffer, strings: &strings)
    }
    for index in rows(ofPiece: piece, of: pieces) {
      row(index, into: &buffer, strings: &strings)
      if buffer.count >= 1 << 16 {
        total += buffer.count
        buffer.removeAll(keepingCapacity: true)
      }
    }
    if piece == pieces - 1 {
      epilogue(into: &buffer)
    }
    return (total + buffer.count, strings)
  }

  /// The XML declaration, the sheet's settings and the header row.
  func prologue<Strings: StringCells>(into out: inout [UInt8], strings: inout Strings) {
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
    cells(sheet.header.map { .text($0) }, number: 1, style: 2, into: &out, strings: &strings)
  }

  /// Row `index` under the header.
  func row<Strings: StringCells>(_ index: Int, into out: inout [UInt8], strings: inout Strings) {
    cells(sheet.row(index), number: index + 2, into: &out, strings: &strings)
  }

  /// The end of the part: the filter.
  func epilogue(into out: inout [UInt8]) {
    out += "</sheetData><autoFilter ref=\"A1:".utf8
    out += columnNames[width - 1]
    out += "\(sheet.rowCount + 1)\"/>".utf8
    out += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" ".utf8
    out += "header=\"0.3\" footer=\"0.3\"/></worksheet>".utf8
  }

  /// One row.
  ///
  /// A cell names its place (`r="C7"`) only after an empty cell; otherwise it is the next
  /// column, as the format allows.
  private func cells<Strings: StringCells>(
    _ cells: [Workbook.Cell], number: Int, style: Int = 0, into out: inout [UInt8],
    strings: inout Strings
  ) {
    out += Self.rowOpening
    Workbook.appendDecimal(number, to: &out)
    out += Self.tagEnd
    var skipped = false
    for (column, cell) in cells.prefix(width).enumerated() {
      if case .empty = cell {
        skipped = true
        continue
      }
      out += Self.cellOpening
      if skipped {
        out += Self.placeOpening
        out += columnNames[column]
        Workbook.appendDecimal(number, to: &out)
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
        out += Self.numberOpening
        if value == value.rounded(), abs(value) < 1e15 {
          // `Workbook.number(_:)` of an integer, without the String.
          Workbook.appendDecimal(Int(value), to: &out)
        } else {
          out += Workbook.number(value).utf8
        }
        out += Self.valueClosing
      case .date(let day):
        guard let serial = Workbook.serial(of: day) else {
          text(day.description, style: style, into: &out, strings: &strings)
          continue
        }
        out += Self.dateOpening
        Workbook.appendDecimal(serial, to: &out)
        out += Self.valueClosing
      }
    }
    out += Self.rowClosing
  }

  /// The rest of a string cell after `<c` (and its place): always a shared string.
  private func text<Strings: StringCells>(
    _ value: String, style: Int, into out: inout [UInt8], strings: inout Strings
  ) {
    if style == 0 {
      out += Self.stringOpening
    } else {
      out += " t=\"s\" s=\"\(style)\"><v>".utf8
    }
    strings.reference(value, into: &out)
    out += Self.valueClosing
  }

  private static let rowOpening = Array("<row r=\"".utf8)
  private static let tagEnd = Array("\">".utf8)
  private static let cellOpening = Array("<c".utf8)
  private static let placeOpening = Array(" r=\"".utf8)
  private static let numberOpening = Array("><v>".utf8)
  private static let dateOpening = Array(" s=\"1\"><v>".utf8)
  private static let stringOpening = Array(" t=\"s\"><v>".utf8)
  private static let valueClosing = Array("</v></c>".utf8)
  private static let rowClosing = Array("</row>".utf8)
}
