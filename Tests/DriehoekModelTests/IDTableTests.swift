import Testing

@testable import DriehoekModel

@Suite struct IDTableTests {
  @Test func findsEveryIDItHoldsAndNoOther() {
    var ids: [ElementID] = []
    // Starts small, so it grows several times; ids of every length around the 8-byte words.
    var table = IDTable(capacity: 0)
    for number in 0..<20_000 {
      let id = ElementID(String(repeating: "x", count: number % 19) + "-\(number)")
      ids.append(id)
      let inserted = table.insert(id, at: ids.count - 1, in: ids)
      #expect(inserted)
    }
    #expect(table.count == 20_000)
    var misses = 0
    for (position, id) in ids.enumerated() where table.position(of: id, in: ids) != position {
      misses += 1
    }
    #expect(misses == 0)
    #expect(table.position(of: "-1", in: ids) == nil)
    #expect(table.position(of: "", in: ids) == nil)
    #expect(table.position(of: "x-20000", in: ids) == nil)
  }

  @Test func keepsTheFirstOfTwoEqualIDs() {
    var table = IDTable(capacity: 4)
    let ids: [ElementID] = ["a", "b", "a"]
    let first = table.insert("a", at: 0, in: ids)
    let second = table.insert("b", at: 1, in: ids)
    let again = table.insert("a", at: 2, in: ids)
    #expect(first && second && !again)
    #expect(table.position(of: "a", in: ids) == 0)
    #expect(table.count == 2)
  }

  @Test func matchesNonASCIIIDsAsStringEqualityDoes() {
    // "é" written precomposed and as e + combining acute: equal as strings, different bytes.
    let precomposed = ElementID("caf\u{E9}")
    let decomposed = ElementID("cafe\u{301}")
    #expect(precomposed == decomposed)
    var table = IDTable(capacity: 2)
    let ids = [precomposed, ElementID("caf\u{E9}-\u{1F600}")]
    let first = table.insert(ids[0], at: 0, in: ids)
    let second = table.insert(ids[1], at: 1, in: ids)
    #expect(first && second)
    #expect(table.position(of: decomposed, in: ids) == 0)
    #expect(table.position(of: "cafe", in: ids) == nil)
  }

  @Test func theIndexFindsWhatItIndexed() {
    let model = Model(
      name: "m",
      organisations: [
        Organisation(
          id: "o", name: "O", kind: .ministerie,
          units: [Unit(id: "o-dg", name: "DG", kind: .dg)])
      ],
      persons: [Person(id: "p", name: "P", functions: ["o-dg"])])
    let index = ModelIndex(model)
    #expect(index.kind(of: "o") == .organisation)
    #expect(index.kind(of: "o-dg") == .unit)
    #expect(index.parent(of: "o-dg") == "o")
    #expect(index.kind(of: "p") == .person)
    #expect(index.kind(of: "q") == nil)
    #expect(index.handle(of: "p") == index.orderedIDs.firstIndex(of: "p"))
  }
}
