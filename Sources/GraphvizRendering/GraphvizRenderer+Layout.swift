extension GraphvizRenderer {
  /// Lays DOT out exactly as ``render(dot:format:metadata:)`` does for SVG and returns the
  /// layout as Graphviz's `json` output (`dot -Tjson`): every node's `pos` (centre, in points,
  /// y upwards), `width` and `height` (in inches), every edge's `tail`, `head` and label
  /// position `lp`, and the graph's bounding box `bb`.
  ///
  /// For tools that place the same picture elsewhere (the ArchiMate export), without parsing SVG.
  /// - Throws: ``RenderingError`` for unreadable DOT, failed layout or a missing plugin.
  /// - Returns: The JSON bytes and the warnings Graphviz reported.
  public func layoutJSON(dot: String) throws(RenderingError) -> RenderResult {
    try GraphvizSession.layoutJSON(dot: dot, pluginDirectories: pluginDirectories)
  }
}
