internal import DriehoekModel
internal import Foundation
internal import ZIPFoundation

/// One reading of a workbook: the zip, what has been inflated so far, the shared strings and
/// the date styles.
struct WorkbookReadSession {
  private let archive: Archive
  private let reader: WorkbookReader
  private var entries: [String: Entry] = [:]
  private var inflated = 0
  private var cellCount = 0

  init(bytes: [UInt8], reader: WorkbookReader) throws(WorkbookError) {
    self.reader = reader
    guard WorkbookReader.looksLikeZip(bytes) else {
      throw WorkbookError("dit is geen xlsx-bestand (een xlsx is een zip en begint met 'PK')")
    }
    do {
      archive = try Archive(data: Data(bytes), accessMode: .read)
    } catch {
      throw WorkbookError("de zip is beschadigd of onvolledig (\(error))")
    }
    var count = 0
    for entry in archive {
      count += 1
      guard count <= reader.maximumEntries else {
        throw WorkbookError("de zip heeft meer dan \(reader.maximumEntries) delen")
      }
      entries[Self.normalised(entry.path)] = entry
    }
    guard count > 0 else { throw WorkbookError("de zip is leeg of beschadigd") }
  }

  /// A part's path without a leading slash, with `.` and `..` resolved.
  static func normalised(_ path: String) -> String {
    var parts: [Substring] = []
    for part in path.split(separator: "/", omittingEmptySubsequences: true) {
      if part == "." { continue }
      if part == ".." {
        _ = parts.popLast()
      } else {
        parts.append(part)
      }
    }
    return parts.joined(separator: "/")
  }

  /// The inflated bytes of a part, or nil when the zip has no such part.
  mutating func part(_ path: String) throws(WorkbookError) -> Data? {
    guard let entry = entries[Self.normalised(path)] else { return nil }
    guard entry.type == .file else { throw WorkbookError("dit deel is geen bestand", at: path) }
    var data = Data()
    let limit = reader.maximumUncompressedBytes
    let already = inflated
    do {
      _ = try archive.extract(entry, bufferSize: 64 << 10) { chunk in
        guard already + data.count + chunk.count <= limit else {
          throw WorkbookError(
            "uitgepakt groter dan \(limit) bytes (alle delen samen); "
              + "is dit een zip-bom of geen werkmap van driehoek?", at: path)
        }
        data.append(chunk)
      }
    } catch let error as WorkbookError {
      throw error
    } catch {
      throw WorkbookError("dit deel is beschadigd (\(error))", at: path)
    }
    inflated += data.count
    return data
  }

  /// A part that must be there.
  mutating func requiredPart(_ path: String) throws(WorkbookError) -> Data {
    guard let data = try part(path) else {
      throw WorkbookError("dit deel ontbreekt in de werkmap", at: path)
    }
    return data
  }

  /// A small XML part as a tree.
  mutating func tree(_ path: String, required: Bool) throws(WorkbookError) -> XMLTree? {
    let data = required ? try requiredPart(path) : try part(path)
    guard let data else { return nil }
    switch XMLTree.parse(data) {
    case .success(let tree): return tree
    case .failure(let failure):
      throw WorkbookError(
        "XML-fout op regel \(failure.line), kolom \(failure.column): \(failure.message)", at: path)
    }
  }

  /// The relationships of a part: id → (type, target path resolved against the part's folder).
  mutating func relationships(of partPath: String) throws(WorkbookError) -> [String: (
    type: String, target: String
  )] {
    let folder = partPath.split(separator: "/").dropLast().joined(separator: "/")
    let file = partPath.split(separator: "/").last.map(String.init) ?? partPath
    let path = (folder.isEmpty ? "" : folder + "/") + "_rels/" + file + ".rels"
    guard let tree = try tree(path, required: false) else { return [:] }
    var result: [String: (type: String, target: String)] = [:]
    for element in tree.elements where element.name == "Relationship" {
      guard let id = element.attributes["Id"], let target = element.attributes["Target"] else {
        continue
      }
      if element.attributes["TargetMode"] == "External" { continue }
      let resolved =
        target.hasPrefix("/")
        ? String(target.dropFirst()) : (folder.isEmpty ? "" : folder + "/") + target
      result[id] = (element.attributes["Type"] ?? "", Self.normalised(resolved))
    }
    return result
  }

