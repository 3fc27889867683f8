@_spi(ByteScanning) import DriehoekModel

/// Pretty-printed JSON written straight into a byte buffer, in the exact layout of Foundation's
/// `JSONEncoder` with `[.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]`: two spaces per
/// level, `"key" : value`, one member per line, empty containers as `{\n\n}`.
///
/// The caller writes an object's keys in sorted order; nothing is held but the bytes written so
/// far and one flag per open container, so a report of 100,000 findings needs no tree of values.
struct JSONStream {
  /// The bytes written so far.
  private(set) var bytes: [UInt8] = []
  /// Per open container: whether nothing has been written into it yet.
  private var isEmpty: [Bool] = []
  /// Whether a key was just written, so the next value follows it on the same line.
  private var afterKey = false

  init(reservingCapacity capacity: Int = 0) { bytes.reserveCapacity(capacity) }

  /// The size of the chunks a writer hands out while it streams.
  static let chunkSize = 1 << 20

  /// Hands the bytes written so far to `output` once they reach `chunkSize`, and starts
  /// afresh: a report of any size then needs one chunk of memory, not its whole text.
  mutating func flush(atLeast chunkSize: Int, to output: ([UInt8]) -> Void) {
    guard bytes.count >= chunkSize else { return }
    output(bytes)
    bytes.removeAll(keepingCapacity: true)
  }

  /// Hands the rest, ending in a newline, to `output`.
  consuming func finish(to output: ([UInt8]) -> Void) {
    bytes.append(UInt8(ascii: "\n"))
    output(bytes)
  }

  /// The text written, ending in a newline; the buffer is given up, not copied.
  consuming func finish() -> String {
    bytes.append(UInt8(ascii: "\n"))
    return String(decoding: bytes, as: UTF8.self)
  }

  /// An empty stream standing where this one stands (inside the same containers), whose bytes
  /// follow this one's; with `afterValue`, the innermost container already holds a value.
  func continuation(afterValue: Bool = false) -> JSONStream {
    var next = JSONStream()
    next.isEmpty = isEmpty
    next.afterKey = afterKey
    if afterValue, let last = next.isEmpty.indices.last {
      next.isEmpty[last] = false
      next.afterKey = false
    }
    return next
  }

  /// Appends the bytes of a ``continuation(afterValue:)`` of this stream, and stands where it
  /// stands.
  mutating func append(_ continuation: JSONStream) {
    bytes.append(contentsOf: continuation.bytes)
    isEmpty = continuation.isEmpty
    afterKey = continuation.afterKey
  }

  /// Goes on with a ``continuation(afterValue:)`` of this stream, and stands where it stands.
  ///
  /// A continuation of `size` bytes or more is handed to `output` as it is, after the bytes this stream
  /// holds; a smaller one is appended. The bytes handed out and held are those of
  /// ``append(_:)``.
  mutating func append(
    _ continuation: JSONStream, handingOutAtLeast size: Int, to output: ([UInt8]) -> Void
  ) {
    guard continuation.bytes.count >= max(size, 1) else {
      append(continuation)
      return
    }
    if !bytes.isEmpty {
      output(bytes)
      bytes.removeAll(keepingCapacity: true)
    }
    output(continuation.bytes)
    isEmpty = continuation.isEmpty
    afterKey = continuation.afterKey
  }

  /// How many containers are open.
  var depth: Int { isEmpty.count }

  /// Starts a value that the caller writes itself with ``appendRaw(_:)`` and
  /// ``appendQuoted(_:)``, in the layout this stream would give it (see ``FindingLayout``): the
  /// separator from the value before it and the indentation are written here.
  mutating func beginRawValue() {
    startValue()
  }

  /// Appends bytes as they are (part of a value begun with ``beginRawValue()``).
  mutating func appendRaw(_ raw: [UInt8]) {
    bytes.append(contentsOf: raw)
  }

  /// Appends a JSON string literal (part of a value begun with ``beginRawValue()``).
  mutating func appendQuoted(_ text: String) {
    quote(text)
  }

  /// Appends a JSON string literal, or `null` (part of a value begun with ``beginRawValue()``).
  mutating func appendQuoted(_ text: String?) {
    if let text { quote(text) } else { bytes.append(contentsOf: "null".utf8) }
  }

  /// Appends an integer (part of a value begun with ``beginRawValue()``).
  mutating func appendInt(_ value: Int) {
    appendDigits(value)
  }

  mutating func beginObject() { open(UInt8(ascii: "{")) }
  mutating func endObject() { close(UInt8(ascii: "}")) }
  mutating func beginArray() { open(UInt8(ascii: "[")) }
  mutating func endArray() { close(UInt8(ascii: "]")) }

  /// Writes a member's key; the next call writes its value.
  mutating func key(_ key: String) {
    startValue()
    quote(key)
    bytes.append(UInt8(ascii: " "))
    bytes.append(UInt8(ascii: ":"))
    bytes.append(UInt8(ascii: " "))
    afterKey = true
  }

