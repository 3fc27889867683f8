package import DriehoekModel

extension Double {
  /// The number as a person writes it in the language: thousands grouped (`1.500.000` in Dutch,
  /// `1,500,000` in English), without a fraction when whole, else with up to two decimals.
  package func text(in language: Language) -> String {
    guard isFinite else { return "∞" }
    guard abs(self) < 1e15 else { return String(self) }
    let hundredths = Int((abs(self) * 100).rounded())
    let whole = String(hundredths / 100)
    let fraction = hundredths % 100
    // The digits are ASCII: count them once (`String.count` walks the string every time).
    let digits = whole.utf8.count
    let separator = language.pick(".", ",")
    var grouped = ""
    grouped.reserveCapacity(digits + digits / 3 + 4)
    for (offset, byte) in whole.utf8.enumerated() {
      if offset > 0, (digits - offset) % 3 == 0 { grouped += separator }
      grouped.unicodeScalars.append(Unicode.Scalar(byte))
    }
    if fraction != 0 {
      let decimals =
        fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0" : "") + String(fraction)
      grouped += language.pick(",", ".") + decimals
    }
    return (self < 0 && hundredths != 0 ? "-" : "") + grouped
  }
}