  /// Every sheet, in tab order.
  mutating func sheets() throws(WorkbookError) -> [WorkbookReader.Sheet] {
    let package = try relationships(of: "")
    let workbookPath =
      package.values.first { $0.type.hasSuffix("/officeDocument") }?.target ?? "xl/workbook.xml"
    guard let workbook = try tree(workbookPath, required: true) else { return [] }
    let links = try relationships(of: workbookPath)
    let folder = workbookPath.split(separator: "/").dropLast().joined(separator: "/")
    let prefix = folder.isEmpty ? "" : folder + "/"
    let strings = try sharedStrings(
      links.values.first { $0.type.hasSuffix("/sharedStrings") }?.target
        ?? prefix + "sharedStrings.xml")
    let dateStyles = try dateStyles(
      links.values.first { $0.type.hasSuffix("/styles") }?.target ?? prefix + "styles.xml")
    let relationshipNamespace =
      "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
    var sheets: [WorkbookReader.Sheet] = []
    for element in workbook.elements where element.name == "sheet" {
      guard let name = element.attributes["name"] else {
        throw WorkbookError("een blad zonder naam", at: workbookPath)
      }
      guard let id = element.attributes[relationshipNamespace] ?? element.attributes["id"],
        let link = links[id]
      else {
        throw WorkbookError("het blad '\(name)' verwijst naar geen deel", at: workbookPath)
      }
      guard let data = try part(link.target) else {
        throw WorkbookError("het deel \(link.target) van dit blad ontbreekt", at: name)
      }
      let parser = SheetXMLParser(
        sheet: name, strings: strings, dateStyles: dateStyles,
        maximumCells: reader.maximumCells - cellCount)
      let cells = try parser.parse(data)
      cellCount += cells.count
      sheets.append(WorkbookReader.Sheet(name: name, cells: cells))
    }
    guard !sheets.isEmpty else {
      throw WorkbookError("de werkmap heeft geen bladen", at: workbookPath)
    }
    return sheets
  }

  /// The shared strings (empty when the part is absent).
  mutating func sharedStrings(_ path: String) throws(WorkbookError) -> [String] {
    guard let data = try part(path) else { return [] }
    return try SheetXMLParser.sharedStrings(data, part: path)
  }

  /// The indices of the cell formats (`cellXfs`) that show a date.
  mutating func dateStyles(_ path: String) throws(WorkbookError) -> Set<Int> {
    guard let tree = try tree(path, required: false) else { return [] }
    var custom: [Int: String] = [:]
    for element in tree.elements where element.name == "numFmt" {
      if let id = element.attributes["numFmtId"].flatMap(Int.init),
        let code = element.attributes["formatCode"]
      {
        custom[id] = code
      }
    }
    var result: Set<Int> = []
    for container in tree.elements where container.name == "cellXfs" {
      for (index, child) in container.children.enumerated() {
        let id = tree.elements[child].attributes["numFmtId"].flatMap(Int.init) ?? 0
        if Self.isDateFormat(id: id, code: custom[id]) { result.insert(index) }
      }
    }
    return result
  }

  /// Whether a number format shows a date: a built-in date format (14–22, 45–47) or a code with
  /// a day, month or year outside quotes and brackets.
  static func isDateFormat(id: Int, code: String?) -> Bool {
    if (14...22).contains(id) || (45...47).contains(id) { return true }
    guard let code else { return false }
    var inQuotes = false
    var inBrackets = false
    for character in code.lowercased() {
      switch character {
      case "\"": inQuotes.toggle()
      case "[" where !inQuotes: inBrackets = true
      case "]" where !inQuotes: inBrackets = false
      case "d" where !inQuotes && !inBrackets, "y" where !inQuotes && !inBrackets: return true
      default: continue
      }
    }
    return false
  }
}
