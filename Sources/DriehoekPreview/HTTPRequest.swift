/// One HTTP/1.1 request as the preview server reads it: a request line and headers, no body.
///
/// The preview only answers `GET` and `HEAD`; a request with a body is refused while it is
/// parsed (see ``HTTPRequest/parse(_:limit:)``).
public struct HTTPRequest: Sendable, Equatable {
  /// The method, such as `GET`.
  public var method: String
  /// The path of the request target, without the query: `/`, `/gebeurtenissen`.
  public var path: String
  /// The query parameters of the request target, percent-decoded, in order.
  public var query: [(name: String, value: String)]
  /// The headers, names in lower case, in order.
  public var headers: [(name: String, value: String)]

  /// Creates a request.
  public init(
    method: String, path: String, query: [(name: String, value: String)] = [],
    headers: [(name: String, value: String)] = []
  ) {
    self.method = method
    self.path = path
    self.query = query
    self.headers = headers
  }

  /// The first value of a header (name in any case).
  public func header(_ name: String) -> String? {
    let wanted = name.lowercased()
    return headers.first { $0.name == wanted }?.value
  }

  /// The first value of a query parameter.
  public func parameter(_ name: String) -> String? {
    query.first { $0.name == name }?.value
  }

  public static func == (lhs: HTTPRequest, rhs: HTTPRequest) -> Bool {
    lhs.method == rhs.method && lhs.path == rhs.path
      && lhs.query.elementsEqual(rhs.query) { $0 == $1 }
      && lhs.headers.elementsEqual(rhs.headers) { $0 == $1 }
  }
}
