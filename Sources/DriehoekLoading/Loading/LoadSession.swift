import DriehoekModel
internal import Foundation
internal import Yams

#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

/// One run of the loader: reads the root file and its imports, merges them, validates the result
/// and attaches source snippets to the diagnostics.
struct LoadSession {
  let loader: ModelLoader
  private var diagnostics: [Diagnostic] = []
  /// The text of every file read, by the name diagnostics use; indexed by line only when a
  /// diagnostic needs a snippet.
  private var sources: [String: String] = [:]
  private var files: [String] = []
  private var documents: [Document] = []
  /// Canonical paths of the files being read, root first (for cycle detection).
  private var stack: [(canonical: String, display: String)] = []
  private var loaded: Set<String> = []
  /// The bytes of every file read so far, for the limit on a whole model.
  private var bytesRead = 0
  /// The real paths (symbolic links resolved) of the files read, for ``LoadResult/inputPaths``.
  private var inputPaths: [String] = []

  init(loader: ModelLoader) {
    self.loader = loader
  }

  mutating func loadRoot(path: String) -> LoadResult {
    guard let bytes = readFile(path: path, displayPath: path, at: nil) else {
      return finish(rootDocument: nil)
    }
    return loadRoot(bytes: consume bytes, file: path, canonical: Self.canonicalPath(path))
  }

  mutating func loadRoot(bytes: consuming [UInt8], file: String, canonical: String? = nil)
    -> LoadResult
  {
    if bytes.count > loader.limits.maximumFileSize {
      diagnostics.append(
        Diagnostic(
          .fileTooLarge(bytes: bytes.count, limit: loader.limits.maximumFileSize),
          at: SourceLocation(file: file, line: 1, column: 1)))
      return finish(rootDocument: nil)
    }
    let canonical = canonical ?? Self.canonicalPath(file)
    let document = read(bytes: consume bytes, file: file, canonical: canonical, isRoot: true)
    return finish(rootDocument: document)
  }

  // MARK: Files

  private mutating func readFile(path: String, displayPath: String, at location: SourceLocation?)
    -> [UInt8]?
  {
    let place = location ?? SourceLocation(file: displayPath, line: 1, column: 1)
    func refuse(_ reason: String) {
      diagnostics.append(
        Diagnostic(.unreadableFile(path: displayPath, reason: reason), at: location))
    }
    var info = stat()
    guard stat(path, &info) == 0 else {
      let code = errno
      if code == ENOENT || code == ENOTDIR {
        if path.unicodeScalars.contains("\u{FFFD}") {
          refuse("de bestandsnaam is geen geldige UTF-8 (of het bestand bestaat niet)")
        } else if location != nil {
          diagnostics.append(Diagnostic(.importNotFound(path: displayPath), at: place))
        } else {
          refuse("het bestand bestaat niet")
        }
      } else if code == ELOOP {
        refuse("symbolische koppelingen verwijzen in een kring naar elkaar (ELOOP)")
      } else {
        refuse(FileReading.reason(errno: code))
      }
      return nil
    }
    let kind = info.st_mode & S_IFMT
    if kind == S_IFDIR {
      refuse("dit is een map")
      return nil
    }
    // An import must be a regular file: a model must not make the loader read a device such as
    // /dev/zero or wait on a pipe. The file named on the command line may also be a pipe.
    guard kind == S_IFREG || (kind == S_IFIFO && location == nil) else {
      refuse("dit is geen gewoon bestand (maar een apparaat of pijp)")
      return nil
    }
    // procfs and sysfs call their files regular, with size 0; some block (/proc/kmsg), some
    // fail (/proc/self/mem). A model is never one of them.
    let real = FileReading.realPath(path)
    if kind == S_IFREG, let real, FileReading.isSystemFile(real) {
      refuse("dit is een bestand van het systeem (/proc of /sys), geen model")
      return nil
    }
    let limit = loader.limits.maximumFileSize
    if Int(info.st_size) > limit {
      diagnostics.append(
        Diagnostic(
          .fileTooLarge(bytes: Int(info.st_size), limit: limit),
          at: SourceLocation(file: displayPath, line: 1, column: 1)))
      return nil
    }
    let data: [UInt8]
    switch FileReading.read(path: path, isRegular: kind == S_IFREG, limit: limit) {
    case .success(let bytes): data = bytes
    case .failure(let error):
      refuse(error.reason)
      return nil
    }
    if data.count > limit {
      diagnostics.append(
        Diagnostic(
          .fileTooLarge(bytes: data.count, limit: limit),
          at: SourceLocation(file: displayPath, line: 1, column: 1)))
      return nil
    }
    if bytesRead + data.count > limit {
      diagnostics.append(
        Diagnostic(.modelTooLarge(bytes: bytesRead + data.count, limit: limit), at: place))
      return nil
    }
    inputPaths.append(real ?? path)
    return data
  }

