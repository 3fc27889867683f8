import ArgumentParser
import DriehoekModel
import DriehoekPipeline

/// Loads a model for a command: prints every diagnostic to standard error and stops with exit
/// code 2 when the model is invalid.
enum ModelInput {
  /// Loads the model at `path`, or throws `ExitCode(2)` after printing why it cannot be used.
  static func load(
    _ path: String, language: Language = .nl,
    configuration: LoaderConfiguration = LoaderConfiguration()
  ) throws -> LoadedModel {
    try loadForWriting(path, language: language, configuration: configuration).model
  }

  /// Loads the model at `path` and gives the writer for the command's output, which refuses
  /// to write onto the model or any file it imports.
  static func loadForWriting(
    _ path: String, language: Language = .nl,
    configuration: LoaderConfiguration = LoaderConfiguration()
  ) throws -> (model: LoadedModel, output: OutputWriter) {
    let outcome = configuration.load(path: path)
    printDiagnostics(outcome.diagnostics, language: language)
    guard let model = outcome.model else { throw ExitCode(2) }
    return (model, OutputWriter(inputs: outcome.inputPaths))
  }

  /// Prints diagnostics to standard error, each followed by an empty line, in blocks of 64 KB
  /// rather than one write per diagnostic (a file can have 10,000).
  static func printDiagnostics(_ diagnostics: [Diagnostic], language: Language) {
    var text = ""
    for diagnostic in diagnostics {
      text += diagnostic.formatted(in: language)
      text += "\n"
      if text.utf8.count > 1 << 16 {
        StandardError.write(text)
        text = ""
      }
    }
    StandardError.write(text)
  }
}

/// Writes to standard error.
enum StandardError {
  /// Writes text to standard error, made safe for a terminal (see ``Console``).
  static func write(_ text: String) {
    Console.writeError(text)
  }
}
