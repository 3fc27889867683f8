/// How serious a diagnostic or finding is, ordered from least to most serious.
public enum Severity: String, Hashable, Sendable, CaseIterable, Codable, Comparable {
  case info
  case waarschuwing
  case fout

  /// The word printed in the given language.
  public func word(in language: Language) -> String {
    switch (self, language) {
    case (.fout, .nl): "fout"
    case (.waarschuwing, .nl): "waarschuwing"
    case (.info, .nl): "info"
    case (.fout, .en): "error"
    case (.waarschuwing, .en): "warning"
    case (.info, .en): "info"
    }
  }

  private var rank: Int {
    switch self {
    case .info: 0
    case .waarschuwing: 1
    case .fout: 2
    }
  }

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