  /// Reads one file's bytes; they are let go once decoded, so that a large model is not held
  /// twice (as bytes and as text) while it is parsed.
  private mutating func read(
    bytes: consuming [UInt8], file: String, canonical: String, isRoot: Bool
  ) -> Document? {
    files.append(file)
    loaded.insert(canonical)
    let byteCount = bytes.count
    bytesRead += byteCount
    let text: String
    let decoding = SourceText.decode(bytes)
    _ = consume bytes
    switch decoding {
    case .success(let decoded):
      text = decoded
    case .failure(let position):
      diagnostics.append(
        Diagnostic(
          .invalidEncoding,
          at: SourceLocation(file: file, line: position.line, column: position.column)))
      return nil
    }
    // JSON allows tabs wherever it allows spaces; YAML does not. Outside strings (where JSON
    // forbids raw tabs) a tab and a space mean the same, and columns stay as they were.
    let parsedText =
      file.lowercased().hasSuffix(".json")
      ? String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\t" ? " " : $0 }))
      : text
    sources[file] = text

    // A file without aliases holds fewer values than bytes; only alias expansion can pass this.
    let valueLimit = min(loader.limits.maximumValueCount, byteCount + 10_000)
    // Both parsers recurse; deep nesting (also through aliases) is refused before Yams runs.
    let (excess, fast) = scanAndParse(parsedText, valueLimit: valueLimit)
    if let excess {
      diagnostics.append(
        Diagnostic(
          .nestedTooDeeply(limit: loader.limits.maximumNestingDepth, alias: excess.alias),
          at: SourceLocation(file: file, line: excess.line, column: excess.column)))
      return nil
    }
    guard let root = (consume fast) ?? parse(parsedText, file: file, valueLimit: valueLimit) else {
      return nil
    }
    var reader = DocumentReader(file: file)
    // The reader takes the tree (see ``DocumentReader/read(root:isRoot:)``).
    let document = reader.read(root: consume root, isRoot: isRoot)
    diagnostics.append(contentsOf: reader.diagnostics)

    stack.append((canonical, file))
    defer { stack.removeLast() }
    for entry in document.imports {
      loadImport(entry, from: file, canonicalImporter: canonical)
    }
    documents.append(document)
    return document
  }

  /// The nesting scan's answer and the fast parser's root value (nil outside its subset, or
  /// when the fast parser is off); a large text is parsed in two halves side by side
  /// (``FastYAMLParser/cut(of:)``), and in one go if the halves do not join.
  ///
  /// The fast parser has a depth limit of its own and measures how deep the text nests; the
  /// scan counts at most twice that (an entry of a list with a scalar on its line counts a
  /// level of its own; the fast parser takes no anchors, aliases or block scalars, where the
  /// scan counts more), so it only runs when the text nests more than half the limit, or the
  /// fast parser stepped aside. Its answer then decides, as before.
  private func scanAndParse(_ text: String, valueLimit: Int) -> (NestingScan.Excess?, ValueNode?) {
    let depthLimit = loader.limits.maximumNestingDepth
    guard loader.allowsFastParser else {
      return (NestingScan.firstExcess(in: text, limit: depthLimit), nil)
    }
    let parsed = Self.fastParse(text, valueLimit: valueLimit)
    if let parsed, parsed.deepest <= NestingScan.largestDepthNotScanned(limit: depthLimit) {
      return (nil, parsed.root)
    }
    let excess = NestingScan.firstExcess(in: text, limit: depthLimit)
    return (excess, excess == nil ? parsed?.root : nil)
  }

  /// The fast parser's root value of a text and how deep it nests, a large text in two halves
  /// side by side; `nil` outside its subset.
  static func fastParse(_ text: String, valueLimit: Int) -> (root: ValueNode, deepest: Int)? {
    guard let cut = FastYAMLParser.cut(of: text) else {
      return FastYAMLParser.parseMeasuring(text, valueLimit: valueLimit)
    }
    let halves = ConcurrentWork.map(count: 2) { half in
      half == 0
        ? FastYAMLParser.firstHalf(of: text, cut: cut, valueLimit: valueLimit)
        : FastYAMLParser.secondHalf(of: text, cut: cut, valueLimit: valueLimit)
    }
    if let first = halves[0], let second = halves[1],
      let root = FastYAMLParser.joined(first, second, valueLimit: valueLimit)
    {
      return (root, max(first.deepest, second.deepest))
    }
    return FastYAMLParser.parseMeasuring(text, valueLimit: valueLimit)
  }

