import ArgumentParser
import DriehoekAnalysis
import DriehoekLoading
import DriehoekModel

/// The options of every command that loads a model: the limits of the loader.
struct LoadOptions: ParsableArguments {
  @Option(
    name: [.customLong("max-bestandsgrootte"), .customLong("max-file-size")],
    help: ArgumentHelp(
      "De grootste omvang van een model in MB (elk bestand, en alle bestanden samen).",
      valueName: "MB"))
  var maxBestandsgrootte: Int = LoadLimits().maximumFileSize / (1024 * 1024)

  func validate() throws {
    guard maxBestandsgrootte >= 1, maxBestandsgrootte <= 1024 * 1024 else {
      throw ValidationError("--max-bestandsgrootte moet tussen 1 en 1048576 (MB) liggen.")
    }
  }

  /// A loader with these limits that knows the rule codes of the catalogue.
  var loader: ModelLoader {
    ModelLoader(
      limits: LoadLimits(maximumFileSize: maxBestandsgrootte * 1024 * 1024),
      validationOptions: ValidationOptions(knownRuleCodes: Set(RuleCatalogue.all.map(\.code))))
  }
}
