import DriehoekLoading
import DriehoekModel
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Imports of something that is not a regular file are located errors.
///
/// Found while writing the fuzz targets (which load real imports): `/dev/stdin` or a FIFO made
/// `check` wait forever for input, and a device such as `/dev/zero` was read up to the size
/// limit.
@Suite struct SpecialFileImportTests {
  @Test(arguments: ["/dev/stdin", "/dev/zero", "/dev/null"])
  func aDeviceImportIsAnError(_ device: String) throws {
    try #require(FileManager.default.fileExists(atPath: device))
    let result = ModelLoader().load(text: "naam: x\nimporteer: [\(device)]\n", file: "m.yaml")
    let problem = try #require(result.diagnostics.first { $0.code == "onleesbaar-bestand" })
    #expect(problem.location?.line == 2)
    #expect(problem.description.contains("geen gewoon bestand"), "\(problem)")
    #expect(!result.isValid)
  }

  @Test func aFIFOImportDoesNotBlock() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("driehoek-fifo-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let fifo = directory.appendingPathComponent("pijp.yaml").path
    try #require(mkfifo(fifo, 0o600) == 0)
    let model = directory.appendingPathComponent("m.yaml")
    try Data("naam: x\nimporteer: [pijp.yaml]\n".utf8).write(to: model)
    let result = ModelLoader().load(path: model.path)
    #expect(result.diagnostics.contains { $0.code == "onleesbaar-bestand" })
  }
}
