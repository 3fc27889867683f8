internal import DriehoekModel
internal import Foundation
internal import ZIPFoundation

extension Workbook {
  /// The time on every zip entry (1980-01-01 00:00 UTC, the first the format knows): the same
  /// workbook gives the same bytes.
  static let entryDate = Date(timeIntervalSince1970: 315_532_800)

  /// The workbook as the bytes of an `.xlsx` file.
  ///
  /// - Throws: ``WorkbookError`` when the zip cannot be made (a sheet of more than 1,048,575
  ///   rows or 16,384 columns, two sheets with one name, or a failing zip library).
  /// - Complexity: O(*n*) in the number of cells.
  public func xlsx() throws(WorkbookError) -> [UInt8] {
    var seen: Set<String> = []
    for sheet in sheets {
      guard seen.insert(sheet.name.lowercased()).inserted else {
        throw WorkbookError("twee bladen heten '\(sheet.name)'")
      }
      guard sheet.rows.count < 1_048_576 else {
        throw WorkbookError("meer dan 1.048.575 rijen passen niet in een blad", at: sheet.name)
      }
      guard sheet.header.count <= 16_384, sheet.rows.allSatisfy({ $0.count <= 16_384 }) else {
        throw WorkbookError("meer dan 16.384 kolommen passen niet in een blad", at: sheet.name)
      }
    }
    var strings = SharedStrings()
    var sheetParts: [[UInt8]] = []
    for sheet in sheets {
      sheetParts.append(Self.worksheet(sheet, strings: &strings))
    }
    var parts: [(path: String, bytes: [UInt8])] = [
      ("[Content_Types].xml", Array(contentTypes.utf8)),
      ("_rels/.rels", Array(Self.packageRelationships.utf8)),
      ("xl/workbook.xml", Array(workbookPart.utf8)),
      ("xl/_rels/workbook.xml.rels", Array(workbookRelationships.utf8)),
      ("xl/styles.xml", Array(Self.styles.utf8)),
      ("xl/sharedStrings.xml", strings.part()),
    ]
    for (index, part) in sheetParts.enumerated() {
      parts.append(("xl/worksheets/sheet\(index + 1).xml", part))
    }
    sheetParts = []
    do {
      let archive = try Archive(accessMode: .create)
      for part in parts {
        let data = Data(part.bytes)
        try archive.addEntry(
          with: part.path, type: .file, uncompressedSize: Int64(data.count),
          modificationDate: Self.entryDate, permissions: 0o644, compressionMethod: .deflate,
          bufferSize: 1 << 20
        ) { position, size in
          data.subdata(in: Int(position)..<min(data.count, Int(position) + size))
        }
      }
      guard let data = archive.data else { throw WorkbookError("de zip is niet gemaakt") }
      return [UInt8](data)
    } catch let error as WorkbookError {
      throw error
    } catch {
      throw WorkbookError("de zip is niet gemaakt: \(error)")
    }
  }

  // MARK: Parts

  static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  static let relationshipNamespace =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  static let packageRelationshipNamespace =
    "http://schemas.openxmlformats.org/package/2006/relationships"

  var contentTypes: String {
    let prefix = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    var out = Self.header
    out += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    out +=
      "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    out += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    out += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"\(prefix).sheet.main+xml\"/>"
    for index in sheets.indices {
      out +=
        "<Override PartName=\"/xl/worksheets/sheet\(index + 1).xml\" ContentType=\"\(prefix).worksheet+xml\"/>"
    }
    out += "<Override PartName=\"/xl/styles.xml\" ContentType=\"\(prefix).styles+xml\"/>"
    out +=
      "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"\(prefix).sharedStrings+xml\"/>"
    return out + "</Types>"
  }

  static let packageRelationships =
    header + "<Relationships xmlns=\"\(packageRelationshipNamespace)\">"
    + "<Relationship Id=\"rId1\" Type=\"\(relationshipNamespace)/officeDocument\" Target=\"xl/workbook.xml\"/>"
    + "</Relationships>"

