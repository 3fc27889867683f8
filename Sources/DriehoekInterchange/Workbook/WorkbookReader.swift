public import DriehoekModel
internal import Foundation
internal import ZIPFoundation

/// Reads the sheets of an `.xlsx` workbook (ECMA-376 SpreadsheetML in a zip), as
/// ``Workbook/xlsx()`` writes them and as Excel or LibreOffice save them.
///
/// Hostile files are refused with a ``WorkbookError`` that names the part, sheet or cell, never
/// a crash: the uncompressed size of all parts together is bounded (a zip bomb stops at the
/// bound, not after inflating), as are the number of zip entries and of cells; a DOCTYPE is
/// refused (no entity expansion); a missing part, a shared string that does not exist or a
/// number that is none is reported where it is. Formulas are never evaluated: a cell with a
/// formula gives its cached value.
public struct WorkbookReader: Sendable {
  /// One value read from a cell.
  public enum Value: Hashable, Sendable {
    /// A text (a shared or inline string, or the text result of a formula).
    case text(String)
    /// A number without a date format.
    case number(Double)
    /// A number with a date format, as a day.
    case date(Day)
    /// `TRUE` or `FALSE`.
    case boolean(Bool)
  }

  /// One non-empty cell.
  public struct Cell: Hashable, Sendable {
    /// The row, from 1.
    public var row: Int
    /// The column, from 1 (`A` is 1).
    public var column: Int
    /// The value.
    public var value: Value
  }

  /// One sheet: its name and its non-empty cells, row by row.
  public struct Sheet: Hashable, Sendable {
    /// The name on the sheet's tab.
    public var name: String
    /// The cells in document order (row by row, left to right).
    public var cells: [Cell]
  }

  /// The most bytes all parts may hold together once inflated.
  public var maximumUncompressedBytes: Int
  /// The most entries the zip may have.
  public var maximumEntries: Int
  /// The most non-empty cells all sheets may have together.
  public var maximumCells: Int

  /// Creates a reader with bounds: by default 256 MiB inflated, 10,000 entries, 2 million
  /// cells (the 10,000-executor stress model of BENCHMARKS.md has 1.6 million).
  public init(
    maximumUncompressedBytes: Int = 256 << 20, maximumEntries: Int = 10_000,
    maximumCells: Int = 2_000_000
  ) {
    self.maximumUncompressedBytes = maximumUncompressedBytes
    self.maximumEntries = maximumEntries
    self.maximumCells = maximumCells
  }

  /// Whether bytes begin like a zip file (`PK\u{3}\u{4}`), as every `.xlsx` does.
  public static func looksLikeZip(_ bytes: some Collection<UInt8>) -> Bool {
    bytes.starts(with: [0x50, 0x4B, 0x03, 0x04])
  }

  /// The sheets of a workbook, in tab order.
  ///
  /// - Throws: ``WorkbookError`` for a file that is no zip, lacks a part, holds malformed XML,
  ///   or passes a bound.
  public func read(_ bytes: [UInt8]) throws(WorkbookError) -> [Sheet] {
    var session = try WorkbookReadSession(bytes: bytes, reader: self)
    return try session.sheets()
  }
}
