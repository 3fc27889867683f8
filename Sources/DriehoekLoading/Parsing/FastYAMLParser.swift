@_spi(ByteScanning) import DriehoekModel

/// Parses the plain subset of YAML that model files use, straight from UTF-8 bytes.
///
/// The subset: block mappings and lists (also a list at its key's indentation), flow mappings and
/// lists over one or more lines, plain scalars on one line, single- and double-quoted scalars
/// on one line (with escapes), comments, and a `---` or `...` marker on a line of its own.
/// Anything else (anchors, aliases, tags, block scalars, explicit or complex keys, directives,
/// tabs, carriage returns, duplicate keys, very deep nesting, any syntax error) makes ``parse``
/// return `nil`, and the loader reads the file through Yams as before, so that every
/// diagnostic for such a file still comes from Yams. For files it accepts, the result (texts,
/// styles, lines and columns) equals what Yams composes; a differential test holds it to that.
struct FastYAMLParser {
  /// Why the fast parser stepped aside; never shown to a user.
  struct Unsupported: Error {}

  private let bytes: UnsafeBufferPointer<UInt8>
  private let valueLimit: Int
  private var position = 0
  private var line = 1
  private var lineStart = 0
  /// The indentation of the line the parser stands on, or `nil` at the end of the text.
  private var indent: Int? = 0
  private var valueCount = 0
  private var depth = 0
  /// The deepest ``depth`` reached: how many lists and mappings the text nests.
  private var deepest = 0
  /// The byte index and column of the last mark computed (see ``currentMark``).
  private var markLine = 1
  private var markIndex = 0
  private var markColumn = 1
  /// A line known to hold only ASCII (0: none yet), where a column is a byte offset.
  private var asciiLine = 0
  /// The texts of recent short scalars (see ``ScalarCache``).
  private var scalarCache = ScalarCache()
  /// The pairs of the mappings being read (see ``EntryStack``).
  private let pairStack = EntryStack<ValueNode.Pair>()
  /// The items of the lists being read.
  private let itemStack = EntryStack<ValueNode>()

  private static let maximumDepth = 400
  private static let maximumKeyLength = 1000

  private init(bytes: UnsafeBufferPointer<UInt8>, valueLimit: Int) {
    self.bytes = bytes
    self.valueLimit = valueLimit
  }

  /// The root value of the text, or `nil` if the text is outside the subset.
  ///
  /// - Parameters:
  ///   - bytes: UTF-8 text without a byte-order mark (already validated).
  ///   - valueLimit: The most values accepted; more returns `nil`.
  /// - Returns: The root value, or `nil` when the text is outside the subset.
  /// - Complexity: O(*n*) in the length of the text.
  static func parse(_ bytes: UnsafeBufferPointer<UInt8>, valueLimit: Int) -> ValueNode? {
    parseCounting(bytes, valueLimit: valueLimit)?.root
  }

  /// The root value, how many values the text holds and how deep it nests, or `nil` outside
  /// the subset.
  private static func parseCounting(_ bytes: UnsafeBufferPointer<UInt8>, valueLimit: Int) -> (
    root: ValueNode, values: Int, deepest: Int
  )? {
    guard isPlainText(bytes) else { return nil }
    var parser = FastYAMLParser(bytes: bytes, valueLimit: valueLimit)
    guard let root = try? parser.document() else { return nil }
    return (root, parser.valueCount, parser.deepest)
  }

  /// The root value of `text` and how many lists and mappings it nests, or `nil` if the text
  /// is outside the subset.
  static func parseMeasuring(_ text: String, valueLimit: Int) -> (root: ValueNode, deepest: Int)? {
    var text = text
    return text.withUTF8 { bytes in
      parseCounting(bytes, valueLimit: valueLimit).map { ($0.root, $0.deepest) }
    }
  }

  /// The root value of `text`, or `nil` if the text is outside the subset: the same as for
  /// its UTF-8 bytes.
  static func parse(_ text: String, valueLimit: Int) -> ValueNode? {
    var text = text
    return text.withUTF8 { parse($0, valueLimit: valueLimit) }
  }

