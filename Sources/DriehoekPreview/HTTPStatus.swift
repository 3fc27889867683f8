/// The HTTP status codes the preview server answers with.
public enum HTTPStatus: Int, Sendable {
  case ok = 200
  case notModified = 304
  case badRequest = 400
  case forbidden = 403
  case notFound = 404
  case methodNotAllowed = 405
  case headersTooLarge = 431
  case serviceUnavailable = 503

  /// The reason phrase of the status line.
  public var reason: String {
    switch self {
    case .ok: "OK"
    case .notModified: "Not Modified"
    case .badRequest: "Bad Request"
    case .forbidden: "Forbidden"
    case .notFound: "Not Found"
    case .methodNotAllowed: "Method Not Allowed"
    case .headersTooLarge: "Request Header Fields Too Large"
    case .serviceUnavailable: "Service Unavailable"
    }
  }
}
