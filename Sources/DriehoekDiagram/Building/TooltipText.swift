/// The text of a tooltip, line by line, that stops growing once it is longer than the DOT writer
/// keeps of one text (``DOTEscaping/maximumTextLength`` Unicode scalars).
///
/// ``text`` is the whole text cut as ``DOTEscaping/truncated(_:)`` cuts it: once the text is
/// over the limit, the cut keeps the same first scalars whatever follows, so what would follow
/// is left out before it is made.
struct TooltipText {
  /// The text so far, joined by newlines.
  private var whole = ""
  /// The Unicode scalars in `whole`.
  private var scalars = 0
  /// Whether a line was appended: the next line starts with a newline, even after an empty one.
  private var hasLine = false

  /// Whether the text is past the cut: anything appended now would be cut off.
  var isFull: Bool { scalars > DOTEscaping.maximumTextLength }

  /// The text, cut to the limit with `…` when longer.
  var text: String { DOTEscaping.truncated(whole) }

  /// Appends a line, after a newline when a line came before.
  mutating func appendLine(_ line: String) {
    guard !isFull else { return }
    if hasLine { append("\n") }
    hasLine = true
    append(line)
  }

  /// Appends text to the last line.
  mutating func append(_ piece: String) {
    guard !isFull else { return }
    whole += piece
    scalars += piece.unicodeScalars.count
  }
}
