import DriehoekModel

/// The names of the ArchiMate exchange format and of this project's use of it.
enum ArchiMateVocabulary {
  /// The namespace of the Open Group's exchange format (also for version 3.1 of the schema).
  static let namespace = "http://www.opengroup.org/xsd/archimate/3.0/"
  /// The XML Schema instance namespace (`xsi:type`).
  static let schemaInstance = "http://www.w3.org/2001/XMLSchema-instance"
  /// Where the schema of a file with views is published.
  static let schemaLocation =
    namespace + " http://www.opengroup.org/xsd/archimate/3.1/archimate3_Diagram.xsd"
  /// The XML namespace (`xml:lang`).
  static let xml = "http://www.w3.org/XML/1998/namespace"
  /// The language of names and documentation.
  static let language = "nl"
  /// The identifier of the model itself.
  static let modelIdentifier = "driehoek-model"
  /// The prefix of every identifier derived from a model id.
  static let idPrefix = "id-"

  /// The element types the export writes.
  enum ElementType: String, CaseIterable {
    case businessActor = "BusinessActor"
    case businessRole = "BusinessRole"
    case businessInteraction = "BusinessInteraction"
    case contract = "Contract"
    case businessCollaboration = "BusinessCollaboration"
    case assessment = "Assessment"
  }

  /// The relationship types the export writes.
  enum RelationshipType: String, CaseIterable {
    case composition = "Composition"
    case aggregation = "Aggregation"
    case assignment = "Assignment"
    case association = "Association"
  }

  /// The names of relationships, where the type alone does not say which model field they hold.
  enum RelationshipName: String, CaseIterable {
    /// A person's function: the unit or organisation aggregates the person.
    case functie
    /// A role element's executor: role → executor, directed association.
    case van
    /// An opdracht's opdrachtgever: assigned to the opdracht (interaction).
    case opdrachtgever
    /// An opdracht's opdrachtnemer: assigned to the opdracht (interaction).
    case opdrachtnemer
    /// An opdracht's afspraak: opdracht → contract, directed association.
    case afspraak
    /// A party of an afspraak: contract – party, association.
    case partij
    /// A member of a keten: collaboration aggregates the executor.
    case lid
    /// A keten's regisseur: regisseur → collaboration, directed association.
    case regisseur
    /// What an afwijking concerns: assessment → element, directed association.
    case betreft
    /// Who answers for an afwijking: person or unit → assessment, directed association.
    case verantwoordelijke
  }

  /// The name of a role element: "Eigenaar van Sociale Verzekeringsbank".
  static func roleName(_ kind: RoleKind, executor: String) -> String {
    let word =
      switch kind {
      case .eigenaar: "Eigenaar"
      case .opdrachtgever: "Opdrachtgever"
      case .opdrachtnemer: "Opdrachtnemer"
      }
    return word + " van " + executor
  }
}
