/// Finds where a text nests lists and mappings deeper than a limit, counting what YAML aliases
/// expand to, in one linear pass before either parser runs.
///
/// Both parsers recurse (the fast parser, Yams' composer, and Swift's release of the node tree
/// Yams builds), so a file of 100,000 `[` or `- ` or a short chain of anchors whose aliases nest
/// each other (`&b [[[*a]]]`, `&c [[[*b]]]`, …) would overflow the stack. The scan counts each
/// flow bracket and each block indentation level (a `- ` entry with something after it on its
/// line counts as a level of its own), and for an alias it adds the depth of the anchored
/// value. It errs on the side of counting too much: an anchored value is taken to last until
/// the text leaves the level it was written on.
///
/// Quoted scalars (also over several lines), block scalars (`|`, `>`), comments and brackets
/// inside plain text are skipped, so `naam: Directie [ICT]` does not nest.
struct NestingScan {
  /// Where the limit was first passed.
  struct Excess: Equatable, Sendable {
    var line: Int
    var column: Int
    /// The alias whose expansion passed the limit, if it was an alias.
    var alias: String?
  }

  private let bytes: UnsafeBufferPointer<UInt8>
  private let limit: Int
  private var position = 0
  private var line = 1
  private var lineStart = 0
  /// The indentation of each open block collection, outermost first.
  private var blocks: [Int] = []
  private var flowDepth = 0
  /// For each open flow collection: whether it is a list, and whether its current entry is a
  /// single-pair mapping (`[a: b]`), which nests one level more.
  private var flows: [(isList: Bool, hasPair: Bool)] = []
  /// The indentation of the block mapping key that ended the previous content line without a
  /// value, if it did (a list may follow at the key's own indentation).
  private var openKeyIndent: Int?
  /// Lines indented more than this belong to a block scalar.
  private var blockScalarIndent: Int?
  private var anchors: [OpenAnchor] = []
  private var heights: [String: Int] = [:]
  private var pendingAnchor: String?

  /// An anchored value that is still being read.
  private struct OpenAnchor {
    var name: String
    /// How many collections enclose the anchored value.
    var startDepth: Int
    /// The deepest depth seen inside it so far.
    var deepest: Int
    /// Closes when the flow depth falls back to this (a flow collection), or nil.
    var flowLevel: Int?
    /// Closes when a line's block levels are this many or fewer (a block value), or nil.
    var blockCount: Int?
  }

  private init(bytes: UnsafeBufferPointer<UInt8>, limit: Int) {
    self.bytes = bytes
    self.limit = limit
  }

  /// The deepest nesting, as the fast parser counts it, of a text in its subset for which the
  /// scan need not run: the scan counts such a text at most twice as deep, plus one.
  static func largestDepthNotScanned(limit: Int) -> Int {
    (limit - 1) / 2
  }

  /// The first place where `text` nests deeper than `limit`, or `nil`.
  /// - Complexity: O(*n*) in the length of the text.
  static func firstExcess(in text: String, limit: Int) -> Excess? {
    var text = text
    return text.withUTF8 { buffer in
      var scan = NestingScan(bytes: buffer, limit: limit)
      return scan.run()
    }
  }

  private var depth: Int { blocks.count + flowDepth }

  private mutating func run() -> Excess? {
    while position < bytes.count {
      if let excess = scanLine() { return excess }
    }
    return nil
  }

  // MARK: Lines

