/// The style sheet of the HTML document, for screen and for print (A4).
///
/// Its colours come from ``DocumentPalette``; it holds no text from the model.
enum DocumentStyleSheet {
  static var css: String {
    let p = DocumentPalette.self
    return """
      :root { color-scheme: light; }
      * { box-sizing: border-box; }
      html { font-size: 16px; }
      body { margin: 0; background: \(p.wit); color: \(p.tekst);
        font-family: "RO Sans", "Segoe UI", Calibri, "Helvetica Neue", Arial, "Liberation Sans", sans-serif;
        line-height: 1.5; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      .pagina { max-width: 62rem; margin: 0 auto; padding: 0 2rem 3rem; }
      a { color: \(p.donkerblauw); text-decoration-thickness: 1px; text-underline-offset: 2px; }
      a:hover { color: \(p.lintblauw); }
      a:focus-visible { outline: 3px solid \(p.hemelblauw); outline-offset: 2px; }
      .naar-inhoud { position: absolute; left: -999px; top: 0; background: \(p.wit); padding: .5rem 1rem; }
      .naar-inhoud:focus { left: 1rem; }
      h1, h2, h3 { color: \(p.lintblauw); line-height: 1.2; }
      h2 { font-size: 1.6rem; margin: 2.75rem 0 1rem; padding-bottom: .35rem; border-bottom: 2px solid \(p.lintblauw); }
      h3 { font-size: 1.15rem; margin: 1.75rem 0 .6rem; }
      p { margin: 0 0 .75rem; }
      .klein { font-size: .875rem; color: \(p.grijs); }

      /* Cover */
      .omslag { padding: 0 0 2rem; margin-bottom: 1rem; }
      .lint { display: flex; flex-direction: column; align-items: center; margin: 0 auto 2rem; width: max-content; }
      .lint-band { width: 3.25rem; height: 5.75rem; background: \(p.lintblauw); display: flex;
        align-items: flex-end; justify-content: center; padding-bottom: .7rem; }
      .lint-band svg { width: 1.9rem; height: 1.7rem; }
      .lint-woord { margin-top: .45rem; font-size: .95rem; color: \(p.tekst); letter-spacing: .01em; }
      .lint-woord strong { font-weight: 700; }
      .omslag-band { background: \(p.lintblauw); color: \(p.wit); padding: 2rem 2.25rem 1.75rem; }
      .omslag-band .soort { text-transform: uppercase; letter-spacing: .08em; font-size: .8rem;
        font-weight: 700; margin: 0 0 .6rem; }
      .omslag-band h1 { color: \(p.wit); font-size: 2.3rem; margin: 0 0 .75rem; }
      .omslag-band .beschrijving { margin: 0; max-width: 46rem; }
      .meta { display: flex; flex-wrap: wrap; gap: .5rem 2.5rem; margin: 1.25rem 0 0; }
      .meta div { min-width: 10rem; }
      .meta dt { font-size: .8rem; text-transform: uppercase; letter-spacing: .06em; font-weight: 700; }
      .meta dd { margin: 0; font-size: 1.05rem; }
      .kerncijfers { list-style: none; display: grid; grid-template-columns: repeat(auto-fit, minmax(7.5rem, 1fr));
        gap: .75rem; padding: 0; margin: 1.25rem 0 0; }
      .kerncijfers li { border: 1px solid \(p.lijn); border-top: 5px solid \(p.lintblauw); padding: .65rem .8rem; }
      .kerncijfers .getal { display: block; font-size: 1.9rem; font-weight: 700; color: \(p.lintblauw); line-height: 1.1; }
      .kerncijfers .wat { display: block; font-size: .85rem; color: \(p.grijs); }
      .kerncijfers li.fout { border-top-color: \(p.rood); }
      .kerncijfers li.waarschuwing { border-top-color: \(p.donkergeel); }
      .kerncijfers li.info { border-top-color: \(p.hemelblauw); }
      .inhoud ol { padding-left: 1.25rem; columns: 2; column-gap: 2.5rem; }
      .inhoud li { break-inside: avoid; }

      /* Tables */
      table { width: 100%; border-collapse: collapse; margin: .5rem 0 1.25rem; font-size: .9rem; }
      caption { text-align: left; font-weight: 700; color: \(p.lintblauw); padding: 0 0 .35rem; }
      th, td { text-align: left; vertical-align: top; padding: .45rem .6rem; border-bottom: 1px solid \(p.lijn); }
      thead th { background: \(p.lichtblauw); color: \(p.lintblauw); font-weight: 700; border-bottom: 2px solid \(p.lintblauw); }
      tbody tr:nth-child(even) { background: \(p.lichtgrijs); }
      tbody th { font-weight: 600; }
      td.getal, th.getal { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      tr.rij-fout > :first-child { border-left: 6px solid \(p.rood); }
      tr.rij-waarschuwing > :first-child { border-left: 6px solid \(p.donkergeel); }
      tr.rij-info > :first-child { border-left: 6px solid \(p.hemelblauw); }
      tr.rij-geen > :first-child { border-left: 6px solid \(p.donkergroen); }
      tr.niet-actief { color: \(p.grijs); }
      tr.verlopen, tbody tr.verlopen:nth-child(even) { background: \(p.lichtrood); }
      tr.verlopen > :first-child { border-left: 6px solid \(p.rood); }
      .status-verlopen { color: \(p.donkerrood); font-weight: 700; }
      .meter { display: block; height: .4rem; background: \(p.lijn); margin-top: .25rem; min-width: 5rem; }
      .meter span { display: block; height: 100%; background: \(p.lintblauw); max-width: 100%; }
      .meter.over span { background: \(p.rood); }

      /* Severity labels */
      .ernst { display: inline-block; padding: .05rem .45rem; border-radius: 2px; font-size: .78rem;
        font-weight: 700; letter-spacing: .02em; white-space: nowrap; margin: 0 .25rem .2rem 0; }
      .ernst-fout { background: \(p.rood); color: \(p.wit); }
      .ernst-waarschuwing { background: \(p.donkergeel); color: \(p.tekst); }
      .ernst-info { background: \(p.hemelblauw); color: \(p.wit); }
      .ernst-geen { background: \(p.donkergroen); color: \(p.wit); }

      /* Executor sections */
      .uitvoerder { margin-top: 3rem; }
      .uitvoerder > h2 { margin-top: .2rem; }
      .kicker { text-transform: uppercase; letter-spacing: .08em; font-size: .78rem; font-weight: 700;
        color: \(p.grijs); margin: 0; }
      .driehoek-rollen { display: grid; grid-template-columns: repeat(3, 1fr); gap: .75rem; margin: 0 0 1rem; }
      .driehoek-rollen div { border: 1px solid \(p.lijn); border-top: 4px solid \(p.hemelblauw); padding: .55rem .75rem; }
      .driehoek-rollen dt { font-size: .78rem; text-transform: uppercase; letter-spacing: .06em; font-weight: 700; color: \(p.grijs); }
      .driehoek-rollen dd { margin: .15rem 0 0; }
      .driehoek-rollen .ontbreekt { color: \(p.donkerrood); font-weight: 700; }
      figure.diagram { margin: .75rem 0 1.25rem; border: 1px solid \(p.lijn); padding: .75rem; break-inside: avoid; }
      figure.diagram svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
      figure.diagram figcaption { font-size: .85rem; color: \(p.grijs); margin-top: .5rem; }
      .bevindingen { list-style: none; padding: 0; margin: 0 0 1rem; }
      .bevinding { border: 1px solid \(p.lijn); border-left: 6px solid \(p.hemelblauw); padding: .7rem 1rem .4rem;
        margin: 0 0 .75rem; break-inside: avoid; }
      .bevinding.ernst-rand-fout { border-left-color: \(p.rood); }
      .bevinding.ernst-rand-waarschuwing { border-left-color: \(p.donkergeel); }
      .bevinding.geaccepteerd { border-left-style: dashed; border-left-color: \(p.grijs); }
      .bevinding .kop { margin: 0 0 .35rem; }
      .bevinding .code { font-weight: 700; color: \(p.lintblauw); }
      .bevinding .slug { color: \(p.grijs); font-size: .85rem; }
      .bevinding .melding { font-weight: 600; }
      .bevinding dl { display: grid; grid-template-columns: 7.5rem 1fr; gap: .2rem .75rem; margin: .4rem 0 .5rem; font-size: .92rem; }
      .bevinding dt { font-weight: 700; color: \(p.lintblauw); }
      .bevinding dd { margin: 0; }
      .geen-bevindingen { border-left: 6px solid \(p.donkergroen); padding: .5rem 1rem; background: \(p.lichtgrijs); }
      .bevinding .vindplaats { font-size: .78rem; color: \(p.grijs); margin: -.2rem 0 .35rem; }
      .bevinding .vindplaats code { font-size: inherit; }
      .zie-boven { display: none; }
      .alleen-druk, .regel-legenda, .legenda-verwijzing { display: none; }
      #partijen .rol, #partijen .zie { display: block; }
      .leeg-onderdeel { margin: 1rem 0; }
      .colofon { border-top: 1px solid \(p.lijn); margin-top: 3rem; padding-top: 1rem; }

      @media screen and (max-width: 40rem) {
        .pagina { padding: 0 1rem 2rem; }
        .driehoek-rollen { grid-template-columns: 1fr; }
        .bevinding dl { grid-template-columns: 1fr; }
        .inhoud ol { columns: 2; column-gap: 8mm; font-size: 9pt; line-height: 1.35; margin: .25rem 0 0; }
        table { display: block; overflow-x: auto; }
      }
      @media screen and (min-width: 68rem) {
        figure.diagram.breed { width: min(calc(100vw - 4rem), 96rem); position: relative; left: 50%;
          transform: translateX(-50%); }
      }

      @page { size: A4; margin: 14mm 12mm 15mm;
        @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; color: \(p.grijs);
          font-family: "RO Sans", "Segoe UI", Calibri, Arial, "Liberation Sans", sans-serif; } }
      @page liggend { size: A4 landscape; margin: 10mm 12mm 12mm; }
      @media print {
        html { font-size: 10pt; }
        body { line-height: 1.35; }
        .pagina { max-width: none; padding: 0; }
        .naar-inhoud { display: none; }
        .omslag { padding-top: 8mm; }
        .inhoud { break-after: page; }
        .omslag-band { padding: 14mm 12mm 12mm; }
        .inhoud ol { columns: 2; column-gap: 8mm; font-size: 9pt; line-height: 1.35; margin: .25rem 0 0; }
        .kerncijfers { grid-template-columns: repeat(6, 1fr); gap: .5rem; }
        .kerncijfers:has(li:nth-child(7)) { grid-template-columns: repeat(7, 1fr); }
        h2, h3, .kicker { break-after: avoid; }
        tr, .bevinding, figure.diagram, .driehoek-rollen { break-inside: avoid; }
        .uitvoerder, .hoofdstuk, .uitvoerder + .vervolg { break-before: page; margin-top: 0; }
        .liggend, figure.breed { page: liggend; }
        figure.breed { margin: 0; }
        figure.breed svg { max-height: 168mm; }
        figure.diagram { border: none; padding: 0; }
        figure.diagram svg { max-height: 150mm; width: auto; max-width: 100%; }
        .liggend figure.diagram svg { max-height: 150mm; }
        /* Compact print: an executor on about two pages (docs/reports.md, "Print"). */
        .uitvoerder figure.diagram:not(.breed):not(.gemeten) svg { max-height: 135mm; }
        figure.tijdlijn:not(.gemeten) svg { max-height: 75mm; }
        /* A triangle or timeline printed at the width PrintFit chose: legible text, page-sized. */
        figure.diagram.gemeten { margin: .2rem 0 .5rem; }
        figure.diagram.gemeten svg { width: var(--druk-breedte); max-width: 100%; height: auto;
          max-height: none; }
        .uitvoerder-kop figure.diagram figcaption, figure.tijdlijn figcaption { display: none; }
        .uitvoerder-kop h2 { margin-bottom: .3rem; }
        /* Not nowrap: a row wider than the page makes Chromium shrink every page to fit it. */
        /* More specific than `.uitvoerder table` below, which would otherwise win. */
        .uitvoerder table.opdrachten { font-size: 7pt; }
        table.opdrachten caption, table.afspraken caption { display: none; }
        table.opdrachten td, table.opdrachten th { padding: .05rem .2rem; line-height: 1.15; }
        table.opdrachten td.kort { white-space: nowrap; }
        /* Findings of an executor in two columns, heading and message on one run (docs/reports.md). */
        .uitvoerder ol.bevindingen { columns: 2; column-gap: 4mm; }
        .uitvoerder .bevinding .kop, .uitvoerder .bevinding .melding { display: inline; }
        .uitvoerder .bevinding .melding::before { content: " · "; }
        .uitvoerder .bevinding .vindplaats { margin-top: .1rem; }
        /* The timeline's heading: its SVG prints its own title ("Tijdlijn …"). */
        .uitvoerder h3:has(+ figure.tijdlijn) { display: none; }
        .bevinding .melding { font-size: 9pt; margin-bottom: .3rem; }
        .bevinding .kop { margin-bottom: .15rem; }
        .tijdlijn-tabel, .alleen-scherm { display: none; }
        table { font-size: 8.5pt; margin: .25rem 0 .75rem; }
        th, td { padding: .2rem .4rem; }
        td { line-height: 1.3; }
        .uitvoerder table { font-size: 8pt; }
        td.periode, td.opdrachtgever { white-space: nowrap; }
        h2 { margin: 0 0 .6rem; }
        h3 { margin: 1rem 0 .35rem; }
        .driehoek-rollen { margin-bottom: .6rem; }
        .driehoek-rollen { grid-template-columns: 1fr 2.4fr 1fr; gap: .5rem; font-size: 9pt; }
        .driehoek-rollen div { padding: .3rem .5rem; }
        .driehoek-rollen div:nth-child(2) dd { columns: 2; column-gap: 1rem; }
        .bevinding { padding: .4rem .7rem .1rem; margin-bottom: .45rem; }
        .bevinding dl { grid-template-columns: 6rem 1fr; gap: .05rem .6rem; margin: .2rem 0 .3rem; font-size: 9pt; }
        .uitvoerder .bevinding dl { grid-template-columns: 4.2rem 1fr; font-size: 8.5pt; }
        .bevinding .vindplaats { font-size: 7.5pt; margin: 0 0 .25rem; }
        .bevinding.herhaald .uitleg { display: none; }
        .bevinding.herhaald .zie-boven { display: block; font-size: 9pt; color: \(p.grijs); margin: 0 0 .25rem; }
        #partijen table { font-size: 7.5pt; display: block; columns: 3; column-gap: 5mm; }
        #partijen thead { display: none; }
        #partijen tbody, #partijen tr, #partijen th, #partijen td { display: block; }
        #partijen tr { break-inside: avoid; border-bottom: 1px solid \(p.lijn); padding: .15rem 0; }
        #partijen tbody tr:nth-child(even) { background: none; }
        #partijen th, #partijen td { padding: 0 .2rem; border: none; }
        #partijen .rol { display: inline; }
        #partijen .rol + .rol::before { content: "; "; }
        #partijen .zie { display: inline; }
        #partijen .zie::before { content: " · "; }
        #partijen th, #partijen td.organisatie { display: inline; }
        #partijen td.organisatie::before { content: "· "; }
        #partijen td.geen { display: none; }
        figure.diagram figcaption { font-size: 8pt; margin-top: .25rem; }
        /* Findings grouped by rule (docs/reports.md, "Print"): why and fix once, then the cases. */
        ol.alleen-druk, figure.alleen-druk { display: block; }
        .bevinding.groep { break-inside: auto; }
        .bevinding.groep > .kop, .bevinding.groep > dl { break-after: avoid; break-inside: avoid; }
        .bevinding.groep .aantal { color: \(p.grijs); font-weight: 400; }
        ol.gevallen { list-style: none; padding: 0; margin: .1rem 0 .25rem; font-size: 7.5pt; line-height: 1.2; }
        ol.gevallen li { break-inside: avoid; border-top: 1px solid \(p.lijn); padding: .12rem 0; }
        .uitvoerder .bevinding ol.gevallen .melding, ol.gevallen .melding { display: inline; font-size: inherit;
          font-weight: 600; margin: 0; }
        .uitvoerder .bevinding ol.gevallen .melding::before { content: none; }
        ol.gevallen .label { color: \(p.lintblauw); font-weight: 700; }
        ol.gevallen .vindplaats { font-size: 7pt; margin: 0; }
        /* Cases that share their message: the message once, with gaps (CaseTemplate). */
        .bevinding.groep > .patroon { font-size: 7.5pt; line-height: 1.2; font-weight: 600; margin: 0 0 .1rem;
          break-after: avoid; break-inside: avoid; }
        .bevinding.groep > .patroon .code { font-size: inherit; }
        .bevinding.groep > .vindplaats { font-size: 7pt; margin: 0 0 .1rem; break-after: avoid; }
        /* A card's details in an executor's section run on after their label. */
        .uitvoerder .bevinding dl { display: block; }
        .uitvoerder .bevinding dt { display: inline; }
        .uitvoerder .bevinding dt::after { content: ": "; }
        .uitvoerder .bevinding dd { display: inline; }
        .uitvoerder .bevinding dd::after { content: ""; display: block; }
        .uitvoerder .bevinding.lang { break-inside: auto; }
        .uitvoerder .bevinding.lang dl { font-size: 7.5pt; line-height: 1.2; }
        .uitvoerder .bevinding.lang > .kop, .uitvoerder .bevinding.lang > .melding { break-after: avoid; }
        /* An opdracht on one line: cost / budget side by side, "not running" after the name. */
        table.opdrachten td br, table.opdrachten th br { display: none; }
        table.opdrachten .budget::before { content: " / "; }
        table.opdrachten th .klein::before { content: " · "; }
        table.opdrachten th .klein { font-size: inherit; font-weight: 400; }
        table.opdrachten span.alleen-druk { display: inline; }
        /* Tighter spacing in an executor's section. */
        .uitvoerder h3 { margin: .4rem 0 .2rem; }
        .uitvoerder .bevinding { padding: .3rem .6rem .05rem; margin-bottom: .3rem; }
        .uitvoerder .bevinding .melding { margin-bottom: .15rem; }
        .uitvoerder table { margin: .15rem 0 .4rem; }
        .uitvoerder ol.bevindingen { margin-bottom: .3rem; }
        .uitvoerder .leeg-onderdeel { margin: .4rem 0; }
        /* Round 9: tighter still, so that a long portrait part keeps its timeline on its page. */
        .uitvoerder h3 { margin: .3rem 0 .1rem; }
        .uitvoerder .driehoek-rollen { margin-bottom: .3rem; line-height: 1.25; }
        .uitvoerder .driehoek-rollen div { padding: .2rem .45rem; }
        .uitvoerder .legenda-verwijzing { margin: 0 0 .1rem; }
        .uitvoerder table { margin: .1rem 0 .25rem; }
        .uitvoerder { line-height: 1.25; }
        .uitvoerder h3:has(+ .legenda-verwijzing) { display: inline; }
        .uitvoerder h3 + .legenda-verwijzing { display: inline; margin: 0 0 0 .6rem; }
        .uitvoerder table.opdrachten td, .uitvoerder table.opdrachten th { padding: .02rem .2rem;
          line-height: 1.1; }
        .uitvoerder .bevinding { padding: .25rem .5rem 0; margin-bottom: .2rem; }
        .uitvoerder .driehoek-rollen dd { margin-top: 0; }
        .uitvoerder ol.bevindingen { margin: 0 0 .15rem; }
        .uitvoerder ol.gevallen li { padding: .08rem 0; }
        .uitvoerder h3 { font-size: 1.05rem; }
        .uitvoerder td, .uitvoerder th { line-height: 1.2; }
        .uitvoerder table.afspraken td, .uitvoerder table.afspraken th { padding: .1rem .4rem; }
        .uitvoerder figure.diagram.gemeten.tijdlijn { margin: 0; }
        .uitvoerder table.opdrachten { margin-bottom: .15rem; }
        /* Round 10: the opdrachten table is the printed timeline's key (a swatch before each
           name), the chapters after the executors follow on the last executor's page, and a
           party's roles run on after its name, a repeated verb said once, without the links
           its roles repeat. */
        #partijen table { font-size: 7pt; line-height: 1.2; }
        .colofon { margin-top: 1rem; padding-top: .4rem; }
        #partijen tr { padding: .05rem 0; }
        #partijen td:last-child { display: inline; }
        #partijen td:last-child::before { content: " — "; }
        #partijen .rol + .rol.zelfde::before { content: ", "; }
        #partijen .rol.zelfde .werkwoord, #partijen .verwijzing { display: none; }
        table.opdrachten .staal svg { display: inline-block; vertical-align: -.05rem; margin-right: .25rem; }
        .uitvoerder + .hoofdstuk, .uitvoerder + .vervolg { break-before: auto; margin-top: 1rem;
          padding-top: .5rem; border-top: 2px solid \(p.donkerblauw); }
        /* Round 11: a finding about one opdracht prints in that opdracht's row (code by severity,
           line:column) with one key line per rule under the table (OpdrachtFindings). */
        div.alleen-druk { display: block; }
        table.opdrachten .rij-bevindingen.na::before { content: " · "; }
        table.opdrachten .rij-bevinding .code { font-weight: 700; padding: 0 .1rem; border-radius: 2px; }
        table.opdrachten .rij-bevinding .vindplaats { color: \(p.grijs); }
        .tabel-bevindingen { font-size: 7pt; line-height: 1.2; margin: 0 0 .25rem; }
        .tabel-bevindingen p { margin: 0 0 .05rem; }
        .tabel-bevindingen .ernst { font-size: inherit; padding: 0 .3rem; margin: 0 .15rem 0 0; }
        .tabel-bevindingen .code { font-weight: 700; }
        .tabel-bevindingen .slug, .tabel-bevindingen .aantal { color: \(p.grijs); }
        /* Round 11: the chapters after the executors in a smaller hand (headings 13 pt, their
           introductions 8 pt, the parties at line height 1.15), so that the parties start on
           the last executor's page. */
        #overige-bevindingen > h2, #risicos > h2, #partijen > h2 { font-size: 13pt;
          margin: 0 0 .3rem; padding-bottom: .2rem; }
        #overige-bevindingen > p, #risicos > p, #partijen > p { font-size: 8pt;
          line-height: 1.25; margin: 0 0 .3rem; }
        .vervolg { margin-top: .6rem; }
        #partijen table { line-height: 1.15; margin-top: .1rem; }
        #partijen tr { padding: 0; }
        .colofon { margin-top: .5rem; padding-top: .3rem; font-size: 7.5pt; }
        /* Why and fix once per rule, in the overview's table of rules (docs/reports.md, "Print"). */
        .regel-legenda { display: block; columns: 2; column-gap: 5mm; font-size: 7.5pt; line-height: 1.25;
          margin: -.4rem 0 .5rem; }
        .regel-legenda p { margin: 0 0 .2rem; }
        .regel-legenda .code, .regel-legenda .label { font-weight: 700; }
        .bevinding.in-legenda .uitleg, .bevinding.in-legenda .zie-boven { display: none; }
        .legenda-verwijzing { display: block; font-size: 8pt; color: \(p.grijs); margin: 0 0 .2rem; }
        a { color: inherit; text-decoration: none; }
        .bevinding a, td a, .inhoud a { color: \(p.donkerblauw); }
      }
      """
  }
}
