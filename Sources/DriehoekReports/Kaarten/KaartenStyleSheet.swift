import DriehoekDiagram
public import DriehoekModel

/// The style sheet of the printed card set, in the kaartenset look.
///
/// A4 sheets of four A6 cards (2 × 2) with cut marks, fronts and mirrored backs. It holds no
/// text from the model.
public enum KaartenStyleSheet {
  /// The CSS class of a header band for a kind of organisation.
  public static func bandClass(_ kind: OrganisationKind) -> String { "band-" + kind.rawValue }

  static var css: String {
    let p = DocumentPalette.self
    let bands = OrganisationKind.allCases.map { kind in
      let colors = KaartensetLook.band(for: kind)
      return ".\(bandClass(kind)) { background: \(colors.background); color: \(colors.text); }"
    }
    .joined(separator: "\n")
    return """
      :root { color-scheme: light; }
      * { box-sizing: border-box; }
      html, body { margin: 0; padding: 0; }
      body { background: \(p.wit); color: \(p.tekst);
        font-family: "RO Sans", "Segoe UI", Calibri, "Helvetica Neue", Arial, "Liberation Sans", sans-serif;
        font-size: 8.8pt; line-height: 1.25; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      @page { size: 210mm 297mm; margin: 0; }
      .uitleg { max-width: 190mm; margin: 8mm auto 0; font-size: 10pt; line-height: 1.45; }
      .vel { position: relative; width: 210mm; height: 297mm; overflow: hidden; display: grid;
        grid-template-columns: 105mm 105mm; grid-template-rows: 148.5mm 148.5mm;
        break-after: page; page-break-after: always; background: \(p.wit); }
      .vel:last-of-type { break-after: auto; page-break-after: auto; }
      .pos-1 { grid-column: 1; grid-row: 1; } .pos-2 { grid-column: 2; grid-row: 1; }
      .pos-3 { grid-column: 1; grid-row: 2; } .pos-4 { grid-column: 2; grid-row: 2; }

      /* Cut marks: on the cut lines, so the cut takes them away. */
      .snij { position: absolute; border: 0 solid \(p.tekst); }
      .snij-boven, .snij-onder { left: 105mm; width: 0; height: 7mm; border-left-width: .25mm; margin-left: -.125mm; }
      .snij-boven { top: 0; } .snij-onder { bottom: 0; }
      .snij-links, .snij-rechts { top: 148.5mm; height: 0; width: 7mm; border-top-width: .25mm; margin-top: -.125mm; }
      .snij-links { left: 0; } .snij-rechts { right: 0; }
      .snij-midden-h { top: 148.5mm; left: 101mm; width: 8mm; height: 0; border-top-width: .25mm; margin-top: -.125mm; }
      .snij-midden-v { left: 105mm; top: 144.5mm; height: 8mm; width: 0; border-left-width: .25mm; margin-left: -.125mm; }

      /* A card: A6, content kept 7 mm inside the cut (printers do not print to the edge). */
      .kaart { position: relative; width: 105mm; height: 148.5mm; padding: 7mm 7.5mm 6mm; overflow: hidden;
        display: flex; flex-direction: column; }
      .band { display: flex; align-items: center; min-height: 6.5mm; padding: .8mm 2.2mm; font-size: 6.5pt;
        font-weight: 700; letter-spacing: .06em; text-transform: uppercase; }
      \(bands)
      .kaart h1, .kaart h2 { margin: 2.6mm 0 .6mm; font-size: 14pt; line-height: 1.15; color: \(p.tekst);
        overflow-wrap: anywhere; }
      .kaart h3 { margin: 0 0 .5mm; font-size: 6.5pt; letter-spacing: .07em; text-transform: uppercase;
        color: \(p.grijs); font-weight: 700; }
      .organisatie { margin: 0 0 1.2mm; font-size: 8pt; color: \(p.grijs); overflow-wrap: anywhere; }
      .rollen { list-style: none; margin: .8mm 0 1.6mm; padding: 0; display: flex; flex-wrap: wrap; gap: 1mm; }
      .rol { font-size: 6.3pt; font-weight: 700; letter-spacing: .05em; padding: .35mm 1.5mm; border: .4mm solid; }
      .rol-eigenaar { background: \(p.lintblauw); color: \(p.wit); border-color: \(p.lintblauw); }
      .rol-opdrachtgever { background: \(p.wit); color: \(p.donkerblauw); border-color: \(p.hemelblauw); }
      .rol-coordinerend { background: \(p.wit); color: \(p.donkerblauw); border: .9mm double \(p.hemelblauw); padding: .1mm 1.3mm; }
      .rol-opdrachtnemer { background: \(p.wit); color: \(p.donkergroen); border-style: dotted; border-color: \(p.donkergroen); }
      .blokken { display: flex; flex-direction: column; gap: 1.8mm; min-height: 0; }
      .blok ul { list-style: none; margin: 0; padding: 0; }
      .blok li { margin: 0 0 .4mm; padding-left: 2.2mm; text-indent: -2.2mm; overflow-wrap: anywhere; }
      .blok li::before { content: "▸ "; color: \(p.grijs); }
      .blok li.meer::before, .blok li.leeg::before { content: ""; }
      .meer { color: \(p.grijs); font-style: italic; }
      .voet { margin: auto 0 0; padding-top: 1.5mm; border-top: .25mm solid \(p.lijn); display: flex;
        justify-content: space-between; gap: 2mm; font-size: 6.3pt; color: \(p.grijs); }
      .voet span { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }

      /* The back: questions, then lines to write on. */
      .kaart-achterkant h2 { font-size: 10.5pt; margin-top: 2mm; }
      .band-vragen { background: \(p.wit); color: \(p.tekst); border: .35mm solid \(p.tekst); }
      .vragen { list-style: none; margin: 1mm 0 0; padding: 0; display: flex; flex-direction: column; gap: 1.6mm; }
      .vraag { padding: .3mm 0 .3mm 2.2mm; border-left: 1.1mm solid \(p.hemelblauw); }
      .vraag.ernst-fout { border-left: 1.6mm solid \(p.rood); }
      .vraag.ernst-waarschuwing { border-left: 1.1mm dashed \(p.donkergeel); }
      .vraag.ernst-info { border-left: .8mm dotted \(p.hemelblauw); }
      .vraag p { margin: 0; }
      .vraag-kop { font-size: 6.3pt; font-weight: 700; letter-spacing: .04em; color: \(p.grijs); }
      .vraag-kop .code { color: \(p.tekst); }
      .vraag-tekst { font-size: 9pt; font-weight: 600; line-height: 1.22; overflow-wrap: anywhere; }
      .richting { font-size: 7pt; color: \(p.grijs); overflow-wrap: anywhere; }
      .geen-vragen { margin: 1mm 0 0; font-size: 8.6pt; font-weight: 600; }
      .aantekeningen { flex: 1 1 auto; min-height: 20mm; margin-top: 2.5mm; display: flex; flex-direction: column; }
      .regels { flex: 1 1 auto; min-height: 0; overflow: hidden; }
      .regel { height: 6.5mm; border-bottom: .25mm solid \(p.grijs); }

      /* The cover. */
      .kaart-omslag .band { background: \(p.lintblauw); color: \(p.wit); }
      .kaart-omslag h1 { font-size: 15pt; color: \(p.lintblauw); }
      .beschrijving { margin: 0 0 2mm; font-size: 7.8pt; color: \(p.grijs); overflow-wrap: anywhere; }
      .gegevens { margin: 0 0 1.5mm; }
      .gegevens dt { font-size: 6.5pt; letter-spacing: .07em; text-transform: uppercase; color: \(p.grijs); font-weight: 700; margin-top: 1.6mm; }
      .gegevens dd { margin: 0; overflow-wrap: anywhere; }
      .stappen { margin: 1mm 0 2mm; padding-left: 4mm; }
      .stappen li { margin-bottom: 1mm; }
      .legenda { list-style: none; margin: 0; padding: 0; }
      .legenda li { margin-bottom: 1.3mm; }
      .legenda .rol { display: inline-block; margin-right: 1.2mm; }
      .legenda .vraag { font-size: 8pt; }
      .lijst { list-style: none; margin: 0; padding: 0; }

      @media screen {
        body { background: #E6E6E6; }
        .vel { margin: 8mm auto; box-shadow: 0 1mm 4mm rgba(0, 0, 0, .25); }
        .vel + .vel { margin-top: 0; }
        .achterkanten { outline: .5mm dashed \(p.lijn); }
      }
      @media print {
        .uitleg { display: none; }
      }
      """
  }
}
