import DriehoekModel
import Testing

@_spi(Fuzzing) @testable import DriehoekLoading

/// The loader skips the nesting scan when the fast parser has read a text that nests at most
/// ``NestingScan/largestDepthNotScanned(limit:)`` deep: that holds because, on every shape of
/// the fast parser's subset, the scan counts at most twice the depth plus one.
@Suite struct ScanBoundTests {
  /// Texts in the fast parser's subset that nest `depth` lists and mappings in different ways.
  static func shapes(depth: Int) -> [String] {
    var shapes: [String] = []
    // Lists in lists on one line, and over lines.
    shapes.append(String(repeating: "- ", count: depth) + "x\n")
    shapes.append(
      (0..<depth).map { String(repeating: "  ", count: $0) + "-" }.joined(separator: "\n")
        + " x\n")
    // Mappings in mappings.
    shapes.append(
      (0..<depth).map { String(repeating: "  ", count: $0) + "a:" }.joined(separator: "\n")
        + " x\n")
    // A list of mappings, each key's list at the key's own indentation.
    var lines = ["k:"]
    for level in 0..<(depth / 2) {
      lines.append(String(repeating: "  ", count: level) + "- k:")
    }
    lines.append(String(repeating: "  ", count: depth / 2) + "- x")
    shapes.append(lines.joined(separator: "\n") + "\n")
    // Flow lists and mappings, inside a block mapping.
    shapes.append(
      "a: " + String(repeating: "[", count: max(depth - 1, 0)) + "x"
        + String(repeating: "]", count: max(depth - 1, 0)) + "\n")
    shapes.append(
      "a: " + String(repeating: "{b: ", count: max(depth - 1, 0)) + "x"
        + String(repeating: "}", count: max(depth - 1, 0)) + "\n")
    // Entries with a scalar after the dash beside entries that hold mappings with lists.
    lines = ["a:"]
    for level in 0..<(depth / 2) {
      let indent = String(repeating: " ", count: 2 + 4 * level)
      lines += [indent + "- x", indent + "- b:"]
    }
    lines.append(String(repeating: " ", count: 2 + 4 * (depth / 2)) + "- x")
    shapes.append(lines.joined(separator: "\n") + "\n")
    return shapes
  }

  @Test(arguments: Array(1...40))
  func theScanCountsAtMostTwiceWhatTheFastParserMeasures(depth: Int) throws {
    for text in Self.shapes(depth: depth) {
      let parsed = try #require(
        FastYAMLParser.parseMeasuring(text, valueLimit: 1_000_000), "\(text)")
      #expect(parsed.deepest >= 1)
      // At most twice the depth plus one: within that limit the scan finds nothing …
      #expect(NestingScan.firstExcess(in: text, limit: 2 * parsed.deepest + 1) == nil, "\(text)")
      // … and it does count: below the measured depth it finds the excess.
      #expect(
        NestingScan.firstExcess(in: text, limit: parsed.deepest - 1) != nil, "\(text)")
      // So a limit with the depth at most `largestDepthNotScanned` passes the scan.
      let limit = 2 * parsed.deepest + 1
      #expect(parsed.deepest <= NestingScan.largestDepthNotScanned(limit: limit))
    }
  }

  @Test func theLoaderStillRefusesWhatTheScanRefuses() {
    // Deeper than half the limit: the scan runs, and decides.
    let text =
      "naam: x\nbeschrijving: " + String(repeating: "[", count: 30)
      + String(repeating: "]", count: 30) + "\n"
    for limit in [20, 31, 35, 60, 62, 70] {
      let scanned = NestingScan.firstExcess(in: text, limit: limit) != nil
      let result = ModelLoader(limits: LoadLimits(maximumNestingDepth: limit)).load(text: text)
      #expect(result.diagnostics.map(\.code).contains("te-diep-genest") == scanned, "\(limit)")
    }
  }
}
