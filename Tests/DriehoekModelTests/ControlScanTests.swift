import DriehoekModel
import Testing

/// The control scan that decides whether text needs the terminal sanitiser looks at eight bytes
/// at a time; it must find every control byte wherever it falls in a word.
@Suite struct ControlScanTests {
  /// The scan a byte at a time, as the sanitiser defines it: C0 except LF and tab, DEL, and C1
  /// (`C2 80`–`C2 9F`).
  private func reference(_ bytes: [UInt8]) -> Bool {
    var previous: UInt8 = 0
    for byte in bytes {
      switch byte {
      case 0x0A, 0x09: break
      case 0...0x1F, 0x7F: return true
      case 0x80...0x9F where previous == 0xC2: return true
      default: break
      }
      previous = byte
    }
    return false
  }

  private func scan(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { TerminalText.containsControl($0) }
  }

  @Test func everyControlByteIsFoundAtEveryOffset() {
    let plain = Array("Opdracht van DG Werk (min-dg0) aan uo1 é ©\n\t".utf8)
    let controls: [[UInt8]] =
      [0x00, 0x08, 0x0B, 0x0D, 0x1B, 0x1F, 0x7F].map { [$0] }
      + [[0xC2, 0x80], [0xC2, 0x85], [0xC2, 0x9B], [0xC2, 0x9F]]
    var checked = 0
    for length in 0..<40 {
      let base = (0..<length).map { plain[$0 % plain.count] }
      #expect(scan(base) == reference(base))
      #expect(!scan(base))
      for offset in 0...length {
        for control in controls {
          var bytes = base
          bytes.insert(contentsOf: control, at: offset)
          #expect(scan(bytes), "\(control) at \(offset) of \(length)")
          #expect(reference(bytes))
          checked += 1
        }
      }
    }
    #expect(checked > 5000)
  }

  @Test func textThatOnlyLooksLikeAControlIsNot() {
    // `C2` before a byte that is no C1 control (`©` is C2 A9), `C2` at a word's end, and bytes
    // just above the controls, in every alignment.
    for padding in 0..<16 {
      let prefix = [UInt8](repeating: UInt8(ascii: "a"), count: padding)
      for tail: [UInt8] in [[0xC2, 0xA9], [0xC2], [0x20, 0x7E, 0x80, 0xC3, 0xA9], [0x0A, 0x09]] {
        let bytes = prefix + tail + prefix
        #expect(scan(bytes) == reference(bytes))
        #expect(!scan(bytes), "\(bytes)")
      }
    }
  }

  @Test func theScanAgreesWithTheReferenceOnRandomBytes() {
    var generator = SystemRandomNumberGenerator()
    var found = 0
    for _ in 0..<2000 {
      let length = Int.random(in: 0..<64, using: &generator)
      // Mostly printable, now and then a byte of the ranges that matter.
      let bytes = (0..<length).map { _ -> UInt8 in
        Int.random(in: 0..<40, using: &generator) == 0
          ? [0x01, 0x7F, 0xC2, 0x85, 0x0A, 0xA9].randomElement(using: &generator) ?? 0x20
          : UInt8.random(in: 0x20...0x7E, using: &generator)
      }
      #expect(scan(bytes) == reference(bytes), "\(bytes)")
      if reference(bytes) { found += 1 }
    }
    #expect(found > 100)
  }
}
