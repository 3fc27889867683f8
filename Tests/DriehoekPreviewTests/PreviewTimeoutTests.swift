import DriehoekDiagram
import DriehoekModel
import Foundation
import Testing

@testable import DriehoekPreview

/// A Graphviz view that takes too long is cut off after `--timeout` seconds, as `render
/// --timeout` does, and the page says so instead of hanging; views drawn in Swift still come.
struct PreviewTimeoutTests {
  @Test func aViewThatTakesTooLongIsCutOffAndNamed() throws {
    let fixture = try PreviewFixture()
    // A helper that never answers: the child is killed at the limit.
    let helper = fixture.folder.appendingPathComponent("traag.sh")
    try "#!/bin/sh\nexec sleep 30\n".write(to: helper, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: helper.path)
    var configuration = fixture.session.configuration
    configuration.graphviz = .isolated(executable: helper.path, seconds: 0.3)
    let session = PreviewSession(configuration: configuration)
    let started = ContinuousClock.now
    let drawing = session.drawing(of: .landschap, in: session.snapshot)
    let took = ContinuousClock.now - started
    guard case .failed(let reason) = drawing else {
      Issue.record("a helper that sleeps cannot have drawn the landschap")
      return
    }
    #expect(reason.contains("langer dan 0.3 seconden"), "\(reason)")
    #expect(took < .seconds(5), "cut off at the limit, not after the helper's 30 s")
    let page = PreviewPage(session: session, snapshot: session.snapshot, requested: .landschap)
    #expect(page.messages.contains("Tekenen mislukt"))
    guard case .svg = session.drawing(of: .matrix, in: session.snapshot) else {
      Issue.record("the matrix is drawn in Swift and needs no helper")
      return
    }
  }
}
