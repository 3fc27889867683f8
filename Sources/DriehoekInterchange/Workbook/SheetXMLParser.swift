internal import DriehoekModel
internal import Foundation

#if canImport(FoundationXML)
internal import FoundationXML
#endif

/// Reads the cells of one worksheet part (or the strings of the shared-string part) as a
/// stream, keeping only the values: a sheet of a million cells is never a tree.
final class SheetXMLParser: NSObject, XMLParserDelegate {
  private let sheet: String
  private let strings: [String]
  private let dateStyles: Set<Int>
  private let maximumCells: Int
  private(set) var cells: [WorkbookReader.Cell] = []
  private var failure: WorkbookError?

  private var row = 0
  private var nextColumn = 1
  private var cell: (row: Int, column: Int, type: String, style: Int)?
  private var text = ""
  private var hasValue = false
  private var collects = false
  private var phoneticDepth = 0
  /// Shared-string mode: the strings read so far.
  private(set) var sharedStrings: [String] = []
  private var inItem = false

  init(sheet: String, strings: [String], dateStyles: Set<Int>, maximumCells: Int) {
    self.sheet = sheet
    self.strings = strings
    self.dateStyles = dateStyles
    self.maximumCells = maximumCells
  }

  /// The non-empty cells of a worksheet part.
  func parse(_ data: Data) throws(WorkbookError) -> [WorkbookReader.Cell] {
    try run(data)
    return cells
  }

  /// The strings of a shared-string part.
  static func sharedStrings(_ data: Data, part: String) throws(WorkbookError) -> [String] {
    let parser = SheetXMLParser(sheet: part, strings: [], dateStyles: [], maximumCells: 0)
    try parser.run(data)
    return parser.sharedStrings
  }

  private func run(_ data: Data) throws(WorkbookError) {
    if let doctype = XMLTree.doctypeLocation(in: data) {
      throw WorkbookError(
        "een DOCTYPE-declaratie (regel \(doctype.line)) wordt niet gelezen; een werkmap heeft er geen",
        at: sheet)
    }
    // Fed as a stream, in small chunks: given a worksheet of tens of megabytes at once, libxml2
    // stops with "Huge input lookup" (error 1) past ten megabytes.
    let parser = XMLParser(stream: InputStream(data: data))
    parser.shouldProcessNamespaces = true
    parser.shouldResolveExternalEntities = false
    parser.delegate = self
    _ = parser.parse()
    if let failure { throw failure }
    if let error = parser.parserError {
      throw WorkbookError(
        "XML-fout op regel \(parser.lineNumber), kolom \(parser.columnNumber): "
          + XMLTreeBuilder.message(for: (error as NSError).code), at: sheet)
    }
  }

