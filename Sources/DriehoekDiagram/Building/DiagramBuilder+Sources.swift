extension DiagramBuilder {
  /// The one tooltip line about an element's bronnen.
  ///
  /// The source itself when there is one, else how many and the first; `nil` without bronnen, so
  /// that a model without them draws exactly as before. A long source is cut at 100 characters.
  static func sourcesLine(_ sources: [String]) -> String? {
    guard let first = sources.first else { return nil }
    let shown =
      first.unicodeScalars.count > 100
      ? String(String.UnicodeScalarView(first.unicodeScalars.prefix(99))) + "…" : first
    return sources.count == 1 ? "bron: \(shown)" : "bronnen: \(sources.count), eerste: \(shown)"
  }
}
