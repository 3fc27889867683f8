public import DriehoekModel

/// Loads a model from YAML or JSON, with every problem located by file, line and column.
///
/// ```swift
/// let result = ModelLoader().load(path: "Models/svb.yaml")
/// for diagnostic in result.diagnostics { print(diagnostic) }
/// if result.isValid, let model = result.model { … }
/// ```
///
/// The loader reports all problems in a file, not only the first: YAML syntax, wrong types,
/// unknown keys (with a suggestion), missing keys, and, through ``Model/validate(options:)``,
/// duplicate ids, unresolved references, reversed periods and negative numbers. `importeer`
/// merges further files, relative to the importing file.
public struct ModelLoader: Sendable {
  /// The limits on file size, value count and imports.
  public var limits: LoadLimits
  /// The options for the structural validation that follows loading.
  public var validationOptions: ValidationOptions
  /// Whether files in the plain subset of YAML are read by the fast parser (the default).
  ///
  /// With `false`, every file goes through Yams. Only the tests and the differential fuzz
  /// target (`Fuzz/`, `FuzzYAMLParity`) compare the two, through the `Fuzzing` SPI.
  @_spi(Fuzzing) public var allowsFastParser = true

  /// Creates a loader.
  public init(
    limits: LoadLimits = LoadLimits(), validationOptions: ValidationOptions = ValidationOptions()
  ) {
    self.limits = limits
    self.validationOptions = validationOptions
  }

  /// Loads the model in the file at `path`, with its imports.
  public func load(path: String) -> LoadResult {
    var session = LoadSession(loader: self)
    return session.loadRoot(path: path)
  }

  /// Loads a model from text.
  ///
  /// `file` names it in diagnostics; imports are resolved relative to the directory of `file`.
  public func load(text: String, file: String = "<invoer>") -> LoadResult {
    var session = LoadSession(loader: self)
    return session.loadRoot(bytes: Array(text.utf8), file: file)
  }

  /// Loads a model from UTF-8 bytes; `file` names it in diagnostics.
  public func load(bytes: [UInt8], file: String) -> LoadResult {
    var session = LoadSession(loader: self)
    return session.loadRoot(bytes: bytes, file: file)
  }
}
