import Foundation

extension InlineSVG {
  /// The size an SVG is laid out at unscaled and the 10th percentile of its text sizes, both in
  /// points, for ``PrintFit``; `nil` when the root has no usable `width`, `height` and `viewBox`.
  ///
  /// A length without a unit is CSS pixels (0.75 pt), as Graphviz's `pt` lengths are points; text
  /// sizes are the `font-size` attributes (user units, scaled by the root's width over its
  /// viewBox), which is how both Graphviz and the timeline writer set them.
  static func printMetrics(of svg: String) -> (size: PrintFit.Size, text: Double)? {
    guard let box = size(of: svg), let root = svg.range(of: "<svg") else { return nil }
    let rest = svg[root.upperBound...]
    guard let close = rest.firstIndex(of: ">") else { return nil }
    let tag = rest[..<close]
    guard let width = length(attribute("width", in: tag)),
      let height = length(attribute("height", in: tag))
    else { return nil }
    let unit = width / box.width
    var sizes: [Double] = []
    var remainder = svg[...]
    while let found = remainder.range(of: "font-size=\"") {
      let value = remainder[found.upperBound...].prefix { $0 != "\"" }
      if let number = Double(value), number > 0 { sizes.append(number * unit) }
      remainder = remainder[found.upperBound...]
    }
    sizes.sort()
    let text = sizes.isEmpty ? 0 : sizes[sizes.count / 10]
    return (PrintFit.Size(width: width, height: height), text)
  }

  /// The value of an attribute in a start tag, or `nil`.
  private static func attribute(_ name: String, in tag: Substring) -> Substring? {
    guard let found = tag.range(of: " " + name + "=\"") else { return nil }
    return tag[found.upperBound...].prefix { $0 != "\"" }
  }

  /// A length in points: `12pt`, `16px` or `16` (pixels).
  private static func length(_ value: Substring?) -> Double? {
    guard let value else { return nil }
    if value.hasSuffix("pt") { return Double(value.dropLast(2)).flatMap { $0 > 0 ? $0 : nil } }
    let pixels = value.hasSuffix("px") ? value.dropLast(2) : value
    return Double(pixels).flatMap { $0 > 0 ? $0 * 0.75 : nil }
  }
}
