import DriehoekModel

extension HTMLFragment {
  /// A whole self-contained page, nothing loaded from outside.
  ///
  /// The doctype, `<html lang>`, a head with charset, viewport, generator, title and the
  /// page's own style sheet, and the body. The report document and the card set are such pages.
  static func page(
    language: Language, title: String, styleSheet: String, body: [HTMLFragment]
  ) -> String {
    let document = HTMLFragment.element(
      "html", [("lang", language.rawValue)],
      [
        .element(
          "head", [],
          [
            .element("meta", [("charset", "utf-8")]),
            .element(
              "meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
            .element("meta", [("name", "generator"), ("content", "driehoek")]),
            .element("title", text: title),
            .element("style", [], [.trusted(styleSheet)]),
          ]),
        .element("body", [], body),
      ])
    return "<!DOCTYPE html>\n" + document.markup + "\n"
  }
}
