#!/usr/bin/env python3
"""Drives `driehoek bekijk` with headless Chromium, as a user would, and measures it.

1. Copies Models/svb.yaml into a fresh folder, starts `driehoek bekijk COPY --poort 0` and
   reads the address it prints.
2. Opens the page over the DevTools protocol: the first response must already hold the
   picture (an inline <svg>) and the findings; no console error, no exception, no request to
   anything but the server itself (the page's Content-Security-Policy forbids it as well).
   Clicking a finding must mark its parties in the picture.
3. Edits the model on disk (a temporary file renamed over it, as editors save) so that a finding
   goes away (SD11: the capacity of the SVB is raised) and sees the new picture and the new
   findings arrive; then writes it in place (open, truncate, write) and sees that arrive too.
4. Breaks the model (a YAML syntax error) and sees the diagnostic, located as `check` prints it
   (`svb.yaml:LINE:COLUMN: fout: ...`), over the greyed last good picture; then fixes it and
   sees the picture back in colour without the message.
5. Latency: 20 edits of the model; from just before each save to the page's "painted" stamp
   (two requestAnimationFrame callbacks after the DOM update): median <= 250 ms, p95 <= 500 ms.
6. Ten pages open at once (in one browser, so more than the six connections a browser keeps
   per server): every one receives each of three updates.
7. Memory: the server's resident set size before and after 200 more edits must hold steady
   (growth at most 16 MiB, which a leak of a page or an SVG per edit would exceed).
8. Ctrl-C (SIGINT) stops the server with exit status 0, within 5 seconds.

Screenshots of the page (working and broken) go to --out. Lines starting with `bekijk ok ` or
`bekijk FOUT ` tell what held; the exit status is 1 when anything failed.

Usage: bekijk-browser-check.py --driehoek PATH [--out DIR] [--chromium PATH] [--edits N]
       [--memory-edits N]
"""

import argparse
import base64
import importlib.util
import math
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODEL = os.path.join(ROOT, "Models", "svb.yaml")

_spec = importlib.util.spec_from_file_location(
    "report_browser_check", os.path.join(ROOT, "scripts", "report-browser-check.py"))
_module = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_module)
Browser = _module.Browser

failures = []


def check(condition, what, detail=""):
    if condition:
        print(f"bekijk ok {what}")
    else:
        print(f"bekijk FOUT {what}{': ' + detail if detail else ''}")
        failures.append(what)
    return condition


