import DriehoekInterchange
import DriehoekLoading
import DriehoekModel
import Foundation
import Testing
import ZIPFoundation

/// The xlsx workbooks of `export --format xlsx` and `import FILE.xlsx`: every model survives the
/// trip, text is never a formula, the bytes are deterministic, and hostile workbooks give a
/// located error instead of a crash.
@Suite struct WorkbookTests {
  // MARK: Round trips

  @Test(arguments: exampleModelPaths)
  func exampleSurvivesTheWorkbook(_ path: String) throws {
    let model = try #require(ModelLoader().load(path: path).model)
    let bytes = try ModelWriter().bytes(model, as: .xlsx)
    let read = ModelWorkbook.read(bytes, file: "model.xlsx")
    #expect(read.diagnostics.map(\.description) == [])
    #expect(read.model == model)
  }

  @Test func examplesAreThere() { #expect(exampleModelPaths.count >= 5) }

  @Test(arguments: 1...40)
  func generatedModelSurvivesTheWorkbook(seed: Int) throws {
    let model = ModelGenerator.model(seed: UInt64(seed))
    let read = ModelWorkbook.read(try ModelWriter().bytes(model, as: .xlsx), file: "m.xlsx")
    #expect(read.model == model)
  }

  /// Names that begin like formulas stay text: string cells, no `<f>` anywhere, no apostrophe
  /// added, and the same text read back; so do CR, other controls and `_xHHHH_` look-alikes.
  @Test func formulaNamesAreStringCells() throws {
    var model = Model(name: "=HYPERLINK(\"http://x.invalid\")")
    let names = [
      "+cmd|' /C calc'!A0", "-5", "@SUM(1)", "\tTab", "\rCR", "'=al", "_x0041_ en _x005F_",
      " spaties ", "regel 1\nregel 2", "a & b < c > \"d\"",
    ]
    model.organisations = names.enumerated().map { index, name in
      Organisation(id: ElementID("org\(index)"), name: name, kind: .agentschap)
    }
    let bytes = try ModelWorkbook.workbook(model).xlsx()
    let parts = try Self.parts(of: bytes)
    for (path, text) in parts where path.hasPrefix("xl/worksheets/") {
      #expect(!text.contains("<f>") && !text.contains("<f "), "\(path) has a formula")
      #expect(!text.contains("t=\"str\""), "\(path) has a formula result")
    }
    let strings = try #require(parts["xl/sharedStrings.xml"])
    #expect(strings.contains("<t>=HYPERLINK(&quot;http://x.invalid&quot;)</t>"))
    #expect(strings.contains("&#13;CR"))
    #expect(strings.contains("_x005F_x0041_ en _x005F_x005F_"))
    let read = ModelWorkbook.read(bytes, file: "m.xlsx")
    #expect(read.model?.name == model.name)
    #expect(read.model?.organisations.map(\.name) == names)
  }

  @Test func sameWorkbookSameBytes() throws {
    let model = ModelGenerator.model(seed: 7)
    let first = try ModelWriter().bytes(model, as: .xlsx)
    let second = try ModelWriter().bytes(model, as: .xlsx)
    #expect(first == second)
    #expect(first.starts(with: [0x50, 0x4B, 0x03, 0x04]))
  }

  /// Numbers are number cells, dates are number cells with the date style.
  ///
  /// Dates outside Excel's calendar stay ISO text. A cell names its place only after an empty
  /// one.
  @Test func numbersAndDatesAreTyped() throws {
    let workbook = Workbook(sheets: [
      Workbook.Sheet(
        name: "blad", header: ["a", "b", "c", "d", "e", "f"],
        rows: [
          [
            .number(12.5), .date(try #require(Day(iso: "2026-01-01"))),
            .date(try #require(Day(iso: "1899-01-01"))), .text("12"), .empty, .number(-5),
          ]
        ])
    ])
    let sheet = try #require(try Self.parts(of: try workbook.xlsx())["xl/worksheets/sheet1.xml"])
    #expect(
      sheet.contains(
        "<row r=\"2\"><c><v>12.5</v></c><c s=\"1\"><v>46023</v></c><c t=\"s\"><v>6</v></c>"
          + "<c t=\"s\"><v>7</v></c><c r=\"F2\"><v>-5</v></c></row>"))
    #expect(
      sheet.contains(
        "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
    #expect(sheet.contains("<autoFilter ref=\"A1:F2\"/>"))
    let cells = try #require(try WorkbookReader().read(try workbook.xlsx()).first?.cells)
    #expect(
      cells.suffix(5).map(\.value) == [
        .number(12.5), .date(try #require(Day(iso: "2026-01-01"))), .text("1899-01-01"),
        .text("12"), .number(-5),
      ])
    #expect(cells.last?.column == 6)
  }

  // MARK: Hostile workbooks

  @Test func notAZipIsRefused() {
    #expect(throws: WorkbookError.self) { try WorkbookReader().read(Array("naam,id\n".utf8)) }
    let read = ModelWorkbook.read(Array("PK\u{3}\u{4}rest".utf8), file: "kapot.xlsx")
    #expect(read.model == nil)
    #expect(read.diagnostics.first?.description.contains("kapot.xlsx") == true)
  }

  @Test func truncatedZipIsRefused() throws {
    let bytes = try ModelWriter().bytes(ModelGenerator.model(seed: 3), as: .xlsx)
    for length in [10, bytes.count / 3, bytes.count / 2, bytes.count - 10] {
      #expect(throws: WorkbookError.self) { try WorkbookReader().read(Array(bytes.prefix(length))) }
    }
  }

  /// The bound on inflated bytes stops a part while it is inflated (a zip bomb), with its name.
  @Test func inflatedSizeIsBounded() throws {
    var model = Model(name: "groot")
    model.organisations = (0..<2_000).map {
      Organisation(id: ElementID("o\($0)"), name: String(repeating: "x", count: 500), kind: .extern)
    }
    let bytes = try ModelWriter().bytes(model, as: .xlsx)
    #expect(bytes.count < 200_000)
    #expect(throws: Never.self) { try WorkbookReader().read(bytes) }
    let reader = WorkbookReader(maximumUncompressedBytes: 100_000)
    let error = try #require(throws: WorkbookError.self) { try reader.read(bytes) }
    #expect(error.reason.contains("100000 bytes"))
    #expect(error.place?.hasPrefix("xl/") == true)
    // A real bomb: 64 MiB of one byte, deflated to about 64 KB, against the default bound of
    // 256 MiB is read; against a bound of 1 MiB it stops.
    let bomb = try Self.zip([
      ("[Content_Types].xml", Array("<Types/>".utf8)),
      ("xl/workbook.xml", Array(repeating: UInt8(ascii: " "), count: 64 << 20)),
    ])
    #expect(bomb.count < 1 << 20)
    let stopped = try #require(throws: WorkbookError.self) {
      try WorkbookReader(maximumUncompressedBytes: 1 << 20).read(bomb)
    }
    #expect(stopped.place == "xl/workbook.xml")
  }

  @Test func cellCountIsBounded() throws {
    let bytes = try ModelWriter().bytes(ModelGenerator.model(seed: 5), as: .xlsx)
    let all = try WorkbookReader().read(bytes).reduce(0) { $0 + $1.cells.count }
    #expect(all > 20)
    let error = try #require(throws: WorkbookError.self) {
      try WorkbookReader(maximumCells: 20).read(bytes)
    }
    #expect(error.reason.contains("grens"))
    #expect(error.cellReference != nil)
  }

  @Test func missingPartsAreNamed() throws {
    let noWorkbook = try Self.zip([("[Content_Types].xml", Array("<Types/>".utf8))])
    let error = try #require(throws: WorkbookError.self) { try WorkbookReader().read(noWorkbook) }
    #expect(error.description == "xl/workbook.xml: dit deel ontbreekt in de werkmap")
    let noSheet = try Self.zip([
      ("xl/workbook.xml", Array(Self.workbookXML.utf8)),
      ("xl/_rels/workbook.xml.rels", Array(Self.relationshipsXML.utf8)),
    ])
    let missing = try #require(throws: WorkbookError.self) { try WorkbookReader().read(noSheet) }
    #expect(missing.description.contains("organisaties"))
    #expect(missing.description.contains("ontbreekt"))
  }

  @Test func badSheetContentIsLocatedAtTheCell() throws {
    func read(_ sheet: String, strings: String? = nil) throws -> WorkbookError {
      var parts = [
        ("xl/workbook.xml", Array(Self.workbookXML.utf8)),
        ("xl/_rels/workbook.xml.rels", Array(Self.relationshipsXML.utf8)),
        ("xl/worksheets/sheet1.xml", Array(sheet.utf8)),
      ]
      if let strings { parts.append(("xl/sharedStrings.xml", Array(strings.utf8))) }
      return try #require(throws: WorkbookError.self) { try WorkbookReader().read(Self.zip(parts)) }
    }
    let open =
      "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
    let close = "</sheetData></worksheet>"
    let badIndex = try read(open + "<row r=\"3\"><c r=\"C3\" t=\"s\"><v>99</v></c></row>" + close)
    #expect(badIndex.description.hasPrefix("organisaties!C3: gedeelde tekst nummer '99'"))
    let badNumber = try read(open + "<row r=\"2\"><c r=\"B2\"><v>twaalf</v></c></row>" + close)
    #expect(badNumber.description == "organisaties!B2: 'twaalf' is geen getal")
    let badXML = try read(open + "<row r=\"2\"><c r=\"B2\"><v>1</c></row>" + close)
    #expect(badXML.description.hasPrefix("organisaties: XML-fout op regel 1"))
    let doctype = try read(
      "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]>" + open + close)
    #expect(doctype.description.contains("DOCTYPE"))
    let badStrings = try read(open + close, strings: "<sst><si><t>open</sst>")
    #expect(badStrings.description.hasPrefix("xl/sharedStrings.xml: XML-fout"))
  }

  /// Content errors come from the model reader, at `FILE!sheet:row:column`.
  @Test func modelErrorsNameSheetRowAndColumn() throws {
    var model = Model(name: "m")
    model.organisations = [Organisation(id: "a", name: "A", kind: .agentschap, capacity: 3)]
    var workbook = ModelWorkbook.workbook(model)
    let index = try #require(workbook.sheets.firstIndex { $0.name == "organisaties" })
    let column = try #require(workbook.sheets[index].header.firstIndex(of: "soort"))
    var rows = workbook.sheets[index].rows
    rows[0][column] = .text("agentschapp")
    workbook.sheets[index] = Workbook.Sheet(
      name: "organisaties", header: workbook.sheets[index].header + ["kleur"], rows: rows)
    workbook.sheets.append(Workbook.Sheet(name: "extra", header: ["x"], rows: []))
    let read = ModelWorkbook.read(try workbook.xlsx(), file: "m.xlsx")
    let messages = read.diagnostics.map(\.description)
    #expect(messages.contains { $0.hasPrefix("m.xlsx!organisaties:2:\(column + 1): ") })
    #expect(
      messages.contains {
        $0.hasPrefix("m.xlsx!organisaties:1:\(workbook.sheets[index].header.count): ")
      })
    #expect(messages.contains { $0.hasPrefix("m.xlsx!extra:1:1: ") })
    #expect(read.diagnostics.contains { $0.severity == .fout })
  }

  // MARK: Helpers

  static let workbookXML = """
    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
    <sheets><sheet name="organisaties" sheetId="1" r:id="rId1"/></sheets></workbook>
    """
  static let relationshipsXML = """
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
    Target="worksheets/sheet1.xml"/></Relationships>
    """

  /// A zip of the given parts, deflated.
  static func zip(_ parts: [(String, [UInt8])]) throws -> [UInt8] {
    let archive = try Archive(accessMode: .create)
    for (path, bytes) in parts {
      let data = Data(bytes)
      try archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
      ) { position, size in
        data.subdata(in: Int(position)..<min(data.count, Int(position) + size))
      }
    }
    return [UInt8](try #require(archive.data))
  }

  /// Every part of a zip as text.
  static func parts(of bytes: [UInt8]) throws -> [String: String] {
    let archive = try Archive(data: Data(bytes), accessMode: .read)
    var result: [String: String] = [:]
    for entry in archive {
      var data = Data()
      _ = try archive.extract(entry) { data.append($0) }
      result[entry.path] = String(decoding: data, as: UTF8.self)
    }
    return result
  }
}
