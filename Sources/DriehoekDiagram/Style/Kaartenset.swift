import DriehoekModel

/// The kaartenset visual language: Rijkshuisstijl colours, card bands by kind, line styles by role.
///
/// Every mark is carried by more than colour: card bands print the kind as a word, role edges
/// differ in width, dash and arrowhead, and findings print their codes.
enum Kaartenset {
  // MARK: - Rijkshuisstijl colours

  static let lintblauw = Color(hex: 0x01689B)
  static let donkerblauw = Color(hex: 0x154273)
  static let hemelblauw = Color(hex: 0x007BC7)
  static let rood = Color(hex: 0xD52B1E)
  static let oranje = Color(hex: 0xE17000)
  /// Donkergeel: the badge of a warning (black text on it, contrast 11:1).
  static let donkergeel = Color(hex: 0xFFB612)
  /// Dark amber for warning codes printed on white (contrast 6.5:1).
  static let amberTekst = Color(hex: 0x8A5300)
  static let groen = Color(hex: 0x39870C)
  static let donkergrijs = Color(hex: 0x535353)
  static let middengrijs = Color(hex: 0x8C8C8C)
  static let lichtgrijs = Color(hex: 0xCCCCCC)
  static let bijnawit = Color(hex: 0xF3F3F3)
  static let ketenvlak = Color(hex: 0xF2F7EE)

  /// The minimum width of a card, in points, so cards form a set.
  static let cardWidth = 190.0
  /// The minimum width of an overview card (a compact overview, see `OverviewLayout`).
  static let overviewCardWidth = 130.0
  /// The number of characters after which names wrap.
  static let wrapColumn = 26
  /// The smallest text of a compact overview, in points (see `OverviewLayout`).
  static let overviewTextSize = 10.0
  /// The number of characters after which names wrap on an overview card.
  static let overviewWrapColumn = 22

  /// The colour of a card's header band, and the text colour on it.
  static func band(for kind: OrganisationKind) -> (background: Color, text: Color) {
    switch kind {
    case .ministerie: (donkerblauw, .white)
    case .agentschap: (lintblauw, .white)
    case .zboPubliek, .zboPrivaat, .rwt: (hemelblauw, .white)
    case .dienst: (groen, .white)
    case .sso: (oranje, .black)
    case .gemeente: (donkergrijs, .white)
    case .extern: (lichtgrijs, .black)
    }
  }

  /// The word printed in a card's header band.
  static func word(for kind: OrganisationKind) -> String {
    switch kind {
    case .ministerie: "MINISTERIE"
    case .agentschap: "AGENTSCHAP"
    case .zboPubliek: "ZBO (PUBLIEKRECHTELIJK)"
    case .zboPrivaat: "ZBO (PRIVAATRECHTELIJK)"
    case .rwt: "RWT"
    case .dienst: "DIENST"
    case .sso: "SHARED SERVICE ORGANISATIE"
    case .gemeente: "GEMEENTE"
    case .extern: "EXTERNE PARTIJ"
    }
  }

  /// The legend group a kind falls in (the zbo kinds and rwt share a band).
  static func legendWord(for kind: OrganisationKind) -> String {
    switch kind {
    case .zboPubliek, .zboPrivaat, .rwt: "ZBO / RWT"
    default: word(for: kind)
    }
  }

  /// A badge on a card: its text and colours.
  enum Badge: Hashable, Comparable {
    case eigenaar
    case opdrachtgever
    case coordinating
    case opdrachtnemer
    case regisseur
    case openFinding(String, Severity)
    case acceptedFinding(String)
    /// A neutral count of open findings about another subject that name the card.
    case elsewhere(Int)

    var text: String {
      switch self {
      case .eigenaar: "EIGENAAR"
      case .opdrachtgever: "OPDRACHTGEVER"
      case .coordinating: "COÖRDINEREND"
      case .opdrachtnemer: "OPDRACHTNEMER"
      case .regisseur: "KETENREGISSEUR"
      case .openFinding(let code, let severity): Kaartenset.symbol(for: severity) + " " + code
      case .acceptedFinding(let code): code + " geaccepteerd"
      case .elsewhere(let count): "+\(count) elders"
      }
    }

