internal import Foundation

/// A shared-string table: every distinct text once, in the order first used, with the bytes of
/// the table's part (``entryBytes``).
///
/// Texts are told apart by their UTF-8 bytes, not by Swift's `==`: two texts that are
/// canonically equivalent (`é` as one scalar, or as `e` and a combining accent) are two
/// entries, so every cell reads back with its own bytes, as the JSON report has them.
///
/// The workbook's table is made from the tables of the pieces of its sheets (``merge(_:)``), in
/// row order, so it is the table one pass over every row would make.
struct SharedStrings: Sendable {
  private var indices: [Key: Int32] = [:]
  private var keys: [Key] = []
  /// The bytes of each entry of the part (`<si>…</si>`), as ``SharedStringsStream`` writes it.
  private var sizes: [Int] = []
  /// The bytes of every entry of the part.
  private(set) var entryBytes = 0

  /// The texts, in the order first used.
  var texts: [String] { keys.map(\.text) }

  /// The number of texts.
  var count: Int { keys.count }

  /// The index of a text, added when new.
  mutating func index(of text: String) -> Int32 {
    index(of: Key(text), size: nil)
  }

  /// The index of a key, added when new (with its entry's bytes, counted when not given).
  private mutating func index(of key: Key, size: Int?) -> Int32 {
    if let index = indices[key] { return index }
    let index = Int32(truncatingIfNeeded: keys.count)
    indices[key] = index
    keys.append(key)
    let size = size ?? SharedStringsStream.entrySize(key.text)
    sizes.append(size)
    entryBytes += size
    return index
  }

  /// Whether one more text fits (indices are 32-bit; far beyond what a sheet holds).
  var hasRoom: Bool { keys.count < Int(Int32.max) }

  /// Adds the texts of a later piece's table, in their order; for each of its indices, the
  /// index in this table.
  mutating func merge(_ piece: consuming SharedStrings) -> [Int32] {
    if keys.isEmpty {
      // The first piece: its table is this one.
      self = piece
      return Array(0..<Int32(truncatingIfNeeded: keys.count))
    }
    indices.reserveCapacity(keys.count + piece.keys.count)
    return piece.keys.indices.map { index(of: piece.keys[$0], size: piece.sizes[$0]) }
  }

  /// A text hashed and compared by its UTF-8 bytes; the hash is computed once (with the
  /// process's seed, as every `Hasher`), so growing a table or merging one into another does
  /// not hash the bytes again.
  private struct Key: Hashable, Sendable {
    let text: String
    let hash: Int

    init(_ text: String) {
      var text = text
      var hasher = Hasher()
      text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
      self.text = text
      hash = hasher.finalize()
    }

    static func == (left: Key, right: Key) -> Bool {
      guard left.hash == right.hash else { return false }
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
      hasher.combine(hash)
    }
  }
}
