public import DriehoekModel

/// Why a card set cannot be made.
public enum KaartenSetError: Error, Equatable, Sendable, CustomStringConvertible {
  /// `--uitvoerder` names an id that is not an executor valid on the peildatum; `executors` are
  /// the ids that are.
  case unknownExecutor(ElementID, executors: [ElementID])

  /// The message in Dutch or English: what is wrong and what to choose instead.
  public func message(in language: Language) -> String {
    switch self {
    case .unknownExecutor(let id, let executors):
      let list = executors.map(\.rawValue).joined(separator: ", ")
      return language.pick(
        "'\(id.rawValue)' is geen uitvoerder op de peildatum"
          + (executors.isEmpty ? "; het model heeft geen uitvoerders" : "; kies uit: \(list)"),
        "'\(id.rawValue)' is not an executor on the reference date"
          + (executors.isEmpty ? "; the model has no executors" : "; choose from: \(list)"))
    }
  }

  public var description: String { message(in: .nl) }
}
