/// The formula rule for spreadsheet cells (shared with the spreadsheet exports of issue 19).
///
/// A spreadsheet treats a cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return
/// as a formula (`=HYPERLINK(…)`, `+cmd|…`, `@SUM(…)`), so a name from a model could run
/// one when the CSV is opened. Such a text cell is written with a leading apostrophe, which
/// spreadsheets show as text and never evaluate; `import` removes it again. A text that already
/// begins with apostrophes followed by one of those characters gets one more, so every text
/// survives the trip (`'s-Hertogenbosch` is left alone: no formula character follows).
/// Numbers are not text cells: `-5` stays a number.
public enum FormulaGuard {
  /// Whether a scalar makes a cell a formula when it comes first.
  static func isTrigger(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "=", "+", "-", "@", "\t", "\r": true
    default: false
    }
  }

  /// Whether the text is apostrophes (none or more) and then a formula character.
  static func needsGuard(_ text: String) -> Bool {
    for scalar in text.unicodeScalars where scalar != "'" {
      return isTrigger(scalar)
    }
    return false
  }

  /// The text as a cell: with a leading apostrophe when it would otherwise be a formula.
  public static func guarded(_ text: String) -> String {
    needsGuard(text) ? "'" + text : text
  }

  /// The text of a cell written by ``guarded(_:)``: one leading apostrophe removed when
  /// apostrophes and a formula character begin it.
  public static func unguarded(_ cell: String) -> String {
    guard cell.unicodeScalars.first == "'", needsGuard(cell) else { return cell }
    return String(cell.unicodeScalars.dropFirst())
  }
}
