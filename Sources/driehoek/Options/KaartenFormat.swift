import ArgumentParser

/// The format of `driehoek kaarten` (`--format`).
enum KaartenFormat: String, CaseIterable, ExpressibleByArgument {
  /// One self-contained, print-ready HTML page.
  case html
  /// That page printed to PDF by headless Chromium.
  case pdf
}