  /// Scans from the start of a line to the start of the next one.
  private mutating func scanLine() -> Excess? {
    var indent = 0
    while position < bytes.count, bytes[position] == UInt8(ascii: " ") {
      position += 1
      indent += 1
    }
    if isLineEnd || byte == UInt8(ascii: "#") || byte == UInt8(ascii: "\t") && isBlankLine {
      skipToNextLine()
      return nil
    }
    if let scalarIndent = blockScalarIndent {
      if indent > scalarIndent {
        skipToNextLine()
        return nil
      }
      blockScalarIndent = nil
    }
    if flowDepth == 0 {
      if indent == 0, isAtDocumentMarker {
        blocks.removeAll()
        flows.removeAll()
        closeBlockAnchors()
        position += 3
      } else if indent == 0, byte == UInt8(ascii: "%") {
        skipToNextLine()
        return nil
      } else {
        let isEntry = isAtIndicator(UInt8(ascii: "-"))
        while let last = blocks.last, last > indent { blocks.removeLast() }
        let doubled = blocks.count >= 2 && blocks[blocks.count - 2] == indent
        if blocks.last == indent {
          if isEntry, openKeyIndent == indent, !doubled {
            blocks.append(indent)
          } else if !isEntry, doubled {
            blocks.removeLast()
          }
        } else {
          blocks.append(indent)
        }
        closeBlockAnchors()
        if let excess = checkDepth(at: position) { return excess }
      }
    }
    openKeyIndent = nil
    return scanTokens(lineIndent: indent, lineLevels: blocks.count)
  }

  /// Scans the tokens of the rest of a line (and of quoted scalars that continue on the next).
  private mutating func scanTokens(lineIndent: Int, lineLevels: Int) -> Excess? {
    var atValue = true
    /// The column of a `- ` entry's content, counted as a level once content other than an
    /// anchor or a tag follows on the line (else the next line's indentation counts it).
    var pendingLevel: Int?
    /// The indentation of a key that has had only anchors or tags after its `:` so far.
    var openKey: Int?
    while position < bytes.count {
      let current = bytes[position]
      if isLineBreak(at: position) {
        if pendingAnchor != nil, flowDepth == 0 { openPendingAnchor(blockCount: lineLevels) }
        if flowDepth == 0 { openKeyIndent = openKey }
        skipToNextLine()
        return nil
      }
      switch current {
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
        position += 1
        continue
      case UInt8(ascii: "#") where position == lineStart || isBlank(at: position - 1):
        skipComment()
        continue
      case UInt8(ascii: "&") where atValue:
        position += 1
        pendingAnchor = readName()
        continue
      case UInt8(ascii: "!") where atValue:
        skipWord()
        continue
      default:
        break
      }
      // Anything else is content: the pending entry level and an open key are settled.
      openKey = nil
      if let level = pendingLevel {
        pendingLevel = nil
        blocks.append(level)
        if let excess = checkDepth(at: position) { return excess }
      }
      switch current {
      case UInt8(ascii: "["), UInt8(ascii: "{"):
        guard atValue || flowDepth > 0 else {
          skipPlain()
          atValue = false
          continue
        }
        if pendingAnchor != nil { openPendingAnchor(flowLevel: flowDepth) }
        flowDepth += 1
        flows.append((current == UInt8(ascii: "["), false))
        position += 1
        atValue = true
        if let excess = checkDepth(at: position - 1) { return excess }
      case UInt8(ascii: "]") where flowDepth > 0, UInt8(ascii: "}") where flowDepth > 0:
        endPair()
        flowDepth -= 1
        if !flows.isEmpty { flows.removeLast() }
        position += 1
        closeFlowAnchors()
        atValue = false
      case UInt8(ascii: ",") where flowDepth > 0:
        endPair()
        position += 1
        atValue = true
      case UInt8(ascii: "'") where atValue || flowDepth > 0,
        UInt8(ascii: "\"") where atValue || flowDepth > 0:
        closePendingAsScalar()
        skipQuoted()
        atValue = false
      case UInt8(ascii: "*") where atValue:
        position += 1
        let column = self.column(at: position - 1)
        let name = readName()
        let expanded = depth + height(of: name)
        record(expanded)
        if expanded > limit { return Excess(line: line, column: column, alias: name) }
        atValue = false
      case UInt8(ascii: "|") where atValue && flowDepth == 0,
        UInt8(ascii: ">") where atValue && flowDepth == 0:
        closePendingAsScalar()
        blockScalarIndent = lineIndent
        skipToNextLine()
        return nil
      case UInt8(ascii: ":") where flowDepth == 0 && !atValue && isBlank(at: position + 1):
        // The end of a block mapping key.
        position += 1
        atValue = true
        openKey = keyIndent(lineIndent: lineIndent)
      case UInt8(ascii: "-") where isIndicator(atValue: atValue),
        UInt8(ascii: "?") where isIndicator(atValue: atValue),
        UInt8(ascii: ":") where isIndicator(atValue: atValue):
        // A list entry, an explicit key or a value indicator: what follows on the line nests.
        position += 1
        skipSpaces()
        pendingLevel = position - lineStart
        atValue = true
      case UInt8(ascii: ":") where flowDepth > 0:
        position += 1
        atValue = true
        if let last = flows.indices.last, flows[last].isList, !flows[last].hasPair {
          // `[a: b]` is a list holding a mapping.
          flows[last].hasPair = true
          flowDepth += 1
          if let excess = checkDepth(at: position - 1) { return excess }
        }
      default:
        closePendingAsScalar()
        skipPlain()
        atValue = false
      }
    }
    if flowDepth == 0 { openKeyIndent = openKey }
    return nil
  }

