import DriehoekModel

/// The records of a CSV text (RFC 4180), each field with the line and column where it starts.
struct CSVRecords {
  /// One field of a record.
  struct Field {
    var text: String
    var line: Int
    var column: Int
    /// The file to name in a diagnostic instead of the table's (a workbook names its sheet:
    /// `model.xlsx!organisaties`, with the row as line and the column as column).
    var file: String? = nil
    /// The header column the field belongs to, when it is not the field's position in its
    /// record (a workbook's records hold only the cells that have a value).
    var key: Int? = nil
  }

  /// The records, in order; the first is the header.
  private(set) var records: [[Field]] = []
  /// Where the text breaks the CSV rules (an unterminated quote), if anywhere.
  private(set) var unterminatedQuote: (line: Int, column: Int)?

  /// Records that were read elsewhere (from the sheets of a workbook); the first is the header.
  init(records: [[Field]]) {
    self.records = records
  }

  /// Reads the records of `text`, whose fields are separated by `separator`.
  init(_ text: String, separator: Unicode.Scalar = ",") {
    var record: [Field] = []
    var field = ""
    var fieldStart = (line: 1, column: 1)
    var line = 1
    var column = 1
    var inQuotes = false
    var quoteStart = (line: 1, column: 1)
    var scalars = text.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = scalars.next()

    func finishField() {
      record.append(Field(text: field, line: fieldStart.line, column: fieldStart.column))
      field = ""
    }

    while let scalar = pending {
      pending = scalars.next()
      if inQuotes {
        if scalar == "\"" {
          if pending == "\"" {
            field.unicodeScalars.append("\"")
            pending = scalars.next()
            column += 2
            continue
          }
          inQuotes = false
        } else {
          field.unicodeScalars.append(scalar)
        }
        if scalar == "\n" {
          line += 1
          column = 1
        } else {
          column += 1
        }
        continue
      }
      switch scalar {
      case "\"" where field.isEmpty:
        inQuotes = true
        quoteStart = (line, column)
        column += 1
      case separator:
        finishField()
        column += 1
        fieldStart = (line, column)
      case "\r" where pending == "\n":
        break
      case "\n", "\r":
        finishField()
        if !(record.count == 1 && record[0].text.isEmpty) { records.append(record) }
        record = []
        line += 1
        column = 1
        fieldStart = (line, column)
      default:
        field.unicodeScalars.append(scalar)
        column += 1
      }
    }
    if inQuotes { unterminatedQuote = quoteStart }
    if !field.isEmpty || !record.isEmpty {
      finishField()
      records.append(record)
    }
  }
}
