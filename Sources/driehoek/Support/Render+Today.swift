import DriehoekModel
import Foundation

extension Day {
  /// Today in UTC.
  static func today() -> Day {
    Day(ordinal: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
  }

  /// The day a report says it was generated: `SOURCE_DATE_EPOCH` (seconds since 1970-01-01
  /// UTC, the reproducible-builds convention) when it is set, else today in UTC.
  static func generated() -> Day {
    if case .success(let day?) = sourceDateEpoch() { return day }
    return today()
  }

  /// The day `SOURCE_DATE_EPOCH` names: `nil` when it is not set (or empty), a failure with
  /// its text when it is not a whole number of seconds.
  static func sourceDateEpoch() -> Result<Day?, SourceDateEpochError> {
    guard let text = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], !text.isEmpty
    else { return .success(nil) }
    guard text.utf8.allSatisfy({ (0x30...0x39).contains($0) }), text.utf8.count <= 15,
      let seconds = Int(text)
    else { return .failure(SourceDateEpochError(text: text)) }
    return .success(Day(ordinal: seconds / 86_400))
  }
}
