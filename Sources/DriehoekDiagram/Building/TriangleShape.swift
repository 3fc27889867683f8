import DriehoekModel

/// How a triangle places its middle: the opdrachtgevers (and the hubs of afspraken with more than
/// two parties) between the owner above and the executor below.
///
/// Up to ``maximumInOneRow`` of them share one row, as they always did. Beyond that the triangle is
/// *dense*: the opdrachtgevers form a grid about as wide as high (``gridShape``; the longer rows
/// first), every afspraak is a hub in a row below the executor that names its parties, the details of the opdrachten move from the edge labels into the opdrachtgever's card,
/// and the parties of an afspraak outside the triangle are named in the afspraak's hub instead of
/// each getting a card. So a triangle with 1, 3, 6 or 10 opdrachtgevers still fits an A4 page at a
/// readable size (docs/diagrams.md, "Driehoeken op A4").
struct TriangleShape: Sendable, Equatable {
  /// The most middle items drawn in one row without wrapping.
  static let maximumInOneRow = 3
  /// The most parties outside the triangle drawn as compact cards; beyond it they are named in
  /// the hubs of their afspraken.
  static let maximumOutsideCards = 2
  /// The size of the smallest texts on a triangle's cards (badges, header band), in points; the
  /// overviews keep 7 pt.
  static let smallTextSize = 8.0
  /// The columns of a dense triangle's grid are √(*n* · gridShape), at least three: a grid a little
  /// higher than wide, as cards are wider than high and a portrait A4 page is what it must fit.
  static let gridShape = 0.75
  /// The characters after which an opdracht line on a dense triangle's card wraps (8.5 pt text
  /// on a card of ``Kaartenset/cardWidth``).
  static let opdrachtColumn = 40
  /// The most opdrachten of one opdrachtgever a dense triangle's card lists one by one.
  static let maximumListedOpdrachten = 2
  /// How strongly a dense triangle's legend is pulled into the executor's row.
  static let legendWeight = 100
  /// How strongly the invisible edges between the rows of a dense triangle keep its columns
  /// straight, against the pull of the lines to the executor.
  static let columnWeight = 8
  /// The space between the cards of a row of a dense triangle, in inches (Graphviz's `nodesep`).
  static let nodeSeparation = 0.12
  /// The space between the rows of a dense triangle, in inches (Graphviz's `ranksep`).
  static let rankSeparation = 0.2

  /// The owners (holders of an eigenaar role in the triangle), sorted.
  let owners: [ElementID]
  /// The opdrachtgevers that are neither owner nor executor, sorted.
  let principals: [ElementID]
  /// The node names of the afspraak hubs in the middle.
  let hubs: [String]
  /// The rows of the middle, top to bottom (node names).
  let rows: [[String]]
  /// Whether the middle wraps and the cards carry the opdrachten.
  let isDense: Bool
  /// Whether the parties of afspraken outside the triangle are named in the hubs.
  let foldsOutsideParties: Bool

  /// The shape of a triangle's selection.
  init(_ selection: Selection) {
    let ownerSet = Set(selection.relations.filter { $0.kind == .eigenaar }.map(\.from))
    let executors = Set(selection.relations.filter { $0.kind != .afspraak }.map(\.to))
    owners = ownerSet.subtracting(executors).sorted()
    principals = Set(selection.relations.filter { $0.kind == .opdrachtgever }.map(\.from))
      .subtracting(ownerSet).subtracting(executors).sorted()
    let middleHubs = selection.relations.filter { $0.kind == .afspraak && $0.parties.count > 2 }
      .compactMap { $0.afspraak?.id.rawValue }
    isDense = principals.count + middleHubs.count > Self.maximumInOneRow
    foldsOutsideParties = isDense || selection.compactCards.count > Self.maximumOutsideCards
    if isDense {
      // Every afspraak becomes a hub in the row below the executor, linked to the executor only.
      hubs = selection.relations.filter { $0.kind == .afspraak }
        .compactMap { $0.afspraak?.id.rawValue }
    } else {
      hubs = middleHubs
    }
    if principals.isEmpty {
      rows = []
    } else if !isDense {
      let middle = principals.map(\.rawValue) + hubs
      rows = middle.count > 1 ? [middle] : []
    } else {
      // A grid about as wide as high.
      let columns = max(
        Self.maximumInOneRow,
        Int((Double(principals.count) * Self.gridShape).squareRoot().rounded(.up)))
      rows = Self.balancedRows(principals.map(\.rawValue), perRow: columns)
    }
  }

  /// The hubs in the row below the executor: in a dense triangle, all of them.
  var belowExecutor: [String] { isDense ? hubs : [] }

  /// The items in rows of at most `perRow`, the row lengths differing by at most one.
  static func balancedRows(_ items: [String], perRow: Int) -> [[String]] {
    guard !items.isEmpty, perRow > 0 else { return [] }
    let count = (items.count + perRow - 1) / perRow
    var rows: [[String]] = []
    var start = 0
    for row in 0..<count {
      let length = items.count / count + (row < items.count % count ? 1 : 0)
      rows.append(Array(items[start..<start + length]))
      start += length
    }
    return rows
  }

  /// The number of ranks between owner and executor the middle takes.
  var middleRanks: Int { max(1, rows.count) }
}
