import DriehoekModel
internal import Yams

extension Diagnostic {
  /// Turns an error from Yams into a located diagnostic.
  static func from(yamlError error: any Error, file: String) -> Diagnostic {
    func location(_ mark: Mark) -> SourceLocation {
      SourceLocation(file: file, line: max(1, mark.line), column: max(1, mark.column))
    }
    func detail(_ problem: String, _ context: YamlError.Context?) -> String {
      guard let context, !context.text.isEmpty else { return problem }
      return "\(problem) (\(context.text) op \(context.mark))"
    }
    guard let yamlError = error as? YamlError else {
      return Diagnostic(
        .yamlSyntax(detail: String(describing: error)),
        at: SourceLocation(file: file, line: 1, column: 1))
    }
    switch yamlError {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _):
      return Diagnostic(.yamlSyntax(detail: detail(problem, context)), at: location(mark))
    case .composer(let context, let problem, let mark, _):
      if context?.text == "expected a single document in the stream" {
        return Diagnostic(.multipleDocuments, at: location(mark))
      }
      return Diagnostic(.yamlSyntax(detail: detail(problem, context)), at: location(mark))
    case .duplicatedKeysInMapping(let duplicates, let context):
      return Diagnostic(
        .duplicateKey(key: duplicates.joined(separator: "', '")), at: location(context.mark))
    case .reader(let problem, let offset, _, let yaml):
      let (line, column) = Self.lineAndColumn(ofUTF8Offset: offset ?? 0, in: yaml)
      return Diagnostic(
        .yamlSyntax(detail: problem), at: SourceLocation(file: file, line: line, column: column))
    default:
      return Diagnostic(
        .yamlSyntax(detail: String(describing: yamlError)),
        at: SourceLocation(file: file, line: 1, column: 1))
    }
  }

  static func lineAndColumn(ofUTF8Offset offset: Int, in text: String) -> (Int, Int) {
    var line = 1
    var column = 1
    var consumed = 0
    for scalar in text.unicodeScalars {
      if consumed >= offset { break }
      consumed += UTF8.width(scalar)
      if scalar == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    return (line, column)
  }
}
