import DriehoekInterchange
import DriehoekModel
import Foundation
import Testing

/// How the writer turns a layout into a view: cards where the layout puts them, roles nested
/// in their holders, opdrachten at their opdrachtgever's edge label.
@Suite struct ArchiMateLayoutTests {
  private let model = Model(
    name: "m",
    organisations: [
      Organisation(
        id: "min", name: "Min", kind: .ministerie, units: [Unit(id: "sg", name: "SG", kind: .sg)]
      ),
      Organisation(
        id: "uitv", name: "Uitvoerder", kind: .agentschap,
        units: [Unit(id: "rvb", name: "RvB", kind: .bestuur)]),
    ],
    roles: [
      Role(kind: .eigenaar, holder: "sg", executor: "uitv"),
      Role(kind: .opdrachtgever, holder: "sg", executor: "uitv"),
      Role(kind: .opdrachtnemer, holder: "rvb", executor: "uitv"),
    ],
    opdrachten: [Opdracht(id: "o", name: "O", opdrachtgever: "sg", opdrachtnemer: "uitv")])

  private func node(_ identifier: String, _ element: String, _ box: [Int]) -> String {
    "<node identifier=\"\(identifier)\" elementRef=\"\(element)\" xsi:type=\"Element\""
      + " x=\"\(box[0])\" y=\"\(box[1])\" w=\"\(box[2])\" h=\"\(box[3])\""
  }

  @Test func cardsStandWhereTheLayoutPutsThemAndRolesNestInTheirHolders() throws {
    let layout = ArchiMateLayout(
      boxes: [
        "sg": .init(x: 100, y: 50, width: 200, height: 120),
        "uitv": .init(x: 100, y: 400, width: 200, height: 150),
        "legenda:inhoud": .init(x: 0, y: 0, width: 10, height: 10),
      ],
      roleLabels: [.init(kind: .opdrachtgever, holder: "sg"): .init(x: 300, y: 300)])
    let xml = try ArchiMateWriter().write(model, layouts: ["uitv": layout])
    // Everything moves by (-80, -30), so that the diagram starts at (20, 20).
    #expect(xml.contains(node("n-uitv-sg", "id-sg", [20, 20, 200, 120]) + ">"))
    // Two roles in the holder, stacked from its bottom edge.
    #expect(xml.contains(node("n-uitv-rol-eigenaar-sg", "rol-eigenaar-uitv", [28, 76, 184, 26])))
    #expect(
      xml.contains(
        node("n-uitv-rol-opdrachtgever-sg", "rol-opdrachtgever-uitv", [28, 108, 184, 26])))
    // The board has no card of its own: it nests in the executor's card, its role inside it.
    #expect(xml.contains(node("n-uitv-uitv", "id-uitv", [20, 370, 200, 150]) + ">"))
    #expect(xml.contains(node("n-uitv-rvb", "id-rvb", [28, 446, 184, 68]) + ">"))
    #expect(
      xml.contains(
        node("n-uitv-rol-opdrachtnemer-rvb", "rol-opdrachtnemer-uitv", [36, 482, 168, 26])))
    // The opdracht is centred on the label of its opdrachtgever's edge.
    #expect(xml.contains(node("n-uitv-o", "id-o", [145, 250, 150, 40])))
    // A layout node that is no model element (the legend) is left out.
    #expect(!xml.contains("legenda"))
    // Every role node is connected to the executor.
    #expect(xml.components(separatedBy: "target=\"n-uitv-uitv\"").count == 4)
  }

  @Test func withoutALayoutTheTriangleIsPutOnAGrid() throws {
    let xml = try ArchiMateWriter().write(model)
    #expect(xml.contains("<view identifier=\"view-driehoek-uitv\" xsi:type=\"Diagram\">"))
    // Eigenaar row first, then the executor below it (grown for the board nested in it).
    #expect(xml.contains(node("n-uitv-sg", "id-sg", [20, 20, 190, 100]) + ">"))
    #expect(xml.contains(node("n-uitv-uitv", "id-uitv", [20, 460, 190, 110]) + ">"))
  }

  @Test func aModelWithoutTrianglesHasNoViewsAndNoEmptyFolders() throws {
    let xml = try ArchiMateWriter().write(Model(name: "leeg"))
    #expect(!xml.contains("<views>"))
    #expect(!xml.contains("<organizations>"))
    #expect(ArchiMateReader().read(Data(xml.utf8), file: "m.xml").model == Model(name: "leeg"))
  }
}
