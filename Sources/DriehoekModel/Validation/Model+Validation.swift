extension Model {
  /// Checks the model's structure and returns every problem found.
  ///
  /// Checks ids (well-formed, unique across the model), references (they exist and name the right
  /// kind of element), periods, numbers, the opdrachtgever of each opdracht, accepted-risk rule
  /// codes and URLs. The conflict rules (SD01–SD20) are not structural and live in
  /// `DriehoekAnalysis`.
  ///
  /// - Parameters:
  ///   - options: Settings, such as the known rule codes.
  ///   - index: The model's index, when the caller has built it already (it must index this
  ///     model); `nil` builds one here.
  /// - Returns: The diagnostics, in the order of the model.
  /// - Complexity: O(*n*) in the number of elements, plus O(*m*) per unknown reference for the
  ///   did-you-mean search over the *m* ids.
  public func validate(
    options: ValidationOptions = ValidationOptions(), index: ModelIndex? = nil
  ) -> [Diagnostic] {
    var validator = ModelValidator(model: self, options: options, index: index ?? ModelIndex(self))
    validator.run()
    return validator.diagnostics
  }
}
