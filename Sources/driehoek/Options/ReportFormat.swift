import ArgumentParser

/// The format of `driehoek report` (`--format`).
enum ReportFormat: String, CaseIterable, ExpressibleByArgument {
  /// One self-contained HTML page with the diagrams inline.
  case html
  /// Markdown, with the diagrams as SVG files next to it.
  case markdown
}
