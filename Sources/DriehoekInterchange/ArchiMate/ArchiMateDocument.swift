import DriehoekModel

/// One exchange file being built: the elements, relationships and views of a model, with their
/// identifiers, before they are written as XML.
struct ArchiMateDocument {
  /// An ArchiMate element.
  struct Element {
    var identifier: String
    var type: ArchiMateVocabulary.ElementType
    var name: String
    var documentation: String?
    var properties: [(ArchiMateProperty, String)] = []
  }

  /// An ArchiMate relationship.
  struct Relationship {
    var identifier: String
    var type: ArchiMateVocabulary.RelationshipType
    var source: String
    var target: String
    var name: ArchiMateVocabulary.RelationshipName?
    var documentation: String?
    var isDirected = false
    var properties: [(ArchiMateProperty, String)] = []
  }

  /// A role element's key: one per kind and executor.
  struct RoleKey: Hashable {
    var kind: RoleKind
    var executor: ElementID
  }

  let model: Model
  var identifiers = IdentifierRegistry()
  var elements: [Element] = []
  var relationships: [Relationship] = []
  /// The element of every model id, by index into ``elements``.
  var elementIndex: [ElementID: Int] = [:]
  /// The element of every role kind and executor.
  var roleElements: [RoleKey: String] = [:]
  /// The `van` relationship of every role element.
  var roleLinks: [RoleKey: String] = [:]
  /// The parent (organisation or unit) of every unit.
  var parents: [ElementID: ElementID] = [:]
  /// The relationships of every opdracht: opdrachtgever and opdrachtnemer assignments.
  var opdrachtLinks: [ElementID: (gever: String?, nemer: String?)] = [:]
  /// The party relationships of every afspraak, in order.
  var partyLinks: [ElementID: [(party: ElementID, relationship: String)]] = [:]
  /// The identifiers of the assessments, one per afwijking in order.
  var assessments: [String] = []
  /// The views, in order.
  var views: [View] = []

  /// Builds the elements and relationships of a model.
  /// - Throws: ``ArchiMateExportError`` for an ill-formed id or a reference that does not resolve.
  init(model: Model) throws(ArchiMateExportError) {
    self.model = model
    _ = identifiers.reserve(ArchiMateVocabulary.modelIdentifier)
    for property in ArchiMateProperty.allCases { _ = identifiers.reserve(property.identifier) }
    try addElements()
  }

  /// The element identifier of a model id.
  static func identifier(of id: ElementID) -> String { ArchiMateVocabulary.idPrefix + id.rawValue }

  /// The properties used anywhere, in the order of ``ArchiMateProperty``.
  var usedProperties: [ArchiMateProperty] {
    var used: Set<ArchiMateProperty> = []
    for element in elements { used.formUnion(element.properties.map(\.0)) }
    for relationship in relationships { used.formUnion(relationship.properties.map(\.0)) }
    used.formUnion(modelProperties.map(\.0))
    return ArchiMateProperty.allCases.filter(used.contains)
  }

  /// The properties of the model itself.
  var modelProperties: [(ArchiMateProperty, String)] = []
}
