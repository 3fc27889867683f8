internal import CGraphviz
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The only code that calls Graphviz: two long-lived contexts behind one lock.
///
/// Graphviz keeps its error state, its line counter and many layout buffers in process globals,
/// so every call runs while ``engine`` is locked. Messages arrive through `agseterrf` in
/// fragments; the C callback cannot capture anything, so it appends to ``messages``, which is
/// only used while ``engine`` is held.
enum GraphvizSession {
  /// The contexts, made on first use and kept for the life of the process.
  private static let engine = SerialLock(Engine())
  /// The messages Graphviz reported during the current call.
  static let messages = Mutex("")

  /// Renders DOT into SVG, PNG or PDF.
  static func render(
    dot: String, format: OutputFormat, pluginDirectories: [String]
  ) throws(RenderingError) -> RenderResult {
    let outcome: Result<RenderResult, RenderingError> = engine.withLock { engine in
      let context: Result<OpaquePointer, RenderingError> =
        format == .svg
        ? engine.layoutContext(pluginDirectories) : engine.cairoContext(pluginDirectories)
      switch context {
      case .failure(let error): return .failure(error)
      case .success(let context): return run(dot: dot, format: format, context: context)
      }
    }
    return try outcome.get()
  }

  /// Lays DOT out with the same context as SVG and returns Graphviz's `json` output: the
  /// positions and sizes of nodes and edge labels, in points.
  static func layoutJSON(
    dot: String, pluginDirectories: [String]
  ) throws(RenderingError) -> RenderResult {
    let outcome: Result<RenderResult, RenderingError> = engine.withLock { engine in
      switch engine.layoutContext(pluginDirectories) {
      case .failure(let error): return .failure(error)
      case .success(let context):
        return run(dot: dot, format: .svg, device: "json", context: context)
      }
    }
    return try outcome.get()
  }

  private static func run(
    dot: String, format: OutputFormat, device: String? = nil, context: OpaquePointer
  ) -> Result<RenderResult, RenderingError> {
    messages.withLock { $0 = "" }
    agreseterrors()
    let previousLevel = agseterr(AGWARN)
    let previousWriter = agseterrf { fragment in
      guard let fragment else { return 0 }
      let text = String(cString: fragment)
      GraphvizSession.messages.withLock { $0 += text }
      return 0
    }
    defer {
      _ = agseterrf(previousWriter)
      _ = agseterr(previousLevel)
      agreseterrors()
    }
    agreadline(1)
    let text = Array(dot.utf8CString)
    let read = text.withUnsafeBufferPointer { buffer in
      buffer.baseAddress.flatMap { driehoek_read_graph($0, buffer.count - 1) }
    }
    guard let graph = read else {
      return .failure(.invalidDOT(message: collected().errors))
    }
    defer { _ = agclose(graph) }
    guard let overlay = driehoek_take_edges(graph, "overlay") else {
      return .failure(.layoutFailed(message: "geen geheugen"))
    }
    defer { free(overlay) }
    guard gvLayout(context, graph, "dot") == 0 else {
      return .failure(.layoutFailed(message: collected().errors))
    }
    // Frees whichever layout the graph has last (none, after a failed reroute, is fine).
    defer { _ = gvFreeLayout(context, graph) }
    if overlay.pointee != 0 {
      // Edges marked `overlay=true` are left out of the layout and routed over it afterwards:
      // the layout is written into the graph's attributes (`pos`, `bb`, `lp`), those edges are
      // added, and the graph is laid out again with `nop2` (`neato -n2`), which keeps every
      // position and routes only the new edges.
      let rerouted = reroute(graph, overlay: String(cString: overlay), context: context)
      if case .failure(let error) = rerouted { return .failure(error) }
    }
    var buffer: UnsafeMutablePointer<CChar>? = nil
    let (status, count) = withLengthOut {
      gvRenderData(context, graph, device ?? format.rawValue, &buffer, $0)
    }
    defer { if let buffer { gvFreeRenderData(buffer) } }
    let report = collected()
    guard status == 0, let buffer else {
      return .failure(.renderFailed(format: format, message: report.errors))
    }
    guard agerrors() < AGERR.rawValue else {
      return .failure(.renderFailed(format: format, message: report.errors))
    }
    let bytes = UnsafeRawBufferPointer(start: buffer, count: count)
    return .success(RenderResult(bytes: Array(bytes), warnings: report.warnings))
  }

  /// The most overlay edges routed around the cards (`splines=true`); more are drawn straight.
  static let routedOverlayLimit = 100

