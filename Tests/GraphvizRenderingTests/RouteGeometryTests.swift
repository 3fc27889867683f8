import Testing

@testable import GraphvizRendering

/// The geometry that decides which obstacles a routing graph needs: a route routed without a
/// block must be routed again with it when it comes near it.
@Suite struct RouteGeometryTests {
  private typealias Box = GraphvizSession.Box
  private typealias Route = GraphvizSession.Route

  /// A box of 100 × 50 pt around (200, 100).
  private let box = Box(x: 200, y: 100, width: 100, height: 50)

  @Test func aStraightRouteThroughABoxTouchesIt() {
    let through = Route(index: 0, position: "100,100 150,100 250,100 300,100", label: nil)
    #expect(through.touches(box, margin: 2))
  }

  @Test func aRouteBesideABoxTouchesItOnlyWithinTheMargin() {
    // 2 pt below the box's bottom edge (y = 75).
    let beside = Route(index: 0, position: "100,73 150,73 250,73 300,73", label: nil)
    #expect(!beside.touches(box, margin: 1))
    #expect(beside.touches(box, margin: 3))
  }

  @Test func theCurveCountsNotItsControlPoints() {
    // The inner control points lie inside the box; the curve's top is at y = 67.5, below
    // the box (75) and its margin.
    let under = Route(index: 0, position: "100,0 180,90 220,90 300,0", label: nil)
    #expect(!under.touches(box, margin: 2))
    // Higher: the curve's top (y = 97.5) is inside the box.
    let into = Route(index: 0, position: "100,30 180,120 220,120 300,30", label: nil)
    #expect(into.touches(box, margin: 2))
  }

  @Test func theArrowCountsAsPartOfTheRoute() {
    // The curve ends left of the box; the arrow from its end to `e` enters it.
    let arrow = Route(index: 0, position: "e,200,100 0,100 50,100 100,100 140,100", label: nil)
    #expect(arrow.touches(box, margin: 0))
    let short = Route(index: 0, position: "e,145,100 0,100 50,100 100,100 140,100", label: nil)
    #expect(!short.touches(box, margin: 2))
  }

  @Test func anUnreadableRouteCountsAsTouching() {
    #expect(Route(index: 0, position: "1,2 3", label: nil).touches(box, margin: 0))
  }

  @Test func routeAttributesCarryThePositionAndTheLabel() {
    let route = Route(index: 3, position: "e,1,2 0,0 1,1 2,2 3,3", label: "5,6")
    #expect(route.attributes == ", pos=\"e,1,2 0,0 1,1 2,2 3,3\", lp=\"5,6\"")
  }
}
