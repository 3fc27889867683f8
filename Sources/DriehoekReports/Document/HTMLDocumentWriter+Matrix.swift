import DriehoekModel

extension HTMLDocumentWriter {
  /// The sturingsmatrix chapter, before the landscape, on a landscape page in print.
  func matrix(_ outline: ReportOutline, svg: String?) -> HTMLFragment {
    let language = outline.language
    return .element(
      "section",
      [("id", "matrix"), ("class", "hoofdstuk liggend"), ("aria-labelledby", "matrix-titel")],
      [
        .element(
          "h2", [("id", "matrix-titel")],
          text: language.pick("De sturingsmatrix", "The steering matrix")),
        figure(
          svg, prefix: "diagram-matrix",
          caption: language.pick(
            "Wie stuurt wie: per uitvoerder (rijen, naar het ministerie van de eigenaar) de rollen "
              + "die elk ministerie (kolommen) heeft, met de fte van zijn opdrachten, de benutte "
              + "capaciteit en de open bevindingen. E eigenaar, O opdrachtgever, O★ coördinerend "
              + "opdrachtgever. Klik op een uitvoerder om naar zijn paragraaf te gaan.",
            "Who steers whom: for each executor (rows, by the ministry of its owner) the roles "
              + "each ministry (columns) holds, with the fte of its assignments, the capacity used "
              + "and the open findings. E owner, O principal, O★ coordinating principal. Select an "
              + "executor to go to its section."),
          language: language),
      ])
  }
}
