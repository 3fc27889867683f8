public import DriehoekModel

/// Writes a model as an ArchiMate exchange file: The Open Group's ArchiMate Model Exchange File
/// Format, schema version 3.1, with one diagram per executor's triangle.
///
/// Organisations, units and persons become business actors, the three roles business roles
/// per executor, opdrachten business interactions, afspraken contracts, ketens business
/// collaborations and afwijkingen assessments; every field ArchiMate has no place for is a
/// property. ``ArchiMateReader`` reads the file back to an equal model. The mapping and its
/// reasons are in `docs/archimate.md`.
///
/// ```swift
/// let xml = try ArchiMateWriter().write(model)
/// ```
public struct ArchiMateWriter: Sendable {
  /// Creates a writer.
  public init() {}

  /// The model as an exchange file.
  ///
  /// - Parameters:
  ///   - model: The model; it must be valid (every id well-formed, every reference resolved).
  ///   - findings: Open findings, written as properties (`bevinding`) of the elements they name.
  ///   - findingsPeildatum: The date the findings were determined on, written on the model.
  ///   - layouts: Where the nodes of each executor's triangle stand (by executor id); a triangle
  ///     without one is laid out on a grid.
  /// - Returns: The XML text, UTF-8, ending with a newline.
  /// - Throws: ``ArchiMateExportError`` when the model is not valid.
  /// - Complexity: O(*n* + *r* · *v*) for *n* elements and relationships, *r* roles and *v*
  ///   views.
  public func write(
    _ model: Model, findings: [ArchiMateFinding] = [], findingsPeildatum: Day? = nil,
    layouts: [ElementID: ArchiMateLayout] = [:]
  ) throws(ArchiMateExportError) -> String {
    var document = try ArchiMateDocument(model: model)
    document.add(findings: findings, peildatum: findingsPeildatum)
    document.addViews(layouts: layouts)
    return document.xml()
  }
}
