extension InlineSVG {
  /// The size an SVG is laid out at unscaled and the 10th percentile of its text sizes, both in
  /// points, for ``PrintFit``; `nil` when the root has no usable `width`, `height` and `viewBox`.
  ///
  /// A length without a unit is CSS pixels (0.75 pt), as Graphviz's `pt` lengths are points; text
  /// sizes are the `font-size` attributes (user units, scaled by the root's width over its
  /// viewBox), which is how both Graphviz and the timeline writer set them. Read on the bytes in
  /// one pass: a report measures every triangle and timeline it prints.
  static func printMetrics(of svg: String) -> (size: PrintFit.Size, text: Double)? {
    let bytes = Array(svg.utf8)
    guard let box = size(of: bytes) else { return nil }
    guard let root = find(bytes, "<svg", from: 0),
      let close = bytes[root...].firstIndex(of: UInt8(ascii: ">"))
    else { return nil }
    guard
      let width = length(
        value(after: find(bytes, " width=\"", from: root), before: close, in: bytes)),
      let height = length(
        value(after: find(bytes, " height=\"", from: root), before: close, in: bytes))
    else { return nil }
    let unit = width / box.width
    var sizes: [Double] = []
    var position = 0
    while let found = find(bytes, "font-size=\"", from: position) {
      let start = found + "font-size=\"".utf8.count
      if let text = value(after: found, before: bytes.count, in: bytes),
        let number = Double(text), number > 0
      {
        sizes.append(number * unit)
      }
      position = start
    }
    sizes.sort()
    let text = sizes.isEmpty ? 0 : sizes[sizes.count / 10]
    return (PrintFit.Size(width: width, height: height), text)
  }

  /// The quoted value of the attribute whose name starts at `found` (the name and `="` end at
  /// the first quote after it), when it starts before `limit`.
  private static func value(after found: Int?, before limit: Int, in bytes: [UInt8]) -> String? {
    guard let found, found < limit,
      let open = bytes[found...].firstIndex(of: UInt8(ascii: "\""))
    else { return nil }
    let start = open + 1
    let end = bytes[start...].firstIndex(of: UInt8(ascii: "\"")) ?? bytes.count
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }

  /// A length in points: `12pt`, `16px` or `16` (pixels).
  private static func length(_ value: String?) -> Double? {
    guard let value else { return nil }
    if value.hasSuffix("pt") { return Double(value.dropLast(2)).flatMap { $0 > 0 ? $0 : nil } }
    let pixels = value.hasSuffix("px") ? value.dropLast(2) : value[...]
    return Double(pixels).flatMap { $0 > 0 ? $0 * 0.75 : nil }
  }
}
