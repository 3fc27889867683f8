import ArgumentParser
import DriehoekAnalysis
import DriehoekLoading
import DriehoekModel
import Foundation

/// Loads a model for a command: prints every diagnostic to standard error and stops with exit
/// code 2 when the model is invalid.
enum ModelInput {
  /// Loads the model at `path`, or throws `ExitCode(2)` after printing why it cannot be used.
  static func load(
    _ path: String, language: Language = .nl,
    loader: ModelLoader = ModelLoader(
      validationOptions: ValidationOptions(knownRuleCodes: Set(RuleCatalogue.all.map(\.code))))
  ) throws -> Model {
    try loadForWriting(path, language: language, loader: loader).model
  }

  /// Loads the model at `path` and gives the writer for the command's output, which refuses
  /// to write onto the model or any file it imports.
  static func loadForWriting(
    _ path: String, language: Language = .nl,
    loader: ModelLoader = ModelLoader(
      validationOptions: ValidationOptions(knownRuleCodes: Set(RuleCatalogue.all.map(\.code))))
  ) throws -> (model: Model, output: OutputWriter) {
    let result = loader.load(path: path)
    printDiagnostics(result.diagnostics, language: language)
    guard result.isValid, let model = result.model else { throw ExitCode(2) }
    return (model, OutputWriter(inputs: [path] + result.inputPaths))
  }

  /// Prints diagnostics to standard error, each followed by an empty line.
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
