import DriehoekModel
import Foundation
import Synchronization
import Testing

@testable import DriehoekInterchange

/// The workbook writer's work on bytes against the definitions on scalars and characters it
/// replaces, and its measuring in pieces against measuring in one.
@Suite struct WorkbookBytesTests {
  /// Texts that stress every branch: the escaped characters, controls, U+FFFE/U+FFFF, `_xHHHH_`
  /// look-alikes cut short, every kind of white space at either end, combining marks, a
  /// prepended mark and CR LF at the end, emoji and their joiners.
  static let awkward: [String] = {
    var texts = [
      "", " ", "a", "_", "_x", "_x0041_", "_x0041", "x_x0041_y", "__x0041_", "_x00g1_", "_X0041_",
      "_xabcd_", "_xABCD__x0001_", "a & b < c > \"d\" 'e'", "\r", "\r\n", "a\r\n", "\n", "a\nb",
      "\t", "a\t", "\u{0}\u{1}\u{8}\u{B}\u{C}\u{E}\u{1F}\u{7F}", "\u{FFFE}", "\u{FFFF}",
      "x\u{FFFE}y\u{FFFF}z\u{FFFD}\u{FEFF}", "\u{EFFF}\u{F000}", " \u{301}", "x \u{301}",
      "\u{301}", "a\u{301}", "\u{600} ", "\u{600}1", "\u{600}", "x\u{600} ", "🏛", "👩‍👩‍👧 ",
      " 👩‍👩‍👧", "🇳🇱", "e\u{301} ", "é", "\u{1C}x\u{1D}", "x\u{1E}", "\u{1F}", "ë",
      "Gegenereerd model (10000 uitvoerders)", "=HYPERLINK(\"x\")", "+1", "-1", "@SUM(1)",
    ]
    // Every White_Space scalar and a few that are not, alone, first, last, and last after a
    // non-ASCII letter.
    let spaces: [Unicode.Scalar] = [
      "\u{9}", "\u{A}", "\u{B}", "\u{C}", "\u{D}", "\u{20}", "\u{85}", "\u{A0}", "\u{1680}",
      "\u{2000}", "\u{200A}", "\u{200B}", "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}",
      "\u{3000}", "\u{180E}", "\u{FEFF}", "\u{1C}",
    ]
    for scalar in spaces {
      let space = String(Character(scalar))
      texts += [
        space, space + "a", "a" + space, "é" + space, space + "\u{301}", "a" + space + "\u{301}",
      ]
    }
    // Deterministic random texts from an alphabet of awkward pieces.
    let alphabet = [
      "a", "_", "x", "0", "F", "f", "g", " ", "\u{A0}", "\u{301}", "\u{600}", "\r", "\n", "\t",
      "\u{1}", "\u{FFFE}", "&", "<", "\"", "é", "🏛", "\u{200D}", "\u{2028}",
    ]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<2_000 {
      var text = ""
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      for _ in 0..<Int(state >> 60) {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        text += alphabet[Int(state >> 33) % alphabet.count]
      }
      texts.append(text)
    }
    return texts
  }()

  @Test func escapingOnBytesIsTheScalarDefinition() {
    for text in Self.awkward {
      var out: [UInt8] = [0x2A]
      Workbook.appendEscaped(text, to: &out)
      let expected = [0x2A] + Array(Workbook.escaped(text).utf8)
      #expect(out == expected, "\(text.debugDescription)")
      #expect(Workbook.escapedCount(text) == expected.count - 1, "\(text.debugDescription)")
    }
  }

  @Test func preservingOnBytesIsTheCharacterDefinition() {
    var preserved = 0
    for text in Self.awkward {
      let definition =
        text.first?.isWhitespace == true || text.last?.isWhitespace == true
        || text.utf8.contains(0x0A)
      #expect(Workbook.needsPreserve(text) == definition, "\(text.debugDescription)")
      if definition { preserved += 1 }
    }
    // Both answers occur.
    #expect(preserved > 50 && preserved < Self.awkward.count - 50)
  }

  @Test func decimalsAreStringsOfNumbers() {
    let powers = (0..<19).map { power in (0..<power).reduce(1) { product, _ in product * 10 } }
    var values = [0, 1_048_576, Int.max, Int.min, Int.min + 1] + powers + powers.map { $0 - 1 }
    values += values.filter { $0 != Int.min }.map { -$0 }
    for value in values {
      var out: [UInt8] = [0x2A]
      Workbook.appendDecimal(value, to: &out)
      #expect(out == [0x2A] + Array(String(value).utf8), "\(value)")
      if value >= 0, value <= Int(Int32.max) {
        #expect(Workbook.decimalCount(Int32(value)) == String(value).utf8.count, "\(value)")
      }
    }
  }