def save(path, text, in_place=False):
    """Writes the model as an editor does: a temporary file renamed over it (or in place)."""
    if in_place:
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        return
    temporary = os.path.join(os.path.dirname(path), f".{os.path.basename(path)}.swp")
    with open(temporary, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.rename(temporary, path)


class Server:
    def __init__(self, driehoek, model):
        self.process = subprocess.Popen(
            [driehoek, "bekijk", model, "--poort", "0"], stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True)
        self.log = []
        line = self.process.stdout.readline()
        match = re.search(r"(http://127\.0\.0\.1:\d+/)", line)
        if not match:
            self.process.kill()
            raise RuntimeError(f"bekijk printed no address: {line!r} {self.process.stderr.read()}")
        self.address = match.group(1)
        threading.Thread(target=lambda: [self.log.append(l) for l in self.process.stderr],
                         daemon=True).start()

    def rss_kib(self):
        with open(f"/proc/{self.process.pid}/status") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return -1

    def interrupt(self):
        self.process.send_signal(signal.SIGINT)
        try:
            return self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return None


class Page:
    """One tab showing the preview."""

    def __init__(self, browser, url, network=False):
        self.browser = browser
        self.target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = browser.send(
            "Target.attachToTarget", {"targetId": self.target, "flatten": True})["sessionId"]
        domains = ("Page", "Runtime", "Log") + (("Network",) if network else ())
        for domain in domains:
            browser.send(f"{domain}.enable", session=self.session)
        browser.send("Emulation.setDeviceMetricsOverride",
                     {"width": 1400, "height": 900, "deviceScaleFactor": 1, "mobile": False},
                     session=self.session)
        browser.send("Page.navigate", {"url": url}, session=self.session)
        browser.wait_for("Page.loadEventFired", self.session)

    def evaluate(self, expression):
        reply = self.browser.send("Runtime.evaluate",
                                  {"expression": expression, "returnByValue": True},
                                  session=self.session)
        if "exceptionDetails" in reply:
            raise RuntimeError(f"{expression}: {reply['exceptionDetails']}")
        return reply["result"].get("value")

    def generation(self):
        return self.evaluate("window.bekijk ? window.bekijk.generatie : -1")

    def painted_after(self, generation, timeout=10):
        """The first paint stamp of a generation above `generation` (ms since the epoch)."""
        deadline = time.time() + timeout
        while time.time() < deadline:
            stamp = self.evaluate(
                f"(window.bekijk.geschilderd.find(p => p.generatie > {generation}) || {{}}).tijd")
            if stamp is not None:
                return stamp
            time.sleep(0.01)
        return None

    def received_after(self, generation, timeout=10):
        """Whether the page shows a generation above `generation` (a page in the background
        gets no animation frames, so it is never "painted"; its DOM is updated all the same)."""
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.evaluate(
                    f"window.bekijk.generatie > {generation} && "
                    "!!document.querySelector('#tekening svg')"):
                return True
            time.sleep(0.02)
        return False

    def screenshot(self, path):
        data = self.browser.send("Page.captureScreenshot", {"format": "png"},
                                 session=self.session)["data"]
        with open(path, "wb") as handle:
            handle.write(base64.b64decode(data))

    def problems(self, address):
        found = []
        for event in self.browser.events:
            if event.get("sessionId") != self.session:
                continue
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                found.append(f"console error: {params.get('args')}")
            elif method == "Runtime.exceptionThrown":
                found.append(f"exception: {params.get('exceptionDetails', {}).get('text')}")
            elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
                found.append(f"log error: {params['entry'].get('text')}")
            elif method == "Network.requestWillBeSent":
                url = params.get("request", {}).get("url", "")
                if not url.startswith(address) and not url.startswith("data:"):
                    found.append(f"request outside the server: {url}")
        return found

    def close(self):
        self.browser.send("Target.closeTarget", {"targetId": self.target})


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--driehoek", required=True)
    parser.add_argument("--out", default=os.path.join(ROOT, ".test-logs", "bekijk"))
    parser.add_argument("--chromium", default=shutil.which("chromium")
                        or shutil.which("chromium-browser") or shutil.which("google-chrome"))
    parser.add_argument("--edits", type=int, default=20)
    parser.add_argument("--memory-edits", type=int, default=200)
    args = parser.parse_args()
    if not args.chromium:
        sys.exit("fout: geen chromium gevonden (apt-get install chromium)")
    os.makedirs(args.out, exist_ok=True)
    folder = tempfile.mkdtemp(prefix="driehoek-bekijk-")
    model = os.path.join(folder, "svb.yaml")
    original = open(MODEL, encoding="utf-8").read()
    assert "capaciteit: 3000" in original, "Models/svb.yaml changed: the test edits its capaciteit"
    save(model, original)
    profile = tempfile.mkdtemp(prefix="driehoek-chromium-")
    server = Server(os.path.abspath(args.driehoek), model)
    browser = Browser(args.chromium, profile)
    try:
        run(args, browser, server, model, original)
    finally:
        browser.close()
        if server.process.poll() is None:
            server.process.kill()
        shutil.rmtree(profile, ignore_errors=True)
        shutil.rmtree(folder, ignore_errors=True)
    print(f"bekijk: {len(failures)} probleem/problemen" if failures else "bekijk: alles in orde")
    return 1 if failures else 0


def findings(page):
    return page.evaluate(
        "[...document.querySelectorAll('#bevindingenlijst li .code')].map(e => e.textContent)")


def run(args, browser, server, model, original):
    address = server.address
    first = Page(browser, address, network=True)
    # The first response already holds the picture and the findings (before any event).
    static = first.evaluate("""({
        svg: !!document.querySelector('#tekening svg'),
        findings: document.querySelectorAll('#bevindingenlijst li').length})""")
    check(static["svg"] and static["findings"] > 0, "de eerste pagina heeft al tekening en bevindingen",
          str(static))
    codes = findings(first)
    check("SD11" in codes, "SD11 (capaciteit) staat bij de bevindingen", str(codes))
    first.screenshot(os.path.join(args.out, "bekijk.png"))

    # Clicking a finding marks its parties in the picture.
    marked = first.evaluate("""(() => {
        const button = [...document.querySelectorAll('#bevindingenlijst button')]
          .find(b => b.querySelector('.code').textContent === 'SD02');
        button.click();
        const card = document.getElementById('kaart-svb');
        return {pressed: button.getAttribute('aria-pressed'),
                glow: card ? getComputedStyle(card).filter : '',
                marked: [...document.querySelectorAll('#tekening .gemarkeerd')].map(e => e.id)};
    })()""")
    check(marked["pressed"] == "true" and "kaart-svb" in marked["marked"]
          and "kaart-szw-sg" in marked["marked"] and "kaart-vws-sg" in marked["marked"]
          and "drop-shadow" in marked["glow"],
          "klikken op SD02 markeert svb, szw-sg en vws-sg in de tekening", str(marked))
    first.screenshot(os.path.join(args.out, "bekijk-gemarkeerd.png"))

    # An edit that removes a finding: saved with a rename, then one written in place.
    generation = first.generation()
    before_svg = first.evaluate("document.querySelector('#tekening svg').outerHTML")
    save(model, original.replace("capaciteit: 3000", "capaciteit: 5000"))
    check(first.painted_after(generation) is not None, "een bewaarde wijziging komt aan")
    codes = findings(first)
    after_svg = first.evaluate("document.querySelector('#tekening svg').outerHTML")
    check("SD11" not in codes and "SD02" in codes, "de nieuwe bevindingen komen aan (SD11 weg)",
          str(codes))
    check(after_svg != before_svg, "de nieuwe tekening komt aan")
    generation = first.generation()
    save(model, original, in_place=True)
    check(first.painted_after(generation) is not None and "SD11" in findings(first),
          "een wijziging die ter plekke geschreven wordt komt ook aan")

    # Broken, then fixed.
    generation = first.generation()
    broken = original.replace("capaciteit: 3000", "capaciteit: [3000")
    line = next(n for n, text in enumerate(broken.splitlines(), 1) if "capaciteit: [3000" in text)
    save(model, broken)
    check(first.painted_after(generation) is not None, "het kapotte model komt aan")
    state = first.evaluate("""({
        stale: document.getElementById('beeld').classList.contains('verouderd'),
        svg: !!document.querySelector('#tekening svg'),
        filter: getComputedStyle(document.getElementById('tekening')).filter,
        message: document.getElementById('meldingen').textContent,
        shown: getComputedStyle(document.getElementById('meldingen')).display})""")
    located = re.search(r"svb\.yaml:(\d+):(\d+): fout: ", state["message"])
    check(state["stale"] and state["svg"] and "grayscale" in state["filter"],
          "bij een fout blijft de laatste goede tekening staan, grijs", str(state))
    check(located is not None and state["shown"] != "none",
          "de melding staat erover, met plaats zoals check die geeft", state["message"][:200])
    if located:
        check(abs(int(located.group(1)) - line) <= 1,
              f"de melding wijst regel {line} aan", located.group(0))
    check_output = subprocess.run([args.driehoek, "check", model], capture_output=True,
                                  text=True).stderr.strip()
    first_line = check_output.splitlines()[0] if check_output else ""
    check(first_line and first_line in state["message"],
          "de melding is die van `driehoek check`", f"{first_line!r}")
    first.screenshot(os.path.join(args.out, "bekijk-fout.png"))
    generation = first.generation()
    save(model, original)
    check(first.painted_after(generation) is not None, "het herstelde model komt aan")
    state = first.evaluate("""({
        stale: document.getElementById('beeld').classList.contains('verouderd'),
        message: document.getElementById('meldingen').textContent})""")
    check(not state["stale"] and state["message"] == "", "na herstel: kleur terug, geen melding",
          str(state))

    # Zoom and pan are kept between updates.
    first.evaluate("document.querySelector('#zoom button[data-zoom=\"in\"]').click()")
    zoomed = first.evaluate("document.querySelector('#tekening svg').getAttribute('viewBox')")
    generation = first.generation()
    save(model, original.replace("capaciteit: 3000", "capaciteit: 3001"))
    first.painted_after(generation)
    kept = first.evaluate("document.querySelector('#tekening svg').getAttribute('viewBox')")
    check(zoomed == kept, "inzoomen blijft staan na een update", f"{zoomed} -> {kept}")
    first.evaluate("document.querySelector('#zoom button[data-zoom=\"passend\"]').click()")

    # Latency over N edits.
    latencies = []
    for index in range(args.edits):
        generation = first.generation()
        text = original.replace("capaciteit: 3000", f"capaciteit: {3000 + index + 10}")
        started = time.time() * 1000
        save(model, text)
        painted = first.painted_after(generation)
        if painted is not None:
            latencies.append(painted - started)
        time.sleep(0.05)
    if check(len(latencies) == args.edits, f"alle {args.edits} wijzigingen geschilderd"):
        ordered = sorted(latencies)
        median = statistics.median(ordered)
        # Nearest rank: the smallest value with at least 95 % of the edits at or below it.
        p95 = ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]
        print(f"bekijk latentie opslaan -> geschilderd over {len(ordered)} bewerkingen van svb.yaml: "
              f"mediaan {median:.0f} ms, p95 {p95:.0f} ms, min {ordered[0]:.0f} ms, "
              f"max {ordered[-1]:.0f} ms")
        check(median <= 250, "mediaan latentie <= 250 ms", f"{median:.0f} ms")
        check(p95 <= 500, "p95 latentie <= 500 ms", f"{p95:.0f} ms")

    # Ten pages at once.
    pages = [first] + [Page(browser, address) for _ in range(9)]
    for round_number in range(3):
        generations = [page.generation() for page in pages]
        save(model, original.replace("capaciteit: 3000", f"capaciteit: {2000 + round_number}"))
        arrived = [page.received_after(g) for page, g in zip(pages, generations)]
        check(all(arrived), f"tien pagina's krijgen update {round_number + 1}",
              f"{arrived.count(True)} van {len(pages)}")
    for page in pages[1:]:
        page.close()
    problems = first.problems(address)
    check(not problems, "geen consolefouten, uitzonderingen of verzoeken buiten de server",
          "; ".join(problems[:5]))

    # Memory over many edits.
    rss_before = server.rss_kib()
    delivered = 0
    for index in range(args.memory_edits):
        generation = first.generation()
        save(model, original.replace("capaciteit: 3000", f"capaciteit: {4000 + index % 7}"))
        if first.painted_after(generation) is not None:
            delivered += 1
        browser.events.clear()
    rss_after = server.rss_kib()
    print(f"bekijk geheugen van de server (RSS): {rss_before} KiB voor, {rss_after} KiB na "
          f"{args.memory_edits} bewerkingen ({rss_after - rss_before:+d} KiB)")
    check(delivered == args.memory_edits, f"alle {args.memory_edits} bewerkingen kwamen aan",
          str(delivered))
    check(rss_after - rss_before <= 16 * 1024, "het geheugen van de server blijft gelijk",
          f"{rss_after - rss_before:+d} KiB")
    first.close()

    status = server.interrupt()
    check(status == 0, "Ctrl-C stopt de server netjes (exit 0)", str(status))


if __name__ == "__main__":
    sys.exit(main())
