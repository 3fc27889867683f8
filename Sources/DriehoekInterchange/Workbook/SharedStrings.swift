internal import Foundation

/// A shared-string table: every distinct text once, in the order first used.
///
/// Texts are told apart by their UTF-8 bytes, not by Swift's `==`: two texts that are
/// canonically equivalent (`é` as one scalar, or as `e` and a combining accent) are two
/// entries, so every cell reads back with its own bytes, as the JSON report has them.
///
/// The workbook's table is made from the tables of the pieces of its sheets (``merge(_:)``), in
/// row order, so it is the table one pass over every row would make.
struct SharedStrings: Sendable {
  private var indices: [Key: Int32] = [:]
  private(set) var texts: [String] = []

  /// The index of a text, added when new.
  mutating func index(of text: String) -> Int32 {
    let key = Key(text: text)
    if let index = indices[key] { return index }
    let index = Int32(truncatingIfNeeded: texts.count)
    indices[key] = index
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
      return Array(0..<Int32(truncatingIfNeeded: texts.count))
    }
    indices.reserveCapacity(texts.count + piece.texts.count)
    return piece.texts.map { index(of: $0) }
  }

  /// A text hashed and compared by its UTF-8 bytes.
  private struct Key: Hashable, Sendable {
    var text: String

    static func == (left: Key, right: Key) -> Bool {
      var (left, right) = (left.text, right.text)
      return left.withUTF8 { first in
        right.withUTF8 { second in
          guard first.count == second.count else { return false }
          guard let one = first.baseAddress, let other = second.baseAddress else { return true }
          return memcmp(one, other, first.count) == 0
        }
      }
    }

    func hash(into hasher: inout Hasher) {
      var text = text
      text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
  }
}
