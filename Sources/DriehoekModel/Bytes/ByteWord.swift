/// Eight bytes of UTF-8 text tested together, in one 64-bit word ("SIMD within a register").
///
/// The scanners that every large input or output passes through (the fast YAML parser, the
/// JSON writer, the terminal sanitiser) skip over eight plain bytes at a time and look byte by
/// byte only at a word that holds something of interest. The tests here answer "is there such
/// a byte in the word" exactly; they do not say where (a borrow may mark a byte above the first
/// match as well), so callers that need the place look at the word's bytes one by one.
///
/// Byte 0 is the first byte in the text: a word is loaded little-endian.
///
/// Public only as SPI (`@_spi(ByteScanning) import DriehoekModel`): the other driehoek modules
/// need its bodies inlined, and Swift 6.3 does not inline `@inlinable package` code across
/// modules (measured: every test stayed a call, +7 % instructions in `check --format json`).
@_spi(ByteScanning) public struct ByteWord: Sendable, Equatable {
  /// The eight bytes, the first in the lowest bits.
  public var bits: UInt64

  /// The value 1 in every byte.
  @inlinable static var ones: UInt64 { 0x0101_0101_0101_0101 }
  /// The top bit of every byte.
  @inlinable static var highs: UInt64 { 0x8080_8080_8080_8080 }
  /// The seven low bits of every byte.
  @inlinable static var lows: UInt64 { 0x7F7F_7F7F_7F7F_7F7F }

  @inlinable @inline(__always) public init(bits: UInt64) {
    self.bits = bits
  }

  /// The eight bytes at `offset`, which need not be aligned.
  @inlinable @inline(__always) public init(loadingFrom base: UnsafeRawPointer, at offset: Int) {
    bits = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
  }

  /// Whether every byte is ASCII (below 0x80).
  @inlinable @inline(__always) public var isASCII: Bool {
    bits & Self.highs == 0
  }

  /// Whether some byte is below `limit`, which is at most 0x80.
  @inlinable @inline(__always) public func hasByte(below limit: UInt8) -> Bool {
    (bits &- Self.ones &* UInt64(limit)) & ~bits & Self.highs != 0
  }

  /// Whether some byte equals `byte`.
  @inlinable @inline(__always) public func hasByte(_ byte: UInt8) -> Bool {
    ByteWord(bits: bits ^ (Self.ones &* UInt64(byte))).hasByte(below: 1)
  }

  /// How many bytes equal `byte` (exact: the test of each byte cannot carry into another).
  @inlinable @inline(__always) public func count(of byte: UInt8) -> Int {
    let word = bits ^ (Self.ones &* UInt64(byte))
    // A byte of `word` is zero exactly where `byte` is; its top bit in `zeros` is set exactly
    // for those bytes.
    let zeros = ~(((word & Self.lows) &+ Self.lows) | word) & ~Self.lows
    return zeros.nonzeroBitCount
  }

  /// How many bytes begin a character: every byte but a continuation byte (10xxxxxx: its top
  /// bit set, the next one clear).
  @inlinable @inline(__always) public var characterStarts: Int {
    8 - (bits & ~(bits << 1) & Self.highs).nonzeroBitCount
  }
}
