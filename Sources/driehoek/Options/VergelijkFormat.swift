import ArgumentParser

/// The output formats of `driehoek vergelijk`.
enum VergelijkFormat: String, CaseIterable, ExpressibleByArgument {
  case text
  case json
  case markdown
  case html
}
