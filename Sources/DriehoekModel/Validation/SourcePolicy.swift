/// What a `bronnen` item may be: a web address under the rules of ``URLPolicy``, or a short
/// citation.
///
/// An item that starts like an address (``isAddress(_:)``: `https://…`, `mailto:…`,
/// `javascript:…`, `//host`) is an address and must pass ``URLPolicy/isSafe(_:)``. Everything
/// else is a citation ("Kamerstuk 32543 nr. 7", "onbevestigd: standaard uit de Regeling
/// agentschappen 2024"): at most ``ModelKeys/maximumCitationLength`` characters, without control,
/// invisible or bidirectional characters, so that it stays one readable line in a tooltip or a
/// report.
public enum SourcePolicy {
  /// What is wrong with a `bronnen` item.
  public enum Flaw: Hashable, Sendable {
    /// It looks like an address, but not one ``URLPolicy`` accepts.
    case unsafeAddress
    /// It is longer than the limit (given in characters).
    case tooLong(limit: Int)
    /// It holds a control, invisible or bidirectional character.
    case controlCharacter
    /// It holds nothing but spaces.
    case blank
  }

  /// Whether the item is written as an address (and is then checked as one).
  ///
  /// It is when it starts with
  /// `//`, with a scheme followed by `://`, or with one of the schemes that take no slashes and
  /// that a browser would follow (`mailto:`, `javascript:`, `vbscript:`, `data:`, `file:`,
  /// `blob:`), in any case. "ISBN:978…" or "Stcrt. 2024, 32572" are citations.
  public static func isAddress(_ item: String) -> Bool {
    if item.hasPrefix("//") { return true }
    guard let colon = item.firstIndex(of: ":") else { return false }
    let scheme = item[..<colon]
    guard let first = scheme.unicodeScalars.first, isLetter(first),
      scheme.unicodeScalars.allSatisfy({
        isLetter($0) || ("0"..."9").contains($0) || "+.-".unicodeScalars.contains($0)
      })
    else { return false }
    if item[colon...].hasPrefix("://") { return true }
    return bareSchemes.contains(scheme.lowercased())
  }

  private static let bareSchemes: Set<String> = [
    "mailto", "javascript", "vbscript", "data", "file", "blob",
  ]

  /// Whether a report or diagram may link to the item: an address that ``URLPolicy`` accepts.
  public static func isLink(_ item: String) -> Bool {
    isAddress(item) && URLPolicy.isSafe(item)
  }

  /// What is wrong with the item, or `nil` when it is a valid address or citation.
  public static func flaw(of item: String) -> Flaw? {
    let length = item.unicodeScalars.count
    if isAddress(item) {
      if length > ModelKeys.maximumSourceLength {
        return .tooLong(limit: ModelKeys.maximumSourceLength)
      }
      return URLPolicy.isSafe(item) ? nil : .unsafeAddress
    }
    if item.unicodeScalars.allSatisfy({ $0 == " " }) { return .blank }
    if item.unicodeScalars.contains(where: isControl) { return .controlCharacter }
    if length > ModelKeys.maximumCitationLength {
      return .tooLong(limit: ModelKeys.maximumCitationLength)
    }
    return nil
  }

  private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
  }

  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0...0x1F, 0x7F...0x9F: true
    case 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2069, 0xFEFF: true
    default: false
    }
  }
}
