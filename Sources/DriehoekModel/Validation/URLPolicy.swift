/// Which web and mail addresses a model may hold (`url` on an organisation).
///
/// Only `http://HOST…`, `https://HOST…` and `mailto:ADDRESS` are accepted, compared without
/// regard to case but written from the first character: no leading spaces, control characters
/// or entities (`javascript&#58;`), no `data:`, `vbscript:` or protocol-relative `//host`. An
/// address may not contain spaces, control characters, bidirectional controls, quotes, angle
/// brackets or backslashes, which a valid address writes percent-encoded anyway; so an address
/// can never close the attribute or element it is written into.
public enum URLPolicy {
  /// Whether `url` is an address a diagram or report may link to.
  public static func isSafe(_ url: String) -> Bool {
    let lowered = url.lowercased()
    let rest: Substring
    if lowered.hasPrefix("https://") {
      rest = lowered.dropFirst("https://".count)
    } else if lowered.hasPrefix("http://") {
      rest = lowered.dropFirst("http://".count)
    } else if lowered.hasPrefix("mailto:") {
      rest = lowered.dropFirst("mailto:".count)
    } else {
      return false
    }
    guard let first = rest.unicodeScalars.first, first != "/" else { return false }
    return url.unicodeScalars.allSatisfy(isAllowed)
  }

  private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0...0x20, 0x7F...0x9F: false  // controls and the space
    case 0x22, 0x27, 0x3C, 0x3E, 0x5C, 0x60: false  // " ' < > \ `
    case 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2069, 0xFEFF: false  // invisible, bidi
    default: true
    }
  }
}
