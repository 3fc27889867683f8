package import DriehoekModel

extension Double {
  /// The number as a person writes it in the language: thousands grouped (`1.500.000` in Dutch,
  /// `1,500,000` in English), without a fraction when whole, else with up to two decimals.
  ///
  /// The digits are written from the right into a small buffer on the stack and made into a
  /// string once; a number of up to 15 characters allocates nothing.
  package func text(in language: Language) -> String {
    guard isFinite else { return "∞" }
    guard abs(self) < 1e15 else { return String(self) }
    let hundredths = Int((abs(self) * 100).rounded())
    let separator = UInt8(ascii: language == .nl ? "." : ",")
    let decimalMark = UInt8(ascii: language == .nl ? "," : ".")
    let isNegative = self < 0 && hundredths != 0
    // 1e15 has 16 digits: with 5 separators, a mark, 2 decimals and a sign, 25 bytes suffice.
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
      var start = buffer.count
      func put(_ byte: UInt8) {
        start -= 1
        buffer[start] = byte
      }
      func digit(_ value: Int) -> UInt8 { UInt8(ascii: "0") + UInt8(value) }
      let fraction = hundredths % 100
      if fraction != 0 {
        if fraction % 10 == 0 {
          put(digit(fraction / 10))
        } else {
          put(digit(fraction % 10))
          put(digit(fraction / 10))
        }
        put(decimalMark)
      }
      var whole = hundredths / 100
      var written = 0
      repeat {
        if written > 0, written % 3 == 0 { put(separator) }
        put(digit(whole % 10))
        whole /= 10
        written += 1
      } while whole > 0
      if isNegative { put(UInt8(ascii: "-")) }
      return String(decoding: UnsafeBufferPointer(rebasing: buffer[start...]), as: UTF8.self)
    }
  }
}
