import Testing

@_spi(ByteScanning) @testable import DriehoekModel

/// `ByteWord` against the byte-by-byte definition of each test, on words made to be awkward:
/// every byte value in every position, borrows across bytes (a match below a byte just above
/// the limit), and many pseudo-random words.
@Suite struct ByteWordTests {
  /// Bytes near every limit and byte the scanners test (0x0A, 0x20, 0x22, 0x2A, 0x5C, 0x7F,
  /// 0x80, 0xC2), and the extremes.
  static let awkward: [UInt8] = [
    0x00, 0x01, 0x09, 0x0A, 0x0B, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x2A, 0x5C, 0x7E, 0x7F, 0x80,
    0x81, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xE2, 0xEF, 0xFE, 0xFF,
  ]

  static func bytes(of word: UInt64) -> [UInt8] {
    (0..<8).map { UInt8(truncatingIfNeeded: word >> (8 * UInt64($0))) }
  }

  static func check(_ bits: UInt64) {
    let word = ByteWord(bits: bits)
    let bytes = Self.bytes(of: bits)
    #expect(word.isASCII == bytes.allSatisfy { $0 < 0x80 }, "\(bytes)")
    for limit: UInt8 in [1, 0x0A, 0x20, 0x21, 0x7F, 0x80] {
      #expect(word.hasByte(below: limit) == bytes.contains { $0 < limit }, "\(bytes) < \(limit)")
    }
    for byte: UInt8 in [0x00, 0x0A, 0x22, 0x2A, 0x5C, 0x7F, 0xC2, 0xFF] {
      #expect(word.hasByte(byte) == bytes.contains(byte), "\(bytes) ∋ \(byte)")
      #expect(word.count(of: byte) == bytes.count { $0 == byte }, "\(bytes) # \(byte)")
    }
    #expect(word.characterStarts == bytes.count { $0 & 0xC0 != 0x80 }, "\(bytes)")
  }

  @Test func everyAwkwardByteInEveryPositionOfAPlainWord() {
    let plain = Array("abcdefgh".utf8)
    var checked = 0
    for position in 0..<8 {
      for byte in Self.awkward {
        for neighbour in Self.awkward {
          var bytes = plain
          bytes[position] = byte
          bytes[(position + 1) % 8] = neighbour
          let bits = bytes.enumerated().reduce(UInt64(0)) {
            $0 | UInt64($1.element) << (8 * UInt64($1.offset))
          }
          Self.check(bits)
          checked += 1
        }
      }
    }
    #expect(checked == 8 * Self.awkward.count * Self.awkward.count)
  }

  @Test func pseudoRandomWords() {
    var generator = SplitMix(seed: 7)
    for _ in 0..<5_000 {
      Self.check(generator.next())
      // Words of awkward bytes only, where borrows between bytes happen most.
      let awkward = (0..<8).reduce(UInt64(0)) {
        $0 | UInt64(Self.awkward[Int(generator.next() % UInt64(Self.awkward.count))])
          << (8 * UInt64($1))
      }
      Self.check(awkward)
    }
  }

  @Test func loadsTheFirstByteIntoTheLowestBits() {
    let bytes: [UInt8] = [0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49]
    bytes.withUnsafeBytes { raw in
      guard let base = raw.baseAddress else {
        Issue.record("no bytes")
        return
      }
      #expect(ByteWord(loadingFrom: base, at: 1).bits == 0x4948_4746_4544_4342)
    }
  }
}

/// A small deterministic generator (SplitMix64), so the test sees the same words every run.
private struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
