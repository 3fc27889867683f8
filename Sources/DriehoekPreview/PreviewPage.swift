import DriehoekAnalysis
public import DriehoekDiagram
import DriehoekModel

/// The preview page of one view of a snapshot, as parts that the page and its updates share.
///
/// The server writes them into the first response, and sends the same parts in every update,
/// which the page's script swaps in. One way to draw them, so a page opened later and a page
/// that was updated show the same thing.
public struct PreviewPage: Sendable {
  /// The generation of the snapshot shown.
  public var generation: Int
  /// The view shown.
  public var view: View
  /// The page title.
  public var title: String
  /// The view switcher: a link per view.
  public var viewLinks: String
  /// The picture: the inline SVG, or a message when there is none yet.
  public var picture: String
  /// Whether the picture is from an older, valid version of the model (shown greyed).
  public var isStale: Bool
  /// The diagnostics as `check` prints them, or why the view could not be drawn; empty when all
  /// is well.
  public var messages: String
  /// The findings list; each item names the ids of its parties in `data-betreft`.
  public var findings: String
  /// A status line: which file, which generation, valid or not.
  public var status: String

  /// Builds the page of a view of the session's current snapshot (drawing it if needed).
  public init(session: PreviewSession, snapshot: PreviewSnapshot, requested: View?) {
    let view = session.resolvedView(requested, in: snapshot)
    generation = snapshot.generation
    self.view = view
    let name = snapshot.modelName ?? session.configuration.modelPath
    title = "\(name) – \(view) – driehoek bekijk"
    viewLinks = Self.links(snapshot.views, current: view)
    var notes: [String] = []
    var stale = snapshot.isStale
    switch session.drawing(of: view, in: snapshot) {
    case .svg(let svg):
      picture = svg
    case .failed(let reason):
      if let old = session.lastGoodSVG(of: view) {
        picture = old
        stale = true
      } else {
        picture = "<p class=\"leeg\">\(XMLText.escaped(reason))</p>"
      }
      if snapshot.renderer != nil { notes.append(reason) }
    }
    isStale = stale
    var text = ""
    if !snapshot.diagnostics.isEmpty {
      let heading =
        snapshot.isValid
        ? "Meldingen bij het laden"
        : snapshot.renderer == nil
          ? "Het model laadt niet; er is nog geen tekening"
          : "Het model laadt niet; de tekening is van de laatste geldige versie"
      text += "<h2>\(XMLText.escaped(heading))</h2>"
      text += "<pre>\(XMLText.escaped(snapshot.diagnostics.joined(separator: "\n\n")))</pre>"
    }
    for note in notes {
      text += "<h2>Tekenen mislukt</h2><pre>\(XMLText.escaped(note))</pre>"
    }
    messages = text
    findings = Self.findingsList(snapshot.findings, isStale: snapshot.isStale)
    let state =
      snapshot.isValid
      ? "geldig" : snapshot.renderer == nil ? "laadt niet" : "laadt niet (oude tekening)"
    status =
      "\(session.configuration.modelPath) · versie \(snapshot.generation) · \(state)"
      + (snapshot.renderer.map { " · peildatum \($0.peildatum)" } ?? "")
  }

  private static func links(_ views: [View], current: View) -> String {
    var html = ""
    for view in views.isEmpty ? [View.landschap] : views {
      let label = XMLText.escaped(view.description)
      let target = XMLText.escaped("/?view=" + HTMLText.queryEscaped(view.description))
      let currentMark = view == current ? " aria-current=\"page\"" : ""
      html += "<a href=\"\(target)\" data-view=\"\(label)\"\(currentMark)>\(label)</a>"
    }
    return html
  }

  private static func findingsList(_ findings: [Finding], isStale: Bool) -> String {
    guard !findings.isEmpty else {
      return "<p class=\"geen\">Geen bevindingen.</p>"
    }
    var html = "<ol>"
    for finding in findings {
      let betreft = XMLText.escaped(finding.betreft.map(\.rawValue).joined(separator: " "))
      let kind = finding.isOpen ? finding.severity.rawValue : "geaccepteerd"
      // The file's own name, not its folder: the list is narrow, and `check` has the path.
      let location = finding.location.map { location in
        let place =
          "\(location.file.split(separator: "/").last ?? "")"
          + ":\(location.line):\(location.column)"
        return "<span class=\"plek\" title=\"\(XMLText.escaped(location.description))\">"
          + "\(XMLText.escaped(place))</span> "
      }
      html += "<li class=\"\(kind)\"><button type=\"button\" data-betreft=\"\(betreft)\">"
      html += "<span class=\"code\">\(XMLText.escaped(finding.code))</span> "
      html += "<span class=\"ernst\">\(XMLText.escaped(kind))</span> "
      html += location ?? ""
      html += "<span class=\"tekst\">\(XMLText.escaped(finding.message))</span></button></li>"
    }
    html += "</ol>"
    if isStale { html = "<p class=\"oud\">Bevindingen van de laatste geldige versie.</p>" + html }
    return html
  }
}
