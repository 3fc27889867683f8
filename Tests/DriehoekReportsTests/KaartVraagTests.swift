import DriehoekAnalysis
import DriehoekModel
import Testing

@testable import DriehoekReports

/// The discussion question of each rule: a template of its own for SD01–SD18, filled in with
/// the names from the finding's `betreft`; a generic question for codes it does not know.
@Suite struct KaartVraagTests {
  static let model = Model(
    name: "Vragen",
    organisations: [
      Organisation(
        id: "szw", name: "SZW", kind: .ministerie,
        units: [
          Unit(id: "szw-sg", name: "SG SZW", kind: .sg),
          Unit(id: "szw-dg", name: "DG SZW", kind: .dg),
        ]),
      Organisation(
        id: "vws", name: "VWS", kind: .ministerie,
        units: [
          Unit(id: "vws-sg", name: "SG VWS", kind: .sg),
          Unit(id: "vws-dg", name: "DG VWS", kind: .dg),
        ]),
      Organisation(
        id: "svb", name: "SVB", kind: .zboPubliek,
        units: [Unit(id: "svb-rvb", name: "Raad van bestuur SVB", kind: .bestuur)]),
    ],
    persons: [Person(id: "p", name: "K. de Vries", functions: ["svb-rvb", "szw-dg"])],
    opdrachten: [
      Opdracht(id: "aow", name: "AOW", opdrachtgever: "szw-dg", opdrachtnemer: "svb"),
      Opdracht(id: "pgb", name: "Pgb", opdrachtgever: "vws-dg", opdrachtnemer: "svb"),
    ],
    afspraken: [
      Afspraak(
        id: "wa", kind: .werkafspraak, name: "Werkafspraak SVB", parties: ["szw-dg", "svb-rvb"])
    ],
    ketens: [Keten(id: "k", name: "Keten Zorg", members: ["svb"])])

  /// Each rule, a `betreft` as the rule writes it, and names the question must contain.
  static let cases: [(code: String, betreft: [ElementID], dutch: [String], english: [String])] = [
    ("SD01", ["svb"], ["continuïteit van SVB"], ["continuity of SVB"]),
    (
      "SD02", ["svb", "szw-sg", "vws-sg"], ["SG SZW en SG VWS zijn allebei eigenaar van SVB"],
      ["SG SZW and SG VWS are both owner of SVB"]
    ),
    ("SD03", ["svb"], ["eindverantwoordelijk", "namens SVB"], ["finally responsible", "for SVB"]),
    ("SD04", ["svb"], ["Wie geeft SVB opdrachten"], ["Who gives SVB its assignments"]),
    (
      "SD05", ["svb", "szw-dg"], ["DG SZW heeft een rol bij SVB"], ["DG SZW holds a role over SVB"]
    ),
    (
      "SD06", ["svb", "szw-dg"], ["DG SZW is zowel eigenaar als opdrachtgever van SVB"],
      ["DG SZW is both owner and principal of SVB"]
    ),
    (
      "SD07", ["svb", "szw-dg", "p"],
      ["K. de Vries zit in het bestuur van SVB en werkt ook bij DG SZW"],
      ["K. de Vries sits on the board of SVB"]
    ),
    (
      "SD08", ["svb", "szw-dg", "vws-dg"], ["wensen van DG SZW en DG VWS aan SVB"],
      ["what DG SZW and DG VWS want from SVB"]
    ),
    (
      "SD09", ["aow", "szw-dg", "svb"], ["DG SZW en SVB", "opdracht AOW"],
      ["DG SZW and SVB", "assignment AOW"]
    ),
    (
      "SD10", ["wa", "svb"], ["werkafspraak Werkafspraak SVB met SVB", "drie jaar"],
      ["Werkafspraak SVB with SVB", "three years"]
    ),
    (
      "SD11", ["svb", "aow", "pgb"], ["SVB heeft niet genoeg mensen", "AOW en Pgb"],
      ["SVB has too few people", "AOW and Pgb"]
    ),
    (
      "SD12", ["svb", "aow", "pgb"],
      [
        "Wie beslist als DG SZW en DG VWS allebei voorrang willen voor hun opdracht bij SVB (AOW en Pgb)?"
      ],
      [
        "Who decides when DG SZW and DG VWS both want priority for their assignment at SVB (AOW and Pgb)?"
      ]
    ),
    (
      "SD13", ["pgb", "vws-dg"], ["tekort op de opdracht Pgb", "DG VWS en SVB"],
      ["shortfall on the assignment Pgb", "DG VWS and SVB"]
    ),
    (
      "SD14", ["svb", "vws-dg", "szw-sg"], ["Opdrachtgever DG VWS en eigenaar SG SZW van SVB"],
      ["Principal DG VWS and owner SG SZW of SVB"]
    ),
    ("SD15", ["k", "svb"], ["regie over de keten Keten Zorg"], ["directs the chain Keten Zorg"]),
    ("SD16", ["svb", "vws-sg"], ["SVB verwijst naar SG VWS"], ["SVB refers to SG VWS"]),
    (
      "SD17", ["svb", "szw-dg"], ["risico over SVB en DG SZW is verlopen"],
      ["risk about SVB and DG SZW has expired"]
    ),
    (
      "SD18", ["svb", "szw-dg"], ["risico over SVB en DG SZW past op geen bevinding"],
      ["risk about SVB and DG SZW matches no finding"]
    ),
  ]

