/// The findings a card shows in a view, and the findings about another subject it only counts.
struct CardFindings {
  /// Open findings about the view's subject that name the card.
  var open: [DiagramHighlight]
  /// Accepted findings about the view's subject that name the card.
  var accepted: [DiagramHighlight]
  /// Open findings about another subject that name the card (a neutral count), in order, read
  /// as needed: only the tooltip lists them, up to its limit.
  var elsewhere: LazyMapSequence<LazyFilterSequence<[Int]>, DiagramHighlight>
  /// How many different codes and `betreft`s `elsewhere` has: the number on the card's
  /// `+N elders` badge; 0 when it is empty.
  var elsewhereCount: Int
}
