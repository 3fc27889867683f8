import DriehoekModel

/// One pass over an exchange file: first its elements, relationships and properties as written,
/// then (in `+Model`) the model they stand for.
struct ArchiMateReadSession {
  /// A property as written, with where it stands.
  struct Property {
    var property: ArchiMateProperty
    var value: String
    var line: Int
    var column: Int
  }

  /// An element or relationship as written.
  struct Concept {
    var identifier: String
    var type: String
    var name: String?
    var documentation: String?
    var properties: [Property]
    var source: String?
    var target: String?
    var line: Int
    var column: Int
  }

  typealias ElementType = ArchiMateVocabulary.ElementType
  typealias RelationshipType = ArchiMateVocabulary.RelationshipType

  let file: String
  let lines: [Substring]
  var diagnostics: [Diagnostic] = []
  var tree = XMLTree(elements: [])
  var definitions: [String: ArchiMateProperty] = [:]
  /// Definitions already reported for an unknown name; properties using them say nothing more.
  var rejectedDefinitions: Set<String> = []
  var elements: [Concept] = []
  var relationships: [Concept] = []
  var modelName: String?
  var modelDocumentation: String?
  var modelProperties: [Property] = []

  init(file: String, text: String) {
    self.file = file
    lines = text.split(separator: "\n", omittingEmptySubsequences: false)
  }

  /// Reports a problem at a place in the file, with the line as a snippet.
  mutating func report(_ problem: Problem, line: Int, column: Int) {
    let snippet: String? =
      line >= 1 && line <= lines.count && lines[line - 1].count <= 300
      ? String(lines[line - 1]).trimmingCharacters(in: "\r") : nil
    diagnostics.append(
      Diagnostic(
        problem, at: SourceLocation(file: file, line: line, column: column), snippet: snippet))
  }

  /// Reports content the reader does not understand, at an element.
  mutating func reject(_ detail: String, at element: XMLTree.Element) {
    report(.exchangeContent(detail: detail), line: element.line, column: element.column)
  }

  /// Reports content the reader does not understand, at a concept.
  mutating func reject(_ detail: String, at concept: Concept) {
    report(.exchangeContent(detail: detail), line: concept.line, column: concept.column)
  }

  /// Reports every attribute of an element that the format does not give it.
  mutating func checkAttributes(of element: XMLTree.Element, allowed: Set<String>) {
    let lang = "{\(ArchiMateVocabulary.xml)}lang"
    for key in element.attributes.keys.sorted() where !allowed.contains(key) && key != lang {
      let shown =
        key.hasPrefix("{\(ArchiMateVocabulary.schemaInstance)}")
        ? "xsi:" + key.drop { $0 != "}" }.dropFirst() : key
      reject("onbekend attribuut '\(shown)' op <\(element.name)>", at: element)
    }
  }

  /// The children of an element, as elements.
  func children(of element: XMLTree.Element) -> [XMLTree.Element] {
    element.children.map { tree.elements[$0] }
  }

  /// Reads the whole file into a model, or `nil` after reporting why it cannot.
  mutating func read(_ tree: XMLTree) -> Model? {
    self.tree = tree
    guard let root = tree.elements.first else { return nil }
    guard root.name == "model", root.namespace == ArchiMateVocabulary.namespace else {
      let namespace = root.namespace.isEmpty ? "geen namespace" : "namespace '\(root.namespace)'"
      reject(
        "het hoofdelement is <\(root.name)> met \(namespace); een uitwisselbestand begint met"
          + " <model xmlns=\"\(ArchiMateVocabulary.namespace)\">", at: root)
      return nil
    }
    checkAttributes(
      of: root,
      allowed: ["identifier", "version", "{\(ArchiMateVocabulary.schemaInstance)}schemaLocation"])
    let parts = children(of: root)
    for part in parts where part.name == "propertyDefinitions" { readDefinitions(part) }
    for part in parts {
      guard part.namespace == ArchiMateVocabulary.namespace else {
        reject("onbekend element <\(part.name)> in namespace '\(part.namespace)'", at: part)
        continue
      }
      switch part.name {
      case "name": if modelName == nil { modelName = part.text }
      case "documentation": if modelDocumentation == nil { modelDocumentation = part.text }
      case "properties": modelProperties = readProperties(part)
      case "elements":
        for element in children(of: part) {
          if let concept = readConcept(element, expected: "element") { elements.append(concept) }
        }
      case "relationships":
        for element in children(of: part) {
          if let concept = readConcept(element, expected: "relationship") {
            relationships.append(concept)
          }
        }
      case "metadata", "organizations", "propertyDefinitions", "views": break
      default: reject("onbekend element <\(part.name)> in <model>", at: part)
      }
    }
    guard !diagnostics.containsErrors else { return nil }
    return buildModel(root: root)
  }

