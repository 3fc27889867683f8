import DriehoekModel

extension ArchiMateDocument {
  /// The document as an exchange file (ArchiMate 3.1 Model Exchange File Format, with views).
  func xml() -> String {
    var out = XMLWriter()
    out.open(
      "model",
      [
        "xmlns": ArchiMateVocabulary.namespace,
        "xmlns:xsi": ArchiMateVocabulary.schemaInstance,
        "xsi:schemaLocation": ArchiMateVocabulary.schemaLocation,
        "identifier": ArchiMateVocabulary.modelIdentifier,
      ])
    writeLabels(name: model.name, documentation: model.description, to: &out)
    write(properties: modelProperties, to: &out)
    if !elements.isEmpty {
      out.open("elements")
      for element in elements {
        out.open(
          "element", ["identifier": element.identifier, "xsi:type": element.type.rawValue])
        writeLabels(name: element.name, documentation: element.documentation, to: &out)
        write(properties: element.properties, to: &out)
        out.close("element")
      }
      out.close("elements")
    }
    if !relationships.isEmpty {
      out.open("relationships")
      for relationship in relationships {
        var attributes = [
          ("identifier", relationship.identifier), ("source", relationship.source),
          ("target", relationship.target), ("xsi:type", relationship.type.rawValue),
        ]
        if relationship.isDirected { attributes.append(("isDirected", "true")) }
        if relationship.name == nil, relationship.documentation == nil,
          relationship.properties.isEmpty
        {
          out.leaf("relationship", attributeList: attributes, content: nil)
          continue
        }
        out.open("relationship", attributeList: attributes)
        writeLabels(
          name: relationship.name?.rawValue, documentation: relationship.documentation, to: &out)
        write(properties: relationship.properties, to: &out)
        out.close("relationship")
      }
      out.close("relationships")
    }
    writeOrganizations(to: &out)
    let used = usedProperties
    if !used.isEmpty {
      out.open("propertyDefinitions")
      for property in used {
        out.open(
          "propertyDefinition", ["identifier": property.identifier, "type": property.dataType])
        out.leaf("name", ["xml:lang": ArchiMateVocabulary.language], content: property.rawValue)
        out.close("propertyDefinition")
      }
      out.close("propertyDefinitions")
    }
    if !views.isEmpty {
      out.open("views")
      out.open("diagrams")
      for view in views {
        out.open("view", ["identifier": view.identifier, "xsi:type": "Diagram"])
        writeLabels(name: view.name, documentation: view.documentation, to: &out)
        for node in view.nodes { write(node, to: &out) }
        for connection in view.connections {
          out.leaf(
            "connection",
            [
              "identifier": connection.identifier, "relationshipRef": connection.relationshipRef,
              "xsi:type": "Relationship", "source": connection.source,
              "target": connection.target,
            ])
        }
        out.close("view")
      }
      out.close("diagrams")
      out.close("views")
    }
    out.close("model")
    return out.text
  }

  /// The `name` and `documentation` children of the model, an element, a relationship or a
  /// view, in the model's language; a missing one is left out.
  private func writeLabels(name: String?, documentation: String?, to out: inout XMLWriter) {
    let language: KeyValuePairs = ["xml:lang": ArchiMateVocabulary.language]
    if let name { out.leaf("name", language, content: name) }
    if let documentation { out.leaf("documentation", language, content: documentation) }
  }

  private func write(properties: [(ArchiMateProperty, String)], to out: inout XMLWriter) {
    guard !properties.isEmpty else { return }
    out.open("properties")
    for (property, value) in properties {
      out.open("property", ["propertyDefinitionRef": property.identifier])
      if property.dataType == "string" {
        out.leaf("value", ["xml:lang": ArchiMateVocabulary.language], content: value)
      } else {
        out.leaf("value", content: value)
      }
      out.close("property")
    }
    out.close("properties")
  }

  private func write(_ node: Node, to out: inout XMLWriter) {
    let attributes = [
      ("identifier", node.identifier), ("elementRef", node.elementRef),
      ("xsi:type", "Element"), ("x", Self.coordinate(node.box.x)),
      ("y", Self.coordinate(node.box.y)), ("w", Self.size(node.box.width)),
      ("h", Self.size(node.box.height)),
    ]
    guard !node.children.isEmpty else {
      out.leaf("node", attributeList: attributes, content: nil)
      return
    }
    out.open("node", attributeList: attributes)
    for child in node.children { write(child, to: &out) }
    out.close("node")
  }

  /// A coordinate as the schema wants it: a non-negative integer.
  private static func coordinate(_ value: Double) -> String {
    value.isFinite ? String(Int(max(0, value.rounded()))) : "0"
  }

  /// A size as the schema wants it: a positive integer.
  private static func size(_ value: Double) -> String {
    value.isFinite ? String(Int(max(1, min(value.rounded(), 1e9)))) : "1"
  }

  /// The organisation tree: Archi's top-level folders, with a folder per ministry and per other
  /// organisation (holding its units and the roles over it), and folders for the rest.
  private func writeOrganizations(to out: inout XMLWriter) {
    OrganizationTree(document: self).write(to: &out)
  }
}
