public import DriehoekAnalysis
public import DriehoekLoading
public import DriehoekModel

/// Loads and analyses the sides of a comparison: the one place the comparison meets the loader
/// and the analyser (a seam for the pipeline library, which will take this over).
public struct VergelijkingsInvoer: Sendable {
  /// The loader (limits and known rule codes as `check` uses them).
  public var loader: ModelLoader
  /// The analyser.
  public var analyzer: Analyzer
  /// The language of the findings.
  public var language: Language

  /// Creates an input.
  public init(loader: ModelLoader, analyzer: Analyzer = Analyzer(), language: Language = .nl) {
    self.loader = loader
    self.analyzer = analyzer
    self.language = language
  }

  /// A loaded file: its model when valid, its diagnostics, and every file it read (for the
  /// output writer, which never writes onto an input).
  public struct Geladen: Sendable {
    /// The model, `nil` when the file is invalid.
    public var model: Model?
    /// What the loader reported.
    public var diagnostics: [Diagnostic]
    /// The file and every file it imports.
    public var inputPaths: [String]
  }

  /// Loads a model file with its imports.
  public func load(path: String) -> Geladen {
    let result = loader.load(path: path)
    return Geladen(
      model: result.isValid ? result.model : nil, diagnostics: result.diagnostics,
      inputPaths: [path] + result.inputPaths)
  }

  /// One side: the model analysed on a date (as `check --peildatum` would).
  public func side(_ model: Model, peildatum: Day, file: String?) -> VergelijkingsKant {
    VergelijkingsKant(
      model: model, report: analyzer.analyse(model, peildatum: peildatum, language: language),
      file: file)
  }
}
