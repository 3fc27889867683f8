import ArgumentParser
import DriehoekModel

/// The lowest severity of an open finding that makes `driehoek check` fail (`--fail-on`).
enum CheckFailLevel: String, CaseIterable, ExpressibleByArgument {
  case fout
  case waarschuwing
  case info
  case nooit

  /// The severity from which findings fail the check, or `nil` for `nooit`.
  var threshold: Severity? {
    switch self {
    case .fout: .fout
    case .waarschuwing: .waarschuwing
    case .info: .info
    case .nooit: nil
    }
  }
}
