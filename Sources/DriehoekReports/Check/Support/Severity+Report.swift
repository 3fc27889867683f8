import DriehoekModel

extension Severity {
  /// The SARIF level of the severity.
  var sarifLevel: String {
    switch self {
    case .fout: "error"
    case .waarschuwing: "warning"
    case .info: "note"
    }
  }

  /// The plural word for counts in summaries.
  func countWord(_ count: Int, in language: Language) -> String {
    switch (self, language) {
    case (.fout, .nl): count == 1 ? "fout" : "fouten"
    case (.waarschuwing, .nl): count == 1 ? "waarschuwing" : "waarschuwingen"
    case (.info, _): "info"
    case (.fout, .en): count == 1 ? "error" : "errors"
    case (.waarschuwing, .en): count == 1 ? "warning" : "warnings"
    }
  }
}
