import DriehoekModel

/// Writes the `organizations` of an exchange file: the folders Archi shows.
///
/// Under Archi's top-level folder `Business`: `Ministeries` with a folder per ministry and
/// `Organisaties` with one per other organisation (one `onderdeel-van` a ministry is a folder in
/// that ministry's), each holding the organisation, its units
/// (a unit with units of its own as a folder) and the role elements of which it is the
/// executor; then `Personen`, `Opdrachten`, `Afspraken` and `Ketens`. Under `Motivation`:
/// `Afwijkingen`. Under `Views`: the triangles. Empty folders are left out.
struct OrganizationTree {
  let document: ArchiMateDocument

  func write(to out: inout XMLWriter) {
    let model = document.model
    let ministries = model.organisations.filter { $0.kind == .ministerie }
    let ministryIDs = Set(ministries.map(\.id))
    // An organisation `onderdeel-van` a ministry is a folder in that ministry's folder, as
    // driehoek draws it inside the ministry's frame.
    let others = model.organisations.filter {
      $0.kind != .ministerie && !($0.partOf.map(ministryIDs.contains) ?? false)
    }
    let lists: [(label: String, ids: [ElementID])] = [
      ("Personen", model.persons.map(\.id)), ("Opdrachten", model.opdrachten.map(\.id)),
      ("Afspraken", model.afspraken.map(\.id)), ("Ketens", model.ketens.map(\.id)),
    ]
    let hasBusiness = !model.organisations.isEmpty || lists.contains { !$0.ids.isEmpty }
    // The schema wants at least one item in `organizations`; a model without any leaves it out.
    guard hasBusiness || !document.assessments.isEmpty || !document.views.isEmpty else { return }
    out.open("organizations")
    if hasBusiness {
      out.open("item")
      label("Business", to: &out)
      for (name, organisations) in [("Ministeries", ministries), ("Organisaties", others)]
      where !organisations.isEmpty {
        out.open("item")
        label(name, to: &out)
        for organisation in organisations {
          let members =
            organisation.kind == .ministerie
            ? model.organisations.filter { $0.kind != .ministerie && $0.partOf == organisation.id }
            : []
          folder(for: organisation, members: members, to: &out)
        }
        out.close("item")
      }
      for list in lists where !list.ids.isEmpty {
        out.open("item")
        label(list.label, to: &out)
        for id in list.ids { reference(id, to: &out) }
        out.close("item")
      }
      out.close("item")
    }
    if !document.assessments.isEmpty {
      out.open("item")
      label("Motivation", to: &out)
      out.open("item")
      label("Afwijkingen", to: &out)
      for identifier in document.assessments { out.leaf("item", ["identifierRef": identifier]) }
      out.close("item")
      out.close("item")
    }
    if !document.views.isEmpty {
      out.open("item")
      label("Views", to: &out)
      for view in document.views { out.leaf("item", ["identifierRef": view.identifier]) }
      out.close("item")
    }
    out.close("organizations")
  }

  private func label(_ text: String, to out: inout XMLWriter) {
    out.leaf("label", ["xml:lang": ArchiMateVocabulary.language], content: text)
  }

  private func reference(_ id: ElementID, to out: inout XMLWriter) {
    out.leaf("item", ["identifierRef": ArchiMateDocument.identifier(of: id)])
  }

  private func folder(
    for organisation: Organisation, members: [Organisation] = [], to out: inout XMLWriter
  ) {
    out.open("item")
    label(organisation.name, to: &out)
    reference(organisation.id, to: &out)
    units(organisation.units, to: &out)
    for kind in RoleKind.allCases {
      let key = ArchiMateDocument.RoleKey(kind: kind, executor: organisation.id)
      if let role = document.roleElements[key] { out.leaf("item", ["identifierRef": role]) }
    }
    for member in members { folder(for: member, to: &out) }
    out.close("item")
  }

  private func units(_ units: [Unit], to out: inout XMLWriter) {
    for unit in units {
      guard !unit.units.isEmpty else {
        reference(unit.id, to: &out)
        continue
      }
      out.open("item")
      label(unit.name, to: &out)
      reference(unit.id, to: &out)
      self.units(unit.units, to: &out)
      out.close("item")
    }
  }
}
