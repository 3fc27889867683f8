public import DriehoekModel
internal import Foundation
internal import Yams

/// Writes a model in an interchange format.
///
/// JSON is canonical and stable: sorted keys, ISO dates, numbers without a needless fraction,
/// so that the same model always gives the same bytes. Every format loads back to an equal model.
public struct ModelWriter: Sendable {
  /// Creates a writer.
  public init() {}

  /// The model as text in the given format.
  ///
  /// - Parameters:
  ///   - model: The model to write.
  ///   - format: The format.
  /// - Returns: The text, ending with a newline.
  /// - Throws: `EncodingError` only if a value cannot be encoded (not for a validated model).
  ///   ``ArchiMateWriter`` writes ArchiMate with findings and diagram layouts.
  public func write(_ model: Model, as format: ExportFormat) throws -> String {
    switch format {
    case .json: return try json(model)
    case .yaml: return try yaml(model)
    case .csv: return CSVTable(model: model).text
    case .archimate:
      do {
        return try ArchiMateWriter().write(model)
      } catch {
        throw EncodingError.invalidValue(
          model, EncodingError.Context(codingPath: [], debugDescription: error.description))
      }
    }
  }

  func json(_ model: Model) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = try encoder.encode(model)
    return (String(data: data, encoding: .utf8) ?? "") + "\n"
  }

  func yaml(_ model: Model) throws -> String {
    let encoder = YAMLEncoder()
    encoder.options.allowUnicode = true
    encoder.options.sortKeys = false
    return try encoder.encode(model)
  }
}
