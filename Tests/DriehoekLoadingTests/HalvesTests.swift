import DriehoekModel
import Testing

@_spi(Fuzzing) @testable import DriehoekLoading

/// A large file is parsed in two halves side by side, and its long lists are read in two
/// halves: the tree, the model and the diagnostics are those of doing it in one go.
@Suite struct HalvesTests {
  /// A model text of more than a megabyte: a long list of opdrachten across the cut, with
  /// mistakes in both halves, and lists and keys after it.
  static func largeText(opdrachten: Int = 12_000, listIndent: String = "  ") -> String {
    var lines = [
      "# Een groot model", "naam: Groot", "peildatum: 2026-01-01", "organisaties:",
      "\(listIndent)- {id: min, naam: Ministerie, soort: ministerie, onderdelen: [{id: min-sg, naam: SG, soort: sg}]}",
      "\(listIndent)- id: uo", "\(listIndent)  naam: Uitvoerder",
      "\(listIndent)  soort: zbo-publiek",
      "opdrachten:",
    ]
    for number in 0..<opdrachten {
      var line =
        "\(listIndent)- {id: op\(number), naam: 'Opdracht \(number): \"x\"', opdrachtgever: min-sg, "
        + "opdrachtnemer: uo, capaciteit: \(number % 500), periode: {van: 2025-01-01, tot: 2027-12-31}"
      // Mistakes spread over the whole list: an unknown key, a text where a number belongs.
      if number % 997 == 0 { line += ", kleur: rood" }
      if number % 1_499 == 0 { line += ", kosten: veel" }
      lines.append(line + "}")
      if number % 2_000 == 0 { lines.append("  # een opmerking tussendoor") }
    }
    lines += [
      "afspraken:", "\(listIndent)- id: wa", "\(listIndent)  soort: werkafspraak",
      "\(listIndent)  partijen: [min-sg, uo]", "afwijkingen: []",
    ]
    return lines.joined(separator: "\n") + "\n"
  }

  @Test func aLargeTextParsedInHalvesIsTheTreeParsedInOneGo() throws {
    let text = Self.largeText()
    #expect(text.utf8.count > FastYAMLParser.halvingSize)
    let cut = try #require(FastYAMLParser.cut(of: text))
    #expect(cut.offset > text.utf8.count / 2)
    let whole = try #require(FastYAMLParser.parse(text, valueLimit: 10_000_000))
    let halves = try #require(FastYAMLParser.parsedInHalves(text, valueLimit: 10_000_000))
    #expect(halves == whole)
  }

  /// The cut's line number counts the line breaks eight bytes at a time: the same as one by one.
  @Test func lineBreaksAreCountedExactly() {
    var text = Array("a\n\n\u{0B}\u{8A}\u{0A}é\n".utf8)
    for number in 0..<300 { text += Array("k\(number): [\(number)]\n\n".utf8) }
    text += [0x0A, 0x0A, 0x8A, 0x0A, 0x0B, 0x09, 0x8B, 0x0A]
    text.withUnsafeBufferPointer { bytes in
      for end in [0, 1, 7, 8, 9, 15, 16, 17, 100, 1_001, bytes.count - 3, bytes.count] {
        let expected = bytes[..<end].filter { $0 == 0x0A }.count
        #expect(FastYAMLParser.lineBreaks(in: bytes, before: end) == expected, "\(end)")
      }
    }
  }

  @Test func halvesThatCannotBeJoinedLeaveTheTextToTheParserInOneGo() throws {
    // The list at its key's indentation: no line is an entry at indentation 2.
    let flush = Self.largeText(listIndent: "")
    #expect(FastYAMLParser.cut(of: flush) == nil)
    // The cut falls in a list inside a mapping at indentation 2: the halves do not join.
    let nested =
      "nested:\n  sub:\n"
      + Self.largeText().split(separator: "\n").filter {
        $0.hasPrefix("  - {id: op")
      }.joined(separator: "\n") + "\n"
    #expect(FastYAMLParser.cut(of: nested) != nil)
    #expect(FastYAMLParser.parsedInHalves(nested, valueLimit: 10_000_000) == nil)
    #expect(FastYAMLParser.parse(nested, valueLimit: 10_000_000) != nil)
    // A key repeated after the cut: neither way accepts it (Yams reports it).
    let repeated = Self.largeText() + "naam: Nog eens\n"
    #expect(FastYAMLParser.parsedInHalves(repeated, valueLimit: 10_000_000) == nil)
    #expect(FastYAMLParser.parse(repeated, valueLimit: 10_000_000) == nil)
    // Too many values for the limit together, though each half is within it.
    let values = Self.largeText()
    let cut = try #require(FastYAMLParser.cut(of: values))
    let first = try #require(FastYAMLParser.firstHalf(of: values, cut: cut, valueLimit: .max))
    let second = try #require(FastYAMLParser.secondHalf(of: values, cut: cut, valueLimit: .max))
    let limit = max(first.values, second.values) + 1
    #expect(limit <= first.values + second.values)
    #expect(FastYAMLParser.firstHalf(of: values, cut: cut, valueLimit: limit) != nil)
    #expect(FastYAMLParser.secondHalf(of: values, cut: cut, valueLimit: limit) != nil)
    #expect(FastYAMLParser.parse(values, valueLimit: limit) == nil)
    #expect(FastYAMLParser.parsedInHalves(values, valueLimit: limit) == nil)
  }

  @Test func longListsReadInHalvesGiveTheModelAndDiagnosticsOfOneGo() throws {
    let text = Self.largeText()
    let root = try #require(FastYAMLParser.parse(text, valueLimit: 10_000_000))
    var halved = DocumentReader(file: "groot.yaml")
    let document = halved.read(root: root, isRoot: true)
    var whole = DocumentReader(file: "groot.yaml")
    whole.halvesLongLists = false
    let reference = whole.read(root: root, isRoot: true)
    #expect(document.opdrachten.count >= DocumentReader.halvingThreshold)
    #expect(document.opdrachten == reference.opdrachten)
    #expect(document.organisations == reference.organisations)
    #expect(document.afspraken == reference.afspraken)
    #expect(halved.diagnostics == whole.diagnostics)
    // Mistakes on both sides of the middle were reported.
    let lines = halved.diagnostics.compactMap { $0.location?.line }
    let middle = text.split(separator: "\n").count / 2
    #expect(lines.contains { $0 < middle } && lines.contains { $0 > middle })
  }

  @Test func theLoaderGivesTheSameResultAsThroughYams() throws {
    // Smaller, so that Yams reads it in reasonable time; still more than a megabyte.
    let text = Self.largeText(opdrachten: 9_000)
    #expect(text.utf8.count > FastYAMLParser.halvingSize)
    let fast = ModelLoader().load(text: text, file: "groot.yaml")
    var yamsOnly = ModelLoader()
    yamsOnly.allowsFastParser = false
    let slow = yamsOnly.load(text: text, file: "groot.yaml")
    #expect(fast.model == slow.model)
    #expect(fast.diagnostics == slow.diagnostics)
    #expect(!fast.diagnostics.isEmpty)
  }
}