  /// A sheet measured in two or three pieces has the bytes of one measured whole: the shared
  /// strings in the order first used, texts first met in a later piece after the earlier
  /// pieces' ones, texts of both pieces once.
  @Test func piecesGiveTheBytesOfOnePass() throws {
    let texts = Self.awkward
    let rows: [[Workbook.Cell]] = (0..<5_000).map { index in
      [
        .text(texts[index % texts.count]), .text("rij \(index % 1_700)"),
        index % 3 == 0 ? .empty : .number(Double(index) / 4),
        .date(Day(ordinal: index)), .text(index > 2_500 ? "laat \(index % 7)" : "vroeg"),
        .number(index % 11 == 0 ? .nan : Double(-index)),
      ]
    }
    let workbook = Workbook(sheets: [
      Workbook.Sheet(name: "lang", header: ["a", "b", "c", "d", "e", "f"], rows: rows),
      Workbook.Sheet(
        name: "kort", header: ["x", "rij 3"], rows: [[.text("vroeg"), .text("nieuw")]]),
    ])
    let whole = try workbook.xlsx(measuringPieces: 1)
    #expect(try workbook.xlsx(measuringPieces: 2) == whole)
    #expect(try workbook.xlsx(measuringPieces: 3) == whole)
    #expect(try workbook.xlsx() == whole)
    let read = try WorkbookReader().read(whole)
    let cells = try #require(read.first?.cells)
    let texts2500 = cells.filter { $0.row == 2_503 }.map(\.value)
    #expect(texts2500.contains(.text("laat \(2_501 % 7)")))
    #expect(
      read.last?.cells.map(\.value) == [.text("x"), .text("rij 3"), .text("vroeg"), .text("nieuw")])
  }

  /// Texts Swift calls equal but whose bytes differ (`é` as one scalar, or `e` and a combining
  /// accent) are two shared strings: each cell reads back with its own bytes.
  @Test func equivalentTextsKeepTheirBytes() throws {
    let composed = "Caf\u{E9}"
    let decomposed = "Cafe\u{301}"
    #expect(composed == decomposed)
    let workbook = Workbook(sheets: [
      Workbook.Sheet(
        name: "blad", header: ["naam"], rows: [[.text(composed)], [.text(decomposed)]])
    ])
    let cells = try #require(try WorkbookReader().read(try workbook.xlsx()).first?.cells)
    let bytes = cells.map { cell -> [UInt8] in
      guard case .text(let text) = cell.value else { return [] }
      return Array(text.utf8)
    }
    #expect(bytes == [Array("naam".utf8), Array(composed.utf8), Array(decomposed.utf8)])
  }

  /// A text of several megabytes spans pieces of the pipe larger than the zip's buffer.
  @Test func hugeTextsCrossThePieces() throws {
    let huge = String(repeating: "ab&<_x0041_ ", count: 100_000)
    let workbook = Workbook(sheets: [
      Workbook.Sheet(
        name: "groot", header: ["tekst", "n"],
        rows: [
          [.text(huge), .number(1)], [.text("klein"), .number(2)], [.text(huge + "!"), .empty],
        ])
    ])
    let bytes = try workbook.xlsx()
    let values = try #require(try WorkbookReader().read(bytes).first?.cells.map(\.value))
    #expect(
      values == [
        .text("tekst"), .text("n"), .text(huge), .number(1), .text("klein"), .number(2),
        .text(huge + "!"),
      ])
  }

  /// A sheet whose rows change between measuring and writing is refused (its part would not
  /// have the size given to the zip), and the thread that makes the parts stops.
  @Test func rowsThatChangeAreRefused() {
    let calls = Mutex(0)
    let rowCount = 4_000
    let sheet = Workbook.Sheet(name: "wisselend", header: ["n"], rowCount: rowCount) { _ in
      // The first 1,000 calls size the columns, the next `rowCount` measure, then it writes.
      let call = calls.withLock { count in
        count += 1
        return count
      }
      return [.number(call > 1_000 + rowCount ? 123_456 : 1)]
    }
    let error = #expect(throws: WorkbookError.self) { try Workbook(sheets: [sheet]).xlsx() }
    #expect(error?.description.contains("lengte") == true)
  }
}