  /// Whether the text has no byte that the subset leaves to Yams: control characters (tabs
  /// and carriage returns included), line breaks other than LF, a byte-order mark inside the
  /// text, non-characters, and `*` before a word (an alias, which also keeps ``ComplexKeyScan``
  /// out of play).
  private static func isPlainText(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    let count = bytes.count
    let raw = UnsafeRawBufferPointer(bytes)
    var checkedUpTo = 0
    while index < count {
      // Eight bytes at a time while none of them needs a look: no byte below 0x20 (a line
      // break included), no `*`, no DEL and nothing outside ASCII.
      if index >= checkedUpTo, index + 8 <= count, let base = raw.baseAddress {
        let word = ByteWord(loadingFrom: base, at: index)
        if word.isASCII, !word.hasByte(below: 0x20), !word.hasByte(0x2A), !word.hasByte(0x7F) {
          index += 8
          continue
        }
        checkedUpTo = index + 8
      }
      let byte = bytes[index]
      if byte < 0x20 {
        if byte != 0x0A { return false }
      } else if byte == 0x2A {
        let next = index + 1 < count ? bytes[index + 1] : 0x0A
        if next != 0x20 && next != 0x0A { return false }
      } else if byte >= 0x7F {
        let next = index + 1 < count ? bytes[index + 1] : 0
        switch byte {
        case 0x7F: return false
        case 0xC2 where next < 0xA0: return false
        case 0xE2 where next == 0x80:
          let third = index + 2 < count ? bytes[index + 2] : 0
          if third == 0xA8 || third == 0xA9 { return false }
        case 0xEF where next == 0xBB || next == 0xBF:
          let third = index + 2 < count ? bytes[index + 2] : 0
          if next == 0xBB && third == 0xBF { return false }
          if next == 0xBF && (third == 0xBE || third == 0xBF) { return false }
        default: break
        }
      }
      index += 1
    }
    return true
  }

  // MARK: Document

