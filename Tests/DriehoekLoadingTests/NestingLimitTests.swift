import DriehoekModel
import Foundation
import Testing

@_spi(Fuzzing) @testable import DriehoekLoading

/// The nesting limit: deep files fail fast with a located `te-diep-genest`, through both
/// parsers and through aliases; and the scan behind it never counts less than the depth Yams
/// builds (on thousands of generated texts with anchors and aliases), nor flags the examples.
@Suite struct NestingLimitTests {
  /// The most lists and mappings nested in the tree Yams composes, aliases expanded.
  static func trueDepth(_ text: String) -> Int? {
    guard let root = ValueNode.composedByYams(text) else { return nil }
    var deepest = 0
    var pending: [(ValueNode, Int)] = [(root, 0)]
    var visited = 0
    while let (node, depth) = pending.popLast() {
      visited += 1
      if visited > 200_000 { return nil }
      switch node {
      case .mapping(let mapping):
        deepest = max(deepest, depth + 1)
        for pair in mapping.pairs { pending.append((pair.value, depth + 1)) }
      case .sequence(let list):
        deepest = max(deepest, depth + 1)
        for item in list.items { pending.append((item, depth + 1)) }
      case .scalar, .alias:
        break
      }
    }
    return deepest
  }

  @Test(arguments: [3, 17, 29] as [UInt64])
  func theScanNeverCountsLessThanYamsBuilds(_ seed: UInt64) {
    var generator = NestedTextGenerator(seed: seed)
    var checked = 0
    var withAliases = 0
    for _ in 0..<3000 {
      let text = generator.text()
      guard let depth = Self.trueDepth(text), depth > 1 else { continue }
      checked += 1
      if text.contains("*") { withAliases += 1 }
      let excess = NestingScan.firstExcess(in: text, limit: depth - 1)
      #expect(excess != nil, "scan counted less than \(depth) in:\n\(text)")
      if excess == nil { break }
    }
    #expect(checked > 1500)
    #expect(withAliases > 500)
  }

  @Test func theExactCheckAfterYamsCountsAliasesExpanded() {
    // The second line behind the scan: the same depth, counted on the tree Yams composed.
    var lines = ["naam: x", "keten:", "  - &a0 x"]
    for index in 1..<6 {
      lines.append("  - &a\(index) [[[[[[[[[[*a\(index - 1)]]]]]]]]]]")
    }
    let text = lines.joined(separator: "\n")
    #expect(Self.trueDepth(text) == 52)
    #expect(LoadSession.composedTree(of: text, isWithin: 52) == true)
    #expect(LoadSession.composedTree(of: text, isWithin: 51) == false)
  }

  @Test func theExamplesAreFarBelowTheLimit() throws {
    for path in ParserDifferentialTests.repositoryFiles {
      let text = try String(contentsOfFile: path, encoding: .utf8)
      guard let depth = Self.trueDepth(text) else { continue }
      #expect(NestingScan.firstExcess(in: text, limit: 2 * depth + 2) == nil, "\(path)")
      #expect(NestingScan.firstExcess(in: text, limit: LoadLimits().maximumNestingDepth) == nil)
    }
  }

  @Test(arguments: [
    ("naam: x\nb: " + String(repeating: "[", count: 100_000), 2),
    ("naam: x\nb:\n" + String(repeating: "- ", count: 100_000) + "x\n", 3),
    (
      "naam: x\nb: " + String(repeating: "{a: ", count: 50_000) + "1"
        + String(repeating: "}", count: 50_000), 2
    ),
  ])
  func deepTextFailsFastWithALocatedDiagnostic(_ text: String, _ line: Int) {
    for fast in [true, false] {
      var loader = ModelLoader()
      loader.allowsFastParser = fast
      let start = ContinuousClock.now
      let result = loader.load(text: text, file: "diep.yaml")
      #expect(ContinuousClock.now - start < .seconds(2))
      let diagnostic = result.diagnostics.first { $0.code == "te-diep-genest" }
      #expect(diagnostic?.location?.line == line)
      #expect(result.model == nil)
    }
  }

  @Test func aliasesThatNestEachOtherAreCountedExpanded() {
    var lines = ["naam: x", "keten:", "  - &a0 x"]
    for index in 1..<3000 {
      lines.append(
        "  - &a\(index) " + String(repeating: "[", count: 20) + "*a\(index - 1)"
          + String(repeating: "]", count: 20))
    }
    let result = ModelLoader().load(text: lines.joined(separator: "\n"), file: "alias.yaml")
    let diagnostic = result.diagnostics.first { $0.code == "te-diep-genest" }
    #expect(diagnostic?.location?.line == 8)
    #expect(diagnostic?.message(in: .nl).contains("alias '*a4'") == true)
  }

