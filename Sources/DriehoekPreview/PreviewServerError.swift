/// Why the preview server could not start.
public enum PreviewServerError: Error, Sendable, CustomStringConvertible, Equatable {
  /// A socket call failed; `call` names it, `code` is `errno`.
  case socket(call: String, code: Int32)
  /// The port is taken by another program.
  case portInUse(UInt16)
  /// inotify could not watch the model (`call` names the call, `code` is `errno`).
  case watch(call: String, code: Int32)

  public var description: String {
    switch self {
    case .socket(let call, let code):
      "de server kon niet starten: \(call) gaf fout \(code) (\(SystemError.message(code)))"
    case .portInUse(let port):
      "poort \(port) is al in gebruik; kies een andere met --poort, of --poort 0 voor een vrije"
    case .watch(let call, let code):
      "het model kan niet bewaakt worden: \(call) gaf fout \(code) (\(SystemError.message(code)))"
    }
  }
}
