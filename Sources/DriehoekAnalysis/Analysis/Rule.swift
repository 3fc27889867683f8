public import DriehoekModel

/// One rule of the catalogue: a value that looks at a model on a peildatum and returns findings.
///
/// A rule carries its stable code and slug, its default severity and its texts in Dutch and
/// English (``texts``, which the default text methods read). Most rules look at the model only;
/// a rule whose ``reviewsFindings`` is `true` runs after the others and sees their findings in
/// ``AnalysisContext/findings`` (the accepted-risk rules SD17, SD18 and SD20).
public protocol Rule: Sendable {
  /// The stable code, such as `SD01`.
  var code: String { get }
  /// The slug, such as `geen-eigenaar`.
  var slug: String { get }
  /// The default severity; a finding may be more or less serious where the catalogue says so.
  var defaultSeverity: Severity { get }
  /// Whether the rule runs after the others and looks at their findings.
  var reviewsFindings: Bool { get }
  /// The rule's fixed texts in Dutch and English.
  var texts: RuleTexts { get }
  /// A one-line description of when the rule fires.
  func summary(in language: Language) -> String
  /// Why the rule matters, grounded in the sources of `shared/rules.md`.
  func waarom(in language: Language) -> String
  /// Why the rule matters for an executor of one kind: a rule whose reason cites the Regeling
  /// agentschappen gives a zbo the Kaderwet zbo and a dienst its ministry's own steering. The
  /// default is ``waarom(in:)``.
  func waarom(in language: Language, for kind: OrganisationKind) -> String
  /// How to resolve a finding.
  func oplossing(in language: Language) -> String
  /// The findings of this rule in the model on the context's peildatum.
  func findings(in context: AnalysisContext) -> [Finding]
}

extension Rule {
  /// Rules look at the model only unless they say otherwise.
  public var reviewsFindings: Bool { false }

  /// The summary of ``texts``.
  public func summary(in language: Language) -> String {
    texts.summary.text(in: language)
  }

  /// The reason of ``texts``.
  public func waarom(in language: Language) -> String {
    texts.waarom.text(in: language)
  }

  /// The reason of ``texts`` for an executor of `kind`: its family's where ``texts`` has
  /// family reasons, else the same reason for every kind of executor.
  public func waarom(in language: Language, for kind: OrganisationKind) -> String {
    texts.waarom(in: language, for: kind)
  }

  /// The remedy of ``texts``.
  public func oplossing(in language: Language) -> String {
    texts.oplossing.text(in: language)
  }

  /// The rule's fixed texts in one language.
  public func description(in language: Language) -> RuleDescription {
    RuleDescription(
      code: code, slug: slug, defaultSeverity: defaultSeverity, summary: summary(in: language),
      waarom: waarom(in: language), oplossing: oplossing(in: language))
  }

  /// A finding of this rule, with the rule's reason and hint in the context's language.
  func finding(
    in context: AnalysisContext, severity: Severity? = nil, message: String,
    betreft: [ElementID], location: SourceLocation?, executor: ElementID?
  ) -> Finding {
    var texts =
      context.ruleTexts[code]
      ?? (waarom: waarom(in: context.language), oplossing: oplossing(in: context.language))
    if let kind = executor.flatMap({ context.organisationKind(of: $0) }) {
      texts.waarom =
        context.kindReasons[code]?[kind] ?? waarom(in: context.language, for: kind)
    }
    return Finding(
      code: code, slug: slug, severity: severity ?? defaultSeverity, message: message,
      betreft: betreft, location: location, waarom: texts.waarom, oplossing: texts.oplossing,
      executor: executor)
  }

  /// A finding of this rule as ``finding(in:severity:message:betreft:location:executor:)``
  /// makes it, with the texts looked up once for all the rule's findings.
  func finding(
    in context: AnalysisContext, texts: inout FindingTexts, severity: Severity? = nil,
    message: String, betreft: [ElementID], location: SourceLocation?, executor: ElementID?
  ) -> Finding {
    Finding(
      code: code, slug: slug, severity: severity ?? defaultSeverity, message: message,
      betreft: betreft, location: location,
      waarom: texts.reason(for: executor, of: self, in: context), oplossing: texts.oplossing,
      executor: executor)
  }
}
