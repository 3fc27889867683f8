public import DriehoekModel

/// A model as a workbook: one sheet per element kind (`model`, `organisaties`, `onderdelen`,
/// `personen`, `rollen`, `opdrachten`, `afspraken`, `ketens`, `afwijkingen`), each with a
/// Dutch header row and one row per element, the columns those of the CSV table
/// (``ModelWriter/csv(_:dialect:)``) that the kind uses.
///
/// Lists of ids are joined with `;` in a column named after the list (`functies`, `partijen`,
/// `leden`, `betreft`); capacity, costs and budget are numbers; dates are dates; a period
/// without either end is `-` in `geldig_van`. ``read(_:file:)`` reads such a workbook back to
/// an equal model, with every problem located at `FILE!sheet:row:column`.
public enum ModelWorkbook {
  /// One kind of row: its value in the CSV table's `element` column, its sheet and its columns
  /// (CSV names; ``headerName(_:kind:)`` gives the name on the sheet).
  struct Kind {
    var element: String
    var sheet: String
    var columns: [String]

    init(element: String, sheet: String, columns: [CSVColumn]) {
      self.element = element
      self.sheet = sheet
      self.columns = columns.map(\.name)
    }
  }

  static let kinds: [Kind] = [
    Kind(element: "model", sheet: "model", columns: [.naam, .peildatum, .beschrijving]),
    Kind(
      element: "organisatie", sheet: "organisaties",
      columns: [
        .id, .naam, .soort, .binnen, .capaciteit, .geldigVan, .geldigTot,
        .beschrijving, .url, .bronnen,
      ]),
    Kind(
      element: "onderdeel", sheet: "onderdelen",
      columns: [
        .id, .naam, .soort, .binnen, .geldigVan, .geldigTot, .beschrijving, .bronnen,
      ]),
    Kind(
      element: "persoon", sheet: "personen",
      columns: [.id, .naam, .ids, .geldigVan, .geldigTot, .beschrijving, .bronnen]),
    Kind(
      element: "rol", sheet: "rollen",
      columns: [
        .rol, .houder, .van, .coordinerend, .geldigVan, .geldigTot, .beschrijving,
        .bronnen,
      ]),
    Kind(
      element: "opdracht", sheet: "opdrachten",
      columns: [
        .id, .naam, .opdrachtgever, .opdrachtnemer, .capaciteit, .kosten, .budget,
        .prioriteit, .geldigVan, .geldigTot, .afspraak, .beschrijving, .bronnen,
      ]),
    Kind(
      element: "afspraak", sheet: "afspraken",
      columns: [
        .id, .soort, .naam, .ids, .geldigVan, .geldigTot, .beschrijving, .bronnen,
      ]),
    Kind(
      element: "keten", sheet: "ketens",
      columns: [.id, .naam, .ids, .regisseur, .beschrijving, .bronnen]),
    Kind(
      element: "afwijking", sheet: "afwijkingen",
      columns: [.regel, .ids, .reden, .verantwoordelijke, .tot, .bronnen]),
  ]

  /// The columns that hold dates.
  static let dateColumns = Set([CSVColumn.peildatum, .geldigVan, .geldigTot, .tot].map(\.name))

  /// The name of a CSV column on a kind's sheet: the list of ids is named after what it lists.
  static func headerName(_ column: String, kind: String) -> String {
    guard column == CSVColumn.ids.name else { return column }
    let list: ModelKey? =
      switch kind {
      case "persoon": .functies
      case "afspraak": .partijen
      case "keten": .leden
      case "afwijking": .betreft
      default: nil
      }
    return list?.stringValue ?? column
  }

  /// The workbook of a model.
  public static func workbook(_ model: Model) -> Workbook {
    let table = CSVTable(model: model)
    var rowsByKind: [String: [[String: String]]] = [:]
    for row in table.rows {
      rowsByKind[row[.element] ?? "", default: []].append(row)
    }
    return Workbook(
      sheets: kinds.map { kind in
        let rows = rowsByKind[kind.element] ?? []
        // A column a row fills that the kind does not list is kept, so nothing is lost.
        let listed = Set(kind.columns + [CSVColumn.element.name])
        let extra = CSVTable.allColumns.filter { column in
          !listed.contains(column) && rows.contains { $0[column] != nil }
        }
        let columns = kind.columns + extra
        return Workbook.Sheet(
          name: kind.sheet,
          header: columns.map { headerName($0, kind: kind.element) },
          rows: rows.map { row in columns.map { cell(row[$0], column: $0) } })
      })
  }

  /// A CSV value as a typed cell.
  static func cell(_ value: String?, column: String) -> Workbook.Cell {
    guard let value, !value.isEmpty else { return .empty }
    if CSVTable.numberColumns.contains(column), let number = Double(value), number.isFinite {
      return .number(number)
    }
    if dateColumns.contains(column), let day = Day(iso: value), day.description == value {
      return .date(day)
    }
    return .text(value)
  }

