public import DriehoekModel

/// What loading a model gives: the model, if one could be built, and every diagnostic.
public struct LoadResult: Sendable {
  /// The model, or `nil` when the file could not be read or parsed at all.
  ///
  /// A model is returned even when it has errors, so that a tool can show as much as possible;
  /// check ``isValid``.
  public var model: Model?
  /// Every problem found, in file order.
  public var diagnostics: [Diagnostic]
  /// The files read, root first, as their paths were written (for snippets and reports).
  public var files: [String]
  /// The files read, with symbolic links resolved (`realpath`), root first: what a tool that
  /// writes output must not overwrite.
  public var inputPaths: [String]
  /// The index of ``model``, built once for its validation, for the steps after loading to
  /// share; `nil` when there is no model.
  public var index: ModelIndex?

  /// Creates a result.
  public init(
    model: Model?, diagnostics: [Diagnostic], files: [String], inputPaths: [String] = []
  ) {
    self.model = model
    self.diagnostics = diagnostics
    self.files = files
    self.inputPaths = inputPaths
  }

  /// Whether a model was built without any error-level diagnostic.
  public var isValid: Bool { model != nil && !diagnostics.containsErrors }
}
