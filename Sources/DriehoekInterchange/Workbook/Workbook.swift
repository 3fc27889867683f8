public import DriehoekModel

/// A spreadsheet workbook: named sheets, each a header row and rows of typed cells.
///
/// ``xlsx()`` writes it as an Office Open XML workbook (SpreadsheetML in a zip, ECMA-376) that
/// Excel, LibreOffice and openpyxl open: every header is bold, frozen and has a filter; text is
/// a shared string (never a formula, whatever its first character), numbers are numbers, dates
/// are dates with the format `yyyy-mm-dd`. The same workbook always gives the same bytes (the
/// zip entries carry a fixed time). ``WorkbookReader`` reads such a file back.
public struct Workbook: Sendable {
  /// One cell.
  public enum Cell: Hashable, Sendable {
    /// No value.
    case empty
    /// Text: written as a string cell, so `=1+1` stays the four characters.
    case text(String)
    /// A number.
    case number(Double)
    /// A date, shown as `yyyy-mm-dd`; a date outside Excel's calendar (before 1 March 1900 or
    /// after 9999) is written as its ISO text.
    case date(Day)
  }

  /// One sheet: a header row and the rows under it.
  ///
  /// The rows are produced on demand (``row``), so a sheet of a hundred thousand findings is
  /// written as a stream and never held as cells.
  public struct Sheet: Sendable {
    /// The sheet's name (at most 31 characters, none of `[]:*?/\\`).
    public var name: String
    /// The header row.
    public var header: [String]
    /// The number of rows under the header.
    public var rowCount: Int
    /// The cells of row `index` (`0..<rowCount`) under the header.
    public var row: @Sendable (Int) -> [Cell]

    /// Creates a sheet whose rows are produced by `row`, once or twice each, in order.
    public init(
      name: String, header: [String], rowCount: Int, row: @escaping @Sendable (Int) -> [Cell]
    ) {
      self.name = name
      self.header = header
      self.rowCount = rowCount
      self.row = row
    }

    /// Creates a sheet of the given rows.
    public init(name: String, header: [String], rows: [[Cell]]) {
      self.init(name: name, header: header, rowCount: rows.count) { rows[$0] }
    }

    /// Every row.
    public var rows: [[Cell]] { (0..<rowCount).map(row) }
  }

  /// The sheets, in order.
  public var sheets: [Sheet]

  /// Creates a workbook.
  public init(sheets: [Sheet]) {
    self.sheets = sheets
  }
}