  private func fail(_ error: WorkbookError, _ parser: XMLParser) {
    guard failure == nil else { return }
    failure = error
    parser.abortParsing()
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes: [String: String] = [:]
  ) {
    guard failure == nil else { return }
    switch elementName {
    case "si":
      inItem = true
      text = ""
    case "row":
      if let number = attributes["r"] {
        guard let value = Int(number), value >= 1, value <= 1_048_576 else {
          return fail(WorkbookError("rijnummer '\(number)' klopt niet", at: sheet), parser)
        }
        row = value
      } else {
        row += 1
      }
      nextColumn = 1
    case "c":
      var position = (row: max(row, 1), column: nextColumn)
      if let reference = attributes["r"] {
        guard let parsed = Self.cellPosition(reference) else {
          return fail(
            WorkbookError("celverwijzing '\(reference)' klopt niet", at: sheet, row: row),
            parser)
        }
        position = parsed
      }
      nextColumn = position.column + 1
      let style = attributes["s"].flatMap(Int.init) ?? 0
      cell = (position.row, position.column, attributes["t"] ?? "n", style)
      text = ""
      hasValue = false
    case "v":
      collects = cell != nil
      hasValue = hasValue || cell != nil
    case "rPh":
      phoneticDepth += 1
    case "t":
      collects = (inItem || cell?.type == "inlineStr") && phoneticDepth == 0
      hasValue = hasValue || cell != nil
    default:
      break
    }
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?
  ) {
    guard failure == nil else { return }
    switch elementName {
    case "v", "t": collects = false
    case "rPh": phoneticDepth -= 1
    case "si":
      sharedStrings.append(Self.unescaped(text))
      inItem = false
    case "c":
      guard let current = cell else { return }
      cell = nil
      guard hasValue else { return }
      do {
        let value = try value(of: current)
        guard cells.count < maximumCells else {
          return fail(
            WorkbookError(
              "de werkmap heeft meer gevulde cellen dan de grens (WorkbookReader.maximumCells)",
              at: sheet, row: current.row, column: current.column), parser)
        }
        cells.append(WorkbookReader.Cell(row: current.row, column: current.column, value: value))
      } catch {
        fail(error, parser)
      }
    default:
      break
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if collects { text += string }
  }

  func parser(_ parser: XMLParser, foundCDATA block: Data) {
    if collects { text += String(decoding: block, as: UTF8.self) }
  }

  private func value(
    of cell: (row: Int, column: Int, type: String, style: Int)
  ) throws(WorkbookError) -> WorkbookReader.Value {
    func error(_ reason: String) -> WorkbookError {
      WorkbookError(reason, at: sheet, row: cell.row, column: cell.column)
    }
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    switch cell.type {
    case "s":
      guard let index = Int(trimmed), strings.indices.contains(index) else {
        throw error("gedeelde tekst nummer '\(trimmed)' bestaat niet (\(strings.count) teksten)")
      }
      return .text(strings[index])
    case "inlineStr", "str":
      return .text(Self.unescaped(text))
    case "e":
      return .text(trimmed)
    case "b":
      guard trimmed == "1" || trimmed == "0" else {
        throw error("'\(trimmed)' is geen waar/onwaar (1 of 0)")
      }
      return .boolean(trimmed == "1")
    case "d":
      guard let day = Day(iso: trimmed.prefix(10)) else {
        throw error("'\(trimmed)' is geen datum (JJJJ-MM-DD)")
      }
      return .date(day)
    case "n":
      guard let number = Double(trimmed), number.isFinite else {
        throw error("'\(trimmed)' is geen getal")
      }
      if dateStyles.contains(cell.style), let day = Workbook.day(serial: number) {
        return .date(day)
      }
      return .number(number)
    default:
      throw error("onbekend celtype '\(cell.type)'")
    }
  }

  /// Row and column (from 1) of a reference such as `AB12`, or nil.
  static func cellPosition(_ reference: String) -> (row: Int, column: Int)? {
    var column = 0
    var row = 0
    var seenDigit = false
    for scalar in reference.unicodeScalars {
      switch scalar {
      case "A"..."Z" where !seenDigit:
        column = column * 26 + Int(scalar.value - 64)
        guard column <= 16_384 else { return nil }
      case "a"..."z" where !seenDigit:
        column = column * 26 + Int(scalar.value - 96)
        guard column <= 16_384 else { return nil }
      case "0"..."9":
        seenDigit = true
        row = row * 10 + Int(scalar.value - 48)
        guard row <= 1_048_576 else { return nil }
      case "$":
        continue
      default:
        return nil
      }
    }
    guard column >= 1, row >= 1 else { return nil }
    return (row, column)
  }

  /// A text with SpreadsheetML's `_xHHHH_` escapes replaced by their characters.
  static func unescaped(_ text: String) -> String {
    guard text.contains("_x") else { return text }
    let scalars = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      if Workbook.looksLikeEscape(scalars, at: index),
        let value = UInt32(
          String(String.UnicodeScalarView(scalars[(index + 2)...(index + 5)])), radix: 16),
        let scalar = Unicode.Scalar(value)
      {
        out.append(scalar)
        index += 7
      } else {
        out.append(scalars[index])
        index += 1
      }
    }
    return String(out)
  }
}
