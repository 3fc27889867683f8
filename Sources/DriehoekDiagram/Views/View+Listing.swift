public import DriehoekModel

extension View {
  /// Every view of a model on a day: the landschap, a driehoek per executor, a view per
  /// ministry that owns or commissions an executor, a view per keten, a `tijdlijn` per
  /// organisation that is opdrachtnemer of an opdracht, and the bevindingen; each group sorted
  /// by id.
  ///
  /// `index` is the model's index when the caller has built it; `nil` builds one here.
  /// - Complexity: O(*n* log *n*) in the number of elements.
  public static func all(in model: Model, on day: Day, index: ModelIndex? = nil) -> [View] {
    all(in: ModelScope(model: model, day: day, index: index ?? ModelIndex(model)))
  }

  /// Every view of the part of a model valid on one day.
  static func all(in scope: ModelScope) -> [View] {
    let model = scope.model
    var views: [View] = [.landschap]
    views += scope.executors.map(View.driehoek)
    let active = Set(
      scope.relations.filter { $0.kind == .eigenaar || $0.kind == .opdrachtgever }
        .compactMap { scope.owner(of: $0.from) })
    views += scope.ministries.filter(active.contains).map(View.ministerie)
    views += model.ketens.map(\.id).sorted().map(View.keten)
    views += timelineSubjects(in: model).map(View.tijdlijn)
    views.append(.bevindingen)
    return views
  }

  /// The organisations that are opdrachtnemer of some opdracht, sorted: the subjects of the
  /// `tijdlijn` views (an executor without opdrachten gets none).
  public static func timelineSubjects(in model: Model) -> [ElementID] {
    let organisations = Set(model.organisations.map(\.id))
    return Set(model.opdrachten.compactMap(\.opdrachtnemer)).filter(organisations.contains).sorted()
  }
}
