internal import DriehoekAnalysis
internal import DriehoekDiagram
public import DriehoekLoading
public import DriehoekModel
internal import Foundation
public import GraphvizRendering

#if canImport(FoundationXML)
internal import FoundationXML
#endif

/// The properties the fuzzers check, shared with the leak check.
///
/// Every check that fails stops the process with `fatalError`, so libFuzzer records the input
/// as a crash and writes it to `crash-*`.
public enum FuzzChecks {
  /// The name fuzz input is loaded under: a file in the repository's `Models/`, so that an
  /// `importeer: gedeeld/ministeries.yaml` in a seed resolves exactly as it does for the
  /// example models.
  public static let inputPath: String = {
    let repository = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent()  // FuzzSupport
      .deletingLastPathComponent()  // Sources
      .deletingLastPathComponent()  // Fuzz
      .deletingLastPathComponent()  // the repository
    return repository.appendingPathComponent("Models/fuzz-invoer.yaml").path
  }()

  /// The day a model without `peildatum` is looked at (2026-01-01; never "today", so runs repeat).
  public static let fallbackDay = Day(ordinal: 20_454)

  /// The loader, as the command line configures it.
  public static let loader = ModelLoader(
    validationOptions: ValidationOptions(knownRuleCodes: Set(RuleCatalogue.all.map(\.code))))

  /// Loads bytes and checks what every load must satisfy: a load that gives no valid model says
  /// why with at least one error; every location lies inside the text it points into, and its
  /// snippet shows that line (lines counted as YAML counts them); every diagnostic can be
  /// formatted in both languages.
  public static func load(_ bytes: [UInt8]) -> LoadResult {
    let result = loader.load(bytes: bytes, file: inputPath)
    if !result.isValid && !result.diagnostics.containsErrors {
      fail("geen geldig model, maar ook geen fout", result.diagnostics.map(\.description))
    }
    let lines = yamlLines(bytes)
    let lineCount = lines?.count ?? byteLineCount(bytes)
    for diagnostic in result.diagnostics {
      for language in Language.allCases { _ = diagnostic.formatted(in: language) }
      guard let location = diagnostic.location else { continue }
      if location.line < 1 || location.column < 1 {
        fail("plaats \(location) is niet positief", [diagnostic.description])
      }
      guard location.file == inputPath else { continue }
      if location.line > lineCount + 1 {
        fail(
          "regel \(location.line) voorbij het einde (\(lineCount) regels)", [diagnostic.description]
        )
      }
      if let lines, location.line <= lines.count, lines[location.line - 1].utf8.count <= 100 {
        let shown = diagnostic.snippet.map {
          String($0.split(separator: "\n", omittingEmptySubsequences: false)[0])
        }
        if shown != lines[location.line - 1] {
          fail(
            "fragment bij regel \(location.line) toont een andere regel",
            [diagnostic.description, "verwacht: \(lines[location.line - 1])"])
        }
      }
    }
    return result
  }

  /// The number of lines of bytes that are not all UTF-8, counting LF, CRLF, CR, NEL (C2 85),
  /// LS and PS (E2 80 A8/A9) as breaks.
  static func byteLineCount(_ bytes: [UInt8]) -> Int {
    var count = 1
    for (offset, byte) in bytes.enumerated() {
      let next = offset + 1 < bytes.count ? bytes[offset + 1] : nil
      let third = offset + 2 < bytes.count ? bytes[offset + 2] : nil
      if byte == 0x0A && (offset == 0 || bytes[offset - 1] != 0x0D) { count += 1 }
      if byte == 0x0D { count += 1 }
      if byte == 0xC2 && next == 0x85 { count += 1 }
      if byte == 0xE2 && next == 0x80 && (third == 0xA8 || third == 0xA9) { count += 1 }
    }
    return count
  }

  /// The lines of UTF-8 text (after a byte-order mark), split at every YAML line break: LF,
  /// CRLF, CR, NEL, LS and PS; `nil` when the bytes are not UTF-8.
  public static func yamlLines(_ bytes: [UInt8]) -> [String]? {
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    guard let text = String(validating: body, as: UTF8.self) else { return nil }
    var lines: [String] = []
    var current = String.UnicodeScalarView()
    var previous: Unicode.Scalar?
    for scalar in text.unicodeScalars {
      defer { previous = scalar }
      if scalar == "\n" && previous == "\r" { continue }
      if ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"].contains(scalar) {
        lines.append(String(current))
        current = String.UnicodeScalarView()
      } else {
        current.append(scalar)
      }
    }
    lines.append(String(current))
    return lines
  }

  /// Draws every view of a valid model, renders each through Graphviz to SVG and checks that
  /// Graphviz accepted the DOT without an error and that the SVG is well-formed XML.
  /// - Returns: The number of views rendered.
  @discardableResult
  public static func renderEveryView(
    of model: Model, renderer: GraphvizRenderer = GraphvizRenderer()
  ) -> Int {
    let day = model.peildatum ?? fallbackDay
    let highlights = Analyzer().analyse(model, peildatum: day).findings.map { finding in
      DiagramHighlight(
        code: finding.code, severity: finding.severity, betreft: finding.betreft,
        isAccepted: !finding.isOpen, message: finding.message)
    }
    let builder = DiagramBuilder(model: model, peildatum: day, highlights: highlights)
    let views = builder.views
    for view in views {
      let diagram: Diagram
      do {
        diagram = try builder.build(view)
      } catch {
        fail("view \(view) staat in de lijst maar is niet te tekenen: \(error)", [])
      }
      let dot = DOTWriter().write(diagram)
      let rendered: RenderResult
      do {
        rendered = try renderer.render(
          dot: dot, format: .svg,
          metadata: DocumentMetadata(
            title: "\(model.name): \(diagram.title)", summary: diagram.summary))
      } catch {
        fail("Graphviz weigert de DOT van view \(view): \(error)", [dot])
      }
      if let problem = xmlProblem(rendered.bytes) {
        fail("SVG van view \(view) is geen well-formed XML: \(problem)", [dot])
      }
    }
    return views.count
  }

  /// Why bytes are not a well-formed XML document, or `nil` when they are.
  public static func xmlProblem(_ bytes: [UInt8]) -> String? {
    let parser = XMLParser(data: Data(bytes))
    parser.shouldResolveExternalEntities = false
    if parser.parse() { return nil }
    let error = parser.parserError.map { String(describing: $0) } ?? "onbekend"
    return "regel \(parser.lineNumber), kolom \(parser.columnNumber): \(error)"
  }

  /// Reports a broken property on standard error and stops the process.
  public static func fail(_ what: String, _ details: [String]) -> Never {
    var text = "FUZZ-FOUT: \(what)\n"
    for detail in details.prefix(20) { text += detail + "\n" }
    FileHandle.standardError.write(Data(text.utf8))
    fatalError(what)
  }
}
