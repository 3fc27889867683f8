import DriehoekModel
import Foundation
import Testing

@testable import DriehoekAnalysis

/// `Double.text(in:)` writes its digits into a buffer on the stack; this is the plain version it
/// replaced, kept as the reference.
private func referenceText(_ value: Double, in language: Language) -> String {
  guard value.isFinite else { return "∞" }
  guard abs(value) < 1e15 else { return String(value) }
  let hundredths = Int((abs(value) * 100).rounded())
  let whole = String(hundredths / 100)
  let fraction = hundredths % 100
  let digits = whole.utf8.count
  let separator = language.pick(".", ",")
  var grouped = ""
  for (offset, byte) in whole.utf8.enumerated() {
    if offset > 0, (digits - offset) % 3 == 0 { grouped += separator }
    grouped.unicodeScalars.append(Unicode.Scalar(byte))
  }
  if fraction != 0 {
    let decimals =
      fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0" : "") + String(fraction)
    grouped += language.pick(",", ".") + decimals
  }
  return (value < 0 && hundredths != 0 ? "-" : "") + grouped
}

@Suite struct NumberTextTests {
  @Test func groupsThousandsAndWritesUpToTwoDecimals() {
    #expect(1_500_000.0.text(in: .nl) == "1.500.000")
    #expect(1_500_000.0.text(in: .en) == "1,500,000")
    #expect(1234.5.text(in: .nl) == "1.234,5")
    #expect(0.05.text(in: .en) == "0.05")
    #expect((-0.001).text(in: .nl) == "0")
    #expect((-12.25).text(in: .nl) == "-12,25")
    #expect(Double.infinity.text(in: .nl) == "∞")
    #expect(Double.nan.text(in: .en) == "∞")
  }

  @Test func agreesWithTheReference() {
    var generator = SystemRandomNumberGenerator()
    var values: [Double] = [0, -0.0, 999, 1000, 999_999.995, 1e15, -1e15, 9.99e14, 0.005, 0.004]
    for _ in 0..<5000 {
      let magnitude = Double.random(in: -3...15, using: &generator)
      let sign: Double = Bool.random(using: &generator) ? 1 : -1
      values.append(sign * pow(10, magnitude))
      values.append(Double(Int.random(in: -100_000...100_000, using: &generator)) / 100)
    }
    for value in values {
      for language in Language.allCases {
        #expect(value.text(in: language) == referenceText(value, in: language), "\(value)")
      }
    }
  }
}
