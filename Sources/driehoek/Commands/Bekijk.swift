import ArgumentParser
import DriehoekModel
import DriehoekPreview
import Foundation

/// `driehoek bekijk MODEL`: a live preview in the browser while the model is edited.
struct Bekijk: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bekijk",
    abstract: "Toont een model live in de browser terwijl je het bewerkt.",
    discussion: """
      Start een webserver op 127.0.0.1 (alleen deze computer) en drukt het adres af. De pagina \
      toont een view als tekening, de bevindingen ernaast en de meldingen van 'check' als het \
      model niet laadt. Bij elke keer opslaan (ook van geïmporteerde bestanden) wordt het model \
      opnieuw geladen, gecontroleerd en getekend, en krijgt elke open pagina het nieuwe beeld. \
      Ctrl-C stopt de server. Zie docs/bekijk.md.
      """)

  @Argument(help: "Het modelbestand (YAML of JSON).")
  var model: String

  @Option(help: "De poort op 127.0.0.1 (0: een vrije poort).")
  var poort: UInt16 = 7318

  @OptionGroup var peildatum: PeildatumOption

  @Option(
    help: ArgumentHelp(
      "Breek het tekenen van één view af na zoveel seconden (zoals render --timeout).",
      valueName: "SECONDEN"))
  var timeout: Double = 10

  @OptionGroup var limits: LoadOptions

  func validate() throws {
    try ValidationError.checkTimeout(timeout)
  }

  func run() throws {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: model, isDirectory: &isFolder), !isFolder.boolValue
    else {
      StandardError.write(
        "fout: \(model): \(isFolder.boolValue ? "is een map, geen modelbestand" : "bestand bestaat niet")\n"
          + "  oplossing: geef het pad van een modelbestand (YAML of JSON)\n")
      throw ExitCode(2)
    }
    // Ctrl-C and SIGTERM are taken by sigwait below; every thread started from here on
    // inherits the blocked mask, so none of them is interrupted.
    var signals = sigset_t()
    sigemptyset(&signals)
    sigaddset(&signals, SIGINT)
    sigaddset(&signals, SIGTERM)
    pthread_sigmask(SIG_BLOCK, &signals, nil)

    let session = PreviewSession(
      configuration: .init(
        modelPath: model, loader: limits.configuration,
        peildatum: peildatum.day,
        today: Day.today(), graphviz: .isolated(executable: Render.helperPath, seconds: timeout)))
    report(session.snapshot, took: nil)
    let server: PreviewServer
    let watcher: ModelWatcher
    do {
      server = try PreviewServer(session: session, port: poort)
      watcher = try ModelWatcher(
        files: session.watchedFiles, everyYAMLFile: { !session.snapshot.isValid },
        onChange: {
          let started = ContinuousClock.now
          let snapshot = session.reload()
          let pages = server.broadcast()
          report(snapshot, took: ContinuousClock.now - started, pages: pages)
          return session.watchedFiles
        })
    } catch {
      StandardError.write("fout: \(error)\n")
      throw ExitCode(2)
    }
    Console.printLine("driehoek bekijk: \(server.address)  (Ctrl-C stopt)")
    var received: Int32 = 0
    sigwait(&signals, &received)
    watcher.stop()
    server.stop()
    StandardError.write("driehoek bekijk: gestopt\n")
  }

  private func report(_ snapshot: PreviewSnapshot, took: Duration?, pages: Int? = nil) {
    var line = "versie \(snapshot.generation): "
    if snapshot.isValid {
      line += "geldig, \(snapshot.findings.count) bevinding(en)"
    } else {
      line += "laadt niet, \(snapshot.diagnostics.count) melding(en)"
    }
    if let took { line += ", in \(took.formatted(.units(allowed: [.milliseconds])))" }
    if let pages { line += ", naar \(pages) pagina('s)" }
    StandardError.write(line + "\n")
    if !snapshot.isValid {
      StandardError.write(snapshot.diagnostics.joined(separator: "\n\n") + "\n")
    }
  }
}