  private mutating func readDefinitions(_ part: XMLTree.Element) {
    for definition in children(of: part) {
      guard definition.name == "propertyDefinition",
        let identifier = definition.attributes["identifier"]
      else {
        reject("<\(definition.name)> in <propertyDefinitions> zonder identifier", at: definition)
        continue
      }
      let name = children(of: definition).first { $0.name == "name" }?.text ?? ""
      guard let property = ArchiMateProperty(rawValue: name) else {
        rejectedDefinitions.insert(identifier)
        let known = ArchiMateProperty.allCases.map(\.rawValue)
        let suggestion = Suggestion.closest(to: name, in: known).map { "; bedoelde u '\($0)'?" }
        reject(
          "onbekende eigenschap '\(name)'\(suggestion ?? "") (bekend: \(known.joined(separator: ", ")))",
          at: definition)
        continue
      }
      checkAttributes(of: definition, allowed: ["identifier", "type"])
      definitions[identifier] = property
    }
  }

  /// The properties inside a `<properties>` element.
  mutating func readProperties(_ part: XMLTree.Element) -> [Property] {
    var result: [Property] = []
    for element in children(of: part) {
      guard element.name == "property", let reference = element.attributes["propertyDefinitionRef"]
      else {
        reject("<\(element.name)> in <properties> zonder propertyDefinitionRef", at: element)
        continue
      }
      guard let property = definitions[reference] else {
        // An unknown name was reported with its definition; a missing definition here.
        if !rejectedDefinitions.contains(reference) {
          reject("eigenschap verwijst naar onbekende definitie '\(reference)'", at: element)
        }
        continue
      }
      checkAttributes(of: element, allowed: ["propertyDefinitionRef"])
      let value = children(of: element).first { $0.name == "value" }?.text ?? ""
      result.append(
        Property(property: property, value: value, line: element.line, column: element.column))
    }
    return result
  }

  private mutating func readConcept(_ element: XMLTree.Element, expected: String) -> Concept? {
    guard element.name == expected else {
      reject("<\(element.name)> waar <\(expected)> hoort", at: element)
      return nil
    }
    guard let identifier = element.attributes["identifier"] else {
      reject("<\(expected)> zonder identifier", at: element)
      return nil
    }
    guard let type = element.attributes["{\(ArchiMateVocabulary.schemaInstance)}type"] else {
      reject("<\(expected)> '\(identifier)' zonder xsi:type", at: element)
      return nil
    }
    let typeKey = "{\(ArchiMateVocabulary.schemaInstance)}type"
    checkAttributes(
      of: element,
      allowed: expected == "element"
        ? ["identifier", typeKey] : ["identifier", typeKey, "source", "target", "isDirected"])
    var concept = Concept(
      identifier: identifier, type: type, properties: [],
      source: element.attributes["source"], target: element.attributes["target"],
      line: element.line, column: element.column)
    for child in children(of: element) {
      switch child.name {
      case "name": if concept.name == nil { concept.name = child.text }
      case "documentation": if concept.documentation == nil { concept.documentation = child.text }
      case "properties": concept.properties += readProperties(child)
      default:
        reject("onbekend element <\(child.name)> in <\(expected)> '\(identifier)'", at: child)
      }
    }
    return concept
  }
}
