// The fuzz targets, called from the C `LLVMFuzzerTestOneInput` of the FuzzLoader and FuzzRender
// executables.
internal import DriehoekLoading

/// Any bytes through the loader: it must never crash, and every rejected input must be
/// explained by an error diagnostic (``FuzzChecks/load(_:)``).
@_cdecl("driehoek_fuzz_loader")
public func fuzzLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  _ = FuzzChecks.load(Array(UnsafeBufferPointer(start: data, count: size)))
  return 0
}

/// Any bytes through the loader, and every valid model exported as CSV and JSON and read back
/// (a differential target: the model must come back equal; ``FuzzChecks/exportsLoadBack(_:)``).
@_cdecl("driehoek_fuzz_csv")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let result = FuzzChecks.load(Array(UnsafeBufferPointer(start: data, count: size)))
  guard result.isValid, let model = result.model else { return 0 }
  FuzzChecks.exportsLoadBack(model)
  return 0
}

/// Any bytes through the loader twice, with the fast YAML parser and through Yams alone: both
/// must give the same model, origins and diagnostics (``FuzzChecks/parsersAgree(_:)``).
@_cdecl("driehoek_fuzz_yaml_parity")
public func fuzzYAMLParity(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  FuzzChecks.parsersAgree(Array(UnsafeBufferPointer(start: data, count: size)))
  return 0
}

/// Any bytes through the loader, and every valid model drawn in every view and rendered to SVG.
///
/// Graphviz must accept every DOT the tool writes and every SVG must be well-formed XML
/// (``FuzzChecks/renderEveryView(of:renderer:)``).
@_cdecl("driehoek_fuzz_render")
public func fuzzRender(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let result = FuzzChecks.load(Array(UnsafeBufferPointer(start: data, count: size)))
  guard result.isValid, let model = result.model else { return 0 }
  FuzzChecks.renderEveryView(of: model)
  return 0
}
