/// A shared-string table: every distinct text once, in the order first used.
///
/// The workbook's table is made from the tables of the pieces of its sheets (``merge(_:)``), in
/// row order, so it is the table one pass over every row would make.
struct SharedStrings: Sendable {
  private var indices: [String: Int32] = [:]
  private(set) var texts: [String] = []

  /// The index of a text, added when new.
  mutating func index(of text: String) -> Int32 {
    if let index = indices[text] { return index }
    let index = Int32(truncatingIfNeeded: texts.count)
    indices[text] = index
    texts.append(text)
    return index
  }

  /// Whether one more text fits (indices are 32-bit; far beyond what a sheet holds).
  var hasRoom: Bool { texts.count < Int(Int32.max) }

  /// Adds the texts of a later piece's table, in their order; for each of its indices, the
  /// index in this table.
  mutating func merge(_ piece: consuming SharedStrings) -> [Int32] {
    if texts.isEmpty {
      // The first piece: its table is this one.
      self = piece
      return Array(0..<Int32(truncatingIfNeeded: piece.texts.count))
    }
    indices.reserveCapacity(texts.count + piece.texts.count)
    return piece.texts.map { index(of: $0) }
  }
}
