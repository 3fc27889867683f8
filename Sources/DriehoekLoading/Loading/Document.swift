import DriehoekModel

/// What one model file holds, before the files of a model are merged.
struct Document {
  var name: String?
  var peildatum: Day?
  var description: String?
  var imports: [Import] = []
  var organisations: [Organisation] = []
  var persons: [Person] = []
  var roles: [Role] = []
  var opdrachten: [Opdracht] = []
  var afspraken: [Afspraak] = []
  var ketens: [Keten] = []
  var afwijkingen: [Afwijking] = []
  var origin: Origin?

  /// One entry of `importeer`.
  struct Import {
    var path: String
    var location: SourceLocation
  }
}