  // MARK: Depth and anchors

  /// How deep the value of an anchor nests: what the scan has seen of it so far if the scan
  /// takes it to be still open (the value itself is complete when an alias names it, so this
  /// counts it all), else its depth when it closed.
  private func height(of name: String) -> Int {
    if let open = anchors.last(where: { $0.name == name }) {
      return open.deepest - open.startDepth
    }
    return heights[name] ?? 0
  }

  /// Ends a single-pair mapping in a flow list at its `,` or `]`.
  private mutating func endPair() {
    guard let last = flows.indices.last, flows[last].hasPair else { return }
    flows[last].hasPair = false
    flowDepth -= 1
    closeFlowAnchors()
  }

  private mutating func checkDepth(at index: Int) -> Excess? {
    record(depth)
    guard depth > limit else { return nil }
    return Excess(line: line, column: column(at: index))
  }

  private mutating func record(_ depth: Int) {
    if let last = anchors.indices.last, anchors[last].deepest < depth {
      anchors[last].deepest = depth
    }
  }

  private mutating func openPendingAnchor(flowLevel: Int? = nil, blockCount: Int? = nil) {
    guard let name = pendingAnchor else { return }
    pendingAnchor = nil
    for index in anchors.indices where anchors[index].name == name { anchors[index].name = "" }
    anchors.append(
      OpenAnchor(
        name: name, startDepth: depth, deepest: depth, flowLevel: flowLevel,
        blockCount: blockCount))
  }

  private mutating func closePendingAsScalar() {
    guard let name = pendingAnchor else { return }
    pendingAnchor = nil
    heights[name] = 0
    // A newer anchor of the same name replaces an open one for later aliases.
    for index in anchors.indices where anchors[index].name == name { anchors[index].name = "" }
  }

  private mutating func closeAnchor() {
    let anchor = anchors.removeLast()
    if !anchor.name.isEmpty { heights[anchor.name] = anchor.deepest - anchor.startDepth }
    record(anchor.deepest)
  }

  private mutating func closeBlockAnchors() {
    while let last = anchors.last {
      if let count = last.blockCount, blocks.count <= count, flowDepth == 0 {
        closeAnchor()
      } else {
        break
      }
    }
  }

  private mutating func closeFlowAnchors() {
    while let last = anchors.last, let level = last.flowLevel, flowDepth <= level {
      closeAnchor()
    }
  }

  // MARK: Tokens

  private var byte: UInt8 { position < bytes.count ? bytes[position] : UInt8(ascii: "\n") }

  private var isLineEnd: Bool { position >= bytes.count || isLineBreak(at: position) }

