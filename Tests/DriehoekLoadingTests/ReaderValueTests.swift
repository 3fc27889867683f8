import DriehoekModel
import Testing

@testable import DriehoekLoading

/// The reader's byte-level value readers agree with the general ones they stand in for: dates
/// with ``Day/init(iso:)``, empty values, and numbers with their YAML spellings.
@Suite struct ReaderValueTests {
  static let dates = [
    "2026-01-01", "2024-02-29", "2023-02-29", "2026-13-01", "2026-00-10", "2026-04-31",
    "0000-01-01", "9999-12-31", "2026-1-01", "2026/01/01", "20260101xx", "2026-01-0a",
    "", "2026-01-011", "２０２６-01-01", "2026-01-01 ",
  ]

  @Test(arguments: dates) func dayAgreesWithTheISOInitialiser(text: String) {
    #expect(DocumentReader.day(Substring(text)) == Day(iso: text))
    // A slice of a longer text, as trimming gives it.
    let padded = " " + text + " "
    let slice = padded.dropFirst().dropLast()
    #expect(DocumentReader.day(slice) == Day(iso: text))
  }

  @Test func dayReadsAValidDate() {
    #expect(DocumentReader.day("2024-02-29") == Day(year: 2024, month: 2, day: 29))
    #expect(DocumentReader.day("2023-02-29") == nil)
  }

  @Test func emptyValues() {
    for text in ["", "~", "null", "Null", "NULL"] {
      #expect(DocumentReader.isNull(text), "\(text)")
    }
    for text in ["0", "~~", "nul", "nulL", "NULLS", "none", " null"] {
      #expect(!DocumentReader.isNull(text), "\(text)")
    }
  }

  @Test func numbers() {
    #expect(DocumentReader.number("12") == 12)
    #expect(DocumentReader.number("-1.5e3") == -1500)
    #expect(DocumentReader.number("+2") == 2)
    #expect(DocumentReader.number("1_000") == 1000)
    #expect(DocumentReader.number(".inf") == .infinity)
    #expect(DocumentReader.number("+.Inf") == .infinity)
    #expect(DocumentReader.number("-.INF") == -.infinity)
    #expect(DocumentReader.number(".NaN")?.isNaN == true)
    #expect(DocumentReader.number("-.nan") == nil)
    #expect(DocumentReader.number("12 uur") == nil)
    #expect(DocumentReader.number("１２") == nil)
    #expect(DocumentReader.number("") == nil)
    #expect(DocumentReader.number("_") == nil)
  }

  /// The shortcut for whole numbers gives what `Double(text)` gives, and steps aside for
  /// anything else.
  @Test func wholeNumbersAgreeWithDouble() {
    let whole = ["0", "7", "007", "250", "8000000", "123456789012345", "999999999999999"]
    for text in whole {
      #expect(DocumentReader.wholeNumber(text) == Double(text), "\(text)")
      #expect(DocumentReader.number(text) == Double(text), "\(text)")
    }
    for text in ["", "1234567890123456", "12a", "1.5", "-3", "+3", "1e3", "１２", " 1", "1_0"] {
      #expect(DocumentReader.wholeNumber(text) == nil, "\(text)")
    }
    #expect(DocumentReader.number("1234567890123456") == 1_234_567_890_123_456)
  }

  /// Each context's key table holds its keys in the order of their definition.
  @Test func keyTablesFollowTheDefinitions() {
    for context in DiagnosticContext.allCases {
      let table = DocumentReader.keyTable(for: context)
      let definition = ModelKeys.definition(for: context)
      #expect(table.definition == definition, "\(context)")
      #expect(!table.names.isEmpty)
      for (position, key) in definition.enumerated() {
        #expect(table.position(of: key.name) == position, "\(context) \(key.name)")
      }
      #expect(table.required == definition.indices.filter { definition[$0].isRequired })
      #expect(table.position(of: "onbekend") == nil)
      #expect(table.position(of: "Naam") == nil)
    }
  }

  @Test func keysCompareByText() {
    #expect(DocumentReader.same("naam", "naam"))
    #expect(!DocumentReader.same("naam", "id"))
    #expect(!DocumentReader.same("naam", "nAam"))
  }

  /// `same` compares lengths first, which is exact only for names whose every equal text has
  /// the same bytes: ASCII without the three characters another character is equivalent to.
  @Test func modelKeyNamesAreComparedByLength() {
    let names = DiagnosticContext.allCases.flatMap { ModelKeys.definition(for: $0).map(\.name) }
    #expect(!names.isEmpty)
    for name in names {
      #expect(name.utf8.allSatisfy { $0 < 0x80 }, "\(name)")
      #expect(!name.contains { $0 == "K" || $0 == ";" || $0 == "`" }, "\(name)")
    }
  }
}
