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

  mutating func beginObject() { open(UInt8(ascii: "{")) }
  mutating func endObject() { close(UInt8(ascii: "}")) }
  mutating func beginArray() { open(UInt8(ascii: "[")) }
  mutating func endArray() { close(UInt8(ascii: "]")) }

  /// Writes a member's key; the next call writes its value.
  mutating func key(_ key: String) {
    startValue()
    quote(key)
    bytes.append(contentsOf: [UInt8(ascii: " "), UInt8(ascii: ":"), UInt8(ascii: " ")])
    afterKey = true
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
    bytes.append(contentsOf: String(value).utf8)
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
  private mutating func quote(_ text: String) {
    bytes.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { utf8 in
      var runStart = 0
      for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
        bytes.append(contentsOf: utf8[runStart..<index])
        runStart = index + 1
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
      bytes.append(contentsOf: utf8[runStart..<utf8.count])
    }
    bytes.append(UInt8(ascii: "\""))
  }
}