  var workbookPart: String {
    var out = Self.header
    out += "<workbook xmlns=\"\(Self.mainNamespace)\" xmlns:r=\"\(Self.relationshipNamespace)\">"
    out += "<sheets>"
    for (index, sheet) in sheets.enumerated() {
      out +=
        "<sheet name=\"\(Self.escaped(sheet.name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
    }
    out += "</sheets>"
    // The filter range of each sheet, as Excel writes it itself.
    let filtered = sheets.enumerated().filter { !$0.element.header.isEmpty }
    if !filtered.isEmpty {
      out += "<definedNames>"
      for (index, sheet) in filtered {
        let quotedName = "'" + sheet.name.replacingOccurrences(of: "'", with: "''") + "'"
        out +=
          "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(index)\" hidden=\"1\">"
          + Self.escaped(quotedName + "!" + Self.absoluteRange(of: sheet)) + "</definedName>"
      }
      out += "</definedNames>"
    }
    return out + "</workbook>"
  }

  var workbookRelationships: String {
    var out = Self.header + "<Relationships xmlns=\"\(Self.packageRelationshipNamespace)\">"
    for index in sheets.indices {
      out +=
        "<Relationship Id=\"rId\(index + 1)\" Type=\"\(Self.relationshipNamespace)/worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
    }
    out +=
      "<Relationship Id=\"rId\(sheets.count + 1)\" Type=\"\(Self.relationshipNamespace)/styles\" Target=\"styles.xml\"/>"
    out +=
      "<Relationship Id=\"rId\(sheets.count + 2)\" Type=\"\(Self.relationshipNamespace)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
    return out + "</Relationships>"
  }

  /// Style 0 is plain, 1 a date (`yyyy-mm-dd`), 2 a bold header.
  static let styles =
    header + "<styleSheet xmlns=\"\(mainNamespace)\">"
    + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/></numFmts>"
    + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
    + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
    + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
    + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
    + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
    + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
    + "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
    + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
    + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
    + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
    + "</styleSheet>"

  /// The range of a sheet's header and rows, `$A$1:$P$120`.
  static func absoluteRange(of sheet: Sheet) -> String {
    let width = max(1, sheet.header.count)
    return "$A$1:$\(columnName(width - 1))$\(sheet.rows.count + 1)"
  }

  /// One worksheet part: a frozen header row with a filter, then the rows.
  static func worksheet(_ sheet: Sheet, strings: inout SharedStrings) -> [UInt8] {
    let width = max(sheet.header.count, sheet.rows.map(\.count).max() ?? 0, 1)
    let names = (0..<width).map { Array(columnName($0).utf8) }
    var out: [UInt8] = []
    out.reserveCapacity(4096 + sheet.rows.count * width * 12)
    out += header.utf8
    out += "<worksheet xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\">".utf8
    out += "<dimension ref=\"A1:\(columnName(width - 1))\(sheet.rows.count + 1)\"/>".utf8
    out += "<sheetViews><sheetView workbookViewId=\"0\">".utf8
    out += "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>".utf8
    out += "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>".utf8
    out += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><cols>".utf8
    for (index, width) in columnWidths(sheet, width: width).enumerated() {
      out +=
        "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>".utf8
    }
    out += "</cols><sheetData>".utf8
    func cellStart(_ column: Int, _ row: [UInt8]) {
      out += "<c r=\"".utf8
      out += names[column]
      out += row
      out.append(UInt8(ascii: "\""))
    }
    func text(_ value: String, column: Int, row: [UInt8], style: String = "") {
      cellStart(column, row)
      out += " t=\"s\"\(style)><v>".utf8
      out += String(strings.index(of: value)).utf8
      out += "</v></c>".utf8
    }
    out += "<row r=\"1\">".utf8
    for (column, title) in sheet.header.enumerated() {
      text(title, column: column, row: Array("1".utf8), style: " s=\"2\"")
    }
    out += "</row>".utf8
    for (offset, cells) in sheet.rows.enumerated() {
      let row = Array(String(offset + 2).utf8)
      out += "<row r=\"".utf8
      out += row
      out += "\">".utf8
      for (column, cell) in cells.enumerated() {
        switch cell {
        case .empty: continue
        case .text(let value): text(value, column: column, row: row)
        case .number(let value):
          guard value.isFinite else {
            text(String(value), column: column, row: row)
            continue
          }
          cellStart(column, row)
          out += "><v>".utf8
          out += number(value).utf8
          out += "</v></c>".utf8
        case .date(let day):
          guard let serial = serial(of: day) else {
            text(day.description, column: column, row: row)
            continue
          }
          cellStart(column, row)
          out += " s=\"1\"><v>".utf8
          out += String(serial).utf8
          out += "</v></c>".utf8
        }
      }
      out += "</row>".utf8
    }
    out += "</sheetData>".utf8
    out += "<autoFilter ref=\"A1:\(columnName(width - 1))\(sheet.rows.count + 1)\"/>".utf8
    out +=
      "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
      .utf8
    out += "</worksheet>".utf8
    return out
  }

