import DriehoekModel

/// A piece of HTML built so that text is always escaped: the only way to put characters into
/// markup is ``text(_:)`` (escaped) or an ``element(_:_:_:)`` whose attribute values are escaped;
/// ``trusted(_:)`` is reserved for markup the writer made itself (inline SVG after
/// ``InlineSVG`` prepared it, the style sheet).
struct HTMLFragment: Sendable {
  /// The markup.
  private(set) var markup: String

  private init(markup: String) { self.markup = markup }

  /// Text, with `& < > " '` escaped and characters HTML forbids replaced by spaces.
  static func text(_ value: String) -> HTMLFragment {
    HTMLFragment(markup: XMLText.escaped(value))
  }

  /// Markup the writer produced itself.
  static func trusted(_ markup: String) -> HTMLFragment { HTMLFragment(markup: markup) }

  /// Nothing.
  static let empty = HTMLFragment(markup: "")

  /// An element with attributes (values escaped; `nil` values left out) and children.
  static func element(
    _ tag: String, _ attributes: [(String, String?)] = [], _ children: [HTMLFragment] = []
  ) -> HTMLFragment {
    var markup = startTag(tag, attributes)
    if voidElements.contains(tag) { return HTMLFragment(markup: markup) }
    for child in children { markup += child.markup }
    return HTMLFragment(markup: markup + "</\(tag)>")
  }

  /// The start tag of an element as ``element(_:_:_:)`` writes it: attribute values escaped,
  /// `nil` values left out.
  static func startTag(_ tag: String, _ attributes: [(String, String?)] = []) -> String {
    var markup = "<" + tag
    for (name, value) in attributes {
      guard let value else { continue }
      markup += " \(name)=\"\(XMLText.escaped(value))\""
    }
    return markup + ">"
  }

  /// An element holding only text.
  static func element(
    _ tag: String, _ attributes: [(String, String?)] = [], text: String
  ) -> HTMLFragment {
    element(tag, attributes, [.text(text)])
  }

  /// Fragments one after the other.
  static func join(_ fragments: [HTMLFragment], separator: HTMLFragment = .empty) -> HTMLFragment {
    HTMLFragment(markup: fragments.map(\.markup).joined(separator: separator.markup))
  }

  /// The elements HTML writes without an end tag.
  static let voidElements: Set<String> = ["br", "hr", "img", "meta", "link", "col", "wbr"]

}
