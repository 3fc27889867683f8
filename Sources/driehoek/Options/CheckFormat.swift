import ArgumentParser

/// The output format of `driehoek check` (`--format`).
enum CheckFormat: String, CaseIterable, ExpressibleByArgument {
  case text
  case json
  case sarif
  case markdown
  case csv
  case xlsx
}