  /// Lays the graph out again with the overlay edges routed over its `dot` layout.
  ///
  /// The graph gets its layout as attributes, the overlay edges (with their routes, see
  /// GraphvizSession+Routing.swift) and `splines=true`, and is laid out with `nop2`. On failure
  /// the graph has no layout.
  private static func reroute(
    _ graph: UnsafeMutablePointer<Agraph_t>, overlay: String, context: OpaquePointer
  ) -> Result<Void, RenderingError> {
    // What the `dot` output device does before it writes the text: positions, sizes and
    // routes as attributes, which `nop2` reads back.
    attach_attrs(graph)
    // Routing around every card costs Graphviz about the cube of the cards; beyond
    // `routedOverlayLimit` edges they are drawn straight.
    let overlayCount = overlay.utf8.count { $0 == UInt8(ascii: "\n") }
    let routes = overlayCount <= routedOverlayLimit
    // Up to the limit, each edge is routed in a small graph of its two blocks and arrives here
    // with its route.
    let edges = routes ? routed(overlay, in: graph, context: context) : overlay
    _ = gvFreeLayout(context, graph)
    let text = Array("digraph {\n  splines=\(routes ? "true" : "line");\n\(edges)}\n".utf8CString)
    let added = text.withUnsafeBufferPointer { buffer in
      buffer.baseAddress.flatMap { driehoek_add_to_graph(graph, $0, buffer.count - 1) }
    }
    guard added != nil else { return .failure(.layoutFailed(message: collected().errors)) }
    guard gvLayout(context, graph, "nop2") == 0 else {
      return .failure(.layoutFailed(message: collected().errors))
    }
    return .success(())
  }

  /// The collected messages, split into errors (one text) and warnings (one per line).
  private static func collected() -> (errors: String, warnings: [String]) {
    let text = messages.withLock { $0 }
    var errors: [String] = []
    var warnings: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
      if line.hasPrefix("Warning: ") {
        warnings.append(String(line.dropFirst("Warning: ".count)))
      } else if line.hasPrefix("Error: ") {
        errors.append(String(line.dropFirst("Error: ".count)))
      } else if line.hasPrefix("Warning") || line.hasPrefix("Error") {
        errors.append(String(line))
      } else if !warnings.isEmpty && errors.isEmpty {
        warnings.append(String(line))
      } else {
        errors.append(String(line))
      }
    }
    return (errors.isEmpty ? "onbekende fout" : errors.joined(separator: "; "), warnings)
  }
}

/// The Graphviz contexts (one for SVG, one for PNG and PDF, per list of plugin directories) and
/// the plugin libraries behind them.
private struct Engine: ~Copyable {
  private var contexts: [[String]: Result<OpaquePointer, RenderingError>] = [:]
  /// The symbol lists handed to Graphviz; it keeps pointers into them, so they live forever.
  private var symbolLists: [UnsafeMutablePointer<lt_symlist_t>] = []

  /// The context for SVG: core and the dot and neato layouts only, so text uses built-in
  /// metrics.
  mutating func layoutContext(_ directories: [String]) -> Result<OpaquePointer, RenderingError> {
    context(plugins: ["core", "dot_layout", "neato_layout"], directories: directories)
  }

  /// The context for PNG and PDF: core, the dot and neato layouts and the cairo (pango) plugin.
  mutating func cairoContext(_ directories: [String]) -> Result<OpaquePointer, RenderingError> {
    context(plugins: ["core", "dot_layout", "neato_layout", "pango"], directories: directories)
  }

  private mutating func context(
    plugins: [String], directories: [String]
  ) -> Result<OpaquePointer, RenderingError> {
    let key = plugins + ["|"] + directories
    if let existing = contexts[key] { return existing }
    let made = makeContext(plugins: plugins, directories: directories)
    contexts[key] = made
    return made
  }

  private mutating func makeContext(
    plugins: [String], directories: [String]
  ) -> Result<OpaquePointer, RenderingError> {
    var symbols: [(name: UnsafeMutablePointer<CChar>?, address: UnsafeMutableRawPointer)] = []
    for plugin in plugins {
      #if canImport(Darwin)
      let library = "libgvplugin_\(plugin).6.dylib"
      #else
      let library = "libgvplugin_\(plugin).so.6"
      #endif
      let symbol = "gvplugin_\(plugin)_LTX_library"
      guard let address = Engine.load(library: library, symbol: symbol, directories: directories)
      else { return .failure(.pluginUnavailable(library: library, searched: directories)) }
      symbols.append((strdup(symbol), address))
    }
    let list = UnsafeMutablePointer<lt_symlist_t>.allocate(capacity: symbols.count + 1)
    for (offset, entry) in symbols.enumerated() {
      (list + offset).initialize(to: lt_symlist_t(name: entry.name, address: entry.address))
    }
    (list + symbols.count).initialize(to: lt_symlist_t(name: nil, address: nil))
    symbolLists.append(list)
    guard let context = gvContextPlugins(list, 0) else { return .failure(.contextUnavailable) }
    return .success(context)
  }

  /// Opens a plugin library from the first directory that has it and finds its entry symbol.
  private static func load(
    library: String, symbol: String, directories: [String]
  ) -> UnsafeMutableRawPointer? {
    for directory in directories {
      guard let handle = dlopen(directory + "/" + library, RTLD_NOW | RTLD_LOCAL) else { continue }
      if let address = dlsym(handle, symbol) { return address }
    }
    return nil
  }
}

/// Calls a C function whose length out-parameter is `unsigned int *` before Graphviz 13 and
/// `size_t *` after; the compiler infers the type the installed header declares.
func withLengthOut<L: BinaryInteger>(
  _ body: (UnsafeMutablePointer<L>) -> Int32
) -> (Int32, Int) {
  var length: L = 0
  let status = body(&length)
  return (status, Int(length))
}
