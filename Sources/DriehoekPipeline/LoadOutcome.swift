import DriehoekLoading
public import DriehoekModel

/// What loading gives: every diagnostic, the files read, and the model when it is valid.
public struct LoadOutcome: Sendable {
  /// Every problem found, in file order, each with its snippet: what `driehoek check` prints.
  public let diagnostics: [Diagnostic]
  /// The files read, root first, as their paths were written.
  public let files: [String]
  /// The paths output must never be written onto: the root path as given, then every file
  /// read with symbolic links resolved.
  public let inputPaths: [String]
  /// The loaded and indexed model; `nil` when it could not be read or has an error.
  public let model: LoadedModel?

  init(_ result: LoadResult, root: String?) {
    diagnostics = result.diagnostics
    files = result.files
    inputPaths = (root.map { [$0] } ?? []) + result.inputPaths
    if result.isValid, let loaded = result.model {
      model = LoadedModel(
        model: loaded, index: result.index ?? ModelIndex(loaded), files: result.files,
        inputPaths: inputPaths, diagnostics: result.diagnostics)
    } else {
      model = nil
    }
  }

  /// Whether the model loaded without an error.
  public var isValid: Bool { model != nil }

  /// The diagnostics as `driehoek check` prints them on standard error: each formatted in the
  /// language, followed by an empty line.
  public func diagnosticText(in language: Language = .nl) -> String {
    var text = ""
    for diagnostic in diagnostics {
      text += diagnostic.formatted(in: language)
      text += "\n"
    }
    return text
  }
}
