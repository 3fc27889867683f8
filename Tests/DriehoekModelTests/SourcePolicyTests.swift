import DriehoekModel
import Testing

/// What a `bronnen` item may be: an address under ``URLPolicy`` or a short citation.
@Suite struct SourcePolicyTests {
  @Test(arguments: [
    "https://wetten.overheid.nl/BWBR0050264", "http://docplayer.nl/667221", "mailto:info@svb.nl",
    "Kamerstuk 32543 nr. 7", "onbevestigd: standaard uit de Regeling agentschappen 2024, art. 1",
    "ISBN:9789012345678", "Stcrt. 2024, 32572", "SEED-004: reflectie-interview", "Financiën",
    String(repeating: "a", count: ModelKeys.maximumCitationLength),
  ])
  func accepts(_ item: String) {
    #expect(SourcePolicy.flaw(of: item) == nil, "\(item)")
  }

  @Test(arguments: [
    "javascript:alert(1)", "JavaScript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=",
    "vbscript:x", "//evil.example", "https://x.nl/a b", "ftp://x.nl", "file:///etc/passwd",
    "https://x.nl/\"onmouseover=\"alert(1)",
  ])
  func refusesUnsafeAddresses(_ item: String) {
    #expect(SourcePolicy.isAddress(item))
    #expect(SourcePolicy.flaw(of: item) == .unsafeAddress, "\(item)")
    #expect(!SourcePolicy.isLink(item))
  }

  @Test func refusesControlCharactersLongCitationsAndBlanks() {
    for item in ["Kamer\nstuk", "tab\there", "bel\u{7}", "\u{202E}gnirts", "zero\u{200B}width"] {
      #expect(SourcePolicy.flaw(of: item) == .controlCharacter, "\(item)")
    }
    let long = String(repeating: "a", count: ModelKeys.maximumCitationLength + 1)
    #expect(SourcePolicy.flaw(of: long) == .tooLong(limit: ModelKeys.maximumCitationLength))
    let longAddress =
      "https://x.nl/" + String(repeating: "a", count: ModelKeys.maximumSourceLength)
    #expect(SourcePolicy.flaw(of: longAddress) == .tooLong(limit: ModelKeys.maximumSourceLength))
    #expect(SourcePolicy.flaw(of: "   ") == .blank)
  }

  @Test func onlyAcceptedAddressesAreLinks() {
    #expect(SourcePolicy.isLink("https://duo.nl"))
    #expect(SourcePolicy.isLink("mailto:info@svb.nl"))
    #expect(!SourcePolicy.isLink("Kamerstuk 32543 nr. 7"))
    #expect(!SourcePolicy.isLink(" https://duo.nl"))
  }

  @Test func everyElementHasTheKey() {
    for context in DiagnosticContext.allCases where context != .model && context != .period {
      #expect(ModelKeys.keys(for: context).contains("bronnen"), "\(context)")
    }
    #expect(ModelKeys.keys(for: .role).contains("beschrijving"))
  }
}
