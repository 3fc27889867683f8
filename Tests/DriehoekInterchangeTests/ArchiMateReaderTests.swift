import DriehoekInterchange
import DriehoekModel
import Foundation
import Testing

/// What the reader says about files it does not understand: where, and what.
@Suite struct ArchiMateReaderTests {
  private let namespace = "http://www.opengroup.org/xsd/archimate/3.0/"

  private func read(_ text: String) -> (model: Model?, messages: [String]) {
    let result = ArchiMateReader().read(Data(text.utf8), file: "m.xml")
    return (result.model, result.diagnostics.map(\.description))
  }

  private func document(elements: String = "", relationships: String = "", definitions: String = "")
    -> String
  {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <model xmlns="\(namespace)" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="m">
      <name>M</name>
      <elements>
    \(elements)
      </elements>
      <relationships>
    \(relationships)
      </relationships>
      <propertyDefinitions>
        <propertyDefinition identifier="pd-soort" type="string"><name>soort</name></propertyDefinition>
    \(definitions)
      </propertyDefinitions>
    </model>
    """
  }

  @Test func aMinimalFileReads() throws {
    let text = document(
      elements: """
            <element identifier="id-o" xsi:type="BusinessActor"><name>O</name>
              <properties><property propertyDefinitionRef="pd-soort"><value>agentschap</value></property></properties>
            </element>
        """, relationships: "")
    let result = read(
      text.replacingOccurrences(of: "<relationships>\n\n  </relationships>", with: ""))
    #expect(result.messages == [])
    #expect(result.model?.organisations.map(\.id) == ["o"])
  }

  @Test func malformedXMLIsLocated() {
    let result = read(
      "<?xml version=\"1.0\"?>\n<model xmlns=\"\(namespace)\">\n  <name>M</naam>\n</model>\n")
    #expect(result.model == nil)
    #expect(result.messages.first?.hasPrefix("m.xml:3:") == true)
    #expect(
      result.messages.first?.contains("XML-fout: de sluittag past niet bij de openingstag") == true)
  }

  @Test func aTruncatedFileIsLocated() {
    let result = read("<?xml version=\"1.0\"?>\n<model xmlns=\"\(namespace)\">\n  <name>M</name>\n")
    #expect(result.model == nil)
    #expect(result.messages.first?.contains("m.xml:") == true)
    #expect(result.messages.first?.contains("XML-fout") == true)
  }

  @Test func anotherRootIsRefusedWithWhatItIs() {
    let result = read("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n")
    #expect(result.model == nil)
    #expect(result.messages.first?.hasPrefix("m.xml:2:") == true)
    #expect(result.messages.first?.contains("het hoofdelement is <svg>") == true)
  }

  @Test func aDoctypeIsRefusedBeforeParsing() {
    let text = """
      <?xml version="1.0"?>
      <!DOCTYPE model [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
      <model xmlns="\(namespace)"><name>&b;</name></model>
      """
    let result = read(text)
    #expect(result.model == nil)
    #expect(result.messages.first?.hasPrefix("m.xml:2:1:") == true)
    #expect(result.messages.first?.contains("DOCTYPE") == true)
  }

  @Test func anElementTypeItDoesNotReadIsLocated() {
    let text = document(
      elements:
        "    <element identifier=\"id-x\" xsi:type=\"ApplicationComponent\"><name>X</name></element>"
    )
    let result = read(text)
    #expect(result.model == nil)
    #expect(result.messages.first?.hasPrefix("m.xml:5:5:") == true, "\(result.messages)")
    #expect(
      result.messages.first?.contains("elementtype 'ApplicationComponent' wordt niet gelezen")
        == true)
  }

  @Test func anUnknownPropertyIsLocatedWithASuggestion() {
    let text = document(
      definitions:
        "    <propertyDefinition identifier=\"pd-x\" type=\"string\"><name>capacitiet</name></propertyDefinition>"
    )
    let result = read(text)
    #expect(result.model == nil)
    #expect(
      result.messages.first?.contains("onbekende eigenschap 'capacitiet'; bedoelde u 'capaciteit'?")
        == true)
  }

  @Test func aRelationshipToNothingIsLocated() {
    let text = document(
      elements: """
            <element identifier="id-o" xsi:type="BusinessActor"><name>O</name>
              <properties><property propertyDefinitionRef="pd-soort"><value>agentschap</value></property></properties>
            </element>
        """,
      relationships:
        "    <relationship identifier=\"r\" source=\"id-o\" target=\"id-weg\" xsi:type=\"Composition\"/>"
    )
    let result = read(text)
    #expect(result.model == nil)
    #expect(result.messages.first?.contains("verwijst naar onbekend element 'id-weg'") == true)
    #expect(result.messages.first?.hasPrefix("m.xml:10:5:") == true, "\(result.messages)")
  }

  @Test func sourcesRepeatInOrderButOtherPropertiesDoNot() {
    let definitions = """
          <propertyDefinition identifier="pd-bronnen" type="string"><name>bronnen</name></propertyDefinition>
          <propertyDefinition identifier="pd-url" type="string"><name>url</name></propertyDefinition>
      """
    let sources = """
            <element identifier="id-o" xsi:type="BusinessActor"><name>O</name>
              <properties><property propertyDefinitionRef="pd-soort"><value>agentschap</value></property>
              <property propertyDefinitionRef="pd-bronnen"><value>Tweede</value></property>
              <property propertyDefinitionRef="pd-bronnen"><value>Eerste</value></property></properties>
            </element>
      """
    let good = read(document(elements: sources, definitions: definitions))
    #expect(good.messages == [])
    #expect(good.model?.organisations.first?.sources == ["Tweede", "Eerste"])
    let twice = sources.replacingOccurrences(
      of: "</properties>",
      with: """
        <property propertyDefinitionRef="pd-url"><value>https://a.nl</value></property>
        <property propertyDefinitionRef="pd-url"><value>https://b.nl</value></property></properties>
        """)
    let bad = read(document(elements: twice, definitions: definitions))
    #expect(bad.model == nil)
    #expect(bad.messages.count == 1, "\(bad.messages)")
    #expect(bad.messages.first?.contains("eigenschap 'url' staat er twee keer") == true)
  }

  @Test func onderdeelVanNamingNoMinistryIsLocatedAtItsProperty() {
    let text = document(
      elements: """
            <element identifier="id-x" xsi:type="BusinessActor"><name>X</name>
              <properties><property propertyDefinitionRef="pd-soort"><value>agentschap</value></property></properties>
            </element>
            <element identifier="id-o" xsi:type="BusinessActor"><name>O</name>
              <properties><property propertyDefinitionRef="pd-soort"><value>dienst</value></property>
              <property propertyDefinitionRef="pd-onderdeel-van"><value>x</value></property></properties>
            </element>
        """,
      definitions: """
            <propertyDefinition identifier="pd-onderdeel-van" type="string"><name>onderdeel-van</name></propertyDefinition>
        """)
    let result = read(text)
    #expect(result.model == nil)
    // The loader's own diagnostic, at the property's line (line 10), not at the element.
    #expect(
      result.messages.first?.hasPrefix(
        "m.xml:10:7: fout: 'onderdeel-van' moet een ministerie noemen, maar 'x' is een agentschap")
        == true, "\(result.messages)")
  }

  @Test func aWrongKindIsLocatedAtItsProperty() {
    let text = document(
      elements: """
            <element identifier="id-o" xsi:type="BusinessActor"><name>O</name>
              <properties><property propertyDefinitionRef="pd-soort"><value>agentshap</value></property></properties>
            </element>
        """)
    let result = read(text)
    #expect(result.model == nil)
    #expect(
      result.messages.first?.contains(
        "m.xml:6:19: fout: ongeldige waarde 'agentshap' voor 'soort'; bedoelde u 'agentschap'?")
        == true,
      "\(result.messages)")
  }

  @Test func recognisesTheFormatByContent() {
    #expect(ArchiMateReader.looksLikeXML(Data("\u{FEFF}  \n<model/>".utf8)))
    #expect(!ArchiMateReader.looksLikeXML(Data("element,id,naam\n".utf8)))
    #expect(ArchiMateReader.recognises(Data(document().utf8)))
  }

  @Test func unknownAttributesAreLocated() {
    let text = document(
      elements: """
            <element identifier="id-o" xsi:type="BusinessActor" kleur="rood"><name>O</name>
              <properties><property propertyDefinitionRef="pd-soort"><value>agentschap</value></property></properties>
            </element>
        """)
    let result = read(text)
    #expect(result.model == nil)
    #expect(
      result.messages.first?.hasPrefix(
        "m.xml:5:5: fout: niet te lezen als ArchiMate-uitwisselbestand van driehoek:"
          + " onbekend attribuut 'kleur' op <element>") == true, "\(result.messages)")
  }

  @Test func aTagWithThousandsOfAttributesIsRefusedBeforeParsing() {
    let attributes = (0..<2000).map { "a\($0)=\"x>\"" }.joined(separator: " ")
    let result = read("<model xmlns=\"\(namespace)\">\n  <name \(attributes)>M</name></model>")
    #expect(result.model == nil)
    #expect(
      result.messages.first?.hasPrefix(
        "m.xml:2:3: fout: XML-fout: een element met meer dan 256 attributen") == true,
      "\(result.messages)")
  }
}
