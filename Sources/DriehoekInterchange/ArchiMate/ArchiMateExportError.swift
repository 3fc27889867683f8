/// Why a model cannot be written as an ArchiMate exchange file.
///
/// The writer expects a valid model (as `export` loads it); these are the conditions it
/// relies on, reported rather than trusted.
public enum ArchiMateExportError: Error, Hashable, Sendable, CustomStringConvertible {
  /// An id that is not ASCII letters, digits, `-`, `_` and `.` (it would not make an identifier).
  case invalidID(String)
  /// A reference to an id that the model does not define.
  case unknownReference(id: String, key: String)

  public var description: String {
    switch self {
    case .invalidID(let id):
      "id '\(id)' is geen geldig id (alleen letters, cijfers, '-', '_' en '.')"
    case .unknownReference(let id, let key):
      "onbekende verwijzing '\(id)' in '\(key)'; alleen een geldig model kan als ArchiMate worden geschreven"
    }
  }
}