  private mutating func document() throws(Unsupported) -> ValueNode {
    nextContentLine()
    if isAtMarker(UInt8(ascii: "-")) {
      position += 3
      try endOfLine()
      nextContentLine()
    }
    guard let start = indent, !isAtMarker(UInt8(ascii: ".")), !isAtMarker(UInt8(ascii: "-"))
    else { throw Unsupported() }
    let root: ValueNode
    if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") {
      root = try flowCollection(blockIndent: -1)
      try endOfLine()
      nextContentLine()
    } else {
      root = try blockCollection(indent: start)
    }
    try documentEnd()
    return root
  }

  // MARK: Block collections

  /// A block mapping or list that starts at the current position, at column `indent`.
  private mutating func blockCollection(indent: Int) throws(Unsupported) -> ValueNode {
    if isAtSequenceEntry { return try blockSequence(indent: indent) }
    return try blockMapping(indent: indent)
  }

  private mutating func blockMapping(indent mappingIndent: Int) throws(Unsupported) -> ValueNode {
    try enter()
    defer { depth -= 1 }
    let mark = currentMark
    let base = pairStack.count
    while true {
      let key = try self.key()
      let value = try blockValue(parentIndent: mappingIndent)
      pairStack.push(ValueNode.Pair(key: key, value: value))
      guard let next = indent, next == mappingIndent, !isAtMarker(UInt8(ascii: ".")),
        !isAtMarker(UInt8(ascii: "-"))
      else { break }
      if isAtSequenceEntry { throw Unsupported() }
    }
    if let next = indent, next > mappingIndent { throw Unsupported() }
    let pairs = pairStack.pop(from: base)
    try Self.checkUniqueKeys(pairs)
    return .mapping(ValueNode.Mapping(pairs: pairs, mark: mark))
  }

  private mutating func blockSequence(indent sequenceIndent: Int) throws(Unsupported) -> ValueNode {
    try enter()
    defer { depth -= 1 }
    let mark = currentMark
    let base = itemStack.count
    while true {
      position += 1
      skipSpaces()
      if byte == UInt8(ascii: "\n") || isAtEnd || byte == UInt8(ascii: "#") {
        try endOfLine()
        nextContentLine()
        guard let next = indent, next > sequenceIndent else { throw Unsupported() }
        itemStack.push(try blockCollection(indent: next))
      } else {
        let column = position - lineStart
        if isAtSequenceEntry {
          itemStack.push(try blockSequence(indent: column))
        } else if startsKey() {
          itemStack.push(try blockMapping(indent: column))
        } else {
          itemStack.push(try inlineValue(blockIndent: sequenceIndent))
          try endOfLine()
          nextContentLine()
        }
      }
      guard let next = indent, next == sequenceIndent, isAtSequenceEntry,
        !isAtMarker(UInt8(ascii: "-"))
      else { break }
    }
    if let next = indent, next > sequenceIndent { throw Unsupported() }
    return .sequence(ValueNode.List(items: itemStack.pop(from: base), mark: mark))
  }

  /// The value after a block mapping key's `:`; ends on the next content line.
  private mutating func blockValue(parentIndent: Int) throws(Unsupported) -> ValueNode {
    let colonEnd = currentMark
    skipSpaces()
    if byte == UInt8(ascii: "\n") || isAtEnd || byte == UInt8(ascii: "#") {
      try endOfLine()
      nextContentLine()
      if let next = indent, !isAtMarker(UInt8(ascii: ".")), !isAtMarker(UInt8(ascii: "-")) {
        if next > parentIndent { return try blockCollection(indent: next) }
        if next == parentIndent, isAtSequenceEntry {
          return try blockSequence(indent: next)
        }
      }
      try count()
      return .scalar(ValueNode.Scalar(string: "", isPlain: true, mark: colonEnd))
    }
    let value = try inlineValue(blockIndent: parentIndent)
    try endOfLine()
    nextContentLine()
    return value
  }

  /// A flow collection or a scalar on the current line.
  private mutating func inlineValue(blockIndent: Int) throws(Unsupported) -> ValueNode {
    switch byte {
    case UInt8(ascii: "["), UInt8(ascii: "{"): return try flowCollection(blockIndent: blockIndent)
    case UInt8(ascii: "'"), UInt8(ascii: "\""): return try quotedScalar()
    default: return try plainScalar(inFlow: false)
    }
  }

  /// A block mapping key (a scalar on one line) and its `:`.
  private mutating func key() throws(Unsupported) -> ValueNode {
    let start = position
    let key: ValueNode
    if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") {
      key = try quotedScalar()
    } else {
      key = try plainScalar(inFlow: false)
    }
    skipSpaces()
    guard byte == UInt8(ascii: ":"), isBlank(at: position + 1),
      position - start <= Self.maximumKeyLength
    else { throw Unsupported() }
    position += 1
    return key
  }

  /// Whether a block mapping key starts at the current position (without moving).
  private mutating func startsKey() -> Bool {
    let saved = (position, valueCount)
    defer { (position, valueCount) = saved }
    return (try? key()) != nil
  }

  // MARK: Flow collections

  private mutating func flowCollection(blockIndent: Int) throws(Unsupported) -> ValueNode {
    try enter()
    defer { depth -= 1 }
    try count()
    let mark = currentMark
    let isMapping = byte == UInt8(ascii: "{")
    let closer = isMapping ? UInt8(ascii: "}") : UInt8(ascii: "]")
    position += 1
    try skipFlowSpace(blockIndent: blockIndent)
    let base = isMapping ? pairStack.count : itemStack.count
    if byte == closer {
      position += 1
    } else {
      while true {
        if isMapping {
          let keyStart = position
          let key = try flowScalar()
          skipSpaces()
          guard byte == UInt8(ascii: ":"), position - keyStart <= Self.maximumKeyLength else {
            throw Unsupported()
          }
          if case .scalar(let scalar) = key, scalar.isPlain, !isBlank(at: position + 1) {
            throw Unsupported()
          }
          position += 1
          try skipFlowSpace(blockIndent: blockIndent)
          if byte == UInt8(ascii: ",") || byte == closer { throw Unsupported() }
          pairStack.push(ValueNode.Pair(key: key, value: try flowValue(blockIndent: blockIndent)))
        } else {
          itemStack.push(try flowValue(blockIndent: blockIndent))
        }
        try skipFlowSpace(blockIndent: blockIndent)
        if byte == closer {
          position += 1
          break
        }
        guard byte == UInt8(ascii: ",") else { throw Unsupported() }
        position += 1
        try skipFlowSpace(blockIndent: blockIndent)
        if byte == closer || byte == UInt8(ascii: ",") { throw Unsupported() }
      }
    }
    if isMapping {
      let pairs = pairStack.pop(from: base)
      try Self.checkUniqueKeys(pairs)
      return .mapping(ValueNode.Mapping(pairs: pairs, mark: mark))
    }
    return .sequence(ValueNode.List(items: itemStack.pop(from: base), mark: mark))
  }

  private mutating func flowValue(blockIndent: Int) throws(Unsupported) -> ValueNode {
    if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") {
      return try flowCollection(blockIndent: blockIndent)
    }
    return try flowScalar()
  }

  private mutating func flowScalar() throws(Unsupported) -> ValueNode {
    if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") { return try quotedScalar() }
    return try plainScalar(inFlow: true)
  }

  /// Skips spaces, line breaks and comments inside a flow collection.
  private mutating func skipFlowSpace(blockIndent: Int) throws(Unsupported) {
    while !isAtEnd {
      switch byte {
      case UInt8(ascii: " "):
        position += 1
      case UInt8(ascii: "\n"):
        position += 1
        newLine()
        if isAtMarker(UInt8(ascii: "-")) || isAtMarker(UInt8(ascii: ".")) { throw Unsupported() }
        var column = position
        while column < bytes.count, bytes[column] == UInt8(ascii: " ") { column += 1 }
        let next = column < bytes.count ? bytes[column] : UInt8(ascii: "\n")
        if next != UInt8(ascii: "\n"), next != UInt8(ascii: "#"),
          column - lineStart <= blockIndent
        {
          throw Unsupported()
        }
        position = column
      case UInt8(ascii: "#"):
        guard position == lineStart || bytes[position - 1] == UInt8(ascii: " ") else {
          throw Unsupported()
        }
        skipComment()
      default:
        return
      }
    }
  }

  // MARK: Scalars

  private mutating func plainScalar(inFlow: Bool) throws(Unsupported) -> ValueNode {
    try count()
    let mark = currentMark
    let start = position
    let first = byte
    switch first {
    case UInt8(ascii: "-"):
      let next = position + 1 < bytes.count ? bytes[position + 1] : UInt8(ascii: "\n")
      if isBlank(at: position + 1) || isFlowIndicator(next) { throw Unsupported() }
    case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
      UInt8(ascii: ","), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"),
      UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"),
      UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"),
      UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: " "), UInt8(ascii: "\n"):
      throw Unsupported()
    default:
      if isAtEnd { throw Unsupported() }
    }
    var end = position
    // The bytes that may end the scalar, as bit sets over 0–63 and 64–127: a line break, `:`,
    // `#`, and in a flow collection `,`, `[`, `]`, `{` and `}`; every other byte is part of it.
    let stopsBelow64: UInt64 = 1 << 0x0A | 1 << 0x3A | 1 << 0x23 | (inFlow ? 1 << 0x2C : 0)
    let stopsFrom64: UInt64 =
      inFlow
      ? 1 << (0x5B - 64) | 1 << (0x5D - 64) | 1 << (0x7B - 64)
        | 1 << (0x7D - 64) : 0
    // On locals: the loop runs for every byte of every plain scalar.
    let buffer = bytes
    let count = buffer.count
    var index = position
    scan: while index < count {
      let current = buffer[index]
      let mayStop =
        current < 64
        ? stopsBelow64 >> UInt64(current) & 1 != 0
        : current < 128 && stopsFrom64 >> UInt64(current - 64) & 1 != 0
      if mayStop {
        switch current {
        case UInt8(ascii: "\n"):
          break scan
        case UInt8(ascii: ":"):
          if index + 1 >= count || buffer[index + 1] == UInt8(ascii: " ")
            || buffer[index + 1] == UInt8(ascii: "\n")
          {
            break scan
          }
          if inFlow { throw Unsupported() }
        case UInt8(ascii: "#"):
          if buffer[index - 1] == UInt8(ascii: " ") { break scan }
        default:
          // A flow indicator (only in the sets inside a flow collection).
          break scan
        }
      }
      index += 1
      if current != UInt8(ascii: " ") { end = index }
    }
    position = end
    if end - start == 2, bytes[start] == UInt8(ascii: "<"), bytes[start + 1] == UInt8(ascii: "<") {
      throw Unsupported()
    }
    let text = scalarCache.text(of: bytes, from: start, to: end)
    return .scalar(ValueNode.Scalar(string: text, isPlain: true, mark: mark))
  }

  private mutating func quotedScalar() throws(Unsupported) -> ValueNode {
    try count()
    let mark = currentMark
    let quote = byte
    position += 1
    let start = position
    var escaped: [UInt8]?
    while true {
      guard position < bytes.count else { throw Unsupported() }
      let current = bytes[position]
      if current == UInt8(ascii: "\n") { throw Unsupported() }
      if current == quote {
        if quote == UInt8(ascii: "'"), position + 1 < bytes.count,
          bytes[position + 1] == UInt8(ascii: "'")
        {
          if escaped == nil { escaped = Array(bytes[start..<position]) }
          escaped?.append(current)
          position += 2
          continue
        }
        break
      }
      if current == UInt8(ascii: "\\"), quote == UInt8(ascii: "\"") {
        if escaped == nil { escaped = Array(bytes[start..<position]) }
        position += 1
        try escape(into: &escaped)
        continue
      }
      escaped?.append(current)
      position += 1
    }
    let text =
      if let escaped {
        String(decoding: escaped, as: UTF8.self)
      } else {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
      }
    position += 1
    return .scalar(ValueNode.Scalar(string: text, isPlain: false, mark: mark))
  }

  /// Appends the character of the escape after a backslash (the position is after it).
  private mutating func escape(into buffer: inout [UInt8]?) throws(Unsupported) {
    guard position < bytes.count else { throw Unsupported() }
    let code = bytes[position]
    position += 1
    let scalar: UInt32
    switch code {
    case UInt8(ascii: "a"): scalar = 0x07
    case UInt8(ascii: "b"): scalar = 0x08
    case UInt8(ascii: "t"): scalar = 0x09
    case UInt8(ascii: "n"): scalar = 0x0A
    case UInt8(ascii: "v"): scalar = 0x0B
    case UInt8(ascii: "f"): scalar = 0x0C
    case UInt8(ascii: "r"): scalar = 0x0D
    case UInt8(ascii: "e"): scalar = 0x1B
    case UInt8(ascii: " "): scalar = 0x20
    case UInt8(ascii: "\""): scalar = 0x22
    case UInt8(ascii: "/"): scalar = 0x2F
    case UInt8(ascii: "\\"): scalar = 0x5C
    case UInt8(ascii: "N"): scalar = 0x85
    case UInt8(ascii: "_"): scalar = 0xA0
    case UInt8(ascii: "L"): scalar = 0x2028
    case UInt8(ascii: "P"): scalar = 0x2029
    case UInt8(ascii: "x"): scalar = try hex(digits: 2)
    case UInt8(ascii: "u"): scalar = try hex(digits: 4)
    case UInt8(ascii: "U"): scalar = try hex(digits: 8)
    default: throw Unsupported()
    }
    guard scalar != 0, let unicode = Unicode.Scalar(scalar) else { throw Unsupported() }
    var text = ""
    text.unicodeScalars.append(unicode)
    buffer?.append(contentsOf: text.utf8)
  }

  private mutating func hex(digits: Int) throws(Unsupported) -> UInt32 {
    guard position + digits <= bytes.count else { throw Unsupported() }
    var value: UInt32 = 0
    for _ in 0..<digits {
      let digit = bytes[position]
      let nibble: UInt8
      switch digit {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = digit - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): nibble = digit - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): nibble = digit - UInt8(ascii: "A") + 10
      default: throw Unsupported()
      }
      value = value &* 16 &+ UInt32(nibble)
      position += 1
    }
    return value
  }

  // MARK: Lines

  private var isAtEnd: Bool { position >= bytes.count }

  private var byte: UInt8 { position < bytes.count ? bytes[position] : 0 }

  /// The line and column of the position; columns count Unicode scalars.
  ///
  /// Counts on from the previous mark on the same line, so that long flow lines stay linear.
  private var currentMark: ValueNode.Mark {
    mutating get {
      // On a line of ASCII only (nearly every line of a model), the column is the byte offset.
      if asciiLine == line { return ValueNode.Mark(line: line, column: position - lineStart + 1) }
      if markLine != line || markIndex < lineStart || markIndex > position {
        if Self.isASCIILine(bytes, from: lineStart) {
          asciiLine = line
          return ValueNode.Mark(line: line, column: position - lineStart + 1)
        }
        markLine = line
        markIndex = lineStart
        markColumn = 1
      }
      // Eight bytes at a time: a column per byte that does not continue a character (a
      // continuation byte is 10xxxxxx: its top bit set, the next one clear).
      if let base = UnsafeRawPointer(bytes.baseAddress) {
        while markIndex + 8 <= position {
          markColumn += ByteWord(loadingFrom: base, at: markIndex).characterStarts
          markIndex += 8
        }
      }
      while markIndex < position {
        if bytes[markIndex] & 0xC0 != 0x80 { markColumn += 1 }
        markIndex += 1
      }
      return ValueNode.Mark(line: line, column: markColumn)
    }
  }

  /// Whether the line that starts at `start` holds only ASCII up to its line break (`false`
  /// may also mean that a byte after the break is not ASCII).
  private static func isASCIILine(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
    var index = start
    if let base = UnsafeRawPointer(bytes.baseAddress) {
      while index + 8 <= bytes.count {
        let word = ByteWord(loadingFrom: base, at: index)
        if !word.isASCII { return false }
        if word.hasByte(0x0A) { return true }
        index += 8
      }
    }
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "\n") { return true }
      if bytes[index] >= 0x80 { return false }
      index += 1
    }
    return true
  }

  private func isBlank(at index: Int) -> Bool {
    index >= bytes.count || bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\n")
  }

  private func isFlowIndicator(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: ",") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]")
      || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}")
  }

  /// Whether the position is a list entry's `-`.
  private var isAtSequenceEntry: Bool {
    byte == UInt8(ascii: "-") && isBlank(at: position + 1)
  }

  /// Reads what may follow the document's root: nothing, or an end marker `...` and nothing
  /// after it.
  private mutating func documentEnd() throws(Unsupported) {
    guard indent != nil else { return }
    guard isAtMarker(UInt8(ascii: ".")) else { throw Unsupported() }
    position += 3
    try endOfLine()
    nextContentLine()
    guard indent == nil else { throw Unsupported() }
  }

  /// Whether a document marker (`---` or `...`) starts the current line at the position.
  private func isAtMarker(_ character: UInt8) -> Bool {
    position == lineStart && position + 3 <= bytes.count && bytes[position] == character
      && bytes[position + 1] == character && bytes[position + 2] == character
      && isBlank(at: position + 3)
  }

  private mutating func skipSpaces() {
    while position < bytes.count, bytes[position] == UInt8(ascii: " ") { position += 1 }
  }

  private mutating func skipComment() {
    while position < bytes.count, bytes[position] != UInt8(ascii: "\n") { position += 1 }
  }

  private mutating func newLine() {
    line += 1
    lineStart = position
  }

  /// Skips spaces and a comment after a value; the line must end there.
  private mutating func endOfLine() throws(Unsupported) {
    skipSpaces()
    if byte == UInt8(ascii: "#") {
      guard position == lineStart || bytes[position - 1] == UInt8(ascii: " ") else {
        throw Unsupported()
      }
      skipComment()
    }
    guard isAtEnd || byte == UInt8(ascii: "\n") else { throw Unsupported() }
  }

  /// Moves past the line break to the first character of the next line with content, and
  /// sets ``indent`` (nil at the end of the text).
  private mutating func nextContentLine() {
    while true {
      if position < bytes.count, bytes[position] == UInt8(ascii: "\n") {
        position += 1
        newLine()
      }
      if position == lineStart || position >= bytes.count {
        skipSpaces()
      }
      if isAtEnd {
        indent = nil
        return
      }
      if byte == UInt8(ascii: "#") {
        skipComment()
        continue
      }
      if byte == UInt8(ascii: "\n") { continue }
      indent = position - lineStart
      return
    }
  }

  private mutating func enter() throws(Unsupported) {
    depth += 1
    if depth > Self.maximumDepth { throw Unsupported() }
    if depth > deepest { deepest = depth }
  }

  private mutating func count() throws(Unsupported) {
    valueCount += 1
    if valueCount > valueLimit { throw Unsupported() }
  }

  /// Leaves a mapping with a repeated key to Yams, which reports it.
  private static func checkUniqueKeys(_ pairs: [ValueNode.Pair]) throws(Unsupported) {
    if pairs.count < 2 { return }
    if pairs.count <= 16 {
      for index in pairs.indices {
        guard case .scalar(let scalar) = pairs[index].key else { throw Unsupported() }
        for other in pairs[..<index] {
          if case .scalar(let earlier) = other.key, earlier.string == scalar.string {
            throw Unsupported()
          }
        }
      }
      return
    }
    var seen = Set<String>(minimumCapacity: pairs.count)
    for pair in pairs {
      guard case .scalar(let scalar) = pair.key, seen.insert(scalar.string).inserted else {
        throw Unsupported()
      }
    }
  }
}

