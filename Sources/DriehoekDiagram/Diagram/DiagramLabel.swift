/// What a node, edge, cluster or graph shows: plain text or an HTML-like table.
public enum DiagramLabel: Hashable, Sendable {
  /// Plain text, printed as written; a newline starts a new centred line.
  case text(String)
  /// An HTML-like label, whose texts are printed as written.
  case html(HTMLElement)
}
