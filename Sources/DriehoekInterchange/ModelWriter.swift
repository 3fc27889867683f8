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
  /// - Throws: `EncodingError` only if a value cannot be encoded (not for a validated model),
  ///   and for ``ExportFormat/xlsx``, which is no text (``bytes(_:as:)`` writes it).
  ///   ``ArchiMateWriter`` writes ArchiMate with findings and diagram layouts.
  public func write(_ model: Model, as format: ExportFormat) throws -> String {
    switch format {
    case .xlsx:
      throw EncodingError.invalidValue(
        model,
        EncodingError.Context(
          codingPath: [], debugDescription: "xlsx is binary: ModelWriter.bytes(_:as:) writes it"))
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

  /// The model as the bytes of a file in the given format: UTF-8 text, or for
  /// ``ExportFormat/xlsx`` a workbook (``ModelWorkbook``).
  ///
  /// - Throws: As ``write(_:as:)``, and ``WorkbookError`` when a workbook cannot be made.
  public func bytes(_ model: Model, as format: ExportFormat) throws -> [UInt8] {
    guard format == .xlsx else { return Array(try write(model, as: format).utf8) }
    return try ModelWorkbook.workbook(model).xlsx()
  }

  /// The model as a CSV table in a dialect: ``CSVDialect/excel`` for Excel with Dutch settings.
  public func csv(_ model: Model, dialect: CSVDialect) -> String {
    CSVTable(model: model).text(in: dialect)
  }

  func json(_ model: Model) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = try encoder.encode(model)
    return Self.escapingNonPrintable(String(decoding: data, as: UTF8.self)) + "\n"
  }

  /// JSON with DEL, the C1 controls and U+FFFE/U+FFFF written as `\uXXXX`.
  ///
  /// `JSONEncoder`
  /// escapes only C0 controls, but the loader reads JSON as YAML, which refuses those raw
  /// (they are not printable); escaped they load back. They occur only inside strings.
  static func escapingNonPrintable(_ json: String) -> String {
    func isNonPrintable(_ value: UInt32) -> Bool {
      (0x7F...0x9F).contains(value) || value == 0xFFFE || value == 0xFFFF
    }
    guard json.unicodeScalars.contains(where: { isNonPrintable($0.value) }) else { return json }
    var result = String.UnicodeScalarView()
    for scalar in json.unicodeScalars {
      if isNonPrintable(scalar.value) {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        result.append(
          contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }

  func yaml(_ model: Model) throws -> String {
    let encoder = YAMLEncoder()
    encoder.options.allowUnicode = true
    encoder.options.sortKeys = false
    // Yams' encoder copies a list's nodes for every item it adds (quadratic: a model of 10,000
    // executors took minutes). So the lists are encoded a batch at a time, read back as nodes
    // and put together into the tree the encoder would have built; the emitter writes such a
    // tree with the same bytes (a scalar's bytes follow from its value and the style the
    // emitter chose, which reading back keeps). Checked against `encoder.encode(model)` by
    // the tests.
    var skeleton = model
    skeleton.organisations = []
    skeleton.persons = []
    skeleton.roles = []
    skeleton.opdrachten = []
    skeleton.afspraken = []
    skeleton.ketens = []
    skeleton.afwijkingen = []
    guard case .mapping(var root)? = try compose(yaml: encoder.encode(skeleton)) else {
      return try encoder.encode(model)
    }
    // The lists in the order of `Model.encode(to:)`, each only when it has items.
    try Self.addList(model.organisations, key: "organisaties", to: &root, encoder: encoder)
    try Self.addList(model.persons, key: "personen", to: &root, encoder: encoder)
    try Self.addList(model.roles, key: "rollen", to: &root, encoder: encoder)
    try Self.addList(model.opdrachten, key: "opdrachten", to: &root, encoder: encoder)
    try Self.addList(model.afspraken, key: "afspraken", to: &root, encoder: encoder)
    try Self.addList(model.ketens, key: "ketens", to: &root, encoder: encoder)
    try Self.addList(model.afwijkingen, key: "afwijkingen", to: &root, encoder: encoder)
    // With the options `YAMLEncoder.encode` hands to the emitter.
    let options = encoder.options
    return try serialize(
      node: .mapping(root), canonical: options.canonical, indent: options.indent,
      width: options.width, allowUnicode: options.allowUnicode, lineBreak: options.lineBreak,
      explicitStart: options.explicitStart, explicitEnd: options.explicitEnd,
      version: options.version, sortKeys: options.sortKeys)
  }

  /// The YAML that Yams' encoder writes for the whole model at once (quadratic in the lists):
  /// the reference that the tests hold ``yaml(_:)`` to, byte for byte.
  static func yamlEncodedWhole(_ model: Model) throws -> String {
    let encoder = YAMLEncoder()
    encoder.options.allowUnicode = true
    encoder.options.sortKeys = false
    return try encoder.encode(model)
  }

  /// The items of a list per batch of this many, so that the encoder's copying stays small.
  static let yamlBatchSize = 64

  /// Adds a list under `key` to the model's mapping as the encoder would: a sequence of the
  /// items' nodes; nothing for an empty list.
  private static func addList<Item: Encodable>(
    _ items: [Item], key: String, to root: inout Node.Mapping, encoder: YAMLEncoder
  ) throws {
    guard !items.isEmpty else { return }
    var nodes: [Node] = []
    nodes.reserveCapacity(items.count)
    var start = 0
    while start < items.count {
      let end = min(start + yamlBatchSize, items.count)
      let text = try encoder.encode(Array(items[start..<end]))
      guard case .sequence(let batch)? = try compose(yaml: text) else {
        throw EncodingError.invalidValue(
          items, EncodingError.Context(codingPath: [], debugDescription: "geen YAML-lijst"))
      }
      nodes.append(contentsOf: batch)
      start = end
    }
    root[key] = .sequence(Node.Sequence(nodes, Tag(.implicit), encoder.options.sequenceStyle))
  }
}
