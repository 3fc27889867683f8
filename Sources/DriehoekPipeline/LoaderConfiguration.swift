import DriehoekAnalysis
public import DriehoekLoading
import DriehoekModel

/// How every command of driehoek, and every tool built on the pipeline, loads a model: the
/// loader's limits (`--max-bestandsgrootte`) and the rule codes of the catalogue, so that an
/// accepted risk naming an unknown rule is reported.
///
/// ```swift
/// let outcome = LoaderConfiguration().load(path: "Models/svb.yaml")
/// guard let loaded = outcome.model else { /* outcome.diagnostics say why */ }
/// let analysis = loaded.analysis(on: loaded.peildatum(default: today))
/// ```
public struct LoaderConfiguration: Hashable, Sendable {
  /// The limits on file size, value count, imports and nesting.
  public var limits: LoadLimits

  /// Creates a configuration with the given limits.
  public init(limits: LoadLimits = LoadLimits()) {
    self.limits = limits
  }

  /// Creates a configuration whose largest model is `megabytes` MB (each file, and all files
  /// together), the other limits at their defaults: the CLI's `--max-bestandsgrootte`.
  public init(maximumFileSizeInMegabytes megabytes: Int) {
    limits = LoadLimits(maximumFileSize: megabytes * 1024 * 1024)
  }

  /// The loader with these limits that knows the rule codes of the catalogue.
  public var loader: ModelLoader {
    ModelLoader(
      limits: limits,
      validationOptions: ValidationOptions(knownRuleCodes: Set(RuleCatalogue.all.map(\.code))))
  }

  /// Loads the model in the file at `path`, with its imports, and indexes it once.
  public func load(path: String) -> LoadOutcome {
    LoadOutcome(loader.load(path: path), root: path)
  }

  /// Loads a model from text; `file` names it in diagnostics and imports are resolved
  /// relative to its directory.
  public func load(text: String, file: String = "<invoer>") -> LoadOutcome {
    LoadOutcome(loader.load(text: text, file: file), root: nil)
  }

  /// Loads a model from UTF-8 bytes; `file` names it in diagnostics.
  public func load(bytes: [UInt8], file: String) -> LoadOutcome {
    LoadOutcome(loader.load(bytes: bytes, file: file), root: nil)
  }
}
