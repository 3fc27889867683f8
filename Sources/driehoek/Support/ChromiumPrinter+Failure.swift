import DriehoekModel

extension ChromiumPrinter {
  /// Why no PDF came out.
  enum Failure: Error {
    case noBrowser(configured: String?)
    case failed(status: Int32, detail: String)
    case timedOut
    case noPDF

    func message(in language: Language) -> String {
      let advice = language.pick(
        " Schrijf de kaarten als HTML (--format html -o kaarten.html), open die in een browser "
          + "en druk af (A4, werkelijke grootte, dubbelzijdig over de lange kant), of kies daar "
          + "'Opslaan als PDF'.",
        " Write the cards as HTML (--format html -o cards.html), open it in a browser and print "
          + "it (A4, actual size, double-sided on the long edge), or choose 'Save as PDF' there.")
      switch self {
      case .noBrowser(let configured?):
        return language.pick(
          "DRIEHOEK_CHROMIUM wijst naar '\(configured)', maar dat is geen uitvoerbaar bestand.",
          "DRIEHOEK_CHROMIUM points to '\(configured)', which is not an executable file.")
          + advice
      case .noBrowser(nil):
        return language.pick(
          "geen Chromium gevonden om een PDF te maken (chromium, chromium-browser of "
            + "google-chrome in PATH, of DRIEHOEK_CHROMIUM).",
          "no Chromium found to make a PDF (chromium, chromium-browser or google-chrome in "
            + "PATH, or DRIEHOEK_CHROMIUM).") + advice
      case .failed(let status, let detail):
        return language.pick(
          "Chromium stopte met code \(status) zonder PDF.",
          "Chromium exited with \(status) "
            + "without a PDF.") + (detail.isEmpty ? "" : " (\(detail))") + advice
      case .timedOut:
        return language.pick(
          "Chromium maakte de PDF niet binnen 120 seconden.",
          "Chromium did not make the PDF within 120 seconds.") + advice
      case .noPDF:
        return language.pick(
          "Chromium schreef geen geldige PDF.", "Chromium did not write a valid PDF.") + advice
      }
    }
  }
}
