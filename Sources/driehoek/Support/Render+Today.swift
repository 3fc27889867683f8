import DriehoekModel
import Foundation

extension Day {
  /// Today in UTC.
  static func today() -> Day {
    Day(ordinal: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
  }
}