  private func finding(_ code: String, _ betreft: [ElementID], message: String = "bericht")
    -> Finding
  {
    Finding(
      code: code, slug: "regel-\(code)", severity: .waarschuwing, message: message,
      betreft: betreft, location: nil, waarom: "Omdat.", oplossing: "Los het op.")
  }

  @Test func everyRuleOfTheCatalogueHasItsOwnQuestion() {
    let index = ModelIndex(Self.model)
    let codes: [String] = (1...18).map { number in
      let digits = String(number)
      return "SD" + (number < 10 ? "0" : "") + digits
    }
    #expect(Self.cases.map(\.code) == codes)
    for rule in RuleCatalogue.all where rule.code <= "SD18" {
      #expect(Self.cases.contains { $0.code == rule.code }, "\(rule.code) has a case")
    }
    var texts = Set<String>()
    for (code, betreft, dutch, english) in Self.cases {
      let nl = KaartVraag(finding: finding(code, betreft), index: index, language: .nl)
      let en = KaartVraag(finding: finding(code, betreft), index: index, language: .en)
      #expect(nl.hasTemplate && en.hasTemplate, "\(code)")
      #expect(nl.text.hasSuffix("?") && en.text.hasSuffix("?"), "\(code): \(nl.text)")
      for part in dutch { #expect(nl.text.contains(part), "\(code): \(nl.text)") }
      for part in english { #expect(en.text.contains(part), "\(code): \(en.text)") }
      #expect(nl.hint == "Los het op." && nl.code == code && nl.severity == .waarschuwing)
      texts.insert(nl.text)
    }
    #expect(texts.count == Self.cases.count, "every rule asks its own question")
  }

  @Test func aCodeWithoutTemplateGetsAGenericQuestionFromItsMessage() {
    let index = ModelIndex(Self.model)
    for code in ["SD19", "SD20", "XY01"] {
      let nl = KaartVraag(
        finding: finding(
          code, ["aow", "szw-dg"], message: "opdracht AOW komt van buiten de driehoek"),
        index: index, language: .nl)
      #expect(!nl.hasTemplate)
      #expect(
        nl.text
          == "Bespreek \(code) (regel-\(code)): Opdracht AOW komt van buiten de driehoek. "
          + "Wat spreken we af, en wie pakt het op?")
      let en = KaartVraag(
        finding: finding(code, ["svb"], message: "something new"), index: index, language: .en)
      #expect(
        en.text
          == "Discuss \(code) (regel-\(code)): Something new. What do we agree, and who takes it up?"
      )
    }
  }

  @Test func longNamesAreShortenedAndListsCounted() {
    #expect(KaartText.shortened("een twee drie vier vijf", to: 14) == "een twee…")
    #expect(KaartText.shortened("  los \n  verspreid ", to: 40) == "los verspreid")
    #expect(KaartText.shortened(String(repeating: "x", count: 30), to: 10) == "xxxxxxxxx…")
    #expect(KaartText.list(["A"], language: .nl) == "A")
    #expect(KaartText.list(["A", "B", "C"], language: .nl) == "A, B en C")
    #expect(KaartText.list(["A", "B", "C", "D", "E"], language: .en) == "A, B, C and 2 others")
    #expect(KaartText.list(["A", "B", "C"], limit: 2, language: .nl) == "A en 2 andere")
  }
}
