import DriehoekModel

/// Places what a layout does not: in a row below everything else.
struct ExtraRow {
  private var x: Double
  private let y: Double

  init(boxes: [ElementID: ArchiMateLayout.Box]) {
    x = boxes.values.map(\.x).min() ?? 0
    y = (boxes.values.map { $0.y + $0.height }.max() ?? 0) + 60
  }

  mutating func next(width: Double = 190, height: Double = 100) -> ArchiMateLayout.Box {
    defer { x += width + 40 }
    return ArchiMateLayout.Box(x: x, y: y, width: width, height: height)
  }
}