  /// Whether the position starts a line break: LF, CR, NEL, LS or PS (as libyaml counts them).
  private func isLineBreak(at index: Int) -> Bool {
    guard index < bytes.count else { return true }
    switch bytes[index] {
    case UInt8(ascii: "\n"), UInt8(ascii: "\r"): return true
    case 0xC2: return index + 1 < bytes.count && bytes[index + 1] == 0x85
    case 0xE2:
      return index + 2 < bytes.count && bytes[index + 1] == 0x80
        && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)
    default: return false
    }
  }

  private func isBlank(at index: Int) -> Bool {
    index >= bytes.count || bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t")
      || isLineBreak(at: index)
  }

  /// Whether the byte at the position is a block indicator (`- `, `? `, `: `).
  private func isIndicator(atValue: Bool) -> Bool {
    atValue && flowDepth == 0 && isBlank(at: position + 1)
  }

  private var isBlankLine: Bool {
    var index = position
    while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == 0x09 {
      index += 1
    }
    return index >= bytes.count || isLineBreak(at: index) || bytes[index] == UInt8(ascii: "#")
  }

  private var isAtDocumentMarker: Bool {
    position + 3 <= bytes.count
      && (bytes[position..<position + 3].elementsEqual("---".utf8)
        || bytes[position..<position + 3].elementsEqual("...".utf8))
      && isBlank(at: position + 3)
  }

  private func isAtIndicator(_ indicator: UInt8) -> Bool {
    byte == indicator && isBlank(at: position + 1)
  }

  /// The indentation of the key that ends the current line: the first content on the line
  /// after indentation and `- ` markers.
  private func keyIndent(lineIndent: Int) -> Int {
    var index = lineStart + lineIndent
    while index + 1 < bytes.count, bytes[index] == UInt8(ascii: "-"), isBlank(at: index + 1) {
      index += 1
      while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
    }
    return index - lineStart
  }

  private mutating func skipSpaces() {
    while position < bytes.count, bytes[position] == UInt8(ascii: " ") { position += 1 }
  }

  private mutating func skipComment() {
    while !isLineEnd { position += 1 }
  }

  /// Moves past the rest of the line and its line break (CRLF counts as one).
  private mutating func skipToNextLine() {
    while !isLineEnd { position += 1 }
    guard position < bytes.count else { return }
    let first = bytes[position]
    if first == UInt8(ascii: "\r"), position + 1 < bytes.count,
      bytes[position + 1] == UInt8(ascii: "\n")
    {
      position += 2
    } else if first == UInt8(ascii: "\n") || first == UInt8(ascii: "\r") {
      position += 1
    } else {
      position += first == 0xC2 ? 2 : 3
    }
    line += 1
    lineStart = position
  }

  /// Skips a word (a tag such as `!!str`).
  private mutating func skipWord() {
    while position < bytes.count, !isBlank(at: position) {
      if flowDepth > 0, isFlowIndicator(bytes[position]) { break }
      position += 1
    }
  }

  /// Reads an anchor or alias name.
  private mutating func readName() -> String {
    let start = position
    skipWord()
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
  }

  /// Skips a plain scalar: to `: `, ` #` or the end of the line; in flow also to an indicator.
  private mutating func skipPlain() {
    position += 1
    while !isLineEnd {
      let current = bytes[position]
      if current == UInt8(ascii: ":"), isBlank(at: position + 1) { return }
      if current == UInt8(ascii: "#"), isBlank(at: position - 1) { return }
      if flowDepth > 0 {
        if isFlowIndicator(current) { return }
        if current == UInt8(ascii: ":"), position + 1 < bytes.count,
          isFlowIndicator(bytes[position + 1])
        {
          return
        }
      }
      position += 1
    }
  }

  /// Skips a quoted scalar, which may run over several lines.
  private mutating func skipQuoted() {
    let quote = bytes[position]
    position += 1
    while position < bytes.count {
      let current = bytes[position]
      if isLineBreak(at: position) {
        skipToNextLine()
        continue
      }
      if current == UInt8(ascii: "\\"), quote == UInt8(ascii: "\"") {
        position += isLineBreak(at: position + 1) ? 1 : 2
        continue
      }
      position += 1
      if current == quote {
        if quote == UInt8(ascii: "'"), position < bytes.count, bytes[position] == quote {
          position += 1
          continue
        }
        return
      }
    }
  }

  private func isFlowIndicator(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: ",") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]")
      || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}")
  }

  /// The column (in Unicode scalars, from 1) of a byte on the current line.
  private func column(at index: Int) -> Int {
    var column = 1
    var cursor = lineStart
    while cursor < index, cursor < bytes.count {
      if bytes[cursor] & 0xC0 != 0x80 { column += 1 }
      cursor += 1
    }
    return column
  }
}