    var colors: (background: Color, text: Color) {
      switch self {
      case .eigenaar: (donkerblauw, .white)
      case .opdrachtgever: (hemelblauw, .white)
      case .coordinating: (hemelblauw, .white)
      case .opdrachtnemer: (groen, .white)
      case .regisseur: (donkergrijs, .white)
      case .openFinding(_, .fout): (rood, .white)
      case .openFinding(_, .waarschuwing): (donkergeel, .black)
      case .openFinding(_, .info): (.white, donkergrijs)
      case .acceptedFinding: (lichtgrijs, donkergrijs)
      case .elsewhere: (.white, donkergrijs)
      }
    }

    /// Whether the badge has a thin grey border (the plain badges on white).
    var isOutlined: Bool {
      switch self {
      case .openFinding(_, .info), .elsewhere: true
      default: false
      }
    }

    var isRole: Bool {
      switch self {
      case .openFinding, .acceptedFinding, .elsewhere: false
      default: true
      }
    }
  }

  /// The symbol before a finding's code, so that severity is never told by colour alone:
  /// a cross for `fout`, a triangle for `waarschuwing`, an open circle for `info`.
  static func symbol(for severity: Severity) -> String {
    switch severity {
    case .fout: "✖"
    case .waarschuwing: "▲"
    case .info: "○"
    }
  }

  /// The colour of a finding's code printed on white.
  static func textColor(for severity: Severity) -> Color {
    switch severity {
    case .fout: rood
    case .waarschuwing: amberTekst
    case .info: donkergrijs
    }
  }

  /// How a relation is drawn.
  struct EdgeLook {
    var line: LineStyle
    var color: Color
    var penWidth: Double
    var arrowHead: ArrowShape
    var arrowTail: ArrowShape
    var legend: String
  }

  static func look(for kind: Relation.Kind, coordinating: Bool = false) -> EdgeLook {
    switch kind {
    case .eigenaar:
      EdgeLook(
        line: .solid, color: donkerblauw, penWidth: 3, arrowHead: .diamond, arrowTail: .none,
        legend: "eigenaar")
    case .opdrachtgever where coordinating:
      EdgeLook(
        line: .solid, color: hemelblauw, penWidth: 1.6, arrowHead: .doubleNormal,
        arrowTail: .none, legend: "coördinerend opdrachtgever")
    case .opdrachtgever:
      EdgeLook(
        line: .solid, color: hemelblauw, penWidth: 1.6, arrowHead: .normal, arrowTail: .none,
        legend: "opdrachtgever")
    case .opdrachtnemer:
      EdgeLook(
        line: .dotted, color: groen, penWidth: 1.6, arrowHead: .tee, arrowTail: .none,
        legend: "opdrachtnemer")
    case .afspraak:
      EdgeLook(
        line: .dashed, color: oranje, penWidth: 1.4, arrowHead: .openDot, arrowTail: .openDot,
        legend: "afspraak")
    case .regisseur:
      EdgeLook(
        line: .dotted, color: donkergrijs, penWidth: 1.4, arrowHead: .empty, arrowTail: .none,
        legend: "ketenregie")
    }
  }

  /// The Dutch word for a unit kind, for card details.
  static func word(for kind: UnitKind) -> String {
    switch kind {
    case .sg: "secretaris-generaal"
    case .psg: "plv. secretaris-generaal"
    case .dg: "directoraat-generaal"
    case .directie: "directie"
    case .afdeling: "afdeling"
    case .bestuur: "bestuur"
    case .eigenaarsadvisering: "eigenaarsadvisering"
    case .overig: "onderdeel"
    }
  }
}

/// Text with room on both sides, because browsers and PNG renderers may draw text wider than
/// Graphviz's built-in metrics measure it.
func padded(_ text: String) -> String { "\u{00A0}" + text + "\u{00A0}\u{00A0}" }
