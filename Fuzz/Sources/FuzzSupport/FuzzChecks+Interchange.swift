internal import DriehoekInterchange
internal import DriehoekLoading
public import DriehoekModel

extension FuzzChecks {
  /// The export round trips of a valid model (issue 25): `export --format csv` read back by
  /// `import` gives an equal model, and so does `export --format json` read back by the
  /// loader; no CSV cell begins with a formula character (`=`, `+`, `@`, tab, CR; `-` only
  /// in the number columns).
  public static func exportsLoadBack(_ model: Model) {
    let writer = ModelWriter()
    guard let csv = try? writer.write(model, as: .csv) else {
      fail("CSV-export mislukt", [])
    }
    let (back, diagnostics) = CSVModelReader().read(csv, file: "fuzz.csv")
    guard let back, !diagnostics.containsErrors else {
      fail("CSV-export laadt niet terug", diagnostics.map(\.description) + [csv])
    }
    if back != model {
      fail("CSV-export laadt terug tot een ander model", [csv])
    }
    for line in csv.split(separator: "\r\n") {
      for cell in line.split(separator: ",", omittingEmptySubsequences: false) {
        let content = cell.hasPrefix("\"") ? cell.dropFirst() : cell[...]
        if let first = content.unicodeScalars.first, "=+@\t\r".unicodeScalars.contains(first) {
          fail("CSV-cel begint als formule", [String(cell)])
        }
      }
    }
    guard let json = try? writer.write(model, as: .json) else { fail("JSON-export mislukt", []) }
    let reloaded = loader.load(text: json, file: "fuzz.json")
    guard reloaded.isValid, let again = reloaded.model else {
      fail("JSON-export laadt niet terug", reloaded.diagnostics.map(\.description) + [json])
    }
    if again != model {
      fail("JSON-export laadt terug tot een ander model", [json])
    }
  }
}
