/// The findings a card shows in a view, and the findings about another subject it only counts.
struct CardFindings {
  /// Open findings about the view's subject that name the card.
  var open: [DiagramHighlight]
  /// Accepted findings about the view's subject that name the card.
  var accepted: [DiagramHighlight]
  /// Open findings about another subject that name the card (a neutral count).
  var elsewhere: [DiagramHighlight]
}
