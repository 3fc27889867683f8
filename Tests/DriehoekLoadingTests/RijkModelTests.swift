import DriehoekLoading
import DriehoekModel
import Foundation
import Testing

/// `Models/rijk.yaml`, the Rijk as public sources tell it: it loads without a diagnostic, holds
/// at least 25 executors steered from at least 10 ministries, and every role cites at least one
/// web address.
@Suite struct RijkModelTests {
  private static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../Models/rijk.yaml").standardizedFileURL.path

  private func model() throws -> Model {
    let result = ModelLoader().load(path: Self.path)
    #expect(result.diagnostics.map(\.description) == [])
    #expect(result.isValid)
    return try #require(result.model, "Models/rijk.yaml laadt niet")
  }

  @Test func holdsTwentyFiveExecutorsOverTenMinistries() throws {
    let model = try model()
    let index = ModelIndex(model)
    let executors = Set(model.roles.map(\.executor))
    #expect(executors.count >= 25, "\(executors.count) uitvoerders")
    // The ministries that own or commission an executor: the ministry of each role holder.
    var ministries: Set<ElementID> = []
    for role in model.roles where role.kind != .opdrachtnemer {
      let organisation: ElementID? =
        switch index.entry(role.holder) {
        case .organisation(let organisation): organisation.id
        case .unit(_, let organisation, _): organisation
        default: nil
        }
      if let organisation, index.organisation(organisation)?.kind == .ministerie {
        ministries.insert(organisation)
      }
    }
    #expect(ministries.count >= 10, "\(ministries.sorted())")
    // Every executor is an organisation of the model, and none is a ministry.
    for executor in executors {
      let kind = try #require(index.organisation(executor)?.kind, "\(executor)")
      #expect(kind != .ministerie)
    }
  }

  @Test func everyRoleCitesAWebAddress() throws {
    let model = try model()
    #expect(!model.roles.isEmpty)
    for role in model.roles {
      let addresses = role.sources.filter { $0.hasPrefix("https://") && URLPolicy.isSafe($0) }
      #expect(
        !addresses.isEmpty,
        "\(role.kind.rawValue) \(role.holder) → \(role.executor): geen https-bron")
    }
  }

  @Test func unconfirmedRegulationDefaultsCiteTheRegulation() throws {
    let model = try model()
    let index = ModelIndex(model)
    let regeling = "https://zoek.officielebekendmakingen.nl/stcrt-2024-32572.html"
    // An agency's eigenaar that the sources do not confirm is the regulation's default (the SG)
    // and says so, citing the regulation.
    let defaults = model.roles.filter {
      $0.kind == .eigenaar && $0.description?.hasPrefix("Onbevestigd") == true
        && index.organisation($0.executor)?.kind == .agentschap
    }
    #expect(defaults.count >= 10, "\(defaults.count)")
    for role in defaults {
      #expect(role.sources.contains(regeling), "\(role.holder) → \(role.executor)")
      #expect(index.unit(role.holder)?.kind == .sg, "\(role.holder)")
    }
  }
}
