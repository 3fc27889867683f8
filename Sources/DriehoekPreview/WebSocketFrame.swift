/// The little of RFC 6455 the preview needs: the handshake's accept key, text, ping and close
/// frames from the server, and reading the (masked) frames a browser sends.
struct WebSocketFrame: Sendable, Equatable {
  /// The opcodes used.
  enum Opcode: UInt8, Sendable {
    case continuation = 0x0
    case text = 0x1
    case binary = 0x2
    case close = 0x8
    case ping = 0x9
    case pong = 0xA
  }

  /// What reading a frame from a buffer gave.
  enum ReadOutcome: Sendable, Equatable {
    /// Not a whole frame yet.
    case incomplete
    /// A frame, taking `length` bytes of the buffer.
    case frame(WebSocketFrame, length: Int)
    /// A protocol error: close the connection with this status code.
    case invalid(closeCode: UInt16)
  }

  /// The largest frame a page may send (it sends none but control frames): 4 KiB.
  static let maximumIncoming = 4096

  var opcode: Opcode
  var payload: [UInt8]

  /// `Sec-WebSocket-Accept` for a `Sec-WebSocket-Key`.
  static func acceptKey(for key: String) -> String {
    SHA1.base64(SHA1.digest(Array((key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").utf8)))
  }

  /// The frame as the server sends it: final, unmasked.
  func serialized() -> [UInt8] {
    var bytes: [UInt8] = [0x80 | opcode.rawValue]
    let count = payload.count
    if count < 126 {
      bytes.append(UInt8(count))
    } else if count <= 0xFFFF {
      bytes += [126, UInt8(count >> 8), UInt8(count & 0xFF)]
    } else {
      bytes.append(127)
      for shift in stride(from: 56, through: 0, by: -8) {
        bytes.append(UInt8(truncatingIfNeeded: UInt64(count) >> UInt64(shift)))
      }
    }
    return bytes + payload
  }

  /// Reads one frame a client sent: it must be masked, final (no fragments), with a known
  /// opcode and at most ``maximumIncoming`` bytes.
  static func read(_ buffer: [UInt8]) -> ReadOutcome {
    guard buffer.count >= 2 else { return .incomplete }
    let first = buffer[0]
    let second = buffer[1]
    guard first & 0x70 == 0 else { return .invalid(closeCode: 1002) }
    guard let opcode = Opcode(rawValue: first & 0x0F), opcode != .continuation else {
      return .invalid(closeCode: 1002)
    }
    guard first & 0x80 != 0 else { return .invalid(closeCode: 1003) }
    guard second & 0x80 != 0 else { return .invalid(closeCode: 1002) }
    var length = Int(second & 0x7F)
    var offset = 2
    if length == 126 {
      guard buffer.count >= 4 else { return .incomplete }
      length = Int(buffer[2]) << 8 | Int(buffer[3])
      offset = 4
    } else if length == 127 {
      return .invalid(closeCode: 1009)
    }
    guard length <= maximumIncoming else { return .invalid(closeCode: 1009) }
    guard buffer.count >= offset + 4 + length else { return .incomplete }
    let mask = Array(buffer[offset..<(offset + 4)])
    offset += 4
    var payload = Array(buffer[offset..<(offset + length)])
    for index in payload.indices { payload[index] ^= mask[index % 4] }
    return .frame(WebSocketFrame(opcode: opcode, payload: payload), length: offset + length)
  }
}
