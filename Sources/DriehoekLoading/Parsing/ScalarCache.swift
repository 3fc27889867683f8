/// The texts of recently read short ASCII scalars, so that a scalar that a model repeats
/// throughout (a key, an id, a date, a kind) is decoded once rather than at every occurrence.
///
/// A direct-mapped table: each slot holds the bytes of one scalar of at most 15 bytes (packed
/// into two words and its length, so that a comparison is three word compares) and its text;
/// a new scalar replaces whatever its slot held. A text of at most 15 ASCII bytes is stored
/// inline in a `String`, so handing out a copy costs no reference counting.
struct ScalarCache {
  /// Per slot: the scalar's bytes as two little-endian words, and its length (0: empty).
  private var keys: [UInt64]
  private var texts: [String]

  private static let slotCount = 1024
  private static let longest = 15

  init() {
    keys = [UInt64](repeating: 0, count: 3 * Self.slotCount)
    texts = [String](repeating: "", count: Self.slotCount)
  }

  /// The text of `bytes[start..<end]` (valid UTF-8), from the table when it holds those bytes.
  mutating func text(of bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> String {
    let length = end - start
    guard length > 0, length <= Self.longest else { return Self.decode(bytes, start, end) }
    var low: UInt64 = 0
    var high: UInt64 = 0
    if start + 16 <= bytes.count {
      let raw = UnsafeRawBufferPointer(bytes)
      low = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: start, as: UInt64.self))
      high = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: start + 8, as: UInt64.self))
      if length < 8 {
        low &= (1 << UInt64(8 * length)) - 1
        high = 0
      } else if length < 16 {
        high &= (1 << UInt64(8 * (length - 8))) - 1
      }
    } else {
      for offset in 0..<length {
        let byte = UInt64(bytes[start + offset])
        if offset < 8 {
          low |= byte << UInt64(8 * offset)
        } else {
          high |= byte << UInt64(8 * (offset - 8))
        }
      }
    }
    // Only ASCII: another text equal to these bytes is these bytes.
    guard (low | high) & 0x8080_8080_8080_8080 == 0 else { return Self.decode(bytes, start, end) }
    let mixed = (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(length)
    let slot = Int(truncatingIfNeeded: mixed >> 32) & (Self.slotCount - 1)
    if keys[3 * slot] == low, keys[3 * slot + 1] == high, keys[3 * slot + 2] == UInt64(length) {
      return texts[slot]
    }
    let text = Self.decode(bytes, start, end)
    keys[3 * slot] = low
    keys[3 * slot + 1] = high
    keys[3 * slot + 2] = UInt64(length)
    texts[slot] = text
    return text
  }

  private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
    -> String
  {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
  }
}