  /// Writes a member's key written in the code (``key(_:)`` for a literal): its bytes are copied
  /// from where the compiler put them, with no string made and no scan.
  ///
  /// The key must hold no character JSON escapes (a quote, a backslash, a control character):
  /// the writers' keys are plain words (`JSONReportWriterTests` reads every one back).
  mutating func literalKey(_ key: StaticString) {
    startValue()
    bytes.append(UInt8(ascii: "\""))
    key.withUTF8Buffer { bytes.append(contentsOf: $0) }
    bytes.append(UInt8(ascii: "\""))
    bytes.append(UInt8(ascii: " "))
    bytes.append(UInt8(ascii: ":"))
    bytes.append(UInt8(ascii: " "))
    afterKey = true
  }

  /// Writes `"key" : "value"` with a key written in the code (see ``literalKey(_:)``).
  mutating func literalMember(_ name: StaticString, _ value: String) {
    literalKey(name)
    string(value)
  }

  /// Writes `"key" : value` with a key written in the code (see ``literalKey(_:)``).
  mutating func literalMember(_ name: StaticString, _ value: Int) {
    literalKey(name)
    int(value)
  }

  mutating func string(_ value: String) {
    startValue()
    quote(value)
  }

  /// A string, or `null` when absent.
  mutating func string(_ value: String?) {
    if let value { string(value) } else { null() }
  }

  mutating func int(_ value: Int) {
    startValue()
    appendDigits(value)
  }

  /// The digits as `String(value)` writes them, without making the string.
  private mutating func appendDigits(_ value: Int) {
    guard value >= 0 else {
      bytes.append(contentsOf: String(value).utf8)
      return
    }
    var divisor = 1
    while divisor <= value / 10 { divisor *= 10 }
    var rest = value
    while divisor > 0 {
      bytes.append(0x30 + UInt8(truncatingIfNeeded: rest / divisor))
      rest %= divisor
      divisor /= 10
    }
  }

  /// A number or `true`/`false`, written as given (the caller makes it valid JSON).
  mutating func literal(_ text: String) {
    startValue()
    bytes.append(contentsOf: text.utf8)
  }

  mutating func null() {
    startValue()
    bytes.append(contentsOf: "null".utf8)
  }

  /// Writes `"key" : "value"`.
  mutating func member(_ name: String, _ value: String) {
    key(name)
    string(value)
  }

  /// Writes `"key" : value`.
  mutating func member(_ name: String, _ value: Int) {
    key(name)
    int(value)
  }

  private mutating func open(_ bracket: UInt8) {
    startValue()
    bytes.append(bracket)
    bytes.append(UInt8(ascii: "\n"))
    isEmpty.append(true)
  }

  private mutating func close(_ bracket: UInt8) {
    isEmpty.removeLast()
    bytes.append(UInt8(ascii: "\n"))
    indent()
    bytes.append(bracket)
  }

  /// Separates a value from the one before it in the same container and indents it.
  private mutating func startValue() {
    if afterKey {
      afterKey = false
      return
    }
    guard let last = isEmpty.indices.last else { return }
    if isEmpty[last] {
      isEmpty[last] = false
    } else {
      bytes.append(UInt8(ascii: ","))
      bytes.append(UInt8(ascii: "\n"))
    }
    indent()
  }

  private mutating func indent() {
    for _ in 0..<isEmpty.count {
      bytes.append(UInt8(ascii: " "))
      bytes.append(UInt8(ascii: " "))
    }
  }

  /// A JSON string literal: quotes, backslashes and control characters escaped, as
  /// `JSONEncoder` escapes them; everything else (slashes and non-ASCII included) as is.
  ///
  /// The runs between escapes are found eight bytes at a time and appended whole.
  private mutating func quote(_ text: String) {
    bytes.append(UInt8(ascii: "\""))
    // The bytes in place (a small string's on the stack), whatever the string's storage.
    var text = text
    text.withUTF8 { appendEscaped($0) }
    bytes.append(UInt8(ascii: "\""))
  }

  /// Appends UTF-8 bytes with the bytes JSON must escape escaped (see ``quote(_:)``).
  private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
    var runStart = 0
    var index = Self.firstEscape(in: utf8, from: 0)
    while index < utf8.count {
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
      appendEscape(utf8[index])
      runStart = index + 1
      index = Self.firstEscape(in: utf8, from: runStart)
    }
    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
  }

  /// The position of the first byte at or after `start` that JSON must escape (a control
  /// character, a quote or a backslash), or the count when there is none; eight bytes at a time.
  private static func firstEscape(in utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var index = start
    let count = utf8.count
    if let base = UnsafeRawPointer(utf8.baseAddress) {
      while count - index >= 8 {
        let word = ByteWord(loadingFrom: base, at: index)
        if word.hasByte(below: 0x20) || word.hasByte(0x22) || word.hasByte(0x5C) { break }
        index += 8
      }
    }
    while index < count {
      let byte = utf8[index]
      if byte < 0x20 || byte == 0x22 || byte == 0x5C { return index }
      index += 1
    }
    return count
  }

  /// Appends the escape of one byte that JSON must escape.
  private mutating func appendEscape(_ byte: UInt8) {
    switch byte {
    case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
    case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
    case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
    case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
    case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
    case 0x08: bytes.append(contentsOf: [0x5C, UInt8(ascii: "b")])
    case 0x0C: bytes.append(contentsOf: [0x5C, UInt8(ascii: "f")])
    default:
      let digits = Array("0123456789abcdef".utf8)
      bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30])
      bytes.append(digits[Int(byte >> 4)])
      bytes.append(digits[Int(byte & 0x0F)])
    }
  }
}