  /// The root value of a file outside the fast parser's subset, through Yams; `nil` after
  /// reporting a problem.
  private mutating func parse(_ text: String, file: String, valueLimit: Int) -> ValueNode? {
    if let key = ComplexKeyScan.firstComplexKey(in: text) {
      diagnostics.append(
        Diagnostic(
          .complexKey, at: SourceLocation(file: file, line: key.line, column: key.column)))
      return nil
    }
    let root: Node
    do {
      let parser = try Parser(yaml: text, resolver: .basic, encoding: .utf8)
      guard let node = try parser.singleRoot() else {
        diagnostics.append(
          Diagnostic(.emptyFile, at: SourceLocation(file: file, line: 1, column: 1)))
        return nil
      }
      root = node
    } catch {
      diagnostics.append(Diagnostic.from(yamlError: error, file: file))
      return nil
    }
    // The scan before parsing counts nesting generously; this exact count of what Yams built
    // is a second line behind it, before anything recurses over the tree.
    let depthLimit = loader.limits.maximumNestingDepth
    if !Self.depth(of: root, isWithin: depthLimit, valueLimit: valueLimit) {
      diagnostics.append(
        Diagnostic(
          .nestedTooDeeply(limit: depthLimit, alias: nil),
          at: SourceLocation(file: file, line: 1, column: 1)))
      return nil
    }
    switch Self.expansion(
      of: root, valueLimit: valueLimit, byteLimit: loader.limits.maximumFileSize)
    {
    case .tooManyValues:
      diagnostics.append(
        Diagnostic(
          .tooManyValues(limit: valueLimit),
          at: SourceLocation(file: file, line: 1, column: 1)))
      return nil
    case .tooManyBytes:
      diagnostics.append(
        Diagnostic(
          .expandsTooLarge(limit: loader.limits.maximumFileSize),
          at: SourceLocation(file: file, line: 1, column: 1)))
      return nil
    case .withinLimits:
      break
    }
    return ValueNode(root)
  }

  private mutating func loadImport(
    _ entry: Document.Import, from importer: String, canonicalImporter: String
  ) {
    let importerDirectory = (importer as NSString).deletingLastPathComponent
    let displayPath = Self.join(importerDirectory, entry.path)
    let canonicalDirectory = (canonicalImporter as NSString).deletingLastPathComponent
    let absolutePath =
      entry.path.hasPrefix("/") ? entry.path : Self.join(canonicalDirectory, entry.path)
    let canonical = Self.canonicalPath(absolutePath)
    if let cycleStart = stack.firstIndex(where: { $0.canonical == canonical }) {
      let chain = stack[cycleStart...].map(\.display) + [displayPath]
      diagnostics.append(Diagnostic(.importCycle(chain: chain), at: entry.location))
      return
    }
    guard !loaded.contains(canonical) else { return }
    guard loaded.count <= loader.limits.maximumImportCount else {
      diagnostics.append(
        Diagnostic(.tooManyImports(limit: loader.limits.maximumImportCount), at: entry.location))
      return
    }
    guard let bytes = readFile(path: absolutePath, displayPath: displayPath, at: entry.location)
    else { return }
    _ = read(bytes: consume bytes, file: displayPath, canonical: canonical, isRoot: false)
  }

  // MARK: Merging

  private mutating func finish(rootDocument: Document?) -> LoadResult {
    guard let rootDocument else {
      return LoadResult(
        model: nil, diagnostics: withSnippets(diagnostics), files: files, inputPaths: inputPaths)
    }
    var model = Model(
      name: rootDocument.name ?? "", peildatum: rootDocument.peildatum,
      description: rootDocument.description, origin: rootDocument.origin)
    // Imported files come first (each was appended after its own imports), the root last.
    for document in documents {
      // `+=` onto an empty list would copy every element; a single file shares its lists.
      if documents.count == 1 {
        model.organisations = document.organisations
        model.persons = document.persons
        model.roles = document.roles
        model.opdrachten = document.opdrachten
        model.afspraken = document.afspraken
        model.ketens = document.ketens
        model.afwijkingen = document.afwijkingen
        break
      }
      model.organisations += document.organisations
      model.persons += document.persons
      model.roles += document.roles
      model.opdrachten += document.opdrachten
      model.afspraken += document.afspraken
      model.ketens += document.ketens
      model.afwijkingen += document.afwijkingen
    }
    let index = ModelIndex(model)
    let structural = model.validate(options: loader.validationOptions, index: index)
    let all = diagnostics + structural
    var result = LoadResult(
      model: model, diagnostics: withSnippets(all), files: files, inputPaths: inputPaths)
    result.index = index
    return result
  }