// MARK: Halves

extension FastYAMLParser {
  /// Texts of at least this many bytes are parsed in two halves side by side.
  static let halvingSize = 1 << 20

  /// Where a text is cut in two: the first line at or after its middle that is an entry
  /// (`  - `) of a list at indentation 2, and that line's number.
  struct Cut: Equatable, Sendable {
    var offset: Int
    var line: Int
  }

  /// One half's result: the first half's root, or the second half's list entries and the
  /// root's pairs after them; and how many values it holds.
  struct Half: Sendable {
    var root: ValueNode?
    var items: [ValueNode] = []
    var pairs: [ValueNode.Pair] = []
    var values: Int
    /// How many lists and mappings it nests (the root mapping counted).
    var deepest: Int
  }

  /// The cut of a text (see ``Cut``), or `nil` when it is small or has no such line.
  static func cut(of text: String) -> Cut? {
    var text = text
    return text.withUTF8 { bytes -> Cut? in
      guard bytes.count >= halvingSize else { return nil }
      var index = bytes.count / 2
      while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
      index += 1
      while index + 4 <= bytes.count {
        if bytes[index] == UInt8(ascii: " "), bytes[index + 1] == UInt8(ascii: " "),
          bytes[index + 2] == UInt8(ascii: "-"), bytes[index + 3] == UInt8(ascii: " ")
        {
          return Cut(offset: index, line: 1 + lineBreaks(in: bytes, before: index))
        }
        while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
        index += 1
      }
      return nil
    }
  }