  /// Reads a model from the bytes of a workbook; `file` names it in diagnostics.
  ///
  /// - Returns: The model (when the sheets could be read) and every problem, including those
  ///   of ``Model/validate(options:)``. A workbook that cannot be read at all (no zip, a part
  ///   missing, malformed XML, past a bound) gives no model and one error that names the part
  ///   or the cell.
  public static func read(
    _ bytes: [UInt8], file: String, reader: WorkbookReader = WorkbookReader()
  ) -> (model: Model?, diagnostics: [Diagnostic]) {
    let sheets: [WorkbookReader.Sheet]
    do {
      sheets = try reader.read(bytes)
    } catch {
      let location = SourceLocation(
        file: error.place.map { error.row == nil ? file : "\(file)!\($0)" } ?? file,
        line: error.row ?? 1, column: error.column ?? 1)
      return (
        nil,
        [Diagnostic(.unreadableFile(path: file, reason: error.description), at: location)]
      )
    }
    var diagnostics: [Diagnostic] = []
    // The CSV table's columns, `element` first.
    let allColumns = CSVTable.allColumns
    let position = Dictionary(uniqueKeysWithValues: allColumns.enumerated().map { ($1, $0) })
    var records: [[CSVRecords.Field]] = [
      allColumns.map { CSVRecords.Field(text: $0, line: 1, column: 1, file: file) }
    ]
    let sheetNames = kinds.map(\.sheet)
    for sheet in sheets {
      let sheetFile = "\(file)!\(sheet.name)"
      let folded = sheet.name.lowercased()
      guard let kind = kinds.first(where: { $0.sheet == folded || $0.element == folded }) else {
        diagnostics.append(
          Diagnostic(
            .invalidValue(
              key: "blad", value: sheet.name, allowed: sheetNames,
              suggestion: Suggestion.closest(to: sheet.name, in: sheetNames)),
            at: SourceLocation(file: sheetFile, line: 1, column: 1)))
        continue
      }
      // The header row: the name of each column, by its position.
      var columns: [Int: String] = [:]
      var rows: [Int: [WorkbookReader.Cell]] = [:]
      var rowOrder: [Int] = []
      for cell in sheet.cells {
        if cell.row == 1 {
          let name = text(of: cell.value).trimmingCharacters(in: " ")
          let known = kind.columns + CSVTable.allColumns
          if let column = known.first(where: { headerName($0, kind: kind.element) == name })
            ?? (CSVTable.allColumns.contains(name) ? name : nil)
          {
            columns[cell.column] = column
          } else if !name.isEmpty {
            diagnostics.append(
              Diagnostic(
                .unknownKey(
                  key: name, context: .model,
                  suggestion: Suggestion.closest(
                    to: name, in: kind.columns.map { headerName($0, kind: kind.element) })),
                at: SourceLocation(file: sheetFile, line: 1, column: cell.column)))
          }
          continue
        }
        if rows[cell.row] == nil { rowOrder.append(cell.row) }
        rows[cell.row, default: []].append(cell)
      }
      for number in rowOrder {
        guard let cells = rows[number] else { continue }
        // Only the cells with a value, each with its column in the header: a row costs what
        // it holds, not a field for every column.
        var record = [
          CSVRecords.Field(
            text: kind.element, line: number, column: cells.first?.column ?? 1, file: sheetFile,
            key: 0)
        ]
        var hasValue = false
        for cell in cells {
          guard let column = columns[cell.column] else {
            let value = text(of: cell.value)
            if !value.isEmpty {
              diagnostics.append(
                Diagnostic(
                  .unknownKey(
                    key: "kolom \(Workbook.columnName(cell.column - 1))", context: .model,
                    suggestion: nil),
                  at: SourceLocation(file: sheetFile, line: number, column: cell.column)))
            }
            continue
          }
          guard let index = position[column], index > 0 else { continue }
          let value = text(of: cell.value)
          guard !value.isEmpty else { continue }
          hasValue = true
          record.append(
            CSVRecords.Field(
              text: value, line: number, column: cell.column, file: sheetFile, key: index))
        }
        if hasValue { records.append(record) }
      }
    }
    var session = CSVReadSession(file: file)
    session.removesFormulaGuard = false
    let model = session.read(CSVRecords(records: records))
    diagnostics += session.diagnostics
    if let model { diagnostics += model.validate() }
    return (model, diagnostics)
  }

  /// A cell's value as the CSV table writes it.
  static func text(of value: WorkbookReader.Value) -> String {
    switch value {
    case .text(let text): text
    case .number(let number): CSVTable.format(number)
    case .date(let day): day.description
    case .boolean(let flag): flag ? "ja" : "nee"
    }
  }
}
