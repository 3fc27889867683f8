import ArgumentParser
import DriehoekLoading
import DriehoekPipeline

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

  /// The loader configuration with these limits.
  var configuration: LoaderConfiguration {
    LoaderConfiguration(maximumFileSizeInMegabytes: maxBestandsgrootte)
  }
}
