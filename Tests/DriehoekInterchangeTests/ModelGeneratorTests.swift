import DriehoekInterchange
import DriehoekLoading
import DriehoekModel
import Testing

@Suite struct ModelGeneratorTests {
  @Test func generatedModelLoadsWithoutDiagnostics() throws {
    let model = DriehoekInterchange.ModelGenerator(executorCount: 25, seed: 3).model()
    let text = try ModelWriter().write(model, as: .yaml)
    let result = ModelLoader().load(text: text, file: "gegenereerd.yaml")
    #expect(result.diagnostics.map(\.description) == [])
    #expect(result.model == model)
  }

  @Test func compactYAMLLoadsToTheGeneratedModel() {
    let generator = DriehoekInterchange.ModelGenerator(executorCount: 60, seed: 4)
    let result = ModelLoader().load(text: generator.yaml(), file: "gegenereerd.yaml")
    #expect(result.diagnostics.map(\.description) == [])
    #expect(result.model == generator.model())
  }

  @Test func generatedModelHasTheRequestedShape() {
    let model = DriehoekInterchange.ModelGenerator(executorCount: 40, seed: 5).model()
    #expect(model.organisations.count == 12 + 40)
    #expect(model.afspraken.count == 40)
    #expect(model.afwijkingen.count == 4)
    let principals = model.roles.filter { $0.kind == .opdrachtgever }
    #expect(principals.count >= 40 && principals.count <= 4 * 40)
    #expect(model.opdrachten.count >= 2 * principals.count)
    #expect(model.opdrachten.count <= 3 * principals.count)
    #expect(model.opdrachten.allSatisfy { $0.period?.start != nil && $0.budget != nil })
  }

  @Test func sameSeedGivesTheSameModelAndOtherSeedsDiffer() {
    #expect(
      DriehoekInterchange.ModelGenerator(executorCount: 30, seed: 9).model()
        == DriehoekInterchange.ModelGenerator(executorCount: 30, seed: 9).model())
    #expect(
      DriehoekInterchange.ModelGenerator(executorCount: 30, seed: 9).model()
        != DriehoekInterchange.ModelGenerator(executorCount: 30, seed: 10).model())
  }
}
