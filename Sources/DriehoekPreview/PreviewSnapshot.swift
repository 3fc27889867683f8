public import DriehoekAnalysis
public import DriehoekDiagram
import DriehoekModel

/// What the preview shows after one load of the model: its diagnostics, and the last model that
/// loaded without errors (with its findings and views), which stays on screen, greyed, while
/// the file is broken.
public struct PreviewSnapshot: Sendable {
  /// Counts the loads: 1 for the first, one more for every reload.
  public var generation: Int
  /// The diagnostics of this load, each as `check` prints it (`model.yaml:12:5: fout: …`).
  public var diagnostics: [String]
  /// Whether this load gave a valid model (no error-level diagnostic).
  public var isValid: Bool
  /// The last valid model's renderer; `nil` when no load has given a valid model yet.
  public var renderer: PreviewRenderer?
  /// The findings of the last valid model, in the order `check` lists them.
  public var findings: [Finding]
  /// The name of the last valid model.
  public var modelName: String?
  /// The generation that produced ``renderer``; views drawn for it are cached under it.
  public var rendererGeneration: Int

  /// The views of the last valid model (none before the first valid load).
  public var views: [View] { renderer?.views ?? [] }

  /// Whether the picture on screen is from an older, valid version of the model.
  public var isStale: Bool { !isValid && renderer != nil }
}
