import DriehoekDiagram
import DriehoekModel

extension PreviewPage {
  /// The whole HTML document: the page as it is now, complete without any script; the script
  /// and the style sheet are separate resources of the server (`/bekijk.js`, `/bekijk.css`),
  /// so that the Content-Security-Policy can forbid inline code.
  public var document: String {
    """
    <!DOCTYPE html>
    <html lang="nl">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>\(XMLText.escaped(title))</title>
    <link rel="icon" href="data:,">
    <link rel="stylesheet" href="/bekijk.css">
    <script src="/bekijk.js" defer></script>
    </head>
    <body data-generatie="\(generation)" data-view="\(XMLText.escaped(view.description))">
    <header>
    <h1>driehoek bekijk</h1>
    <p id="status">\(XMLText.escaped(status))</p>
    <p id="verbinding" aria-live="polite"></p>
    </header>
    <nav id="views" aria-label="Views">\(viewLinks)</nav>
    <main>
    <section id="beeld" aria-label="Tekening"\(isStale ? " class=\"verouderd\"" : "")>
    <div id="tekening">\(picture)</div>
    <div id="meldingen" role="alert">\(messages)</div>
    <div id="zoom"><button type="button" data-zoom="in" title="Inzoomen">+</button>\
    <button type="button" data-zoom="uit" title="Uitzoomen">−</button>\
    <button type="button" data-zoom="passend" title="Hele tekening">passend</button></div>
    </section>
    <aside id="bevindingen" aria-label="Bevindingen">
    <h2>Bevindingen</h2>
    <div id="bevindingenlijst">\(findings)</div>
    </aside>
    </main>
    </body>
    </html>

    """
  }

  /// The same parts as one JSON object, for an update pushed to open pages.
  public var update: String {
    var json = "{"
    json += "\"generatie\":\(generation),"
    json += "\"view\":\(HTMLText.jsonString(view.description)),"
    json += "\"titel\":\(HTMLText.jsonString(title)),"
    json += "\"views\":\(HTMLText.jsonString(viewLinks)),"
    json += "\"tekening\":\(HTMLText.jsonString(picture)),"
    json += "\"verouderd\":\(isStale),"
    json += "\"meldingen\":\(HTMLText.jsonString(messages)),"
    json += "\"bevindingen\":\(HTMLText.jsonString(findings)),"
    json += "\"status\":\(HTMLText.jsonString(status))"
    return json + "}"
  }

  /// The update as one server-sent event (`event: toestand`, the generation as its id).
  public var event: [UInt8] {
    Array("id: \(generation)\nevent: toestand\ndata: \(update)\n\n".utf8)
  }
}
