/// How a diagram in an executor's section prints on A4: on which page orientation and how wide.
///
/// The report prints every executor on about two pages, and every triangle and timeline with its
/// small text at ``targetText`` points or more where the page allows it (docs/reports.md,
/// "Afdrukken"). The width is the SVG's own size times one scale: the largest that fits the page
/// box, but no larger than the scale at which the 10th percentile of its text sizes prints at
/// ``targetText`` (a bigger picture only takes room from the text around it) and never above its
/// own size. A triangle that prints larger across a landscape page than down a portrait one, and
/// below the target on the portrait one, gets a landscape page of its own.
struct PrintFit: Equatable, Sendable {
  /// The size of the picture as the browser lays it out unscaled, in points.
  struct Size: Equatable, Sendable {
    var width: Double
    var height: Double
  }

  /// The 10th percentile of the printed text sizes aimed at, in points.
  static let targetText = 5.0

  /// The room a diagram has on a portrait A4 page: 186 mm by 268 mm less the heading, in points.
  static let portraitBox = Size(width: 527, height: 700)
  /// The room a diagram has on a landscape A4 page: 273 mm by 188 mm less the heading, in points.
  static let landscapeBox = Size(width: 774, height: 473)

  /// Whether the diagram goes on a landscape page.
  var isLandscape: Bool
  /// The printed width, in points.
  var width: Double
  /// The scale from the SVG's own size to print.
  var scale: Double
  /// The 10th percentile of the printed text sizes, in points.
  var printedText: Double

  /// Where a picture of `size` whose text is `text` points (10th percentile, unscaled) prints.
  ///
  /// `landscape` says whether a landscape page is allowed (for a triangle, not for a timeline).
  static func place(
    _ size: Size, text: Double, landscape: Bool,
    portrait portraitBox: Size = Self.portraitBox, landscapeBox: Size = Self.landscapeBox
  ) -> PrintFit {
    let wanted = text > 0 ? targetText / text : 1
    func fit(_ box: Size) -> Double {
      min(1, box.width / size.width, box.height / size.height)
    }
    let upright = fit(portraitBox)
    let sideways = fit(landscapeBox)
    let turn = landscape && upright < wanted && sideways > upright
    let scale = min(turn ? sideways : upright, wanted)
    return PrintFit(
      isLandscape: turn, width: size.width * scale, scale: scale, printedText: text * scale)
  }

  /// A generous estimate of the printed height of an executor's triangle in words (the
  /// description and the three role boxes, the opdrachtgevers in two columns), in points.
  static func wordsHeight(opdrachtgevers: Int, description: String) -> Double {
    let descriptionLines = description.isEmpty ? 0 : description.count / 110 + 1
    return 40 + 13 * Double((max(opdrachtgevers, 1) + 1) / 2) + 16 * Double(descriptionLines)
  }

  /// The CSS of the figure that carries it: the printed width as a custom property the print
  /// style sheet reads (`--druk-breedte`); the screen ignores it.
  var style: String {
    "--druk-breedte: " + Self.points(width) + "pt"
  }

  /// A length with at most one decimal, without a trailing `.0`.
  private static func points(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded(.down))
    return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(tenths % 10)"
  }
}
