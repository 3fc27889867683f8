public import DriehoekModel

/// The sturingsmatrix of a model on a peildatum: one row per executor, one column per ministry,
/// and in each cell the roles that ministry holds over the executor with the fte of its
/// opdrachten.
///
/// Rows are grouped by the ministry of the executor's eigenaar; an executor without eigenaar or
/// with more than one gets a group that says so. ``MatrixSVGWriter`` draws it.
public struct SturingsMatrix: Hashable, Sendable {
  /// A column: a ministry, or the parties that belong to no ministry.
  public struct Column: Hashable, Sendable {
    /// The ministry's id; `nil` for the column of parties outside every ministry.
    public var ministry: ElementID?
    /// The short heading (the id in capitals, or `OVERIG`).
    public var heading: String
    /// The full name, for the key.
    public var name: String
  }

  /// What one column's parties hold over one executor.
  public struct Cell: Hashable, Sendable {
    /// The column's position in ``SturingsMatrix/columns``.
    public var column: Int
    /// Whether a party of the column is eigenaar.
    public var isEigenaar = false
    /// Whether a party of the column holds the opdrachtgever role.
    public var isOpdrachtgever = false
    /// Whether a party of the column is the coordinating opdrachtgever.
    public var isCoordinating = false
    /// The fte of the opdrachten given by the column's parties, running on the peildatum.
    public var fte = 0.0
    /// Whether an opdracht was given without the opdrachtgever role.
    public var hasOpdrachtWithoutRole = false
    /// One line per party: its name, its roles and opdrachten.
    public var parties: [String] = []

    /// The role marks, readable without colour: `E` eigenaar, `O` opdrachtgever, `O★`
    /// coordinating opdrachtgever, `E O` both.
    public var marks: String {
      var result: [String] = []
      if isEigenaar { result.append("E") }
      if isCoordinating {
        result.append("O★")
      } else if isOpdrachtgever {
        result.append("O")
      }
      return result.joined(separator: " ")
    }
  }

  /// One executor.
  public struct Row: Hashable, Sendable {
    /// The executor's id.
    public var id: ElementID
    /// The executor's full name.
    public var name: String
    /// The cells that hold something, by column.
    public var cells: [Cell]
    /// The fte claimed by the opdrachten running on the peildatum.
    public var claimed: Double
    /// The executor's capacity in fte, if known.
    public var capacity: Double?
    /// The open findings that belong to the executor, by severity.
    public var openFindings: [Severity: Int]
  }

  /// Why rows share a group.
  public enum GroupKind: Hashable, Sendable {
    /// The eigenaar belongs to this ministry (or organisation outside the ministries).
    case eigenaar(ElementID)
    /// More than one eigenaar.
    case severalEigenaren
    /// No eigenaar.
    case noEigenaar
  }

  /// A group of rows.
  public struct Group: Hashable, Sendable {
    /// Why the rows share it.
    public var kind: GroupKind
    /// The heading, such as `Eigenaar: Ministerie van SZW`.
    public var heading: String
    /// The rows, by name and id.
    public var rows: [Row]
  }

  /// The model's name.
  public var modelName: String
  /// The peildatum.
  public var peildatum: Day
  /// The columns, ministries by id, then `OVERIG` when needed.
  public var columns: [Column]
  /// The groups: ministries in column order, other eigenaren, then several and no eigenaar.
  public var groups: [Group]

  /// Every row, in group order.
  public var rows: [Row] { groups.flatMap(\.rows) }
}

extension SturingsMatrix {
  /// An fte figure as printed: whole numbers without decimals, else one decimal with a comma.
  ///
  /// A value beyond 10¹² fte (or not finite, as a sum that overflowed) prints as `> 10¹²`.
  static func fteText(_ value: Double) -> String {
    guard value.isFinite, abs(value) < 1e12 else { return value < 0 ? "< -10¹²" : "> 10¹²" }
    let tenths = Int((value * 10).rounded())
    let whole = tenths / 10
    let fraction = abs(tenths % 10)
    return fraction == 0 ? "\(whole)" : "\(whole),\(fraction)"
  }
}
