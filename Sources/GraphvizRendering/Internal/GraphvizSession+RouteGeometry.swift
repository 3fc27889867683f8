/// The geometry that decides which obstacles a routing graph needs (see
/// GraphvizSession+Routing.swift): whether a route comes near a box.
extension GraphvizSession {
  /// One edge's route from a routing graph: its `pos` (a B-spline with arrow ends) and the
  /// position of its label, if it has one.
  struct Route {
    var index: Int
    var position: String
    var label: String?
    /// The drawn curve (and its arrows) as a line of short straight steps; nil when `pos` is
    /// unreadable.
    let path: [Point]?

    init(index: Int, position: String, label: String?) {
      self.index = index
      self.position = position
      self.label = label
      path = Self.path(position)
    }

    /// The attributes that carry the route into the final pass: `, pos="…"` and `, lp="…"`.
    var attributes: String {
      var text = ", pos=" + GraphvizSession.quoted(position)
      if let label { text += ", lp=" + GraphvizSession.quoted(label) }
      return text
    }

    /// Whether the drawn curve (and its arrows) comes within `margin` points of the box; an
    /// unreadable route does, so that it is made again with the box in.
    func touches(_ box: Box, margin: Double) -> Bool {
      guard let path else { return true }
      return Self.path(path, touches: box, margin: margin)
    }

    /// Whether the line through the points comes within `margin` points of the box.
    static func path(_ path: [Point], touches box: Box, margin: Double) -> Bool {
      let grown = Box(
        x: box.x, y: box.y, width: box.width + 2 * margin, height: box.height + 2 * margin)
      return zip(path, path.dropFirst()).contains { grown.meets(from: $0, to: $1) }
    }

    /// The path of a `pos`, with each cubic piece as 32 straight steps.
    ///
    /// `pos` is `[s,x,y] [e,x,y] p0 p1 … p3n`: cubic Bézier pieces, and arrows from the first
    /// point back to `s` and from the last point on to `e`.
    private static func path(_ position: String) -> [Point]? {
      var points: [Point] = []
      var start: Point?
      var end: Point?
      for token in position.utf8.split(separator: UInt8(ascii: " ")) {
        let text = Substring(token)
        if text.hasPrefix("s,") {
          start = Point(text.dropFirst(2))
        } else if text.hasPrefix("e,") {
          end = Point(text.dropFirst(2))
        } else if let point = Point(text) {
          points.append(point)
        } else {
          return nil
        }
      }
      guard points.count >= 4, (points.count - 1) % 3 == 0 else { return nil }
      var path: [Point] = []
      path.reserveCapacity(points.count / 3 * 32 + 3)
      if let start { path.append(start) }
      path.append(points[0])
      for first in stride(from: 0, to: points.count - 1, by: 3) {
        let (p0, p1, p2, p3) = (
          points[first], points[first + 1], points[first + 2], points[first + 3]
        )
        for step in 1...32 {
          let t = Double(step) / 32
          let u = 1 - t
          let (a, b, c, d) = (u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t)
          path.append(
            Point(
              x: a * p0.x + b * p1.x + c * p2.x + d * p3.x,
              y: a * p0.y + b * p1.y + c * p2.y + d * p3.y))
        }
      }
      if let end { path.append(end) }
      return path
    }
  }

  /// A point in points.
  struct Point {
    var x: Double
    var y: Double

    init(x: Double, y: Double) {
      self.x = x
      self.y = y
    }

    /// `x,y` (a third number, as in `x,y,z`, is not expected and makes it unreadable).
    init?(_ text: Substring) {
      let parts = text.split(separator: ",")
      guard parts.count == 2, let x = Double(parts[0]), let y = Double(parts[1]) else { return nil }
      self.init(x: x, y: y)
    }
  }
}

extension GraphvizSession.Box {
  /// Whether the segment from `start` to `end` has a point inside the box (Liang–Barsky).
  func meets(from start: GraphvizSession.Point, to end: GraphvizSession.Point) -> Bool {
    let (dx, dy) = (end.x - start.x, end.y - start.y)
    var (low, high) = (0.0, 1.0)
    let sides: [(Double, Double)] = [
      (-dx, start.x - (x - width / 2)), (dx, (x + width / 2) - start.x),
      (-dy, start.y - (y - height / 2)), (dy, (y + height / 2) - start.y),
    ]
    for (p, q) in sides {
      if p == 0 {
        if q <= 0 { return false }
      } else {
        let r = q / p
        if p < 0 {
          low = max(low, r)
        } else {
          high = min(high, r)
        }
        if low > high { return false }
      }
    }
    return true
  }
}
