@_spi(Fuzzing) import DriehoekLoading
import DriehoekModel

extension FuzzChecks {
  /// Loads bytes with the fast YAML parser (the default) and through Yams alone, and stops the
  /// process when the two disagree on the model, any origin, or any diagnostic (with its
  /// location and snippet): the fast path may only ever be faster, never different.
  public static func parsersAgree(_ bytes: [UInt8]) {
    var yamsOnly = loader
    yamsOnly.allowsFastParser = false
    let fast = loader.load(bytes: bytes, file: inputPath)
    let yams = yamsOnly.load(bytes: bytes, file: inputPath)
    if fast.diagnostics != yams.diagnostics {
      fail(
        "snelle parser en Yams geven andere meldingen",
        fast.diagnostics.map(\.description) + ["--- Yams:"] + yams.diagnostics.map(\.description))
    }
    if fast.model != yams.model {
      fail("snelle parser en Yams geven een ander model", [])
    }
    if fast.model.map(origins) != yams.model.map(origins) {
      fail("snelle parser en Yams geven andere plaatsen (origins)", [])
    }
  }

  /// Every origin of a model, in model order.
  static func origins(of model: Model) -> [Origin?] {
    var result: [Origin?] = [model.origin]
    func visit(_ units: [DriehoekModel.Unit]) {
      for unit in units {
        result.append(unit.origin)
        visit(unit.units)
      }
    }
    for organisation in model.organisations {
      result.append(organisation.origin)
      visit(organisation.units)
    }
    result += model.persons.map(\.origin) + model.roles.map(\.origin)
    result += model.opdrachten.map(\.origin) + model.afspraken.map(\.origin)
    result += model.ketens.map(\.origin) + model.afwijkingen.map(\.origin)
    return result
  }
}
