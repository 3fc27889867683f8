import DriehoekModel
import Testing

/// Which addresses a model may link to: http, https and mailto only, and nothing that can
/// leave the attribute it is written into.
@Suite struct URLPolicyTests {
  @Test(arguments: [
    "https://www.rijksoverheid.nl", "http://example.nl/pad?a=1&b=2#deel", "HTTPS://DUO.NL",
    "mailto:info@svb.nl", "https://ministerie.nl/financiën", "https://[2001:db8::1]/",
  ])
  func accepts(_ url: String) {
    #expect(URLPolicy.isSafe(url))
  }

  @Test(arguments: [
    "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "\tjavascript:x",
    "\u{0}javascript:x", "javascript&#58;alert(1)", "jav&#x09;ascript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD4=", "vbscript:msgbox(1)", "//evil.example",
    "https:/\\evil.example", "https:///evil", "https:", "http://", "mailto:", "file:///etc/passwd",
    " https://x.nl", "https://x.nl/\"onmouseover=\"alert(1)", "https://x.nl/'x",
    "https://x.nl/<script>",
    "https://x.nl/>", "https://x.nl/a b", "https://x.nl/\nx", "https://x.nl/\u{7F}",
    "\u{202E}https://evil", "https://x.nl/\u{200B}", "https://x.nl/\u{2066}", "https://x.nl/`",
    "https://x.nl\\@evil", "ftp://x.nl", "", "https://x.nl/\u{85}",
  ])
  func refuses(_ url: String) {
    #expect(!URLPolicy.isSafe(url))
  }
}
