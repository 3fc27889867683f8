import DriehoekModel
import Testing

@testable import DriehoekInterchange

/// The CSV table spells no key of its own: every column is a key of the model file from the one
/// key table (``ModelKeys``), except the five the flat table needs to say what YAML says by
/// nesting.
@Suite struct CSVColumnTests {
  static let tableOnly: Set<String> = ["element", "binnen", "geldig_van", "geldig_tot", "ids"]

  static let modelKeys = Set(DiagnosticContext.allCases.flatMap { ModelKeys.keys(for: $0) })

  @Test func everyColumnIsAKeyOfTheModelFileOrOneOfTheTablesOwn() {
    #expect(CSVTable.allColumns.count == 28)
    for column in CSVTable.allColumns where !Self.tableOnly.contains(column) {
      #expect(Self.modelKeys.contains(column), "'\(column)' is no key of the model file")
    }
    #expect(Self.tableOnly.isSubset(of: CSVTable.allColumns))
    #expect(Self.tableOnly.isDisjoint(with: Self.modelKeys))
  }

  @Test func theListAndPeriodColumnsStandForKeysOfTheModelFile() {
    let lists = CSVColumn.idListKeys.map(\.stringValue)
    let periods = CSVColumn.periodKeys.map(\.stringValue)
    #expect(lists == ["functies", "partijen", "leden", "betreft"])
    #expect(periods == ["geldig", "periode"])
    #expect(Set(lists + periods).isSubset(of: Self.modelKeys))
  }

  @Test func theWorkbookSheetsUseTheTablesColumns() {
    for kind in ModelWorkbook.kinds {
      #expect(!kind.columns.isEmpty)
      for column in kind.columns {
        #expect(CSVTable.allColumns.contains(column), "\(kind.sheet): '\(column)'")
      }
    }
  }
}
