import DriehoekModel

/// A finding's message made piece by piece as UTF-8 bytes and turned into a `String` once, at
/// the end.
///
/// Appending a piece's bytes to an array costs about a third less than appending the piece to a
/// `String` (which checks and grows its storage on every append); the rules that make tens of
/// thousands of messages on a large model build them this way. The text is the same.
struct MessageText {
  /// The message so far, as UTF-8.
  private var bytes: [UInt8] = []

  /// A message that starts with `start`, with room for `capacity` bytes.
  init(_ start: String, capacity: Int = 256) {
    bytes.reserveCapacity(capacity)
    bytes.append(contentsOf: start.utf8)
  }

  /// Appends a piece.
  static func += (message: inout MessageText, piece: String) {
    message.bytes.append(contentsOf: piece.utf8)
  }

  /// The message.
  var text: String { String(decoding: bytes, as: UTF8.self) }
}

extension AnalysisContext {
  /// Appends ``label(_:)`` to a message, as ``appendLabel(_:to:)`` does to a text.
  func appendLabel(_ id: ElementID, to message: inout MessageText) {
    let name = index.name(of: id)
    if name == id.rawValue {
      message += id.rawValue
    } else {
      message += name
      message += " ("
      message += id.rawValue
      message += ")"
    }
  }
}
