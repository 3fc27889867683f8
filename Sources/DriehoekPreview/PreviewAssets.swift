/// The page's script and style sheet, served as `/bekijk.js` and `/bekijk.css`: no resource
/// from outside, nothing inline.
enum PreviewAssets {
  /// The script: listens to the server's events, swaps the parts of the page, keeps zoom and
  /// pan per view, highlights the parties of a clicked finding, and stamps when a new picture
  /// was painted (`window.bekijk.geschilderd`, for the latency test).
  static let script = #"""
    "use strict";
    (function () {
      const body = document.body;
      const state = {
        view: body.dataset.view,
        generatie: Number(body.dataset.generatie),
        viewBoxes: {},
        gekozen: null,
        bron: null,
        geschilderd: [],
      };
      window.bekijk = state;

      function svg() { return document.querySelector("#tekening svg"); }

      function eigenViewBox(element) {
        const box = element.viewBox && element.viewBox.baseVal;
        if (box && box.width > 0 && box.height > 0) return [box.x, box.y, box.width, box.height];
        return null;
      }

      function prepare() {
        const element = svg();
        if (!element) return;
        if (!element.dataset.origineel) {
          const own = eigenViewBox(element);
          if (own) element.dataset.origineel = own.join(" ");
        }
        element.removeAttribute("width");
        element.removeAttribute("height");
        element.setAttribute("preserveAspectRatio", "xMidYMid meet");
        const kept = state.viewBoxes[state.view];
        if (kept) element.setAttribute("viewBox", kept.join(" "));
      }

      function setViewBox(box) {
        const element = svg();
        if (!element) return;
        state.viewBoxes[state.view] = box;
        element.setAttribute("viewBox", box.join(" "));
      }

      function currentBox() {
        const element = svg();
        return element ? eigenViewBox(element) : null;
      }

      function zoom(factor, clientX, clientY) {
        const element = svg();
        const box = currentBox();
        if (!element || !box) return;
        const rect = element.getBoundingClientRect();
        const scale = Math.min(rect.width / box[2], rect.height / box[3]);
        const offsetX = (rect.width - box[2] * scale) / 2;
        const offsetY = (rect.height - box[3] * scale) / 2;
        const px = clientX === undefined ? rect.width / 2 : clientX - rect.left;
        const py = clientY === undefined ? rect.height / 2 : clientY - rect.top;
        const ux = box[0] + (px - offsetX) / scale;
        const uy = box[1] + (py - offsetY) / scale;
        const width = box[2] / factor;
        const height = box[3] / factor;
        setViewBox([ux - (ux - box[0]) / factor, uy - (uy - box[1]) / factor, width, height]);
      }

      function fit() {
        const element = svg();
        if (!element || !element.dataset.origineel) return;
        delete state.viewBoxes[state.view];
        element.setAttribute("viewBox", element.dataset.origineel);
      }

      const tekening = document.getElementById("tekening");
      tekening.addEventListener("wheel", function (event) {
        if (!svg()) return;
        event.preventDefault();
        zoom(event.deltaY < 0 ? 1.15 : 1 / 1.15, event.clientX, event.clientY);
      }, { passive: false });

      let drag = null;
      tekening.addEventListener("pointerdown", function (event) {
        const box = currentBox();
        if (!box || event.button !== 0) return;
        drag = { x: event.clientX, y: event.clientY, box: box, moved: false };
        tekening.setPointerCapture(event.pointerId);
      });
      tekening.addEventListener("pointermove", function (event) {
        if (!drag) return;
        const element = svg();
        if (!element) return;
        const rect = element.getBoundingClientRect();
        const scale = Math.min(rect.width / drag.box[2], rect.height / drag.box[3]);
        const dx = (event.clientX - drag.x) / scale;
        const dy = (event.clientY - drag.y) / scale;
        if (Math.abs(dx) + Math.abs(dy) > 0) drag.moved = true;
        setViewBox([drag.box[0] - dx, drag.box[1] - dy, drag.box[2], drag.box[3]]);
      });
      tekening.addEventListener("pointerup", function () { drag = null; });
      tekening.addEventListener("pointercancel", function () { drag = null; });

      document.getElementById("zoom").addEventListener("click", function (event) {
        const button = event.target.closest("button[data-zoom]");
        if (!button) return;
        if (button.dataset.zoom === "in") zoom(1.25);
        else if (button.dataset.zoom === "uit") zoom(1 / 1.25);
        else fit();
      });

      function idPattern(id) {
        const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        return new RegExp("^(kaart|organisatie|keten|matrix|afspraak)-" + escaped + "(-[0-9]+)?$");
      }

      function highlight() {
        for (const old of document.querySelectorAll(".gemarkeerd")) {
          old.classList.remove("gemarkeerd");
        }
        for (const button of document.querySelectorAll("#bevindingenlijst button")) {
          button.setAttribute("aria-pressed", String(button.dataset.betreft === state.gekozen));
        }
        const element = svg();
        if (!element || !state.gekozen) return 0;
        const patterns = state.gekozen.split(" ").filter(Boolean).map(idPattern);
        let count = 0;
        for (const node of element.querySelectorAll("[id]")) {
          if (patterns.some(function (pattern) { return pattern.test(node.id); })) {
            node.classList.add("gemarkeerd");
            count += 1;
          }
        }
        return count;
      }
      state.highlight = highlight;

      document.getElementById("bevindingenlijst").addEventListener("click", function (event) {
        const button = event.target.closest("button[data-betreft]");
        if (!button) return;
        state.gekozen = state.gekozen === button.dataset.betreft ? null : button.dataset.betreft;
        highlight();
      });

      function apply(update) {
        if (update.view !== state.view && update.view !== undefined) {
          if (state.viewBoxes[update.view] === undefined) delete state.viewBoxes[update.view];
        }
        state.view = update.view;
        state.generatie = update.generatie;
        body.dataset.view = update.view;
        body.dataset.generatie = String(update.generatie);
        document.title = update.titel;
        document.getElementById("views").innerHTML = update.views;
        document.getElementById("tekening").innerHTML = update.tekening;
        document.getElementById("meldingen").innerHTML = update.meldingen;
        document.getElementById("bevindingenlijst").innerHTML = update.bevindingen;
        document.getElementById("status").textContent = update.status;
        document.getElementById("beeld").classList.toggle("verouderd", update.verouderd);
        prepare();
        highlight();
        const generatie = update.generatie;
        // Two frames: the first callback runs before the new picture is painted, the second
        // after it was.
        requestAnimationFrame(function () {
          requestAnimationFrame(function () {
            const tijd = performance.timeOrigin + performance.now();
            state.geschilderd.push({ generatie: generatie, view: update.view, tijd: tijd });
            if (state.geschilderd.length > 1000) state.geschilderd.shift();
            body.dataset.geschilderd = String(generatie);
          });
        });
      }

      // One WebSocket per page (browsers allow only six event streams per server, and the
      // preview is often open in more tabs than that); it reconnects after a second.
      let retry = null;
      function connect() {
        if (retry) { clearTimeout(retry); retry = null; }
        if (state.bron) { state.bron.onclose = null; state.bron.close(); }
        const verbinding = document.getElementById("verbinding");
        const bron = new WebSocket("ws://" + location.host + "/live?view=" +
          encodeURIComponent(state.view));
        state.bron = bron;
        bron.onmessage = function (event) {
          verbinding.textContent = "live";
          verbinding.className = "live";
          apply(JSON.parse(event.data));
        };
        bron.onclose = function () {
          verbinding.textContent = "geen verbinding met driehoek bekijk; opnieuw proberen…";
          verbinding.className = "weg";
          retry = setTimeout(connect, 1000);
        };
      }

      document.getElementById("views").addEventListener("click", function (event) {
        const link = event.target.closest("a[data-view]");
        if (!link || event.button !== 0 || event.ctrlKey || event.metaKey) return;
        event.preventDefault();
        state.view = link.dataset.view;
        history.replaceState(null, "", link.getAttribute("href"));
        connect();
      });

      prepare();
      connect();
    })();
    """#

  /// The style sheet.
  static let styleSheet = #"""
    * { box-sizing: border-box; }
    html, body { margin: 0; height: 100%; }
    body {
      font-family: "Liberation Sans", Helvetica, Arial, sans-serif; color: #154273;
      display: grid; grid-template-rows: auto auto 1fr; background: #f3f6f9;
    }
    header { display: flex; gap: 1.5rem; align-items: baseline; padding: .4rem 1rem;
      background: #01689b; color: #fff; }
    header h1 { font-size: 1.1rem; margin: 0; }
    header p { margin: 0; font-size: .85rem; }
    #verbinding.weg { color: #ffd9a0; font-weight: bold; }
    nav#views { display: flex; flex-wrap: wrap; gap: .25rem; padding: .4rem 1rem;
      background: #fff; border-bottom: 1px solid #cad6e0; }
    nav#views a { padding: .15rem .5rem; border-radius: .25rem; color: #01689b;
      text-decoration: none; font-size: .85rem; border: 1px solid #cad6e0; }
    nav#views a[aria-current="page"] { background: #01689b; color: #fff; }
    main { display: grid; grid-template-columns: 1fr 24rem; min-height: 0; }
    #beeld { position: relative; min-height: 0; overflow: hidden; background: #fff; }
    #tekening { position: absolute; inset: 0; cursor: grab; touch-action: none; }
    #tekening svg { width: 100%; height: 100%; display: block; }
    #tekening p.leeg { margin: 3rem; font-size: 1.1rem; color: #535353; }
    #beeld.verouderd #tekening { filter: grayscale(1); opacity: .35; }
    #meldingen:empty { display: none; }
    #meldingen { position: absolute; left: 1rem; right: 1rem; top: 1rem; max-height: 70%;
      overflow: auto; background: #fff; border: 2px solid #d52b1e; border-radius: .3rem;
      padding: .5rem 1rem; box-shadow: 0 .3rem 1rem rgba(0, 0, 0, .2); color: #000; }
    #meldingen h2 { font-size: 1rem; margin: .3rem 0; color: #d52b1e; }
    #meldingen pre { white-space: pre-wrap; font-size: .85rem; margin: 0 0 .5rem; }
    #zoom { position: absolute; right: 1rem; bottom: 1rem; display: flex; gap: .25rem; }
    #zoom button { min-width: 2.2rem; padding: .3rem .5rem; border: 1px solid #01689b;
      background: #fff; color: #01689b; border-radius: .25rem; cursor: pointer; }
    aside#bevindingen { overflow: auto; padding: .5rem 1rem; border-left: 1px solid #cad6e0;
      background: #fff; }
    aside h2 { font-size: 1rem; margin: .3rem 0 .5rem; }
    aside ol { list-style: none; padding: 0; margin: 0; }
    aside li { margin: 0 0 .4rem; }
    aside li button { width: 100%; text-align: left; font: inherit; font-size: .85rem;
      padding: .35rem .5rem; border: 1px solid #cad6e0; border-left: 4px solid #535353;
      background: #fff; color: #000; cursor: pointer; border-radius: .2rem; }
    aside li.fout button { border-left-color: #d52b1e; }
    aside li.waarschuwing button { border-left-color: #e17000; }
    aside li.geaccepteerd button { color: #535353; }
    aside li button[aria-pressed="true"] { background: #fff4e5; outline: 2px solid #e17000; }
    aside .code { font-weight: bold; }
    aside .ernst, aside .plek { color: #535353; }
    aside p.oud { color: #d52b1e; font-size: .85rem; }
    .gemarkeerd { filter: drop-shadow(0 0 3px #e17000) drop-shadow(0 0 6px #e17000); }
    .gemarkeerd > polygon, .gemarkeerd > path, .gemarkeerd > a > polygon:first-of-type {
      stroke: #e17000 !important; stroke-width: 4px !important; }
    @media (max-width: 60rem) { main { grid-template-columns: 1fr; grid-template-rows: 60vh auto; } }
    """#
}