  /// A width per column from the longest of its first 1,000 cells, between 8 and 60 characters.
  static func columnWidths(_ sheet: Sheet, width: Int) -> [Int] {
    var widths = (0..<width).map { $0 < sheet.header.count ? sheet.header[$0].count + 3 : 8 }
    for cells in sheet.rows.prefix(1_000) {
      for (column, cell) in cells.enumerated() {
        let length: Int
        switch cell {
        case .empty: length = 0
        case .text(let value): length = value.utf8.count
        case .number(let value): length = number(value).utf8.count
        case .date: length = 10
        }
        widths[column] = max(widths[column], length + 2)
      }
    }
    return widths.map { min(60, max(8, $0)) }
  }

  /// A number as SpreadsheetML writes it: integers without a fraction, otherwise the shortest
  /// text that reads back as the same `Double`.
  static func number(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    return String(value)
  }

  /// The Excel serial number of a day (1 March 1900 is 61, 1 January 1970 is 25,569), or nil
  /// outside 1 March 1900 – 31 December 9999, where the serial of Excel's 1900 calendar differs
  /// from the real day.
  static func serial(of day: Day) -> Int? {
    let serial = day.ordinal + 25_569
    return (61...2_958_465).contains(serial) ? serial : nil
  }

  /// The day of an Excel serial number (the inverse of ``serial(of:)``).
  static func day(serial: Double) -> Day? {
    guard serial.isFinite, serial >= 61, serial < 2_958_466 else { return nil }
    return Day(ordinal: Int(serial.rounded(.down)) - 25_569)
  }

  /// The letters of a column: 0 is `A`, 25 `Z`, 26 `AA`.
  static func columnName(_ index: Int) -> String {
    var index = index
    var letters: [Character] = []
    repeat {
      letters.insert(Character(Unicode.Scalar(UInt8(65 + index % 26))), at: 0)
      index = index / 26 - 1
    } while index >= 0
    return String(letters)
  }

  /// Text for XML character data or an attribute value: `&`, `<`, `>`, `"` as entities, a
  /// carriage return as `&#13;` (raw, a parser would turn it into a line feed); what XML 1.0
  /// cannot hold (the other C0 controls but tab and line feed, U+FFFE and U+FFFF) as
  /// SpreadsheetML's `_xHHHH_`, and a
  /// text `_xHHHH_` itself with its underscore escaped (`_x005F_`), so every text reads back.
  static func escaped(_ text: String) -> String {
    // Most texts need nothing: judged on bytes (U+FFFE and U+FFFF begin with 0xEF).
    let needsWork = text.utf8.contains { byte in
      byte < 0x20 || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<")
        || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "_")
        || byte == 0xEF
    }
    guard needsWork else { return text }
    var out = String.UnicodeScalarView()
    let scalars = Array(text.unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
      switch scalar {
      case "&": out.append(contentsOf: "&amp;".unicodeScalars)
      case "<": out.append(contentsOf: "&lt;".unicodeScalars)
      case ">": out.append(contentsOf: "&gt;".unicodeScalars)
      case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
      // A character reference: a parser keeps it, where a raw CR would become a line feed.
      case "\r": out.append(contentsOf: "&#13;".unicodeScalars)
      case "_" where looksLikeEscape(scalars, at: index):
        out.append(contentsOf: "_x005F_".unicodeScalars)
      default:
        let value = scalar.value
        if (value < 0x20 && value != 0x09 && value != 0x0A) || value == 0xFFFE || value == 0xFFFF {
          let hex = String(value, radix: 16, uppercase: true)
          out.append(
            contentsOf: ("_x" + String(repeating: "0", count: 4 - hex.count) + hex + "_")
              .unicodeScalars)
        } else {
          out.append(scalar)
        }
      }
    }
    return String(out)
  }

  /// Whether `_xHHHH_` (four hexadecimal digits) begins at `index`.
  static func looksLikeEscape(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
    guard index + 6 < scalars.count, scalars[index] == "_", scalars[index + 1] == "x",
      scalars[index + 6] == "_"
    else { return false }
    return scalars[(index + 2)...(index + 5)].allSatisfy { $0.properties.isASCIIHexDigit }
  }
}
