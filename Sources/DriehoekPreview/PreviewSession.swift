import DriehoekAnalysis
public import DriehoekDiagram
public import DriehoekModel
public import DriehoekPipeline
import Synchronization

/// The model being previewed: loads, checks and draws it, keeps the current
/// ``PreviewSnapshot`` and the views drawn of it, and knows which files to watch.
///
/// Thread-safe: the watcher reloads while connections read; one view is drawn at a time.
public final class PreviewSession: Sendable {
  /// The configuration of a session.
  public struct Configuration: Sendable {
    /// The model file, as given on the command line.
    public var modelPath: String
    /// How the model is loaded (the limits of `--max-bestandsgrootte`).
    public var loader: LoaderConfiguration
    /// The peildatum given on the command line; else the model's, else ``today``.
    public var peildatum: Day?
    /// The day used when neither the command line nor the model names one.
    public var today: Day
    /// How Graphviz is run.
    public var graphviz: PreviewRenderer.Graphviz

    /// Creates a configuration.
    public init(
      modelPath: String, loader: LoaderConfiguration = LoaderConfiguration(), peildatum: Day? = nil,
      today: Day,
      graphviz: PreviewRenderer.Graphviz
    ) {
      self.modelPath = modelPath
      self.loader = loader
      self.peildatum = peildatum
      self.today = today
      self.graphviz = graphviz
    }
  }

  /// One view as drawn for the page: its SVG, or why it could not be drawn.
  public enum Drawing: Sendable, Equatable {
    /// The SVG element (no XML declaration or doctype), ready to place inline.
    case svg(String)
    /// The view could not be drawn; the message says why.
    case failed(String)
  }

  private struct State: Sendable {
    var snapshot: PreviewSnapshot
    var watched: [String]
  }

  private struct Drawings: Sendable {
    /// The drawings of the current renderer, by view.
    var current: [View: Drawing] = [:]
    /// The generation of the renderer the drawings belong to.
    var generation = 0
    /// The last SVG drawn of each view, kept while the model is broken or a view fails.
    var lastGood: [View: String] = [:]
  }

  /// The configuration.
  public let configuration: Configuration
  private let state: Mutex<State>
  private let drawings = Mutex(Drawings())

  /// Creates a session and loads the model once.
  public init(configuration: Configuration) {
    self.configuration = configuration
    let empty = PreviewSnapshot(
      generation: 0, diagnostics: [], isValid: false, renderer: nil, findings: [],
      modelName: nil, rendererGeneration: 0)
    state = Mutex(State(snapshot: empty, watched: [configuration.modelPath]))
    reload()
  }

  /// The current snapshot.
  public var snapshot: PreviewSnapshot { state.withLock { $0.snapshot } }

  /// The files to watch: the model and every file it imports, as written and as resolved.
  public var watchedFiles: [String] { state.withLock { $0.watched } }

  /// Loads, checks and analyses the model again; returns the new snapshot.
  @discardableResult
  public func reload() -> PreviewSnapshot {
    let result = configuration.loader.load(path: configuration.modelPath)
    let diagnostics = result.diagnostics.map { $0.formatted(in: .nl) }
    var analysed: (PreviewRenderer, [Finding], String)?
    if let loaded = result.model {
      let analysis = loaded.analysis(
        on: loaded.peildatum(chosen: configuration.peildatum, default: configuration.today))
      analysed = (
        PreviewRenderer(analysis: analysis, graphviz: configuration.graphviz),
        analysis.report.findings, loaded.model.name
      )
    }
    return state.withLock { state in
      var next = state.snapshot
      next.generation += 1
      next.diagnostics = diagnostics
      next.isValid = analysed != nil
      if let (renderer, findings, name) = analysed {
        next.renderer = renderer
        next.findings = findings
        next.modelName = name
        next.rendererGeneration = next.generation
      }
      var watched = [configuration.modelPath]
      for path in result.files + result.inputPaths where !watched.contains(path) {
        watched.append(path)
      }
      // A file that failed to load keeps the files of the last load watched as well.
      if !result.isValid {
        for path in state.watched where !watched.contains(path) { watched.append(path) }
      }
      state.snapshot = next
      state.watched = watched
      return next
    }
  }

  /// The view a page asked for if the last valid model has it, else the landschap.
  public func resolvedView(_ requested: View?, in snapshot: PreviewSnapshot) -> View {
    guard let requested, snapshot.views.contains(requested) else { return .landschap }
    return requested
  }

  /// One view of a snapshot as drawn: the cached drawing, or a new one (one at a time).
  ///
  /// A view that fails gives its last good SVG greyed in the page (see ``lastGoodSVG(of:)``).
  public func drawing(of view: View, in snapshot: PreviewSnapshot) -> Drawing {
    guard let renderer = snapshot.renderer else {
      return .failed("Er is nog geen geldige versie van het model om te tekenen.")
    }
    return drawings.withLock { drawings in
      if drawings.generation != snapshot.rendererGeneration {
        // Only ever forward: an older snapshot is drawn but not cached over a newer one.
        guard snapshot.rendererGeneration > drawings.generation else {
          return Self.draw(view, with: renderer)
        }
        drawings.current = [:]
        drawings.generation = snapshot.rendererGeneration
      }
      if let drawing = drawings.current[view] { return drawing }
      let drawing = Self.draw(view, with: renderer)
      drawings.current[view] = drawing
      if case .svg(let svg) = drawing { drawings.lastGood[view] = svg }
      return drawing
    }
  }

  /// The last SVG drawn of a view, if any.
  public func lastGoodSVG(of view: View) -> String? {
    drawings.withLock { $0.lastGood[view] }
  }

  private static func draw(_ view: View, with renderer: PreviewRenderer) -> Drawing {
    do {
      return .svg(inlineSVG(try renderer.svg(for: view)))
    } catch {
      return .failed("De view \(view) kon niet getekend worden: \(error)")
    }
  }

  /// The `<svg>` element of a document: the XML declaration, doctype and comments before it
  /// dropped, so that it can stand inline in HTML.
  static func inlineSVG(_ bytes: [UInt8]) -> String {
    let marker = Array("<svg".utf8)
    guard bytes.count >= marker.count,
      let start = (0...(bytes.count - marker.count)).first(where: {
        bytes[$0..<($0 + marker.count)].elementsEqual(marker)
      })
    else { return String(decoding: bytes, as: UTF8.self) }
    return String(decoding: bytes[start...], as: UTF8.self)
  }
}
