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
    var grouped = ""
    for (offset, character) in whole.enumerated() {
      if offset > 0, (whole.count - offset) % 3 == 0 { grouped += language.pick(".", ",") }
      grouped.append(character)
    }
    if fraction != 0 {
      let digits =
        fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0" : "") + String(fraction)
      grouped += language.pick(",", ".") + digits
    }
    return (self < 0 && hundredths != 0 ? "-" : "") + grouped
  }
}