  @Test func theLimitCanBeRaisedAndLowered() {
    let text =
      "naam: x\nbeschrijving: " + String(repeating: "[", count: 30)
      + String(repeating: "]", count: 30) + "\n"
    let strict = ModelLoader(limits: LoadLimits(maximumNestingDepth: 20)).load(text: text)
    #expect(strict.diagnostics.map(\.code) == ["te-diep-genest"])
    let lenient = ModelLoader(limits: LoadLimits(maximumNestingDepth: 40)).load(text: text)
    #expect(lenient.diagnostics.map(\.code).contains("verkeerd-type"))
  }

  @Test func bracketsInTextAndQuotesDoNotNest() {
    let text = """
      naam: 'Directie [[[[[[[[[[ ICT'
      beschrijving: Een [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ tekst # [[[[[[[[[[[[
      organisaties:
        - id: x
          naam: "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[
            [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["
          soort: ministerie
          beschrijving: |
            [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[
                - - - - - - - - - - - - - - - - - - - - - - - - - - -

      """
    #expect(NestingScan.firstExcess(in: text, limit: 4) == nil)
  }
}

/// Random YAML with block and flow collections, anchors and aliases to earlier anchors.
struct NestedTextGenerator {
  private var state: UInt64
  private var anchors: [String] = []
  private var anchorCount = 0

  init(seed: UInt64) { state = seed }

  private mutating func below(_ bound: Int) -> Int {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int((state >> 33) % UInt64(bound))
  }

  mutating func text() -> String {
    anchors = []
    var lines: [String] = []
    for index in 0..<(1 + below(4)) { lines += entry(key: "k\(index)", indent: 0, budget: 8) }
    return lines.joined(separator: "\n") + "\n"
  }

  private mutating func newAnchor() -> String {
    anchorCount += 1
    return "a\(anchorCount)"
  }

  private mutating func alias() -> String? {
    anchors.isEmpty ? nil : "*" + anchors[below(anchors.count)]
  }

  /// `key: value` at an indentation, the value on the line or below it.
  private mutating func entry(key: String, indent: Int, budget: Int) -> [String] {
    let pad = String(repeating: " ", count: indent)
    let choice = budget <= 0 ? below(2) : below(7)
    switch choice {
    case 0: return [pad + key + ": x"]
    case 1: return [pad + key + ": " + (alias() ?? "y")]
    case 2: return [pad + key + ": " + flow(budget: budget - 1)]
    case 3, 4:
      let anchor = below(2) == 0 ? newAnchor() : nil
      var lines = [pad + key + ":" + (anchor.map { " &" + $0 } ?? "")]
      for index in 0..<(1 + below(3)) {
        lines += entry(key: "m\(index)", indent: indent + 2, budget: budget - 1)
      }
      if let anchor { anchors.append(anchor) }
      return lines
    default:
      let anchor = below(2) == 0 ? newAnchor() : nil
      var lines = [pad + key + ":" + (anchor.map { " &" + $0 } ?? "")]
      let itemIndent = below(2) == 0 ? indent : indent + 2
      for _ in 0..<(1 + below(3)) { lines += item(indent: itemIndent, budget: budget - 1) }
      if let anchor { anchors.append(anchor) }
      return lines
    }
  }

  /// `- value` at an indentation.
  private mutating func item(indent: Int, budget: Int) -> [String] {
    let pad = String(repeating: " ", count: indent)
    switch budget <= 0 ? 0 : below(5) {
    case 0: return [pad + "- " + (alias() ?? "z")]
    case 1: return [pad + "- " + flow(budget: budget - 1)]
    case 2:
      let nested = item(indent: indent + 2, budget: budget - 1)
      guard let first = nested.first else { return [] }
      return [pad + "- " + first.drop { $0 == " " }] + nested.dropFirst()
    case 3:
      let anchor = newAnchor()
      var lines = [pad + "- &" + anchor]
      lines += entry(key: "n", indent: indent + 2, budget: budget - 1)
      anchors.append(anchor)
      return lines
    default:
      var lines: [String] = []
      for index in 0..<(1 + below(2)) {
        let entryLines = entry(key: "p\(index)", indent: indent + 2, budget: budget - 1)
        if index == 0, let first = entryLines.first {
          lines.append(pad + "- " + first.drop { $0 == " " })
          lines += entryLines.dropFirst()
        } else {
          lines += entryLines
        }
      }
      return lines
    }
  }

  private mutating func flow(budget: Int) -> String {
    let anchor = below(3) == 0 ? newAnchor() : nil
    var parts: [String] = []
    for index in 0..<(1 + below(3)) {
      switch budget <= 0 ? 0 : below(4) {
      case 0: parts.append(below(2) == 0 ? "v" : (alias() ?? "w"))
      case 1: parts.append("q\(index): " + (alias() ?? "u"))
      default: parts.append(flow(budget: budget - 1))
      }
    }
    let isMapping = parts.allSatisfy { $0.hasPrefix("q") }
    let text = (isMapping ? "{" : "[") + parts.joined(separator: ", ") + (isMapping ? "}" : "]")
    if let anchor {
      anchors.append(anchor)
      return "&" + anchor + " " + text
    }
    return text
  }
}
