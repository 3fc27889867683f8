import ArgumentParser
import DriehoekModel

extension ValidationError {
  /// Refuses a `--timeout` outside 0 (exclusive) to 86400 seconds (`render`, `report`,
  /// `bekijk`).
  static func checkTimeout(_ timeout: Double?) throws {
    if let timeout, !(timeout > 0 && timeout <= 86_400) {
      throw ValidationError("--timeout moet een aantal seconden tussen 0 en 86400 zijn.")
    }
  }

  /// Refuses Markdown to standard output: it writes SVG files beside the document, so it needs
  /// `-o BESTAND.md` (`report`, `vergelijk`).
  static func checkMarkdownOutput(_ output: String?, isMarkdown: Bool) throws {
    if isMarkdown && (output == nil || output == "-") {
      throw ValidationError(
        "Markdown schrijft ook SVG-bestanden naast het document; geef -o BESTAND.md.")
    }
  }
}
