extension HTTPRequest {
  /// What reading the start of a connection gave.
  public enum ParseOutcome: Sendable, Equatable {
    /// The header block is not complete yet: read more (within the limit).
    case incomplete
    /// A whole request; `length` bytes of the input were its header block.
    case request(HTTPRequest, length: Int)
    /// Not a request the server accepts: answer with this status and reason, then close.
    case refused(status: HTTPStatus, reason: String)
  }

  /// The largest header block the server reads (request line and headers): 16 KiB.
  public static let defaultLimit = 16 * 1024

  /// Parses the header block at the start of `bytes`.
  ///
  /// Strict where it matters: the request line must be `METHOD SP TARGET SP HTTP/1.x`, the
  /// target an absolute path of printable ASCII, every header `name: value` with a token as
  /// name, no line ending without CR LF or a bare LF, and no body (`Content-Length` other than 0
  /// or any `Transfer-Encoding` is refused). Only `GET` and `HEAD` are allowed (405 otherwise);
  /// a header block over `limit` bytes is refused with 431.
  /// - Complexity: O(*n*) in the length of the header block.
  public static func parse(_ bytes: some Collection<UInt8>, limit: Int = defaultLimit)
    -> ParseOutcome
  {
    let input = Array(bytes.prefix(limit + 4))
    guard let end = headerEnd(in: input) else {
      if input.count > limit {
        return .refused(status: .headersTooLarge, reason: "de kopregels zijn te lang")
      }
      // A request cannot start with anything but a method token.
      if let first = input.first, !isTokenByte(first) {
        return .refused(status: .badRequest, reason: "dit is geen HTTP-verzoek")
      }
      return .incomplete
    }
    if end > limit {
      return .refused(status: .headersTooLarge, reason: "de kopregels zijn te lang")
    }
    var lines: [ArraySlice<UInt8>] = []
    var start = 0
    var index = 0
    while index < end {
      if input[index] == 13 && input[index + 1] == 10 {
        lines.append(input[start..<index])
        start = index + 2
        index += 2
      } else if input[index] == 10 || input[index] == 13 {
        return .refused(status: .badRequest, reason: "een regel eindigt niet op CR LF")
      } else if input[index] == 0 {
        return .refused(status: .badRequest, reason: "een NUL-teken in de kopregels")
      } else {
        index += 1
      }
    }
    // The last line ends at the CR LF CR LF.
    lines.append(input[start..<end])
    guard let requestLine = lines.first else {
      return .refused(status: .badRequest, reason: "geen verzoekregel")
    }
    let parts = requestLine.split(separator: 32, omittingEmptySubsequences: false)
    guard parts.count == 3, !parts[0].isEmpty, parts[0].allSatisfy(isTokenByte) else {
      return .refused(status: .badRequest, reason: "de verzoekregel is geen 'METHODE PAD HTTP/1.1'")
    }
    let version = String(decoding: parts[2], as: UTF8.self)
    guard version == "HTTP/1.1" || version == "HTTP/1.0" else {
      return .refused(status: .badRequest, reason: "onbekende HTTP-versie '\(printable(version))'")
    }
    let method = String(decoding: parts[0], as: UTF8.self)
    let target = parts[1]
    guard target.first == UInt8(ascii: "/"), target.allSatisfy({ $0 > 32 && $0 < 127 }) else {
      return .refused(status: .badRequest, reason: "het pad moet met '/' beginnen")
    }
    var headers: [(name: String, value: String)] = []
    for line in lines.dropFirst() {
      guard let colon = line.firstIndex(of: UInt8(ascii: ":")),
        colon > line.startIndex, line[line.startIndex..<colon].allSatisfy(isTokenByte)
      else {
        return .refused(status: .badRequest, reason: "een kopregel is geen 'Naam: waarde'")
      }
      let name = String(decoding: line[line.startIndex..<colon], as: UTF8.self).lowercased()
      let value = String(decoding: line[(colon + 1)...], as: UTF8.self)
        .trimmingCharacters(" \t")
      headers.append((name, value))
    }
    if headers.contains(where: { $0.name == "transfer-encoding" })
      || headers.contains(where: { $0.name == "content-length" && $0.value != "0" })
    {
      return .refused(status: .badRequest, reason: "een verzoek met inhoud wordt niet aanvaard")
    }
    if version == "HTTP/1.1", headers.filter({ $0.name == "host" }).count != 1 {
      return .refused(status: .badRequest, reason: "er moet precies één Host-kopregel zijn")
    }
    guard method == "GET" || method == "HEAD" else {
      return .refused(status: .methodNotAllowed, reason: "alleen GET en HEAD")
    }
    let targetText = String(decoding: target, as: UTF8.self)
    let pathEnd = targetText.firstIndex(where: { $0 == "?" || $0 == "#" }) ?? targetText.endIndex
    guard let path = percentDecoded(targetText[..<pathEnd]) else {
      return .refused(status: .badRequest, reason: "het pad is niet goed gecodeerd")
    }
    var query: [(name: String, value: String)] = []
    if pathEnd < targetText.endIndex, targetText[pathEnd] == "?" {
      let rest = targetText[targetText.index(after: pathEnd)...]
      let queryText = rest.prefix { $0 != "#" }
      for pair in queryText.split(separator: "&") {
        let halves = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        guard let name = percentDecoded(halves[0]),
          let value = percentDecoded(halves.count > 1 ? halves[1] : "")
        else {
          return .refused(status: .badRequest, reason: "de zoekvraag is niet goed gecodeerd")
        }
        query.append((name, value))
      }
    }
    return .request(
      HTTPRequest(method: method, path: path, query: query, headers: headers), length: end + 4)
  }

  /// The index of the CR LF CR LF that ends the header block, if any.
  private static func headerEnd(in bytes: [UInt8]) -> Int? {
    guard bytes.count >= 4 else { return nil }
    for index in 0...(bytes.count - 4)
    where bytes[index] == 13 && bytes[index + 1] == 10 && bytes[index + 2] == 13
      && bytes[index + 3] == 10
    {
      return index
    }
    return nil
  }

  /// Whether a byte may be part of an HTTP token (RFC 9110 `tchar`).
  private static func isTokenByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"):
      true
    default:
      "!#$%&'*+-.^_`|~".utf8.contains(byte)
    }
  }

  /// `+` as space and `%XX` decoded; `nil` for a bad escape or bytes that are not UTF-8.
  private static func percentDecoded(_ text: Substring) -> String? {
    var bytes: [UInt8] = []
    var iterator = text.utf8.makeIterator()
    while let byte = iterator.next() {
      if byte == UInt8(ascii: "%") {
        guard let high = iterator.next().flatMap(hexValue),
          let low = iterator.next().flatMap(hexValue)
        else { return nil }
        bytes.append(high << 4 | low)
      } else if byte == UInt8(ascii: "+") {
        bytes.append(32)
      } else {
        bytes.append(byte)
      }
    }
    return String(validating: bytes, as: UTF8.self)
  }

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
  }

  /// Text cut to 40 characters for a message.
  private static func printable(_ text: String) -> String {
    String(text.prefix(40))
  }
}

extension String {
  /// The string without the given characters at either end.
  func trimmingCharacters(_ characters: String) -> String {
    let set = Set(characters)
    let head = drop { set.contains($0) }
    return String(head.reversed().drop { set.contains($0) }.reversed())
  }
}
