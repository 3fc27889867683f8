extension HTMLDocumentWriter {
  /// The verbs a party's role phrases start with (ReportOutline.parties), longest first.
  static let roleVerbs = [
    "coördinerend opdrachtgever van ", "coordinating principal of ", "opdrachtgever van ",
    "principal of ", "opdrachtnemer van ", "executor of ", "geeft opdracht ", "commissions ",
    "eigenaar van ", "owner of ", "regisseur van ", "director of ", "partij in ", "party to ",
  ]

  /// A party's roles, one `span.rol` each.
  ///
  /// A role that starts with the same verb as the one
  /// before it marks that verb (`span.werkwoord`) and gets the class `zelfde`, so that print
  /// says the verb once ("geeft opdracht A, B") while the screen keeps every phrase whole.
  func partyRoles(_ roles: [String]) -> HTMLFragment {
    var previous: String?
    var fragments: [HTMLFragment] = []
    for role in roles {
      let verb = Self.roleVerbs.first { role.hasPrefix($0) }
      if let verb, verb == previous, role.count > verb.count {
        fragments.append(
          .element(
            "span", [("class", "rol zelfde")],
            [
              .element("span", [("class", "werkwoord")], text: verb),
              .text(String(role.dropFirst(verb.count))),
            ]))
      } else {
        fragments.append(.element("span", [("class", "rol")], text: role))
      }
      previous = verb
    }
    return .join(fragments)
  }
}
