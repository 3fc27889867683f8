/// Why a workbook could not be read or written: what is wrong, and where (a part of the zip, a
/// sheet, a cell).
public struct WorkbookError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What is wrong, in Dutch.
  public var reason: String
  /// The sheet (by its name) or the zip part (`xl/workbook.xml`) where it is wrong, if known.
  public var place: String?
  /// The row (from 1) of the cell, if known.
  public var row: Int?
  /// The column (from 1) of the cell, if known.
  public var column: Int?

  /// Creates an error.
  public init(_ reason: String, at place: String? = nil, row: Int? = nil, column: Int? = nil) {
    self.reason = reason
    self.place = place
    self.row = row
    self.column = column
  }

  /// The cell as Excel names it (`C7`), when row and column are known.
  public var cellReference: String? {
    guard let row, let column else { return nil }
    return Workbook.columnName(column - 1) + String(row)
  }

  /// `bevindingen!C7: reason`, `xl/workbook.xml: reason`, or the reason alone.
  public var description: String {
    guard let place else { return reason }
    if let cell = cellReference { return "\(place)!\(cell): \(reason)" }
    if let row { return "\(place), rij \(row): \(reason)" }
    return "\(place): \(reason)"
  }
}
