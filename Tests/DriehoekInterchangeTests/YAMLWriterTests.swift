import DriehoekLoading
import DriehoekModel
import Testing

@testable import DriehoekInterchange

/// The YAML writer puts the model together from its lists encoded a batch at a time (Yams'
/// encoder is quadratic in a list's length); the bytes are those of the encoder writing the
/// whole model at once.
@Suite struct YAMLWriterTests {
  @Test(arguments: exampleModelPaths)
  func exampleModelsGiveTheEncodersBytes(_ path: String) throws {
    let model = try #require(ModelLoader().load(path: path).model)
    #expect(try ModelWriter().yaml(model) == ModelWriter.yamlEncodedWhole(model))
  }

  /// Random models: every kind of element, odd texts (quotes, line breaks, leading signs,
  /// numbers as text), empty and absent lists.
  @Test(arguments: 1...25)
  func randomModelsGiveTheEncodersBytes(seed: UInt64) throws {
    let model = ModelGenerator.model(seed: seed)
    #expect(try ModelWriter().yaml(model) == ModelWriter.yamlEncodedWhole(model))
  }

  /// A generated model with lists of many batches (and a last one that is not full).
  @Test func longListsGiveTheEncodersBytes() throws {
    let model = DriehoekInterchange.ModelGenerator(
      executorCount: 150, seed: 3, informalAssignments: 2
    ).model()
    #expect(model.opdrachten.count > 3 * ModelWriter.yamlBatchSize)
    let batch = ModelWriter.yamlBatchSize
    #expect(model.opdrachten.count % batch != 0 || model.roles.count % batch != 0)
    #expect(try ModelWriter().yaml(model) == ModelWriter.yamlEncodedWhole(model))
  }
}