  /// The number of line breaks (LF) in `bytes[..<end]`, counted eight bytes at a time.
  static func lineBreaks(in bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> Int {
    var count = 0
    var index = 0
    if let base = UnsafeRawPointer(bytes.baseAddress) {
      while index + 8 <= end {
        count += ByteWord(loadingFrom: base, at: index).count(of: 0x0A)
        index += 8
      }
    }
    while index < end {
      if bytes[index] == UInt8(ascii: "\n") { count += 1 }
      index += 1
    }
    return count
  }

  /// The text before the cut, parsed as a whole document; `nil` outside the subset.
  static func firstHalf(of text: String, cut: Cut, valueLimit: Int) -> Half? {
    var text = text
    return text.withUTF8 { bytes -> Half? in
      guard cut.offset <= bytes.count,
        let parsed = parseCounting(
          UnsafeBufferPointer(rebasing: bytes[..<cut.offset]), valueLimit: valueLimit)
      else { return nil }
      return Half(root: parsed.root, values: parsed.values, deepest: parsed.deepest)
    }
  }

  /// The text from the cut on, parsed as the rest of the list the cut falls in and the root
  /// mapping's pairs after it; `nil` outside the subset.
  static func secondHalf(of text: String, cut: Cut, valueLimit: Int) -> Half? {
    var text = text
    return text.withUTF8 { bytes -> Half? in
      guard cut.offset <= bytes.count,
        isPlainText(UnsafeBufferPointer(rebasing: bytes[cut.offset...]))
      else { return nil }
      var parser = FastYAMLParser(bytes: bytes, valueLimit: valueLimit)
      parser.position = cut.offset
      parser.line = cut.line
      parser.lineStart = cut.offset
      guard let rest = try? parser.continuation() else { return nil }
      return Half(
        items: rest.items, pairs: rest.pairs, values: parser.valueCount,
        deepest: parser.deepest)
    }
  }

  /// The root value of the whole text from its two halves: the value of parsing it in one go.
  ///
  /// `nil` when the first half's root does not end in a list at indentation 2 (the
  /// cut fell elsewhere), or the halves hold repeated keys or too many values together: then
  /// the text is parsed in one go.
  static func joined(_ first: Half, _ second: Half, valueLimit: Int) -> ValueNode? {
    guard first.values + second.values <= valueLimit,
      case .mapping(let root) = first.root, root.mark.column == 1,
      let last = root.pairs.last, case .sequence(let list) = last.value, list.mark.column == 3
    else { return nil }
    var pairs = root.pairs
    pairs[pairs.count - 1].value = .sequence(
      ValueNode.List(items: list.items + second.items, mark: list.mark))
    pairs += second.pairs
    guard (try? checkUniqueKeys(pairs)) != nil else { return nil }
    return .mapping(ValueNode.Mapping(pairs: pairs, mark: root.mark))
  }

  /// The root value of a text parsed in two halves one after the other, or `nil` when it has
  /// no cut or the halves do not join (for the tests; the loader parses the halves side by side).
  static func parsedInHalves(_ text: String, valueLimit: Int) -> ValueNode? {
    guard let cut = cut(of: text),
      let first = firstHalf(of: text, cut: cut, valueLimit: valueLimit),
      let second = secondHalf(of: text, cut: cut, valueLimit: valueLimit)
    else { return nil }
    return joined(first, second, valueLimit: valueLimit)
  }

  /// Parses on from a cut as the parser of the whole text would: inside the root block mapping
  /// (at indentation 0), in the block list (at indentation 2) of its last key, at an entry.
  private mutating func continuation() throws(Unsupported) -> (
    items: [ValueNode], pairs: [ValueNode.Pair]
  ) {
    nextContentLine()
    guard indent == 2, isAtSequenceEntry else { throw Unsupported() }
    // The root mapping counts one level; the list counts the next (`blockSequence` enters it).
    depth = 1
    guard case .sequence(let list) = try blockSequence(indent: 2) else { throw Unsupported() }
    // The rest of `blockMapping(indent: 0)` after the pair whose value was the list.
    var pairs: [ValueNode.Pair] = []
    if let next = indent, next == 0, !isAtMarker(UInt8(ascii: ".")),
      !isAtMarker(UInt8(ascii: "-"))
    {
      if isAtSequenceEntry { throw Unsupported() }
      while true {
        let key = try self.key()
        let value = try blockValue(parentIndent: 0)
        pairs.append(ValueNode.Pair(key: key, value: value))
        guard let next = indent, next == 0, !isAtMarker(UInt8(ascii: ".")),
          !isAtMarker(UInt8(ascii: "-"))
        else { break }
        if isAtSequenceEntry { throw Unsupported() }
      }
    }
    if let next = indent, next > 0 { throw Unsupported() }
    // The rest of `document()`.
    try documentEnd()
    return (list.items, pairs)
  }
}
