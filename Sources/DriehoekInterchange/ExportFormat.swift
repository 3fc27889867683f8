/// The formats a model can be written in.
public enum ExportFormat: String, Hashable, Sendable, CaseIterable {
  /// Canonical JSON: sorted keys, ISO dates, two-space indentation.
  case json
  /// YAML in the model-file format, keys in documentation order.
  case yaml
  /// CSV with a Dutch header row: one row per element (organisation, unit, person, role,
  /// opdracht, afspraak, keten, afwijking).
  case csv
  /// The Open Group's ArchiMate Model Exchange File Format (3.1), for Archi and other tools.
  case archimate
  /// An Excel workbook (`.xlsx`): one sheet per element kind (see ``ModelWorkbook``). Binary:
  /// ``ModelWriter/bytes(_:as:)`` writes it.
  case xlsx
}
