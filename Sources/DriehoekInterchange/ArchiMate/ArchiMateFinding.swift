public import DriehoekModel

/// An open finding, as the ArchiMate export writes it on the elements it names.
///
/// The interchange module does not depend on the analysis; whoever calls the writer passes
/// the findings of ``DriehoekAnalysis`` (or any other) as plain values.
public struct ArchiMateFinding: Hashable, Sendable {
  /// The rule code, `SD11`.
  public var code: String
  /// The severity word, `fout`.
  public var severity: String
  /// The message.
  public var message: String
  /// The ids of the elements the finding names; each gets the finding as a property.
  public var betreft: [ElementID]

  /// Creates a finding.
  public init(code: String, severity: String, message: String, betreft: [ElementID]) {
    self.code = code
    self.severity = severity
    self.message = message
    self.betreft = betreft
  }

  /// The property value: `SD11 (fout): message`.
  var text: String { "\(code) (\(severity)): \(message)" }
}
