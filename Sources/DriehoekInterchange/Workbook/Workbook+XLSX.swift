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
    try xlsx(measuringPieces: nil)
  }

  /// The workbook's bytes, each sheet measured in `measuringPieces` pieces of rows side by side
  /// (by default one); the bytes do not depend on it.
  ///
  /// Two pieces halve the measuring's wall time on an idle second core, but each piece's
  /// table is made in its own thread's malloc arena: on 10,000 executors the peak rose from
  /// about 325 to 385 MB, too close to the 400 MB of issue 19, so one piece is the default
  /// (docs/scale.md, "The workbook").
  func xlsx(measuringPieces: Int?) throws(WorkbookError) -> [UInt8] {
    var seen: Set<String> = []
    for sheet in sheets {
      guard seen.insert(sheet.name.lowercased()).inserted else {
        throw WorkbookError("twee bladen heten '\(sheet.name)'")
      }
      guard sheet.rowCount < 1_048_576 else {
        throw WorkbookError("meer dan 1.048.575 rijen passen niet in een blad", at: sheet.name)
      }
      guard sheet.header.count <= 16_384 else {
        throw WorkbookError("meer dan 16.384 kolommen passen niet in een blad", at: sheet.name)
      }
    }
    let plans = try measuredSheets(pieces: measuringPieces)
    let small: [(path: String, bytes: [UInt8])] = [
      ("[Content_Types].xml", Array(contentTypes.utf8)),
      ("_rels/.rels", Array(Self.packageRelationships.utf8)),
      ("xl/workbook.xml", Array(workbookPart.utf8)),
      ("xl/_rels/workbook.xml.rels", Array(workbookRelationships.utf8)),
      ("xl/styles.xml", Array(Self.styles.utf8)),
    ]
    // The shared strings and the sheets are made on a thread of their own while this one
    // deflates the previous megabyte: the same bytes, in the same order, on two cores.
    let pipe = ChunkPipe(capacity: 3)
    let stringsSize = SharedStringsStream.size(
      entryBytes: plans.entryBytes, uniqueCount: plans.texts.count, uses: plans.uses)
    let thread = Thread { [plans] in
      Self.produce(plans, into: pipe)
      pipe.finish()
    }
    thread.start()
    do {
      let archive = try Archive(accessMode: .create)
      for part in small {
        try Self.add(part.path, bytes: part.bytes, to: archive)
      }
      try Self.add("xl/sharedStrings.xml", size: stringsSize, to: archive, from: pipe)
      for (index, sheet) in plans.sheets.enumerated() {
        try Self.add(
          "xl/worksheets/sheet\(index + 1).xml", size: sheet.size, to: archive, from: pipe)
      }
      pipe.waitUntilFinished()
      guard let data = archive.data else { throw WorkbookError("de zip is niet gemaakt") }
      return [UInt8](data)
    } catch let error as WorkbookError {
      pipe.cancel()
      pipe.waitUntilFinished()
      throw error
    } catch {
      pipe.cancel()
      pipe.waitUntilFinished()
      throw WorkbookError("de zip is niet gemaakt: \(error)")
    }
  }

  /// The sizes of the shared strings' part and of every sheet's, with the shared strings in the
  /// order first used and each string cell's index: every sheet measured in `pieces` pieces of
  /// rows side by side, the pieces' tables then merged in row order.
  private func measuredSheets(pieces: Int?) throws(WorkbookError) -> MeasuredWorkbook {
    var strings = SharedStrings()
    var measured: [MeasuredWorkbook.Sheet] = []
    var uses = 0
    for sheet in sheets {
      let stream = WorksheetStream(sheet: sheet)
      let count = max(1, pieces ?? 1)
      var pieces = ConcurrentWork.map(count: count) { stream.measure(piece: $0, of: count) }
      var size = 0
      var indices: [Int32] = []
      indices.reserveCapacity(pieces.reduce(0) { $0 + $1.strings.indices.count })
      for position in pieces.indices {
        // Taken out of the array, so the first piece's table becomes the workbook's unshared.
        var table = SharedStrings()
        swap(&table, &pieces[position].strings.table)
        let global = strings.merge(consume table)
        guard strings.hasRoom else {
          throw WorkbookError("te veel verschillende teksten voor één werkmap", at: sheet.name)
        }
        size += pieces[position].bytes
        for local in pieces[position].strings.indices {
          let index = global[Int(local)]
          indices.append(index)
          size += Self.decimalCount(index)
        }
        pieces[position].strings.indices = []
      }
      uses += indices.count
      measured.append(.init(stream: stream, size: size, indices: indices))
    }
    return MeasuredWorkbook(
      texts: strings.texts, entryBytes: strings.entryBytes, uses: uses, sheets: measured)
  }

  /// Makes the shared strings' part and then every sheet's, a megabyte at a time, into the
  /// pipe, until done or the zipper stops.
  private static func produce(_ plans: MeasuredWorkbook, into pipe: ChunkPipe) {
    var strings = SharedStringsStream(texts: plans.texts, uses: plans.uses)
    guard send(into: pipe, { strings.write(into: &$0, atLeast: 1 << 20) }) else { return }
    for sheet in plans.sheets {
      var writer = WorksheetWriter(stream: sheet.stream, indices: sheet.indices)
      guard send(into: pipe, { writer.write(into: &$0, atLeast: 1 << 20) }) else { return }
    }
  }

  /// Sends the pieces `produce` makes (returning true with the last) into the pipe; false when
  /// the zipper has stopped.
  private static func send(into pipe: ChunkPipe, _ produce: (inout [UInt8]) -> Bool) -> Bool {
    var done = false
    while !done {
      var chunk: [UInt8] = []
      chunk.reserveCapacity((1 << 20) + (1 << 16))
      done = produce(&chunk)
      guard pipe.send(chunk, endsPart: done) else { return false }
    }
    return true
  }

  /// Adds a deflated part of `size` bytes, the pieces of one part from the pipe.
  static func add(_ path: String, size: Int, to archive: Archive, from pipe: ChunkPipe) throws {
    var chunk: [UInt8] = []
    var offset = 0
    var ended = false
    try archive.addEntry(
      with: path, type: .file, uncompressedSize: Int64(size), modificationDate: entryDate,
      permissions: 0o644, compressionMethod: .deflate, bufferSize: 1 << 20
    ) { _, wanted in
      var data = Data(capacity: wanted)
      while data.count < wanted {
        if offset == chunk.count {
          guard !ended, let next = pipe.receive() else { break }
          (chunk, offset, ended) = (next.chunk, 0, next.endsPart)
          continue
        }
        let end = min(chunk.count, offset + wanted - data.count)
        chunk[offset..<end].withUnsafeBufferPointer { data.append($0) }
        offset = end
      }
      return data
    }
    guard ended, offset == chunk.count else {
      throw WorkbookError("de lengte van het deel klopt niet", at: path)
    }
  }

  /// Adds a deflated part whose bytes are all at hand (the small parts).
  static func add(_ path: String, bytes: [UInt8], to archive: Archive) throws {
    try archive.addEntry(
      with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: entryDate,
      permissions: 0o644, compressionMethod: .deflate, bufferSize: 1 << 20
    ) { position, wanted in
      let start = min(bytes.count, Int(position))
      return Data(bytes[start..<min(bytes.count, start + wanted)])
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
    return "$A$1:$\(columnName(width - 1))$\(sheet.rowCount + 1)"
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
