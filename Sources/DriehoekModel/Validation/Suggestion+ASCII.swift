extension Suggestion {
  /// A valid id close to one with characters an id may not hold.
  ///
  /// Letters with an accent, diaeresis or cedilla lose it (`financiën` becomes `financien`),
  /// `ß`, `æ`, `œ` and `ĳ` are spelt out, spaces and other characters become `-`; `nil` when
  /// that gives no valid id.
  /// - Complexity: O(*n*) in the length of the id.
  public static func asciiID(for id: String) -> String? {
    var result = ""
    for scalar in id.unicodeScalars {
      switch scalar {
      case "a"..."z", "A"..."Z", "0"..."9", "-", "_", ".":
        result.unicodeScalars.append(scalar)
      case "\u{0300}"..."\u{036F}":
        // A combining accent (a decomposed `ë`): the letter before it stays, the accent goes.
        continue
      default:
        if let plain = plainLetters[scalar] {
          result += plain
        } else if !result.hasSuffix("-") {
          result += "-"
        }
      }
    }
    while result.hasSuffix("-") { result.removeLast() }
    while result.hasPrefix("-") { result.removeFirst() }
    guard !result.isEmpty, result != id else { return nil }
    return result
  }

  /// The Latin letters with diacritics of Dutch and its neighbours, without them.
  private static let plainLetters: [Unicode.Scalar: String] = {
    let groups: [(String, String)] = [
      ("àáâãäåā", "a"), ("ÀÁÂÃÄÅĀ", "A"), ("çć", "c"), ("ÇĆ", "C"), ("èéêëē", "e"),
      ("ÈÉÊËĒ", "E"), ("ìíîïī", "i"), ("ÌÍÎÏĪ", "I"), ("ñń", "n"), ("ÑŃ", "N"),
      ("òóôõöøō", "o"), ("ÒÓÔÕÖØŌ", "O"), ("ùúûüū", "u"), ("ÙÚÛÜŪ", "U"), ("ýÿ", "y"),
      ("Ý", "Y"), ("š", "s"), ("Š", "S"), ("ž", "z"), ("Ž", "Z"),
    ]
    var table: [Unicode.Scalar: String] = [
      "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ĳ": "ij", "Ĳ": "IJ",
    ]
    for (letters, plain) in groups {
      for scalar in letters.unicodeScalars { table[scalar] = plain }
    }
    return table
  }()
}
