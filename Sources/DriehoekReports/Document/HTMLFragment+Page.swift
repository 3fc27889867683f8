import DriehoekModel

extension HTMLFragment {
  /// A whole self-contained page, nothing loaded from outside.
  ///
  /// The doctype, `<html lang>`, a head with charset, viewport, generator, title and the
  /// page's own style sheet, and the body. The report document and the card set are such pages.
  static func page(
    language: Language, title: String, styleSheet: String, body: [HTMLFragment]
  ) -> String {
    pageStart(language: language, title: title, styleSheet: styleSheet)
      + body.map(\.markup).joined() + pageEnd
  }

  /// A page up to its body's content (the doctype, `<html lang>`, the head and `<body>`).
  ///
  /// ``page(language:title:styleSheet:body:)`` is this, the body's content and ``pageEnd``.
  static func pageStart(language: Language, title: String, styleSheet: String) -> String {
    let head = HTMLFragment.element(
      "head", [],
      [
        .element("meta", [("charset", "utf-8")]),
        .element(
          "meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
        .element("meta", [("name", "generator"), ("content", "driehoek")]),
        .element("title", text: title),
        .element("style", [], [.trusted(styleSheet)]),
      ])
    return "<!DOCTYPE html>\n" + startTag("html", [("lang", language.rawValue)]) + head.markup
      + startTag("body")
  }

  /// The end of a page after its body's content.
  static let pageEnd = "</body></html>\n"
}
