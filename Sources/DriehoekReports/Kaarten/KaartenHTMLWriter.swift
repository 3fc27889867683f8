import DriehoekAnalysis
public import DriehoekModel

/// Writes a ``KaartenSet`` as one self-contained, print-ready HTML page: A4 sheets of four A6
/// cards (2 × 2) with cut marks, each sheet of fronts followed by the sheet of their backs.
///
/// The backs are mirrored left to right, so that printed double-sided over the long edge each
/// back lands behind its front. Every card is an element with class `kaart-voorkant` or
/// `kaart-achterkant` and `data-partij` (the model id; `omslag` for the cover). The page loads
/// nothing and has no script; every text from the model is escaped (``HTMLFragment``). Lists
/// are capped (``maximumItems``, ``maximumQuestions``) with "en N meer", and long names are
/// shortened, so that no card overflows.
public struct KaartenHTMLWriter: Sendable {
  /// The day the set is made, printed on the cover.
  public var generated: Day
  /// The name of the model file, printed on the cover; `nil` leaves it out.
  public var source: String?

  /// Cards per A4 sheet.
  public static let cardsPerSheet = 4
  /// The most lines a block on a front shows; more are summed up as "en N meer".
  public static let maximumItems = 4
  /// The most questions a back shows; more are listed by code as "en N meer".
  public static let maximumQuestions = 4
  /// The characters of question text and hint a back shows at most (the first question always
  /// shows), so that lines to write on remain.
  public static let questionCharacterBudget = 760
  /// The printed lines of 8.8 pt the blocks of a front may take, with a one-line name.
  static let frontLineBudget = 27.0
  /// The id (`data-partij`) of the cover card.
  public static let coverID = "omslag"

  /// Creates a writer.
  public init(generated: Day, source: String? = nil) {
    self.generated = generated
    self.source = source
  }

  /// The slot (1–4, left to right, top to bottom) of a back whose front is in `slot`: the
  /// column mirrored, the row kept (double-sided printing over the long edge).
  public static func mirroredSlot(_ slot: Int) -> Int {
    let zero = slot - 1
    return (zero / 2) * 2 + (1 - zero % 2) + 1
  }

  /// The HTML text of the card set, starting with the doctype.
  public func write(_ set: KaartenSet) -> String {
    let language = set.language
    let title =
      language.pick("Kaartenset sturingsdriehoek: ", "Governance triangle card set: ")
      + set.modelName
    var fronts: [HTMLFragment] = [cover(set)]
    var backs: [HTMLFragment] = [coverBack(set)]
    for (number, card) in set.cards.enumerated() {
      fronts.append(front(card, number: number + 1, set: set))
      backs.append(back(card, number: number + 1, set: set))
    }
    var sheets: [HTMLFragment] = []
    var start = 0
    var sheet = 1
    while start < fronts.count {
      let end = min(start + Self.cardsPerSheet, fronts.count)
      let slots = Array(1...(end - start))
      sheets.append(
        self.sheet(
          zip(slots, fronts[start..<end]).map { ($0, $1) }, sheet: sheet, isBack: false,
          language: language))
      sheets.append(
        self.sheet(
          zip(slots.map(Self.mirroredSlot), backs[start..<end]).map { ($0, $1) }, sheet: sheet,
          isBack: true, language: language))
      start = end
      sheet += 1
    }
    let explanation = HTMLFragment.element(
      "p", [("class", "uitleg")],
      text: language.pick(
        "Afdrukken: A4, werkelijke grootte (100 %), dubbelzijdig over de lange kant. Op elk vel "
          + "voorkanten volgt het vel met hun achterkanten, gespiegeld zodat ze achter hun "
          + "voorkant vallen. Knip langs de snijtekens: vier kaarten van A6 per vel.",
        "Print on A4 at actual size (100 %), double-sided, flipping on the long edge. Each "
          + "sheet of fronts is followed by the sheet of their backs, mirrored so that they "
          + "land behind their fronts. Cut along the marks: four A6 cards per sheet."))
    return HTMLFragment.page(
      language: language, title: title, styleSheet: KaartenStyleSheet.css,
      body: [explanation, .element("main", [("class", "kaartenset")], sheets)])
  }

  private func sheet(
    _ cards: [(Int, HTMLFragment)], sheet: Int, isBack: Bool, language: Language
  ) -> HTMLFragment {
    let marks = ["boven", "onder", "links", "rechts", "midden-h", "midden-v"].map { place in
      HTMLFragment.element("span", [("class", "snij snij-" + place)])
    }
    let label =
      isBack
      ? language.pick("Vel \(sheet), achterkanten (gespiegeld)", "Sheet \(sheet), backs (mirrored)")
      : language.pick("Vel \(sheet), voorkanten", "Sheet \(sheet), fronts")
    return .element(
      "section",
      [("class", isBack ? "vel achterkanten" : "vel voorkanten"), ("aria-label", label)],
      cards.sorted { $0.0 < $1.0 }.map { slot, card in
        .element("div", [("class", "plek pos-\(slot)")], [card])
      } + [.element("div", [("class", "snijtekens"), ("aria-hidden", "true")], marks)])
  }
}
