import DriehoekModel

/// Some elements of one of the model's lists, such as the roles over one executor, in model
/// order, without copying them out of the model.
///
/// It is a random-access collection: iterate it, filter it, map it, or make an `Array` of it.
public struct ElementList<Element: Sendable>: RandomAccessCollection, Sendable {
  /// The model's list the elements are in.
  private let base: [Element]
  /// Their positions in `base`.
  private let positions: ArraySlice<Int32>

  /// The elements of `base` at `positions`.
  init(_ base: [Element], positions: ArraySlice<Int32>) {
    self.base = base
    self.positions = positions
  }

  /// No elements.
  init() {
    self.base = []
    self.positions = []
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { positions.count }

  public subscript(position: Int) -> Element {
    base[Int(positions[positions.startIndex + position])]
  }
}
