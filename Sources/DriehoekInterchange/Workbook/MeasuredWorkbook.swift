/// What the measuring pass found of a workbook: its shared strings in the order first used,
/// the number of string cells, and per sheet the size of its part and its cells' indices.
struct MeasuredWorkbook: Sendable {
  /// One measured sheet.
  struct Sheet: Sendable {
    var stream: WorksheetStream
    /// The bytes of the sheet's part.
    var size: Int
    /// The shared-string index of every string cell of the sheet, in order.
    var indices: [Int32]
  }

  var texts: [String]
  /// The bytes of the entries of the shared strings' part.
  var entryBytes: Int
  var uses: Int
  var sheets: [Sheet]
}
