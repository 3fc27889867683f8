public import DriehoekModel

/// Where the nodes of one executor's triangle stand, taken from a layout of its diagram (the
/// Graphviz layout of `driehoek:ID`), in points with the origin top left and y downwards.
///
/// The writer places the model elements named in ``boxes`` there, nests every role inside its
/// holder (ArchiMate's notation for assignment) and puts an opdracht where the label of its
/// opdrachtgever's edge stands (``roleLabels``). Elements the layout does not place get a place
/// below it.
public struct ArchiMateLayout: Hashable, Sendable {
  /// A rectangle: top-left corner and size.
  public struct Box: Hashable, Sendable {
    /// The left edge.
    public var x: Double
    /// The top edge.
    public var y: Double
    /// The width.
    public var width: Double
    /// The height.
    public var height: Double

    /// Creates a box.
    public init(x: Double, y: Double, width: Double, height: Double) {
      self.x = x
      self.y = y
      self.width = width
      self.height = height
    }
  }

  /// A point.
  public struct Point: Hashable, Sendable {
    /// The horizontal position.
    public var x: Double
    /// The vertical position (downwards).
    public var y: Double

    /// Creates a point.
    public init(x: Double, y: Double) {
      self.x = x
      self.y = y
    }
  }

  /// The edge of a role: its kind and its holder (the executor is the triangle's).
  public struct RoleEdge: Hashable, Sendable {
    /// The role.
    public var kind: RoleKind
    /// The holder of the role.
    public var holder: ElementID

    /// Creates a role edge.
    public init(kind: RoleKind, holder: ElementID) {
      self.kind = kind
      self.holder = holder
    }
  }

  /// The box of every placed model element, by id.
  public var boxes: [ElementID: Box]
  /// The centre of the label of every role edge, where the edge has a label.
  public var roleLabels: [RoleEdge: Point]

  /// Creates a layout.
  public init(boxes: [ElementID: Box] = [:], roleLabels: [RoleEdge: Point] = [:]) {
    self.boxes = boxes
    self.roleLabels = roleLabels
  }
}
