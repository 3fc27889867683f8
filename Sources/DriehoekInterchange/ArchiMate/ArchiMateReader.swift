public import DriehoekModel
public import Foundation

/// Reads the ArchiMate exchange files that ``ArchiMateWriter`` writes back into a model, with
/// every problem located by file, line and column.
///
/// It reads what the export writes: the elements, relationships and properties of the mapping
/// in `docs/archimate.md`. The organisation tree and the views are checked to be well-formed
/// XML, not read: they hold nothing the model does not. Anything else (another element or
/// relationship type, an unknown property) is an error that says where it stands, rather
/// than being dropped.
public struct ArchiMateReader: Sendable {
  /// Creates a reader.
  public init() {}

  /// Whether bytes look like an ArchiMate exchange file.
  ///
  /// That is XML naming The Open Group's namespace near its start; only the first 4 KB are
  /// looked at.
  public static func recognises(_ data: Data) -> Bool {
    let head = String(decoding: data.prefix(4096), as: UTF8.self)
    guard let start = head.firstIndex(where: { !$0.isWhitespace && $0 != "\u{FEFF}" }),
      head[start] == "<"
    else { return false }
    return head.contains(ArchiMateVocabulary.namespace)
  }

  /// Whether bytes start like XML (after a byte-order mark and white space): `<`.
  public static func looksLikeXML(_ data: Data) -> Bool {
    var bytes = data.prefix(64)[...]
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    return bytes.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) } == UInt8(ascii: "<")
  }

  /// Reads a model from the bytes of an exchange file; `file` names it in diagnostics.
  ///
  /// - Returns: The model (when the file could be read) and every problem, including those of
  ///   ``Model/validate(options:)``.
  /// - Complexity: O(*n*) in the size of the file.
  public func read(_ data: Data, file: String) -> (model: Model?, diagnostics: [Diagnostic]) {
    let text = String(decoding: data, as: UTF8.self)
    var session = ArchiMateReadSession(file: file, text: text)
    guard String(data: data, encoding: .utf8) != nil else {
      return (
        nil, [Diagnostic(.invalidEncoding, at: SourceLocation(file: file, line: 1, column: 1))]
      )
    }
    switch XMLTree.parse(data) {
    case .failure(let failure):
      session.report(
        .xmlSyntax(detail: failure.message), line: failure.line, column: failure.column)
      return (nil, session.diagnostics)
    case .success(let tree):
      let model = session.read(tree)
      var diagnostics = session.diagnostics
      if let model, !diagnostics.containsErrors { diagnostics += model.validate() }
      return (diagnostics.containsErrors ? nil : model, diagnostics)
    }
  }
}