  /// The diagnostics sorted by file, line and column (those without a place first), each with
  /// its source snippet.
  private func withSnippets(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    var indexed: [String: SourceText] = [:]
    let sorted = diagnostics.enumerated().sorted { lhs, rhs in
      switch (lhs.element.location, rhs.element.location) {
      case (nil, nil): return lhs.offset < rhs.offset
      case (nil, _): return true
      case (_, nil): return false
      case (.some(let left), .some(let right)):
        if left.file != right.file { return left.file < right.file }
        if left.line != right.line { return left.line < right.line }
        if left.column != right.column { return left.column < right.column }
        return lhs.offset < rhs.offset
      }
    }
    return sorted.map(\.element).map { diagnostic in
      var diagnostic = diagnostic
      guard diagnostic.snippet == nil, let location = diagnostic.location else {
        return diagnostic
      }
      let source: SourceText
      if let known = indexed[location.file] {
        source = known
      } else if let text = sources[location.file] {
        source = SourceText(file: location.file, text: text)
        indexed[location.file] = source
      } else {
        return diagnostic
      }
      diagnostic.snippet = source.snippet(line: location.line, column: location.column)
      return diagnostic
    }
  }

  // MARK: Helpers

  /// Counts values (every alias expansion counted again) and stops as soon as the limit is passed.
  static func valueCount(of root: Node, isWithin limit: Int) -> Bool {
    expansion(of: root, valueLimit: limit, byteLimit: .max) == .withinLimits
  }

  /// What a tree expands to, aliases written out.
  enum Expansion: Equatable {
    case withinLimits
    case tooManyValues
    case tooManyBytes
  }

  /// Counts values and the bytes of scalars (every alias expansion counted again) and stops as
  /// soon as a limit is passed: one large anchored scalar used by thousands of aliases is few
  /// values but gigabytes of text once a writer spells it out.
  static func expansion(of root: Node, valueLimit: Int, byteLimit: Int) -> Expansion {
    var remaining = valueLimit
    var bytes = byteLimit
    var pending: [Node] = [root]
    while let node = pending.popLast() {
      remaining -= 1
      if remaining < 0 { return .tooManyValues }
      switch node {
      case .scalar(let scalar):
        bytes -= scalar.string.utf8.count
        if bytes < 0 { return .tooManyBytes }
      case .mapping(let mapping):
        for (key, value) in mapping {
          pending.append(key)
          pending.append(value)
        }
      case .sequence(let sequence):
        pending.append(contentsOf: sequence)
      case .alias:
        break
      }
    }
    return .withinLimits
  }

  /// Whether no value lies deeper than `limit` lists and mappings (aliases expanded); visits
  /// at most `valueLimit` values, leaving a larger tree to ``valueCount(of:isWithin:)``.
  static func depth(of root: Node, isWithin limit: Int, valueLimit: Int) -> Bool {
    var remaining = valueLimit
    var pending: [(Node, Int)] = [(root, 0)]
    while let (node, depth) = pending.popLast() {
      remaining -= 1
      if remaining < 0 { return true }
      switch node {
      case .mapping(let mapping):
        if depth + 1 > limit { return false }
        for (_, value) in mapping { pending.append((value, depth + 1)) }
      case .sequence(let sequence):
        if depth + 1 > limit { return false }
        for item in sequence { pending.append((item, depth + 1)) }
      case .scalar, .alias:
        break
      }
    }
    return true
  }

  /// Whether the tree Yams composes from `text` nests at most `limit` levels (nil if Yams
  /// refuses the text); for testing ``depth(of:isWithin:valueLimit:)`` on real trees.
  static func composedTree(of text: String, isWithin limit: Int) -> Bool? {
    guard let parser = try? Parser(yaml: text, resolver: .basic, encoding: .utf8),
      let root = try? parser.singleRoot()
    else { return nil }
    return depth(of: root, isWithin: limit, valueLimit: 1_000_000)
  }

  static func canonicalPath(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
  }

  static func join(_ directory: String, _ path: String) -> String {
    if path.hasPrefix("/") || directory.isEmpty { return path }
    var parts = directory.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    for component in path.split(separator: "/") {
      switch component {
      case ".": continue
      case "..":
        if let last = parts.last, last != "..", last != "", last != "." {
          parts.removeLast()
        } else {
          parts.append("..")
        }
      default: parts.append(String(component))
      }
    }
    let joined = parts.joined(separator: "/")
    return joined.isEmpty ? "." : joined
  }
}
