"""`python -m dashboard bench --browser`: what a person waits for, page by page, in a real browser.

The query benchmark (bench/run.py) times what the pages ask DuckDB. A visitor waits longer:
Streamlit runs the page script, builds the figures, sends them over the websocket, and the
browser draws them. This drives Chromium (Playwright) the way a camat uses the dashboard:

1. starts the dashboard on the store in a fresh process (nothing cached, no re-warming from
   remembered questions) and times the first page load: opening the store;
2. signs in as the camat and opens every page of the menu by clicking it (first visit, its
   queries not yet cached), then every page again (repeat visit);
3. on each page changes one filter (the sidebar semester, else the sidebar unit, else the
   first choice in the page); where a page has tabs, opens another tab (a section not yet drawn);
   and, where a page has one, one choice inside a section.

Per step it reports the time from the click until the page stops changing (no element added,
removed or changed for QUIET_MS, the script finished and nothing left stale) and the bytes
the server sent over the websocket. The whole run is repeated in fresh server processes and
the medians reported; the peak memory is the server process's high-water mark (VmHWM).
"""

from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from dashboard import ROOT
from dashboard.core import i18n

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
QUIET_MS = 600  # the page counts as settled when nothing changed for this long
TIMEOUT_MS = 120_000
SIGN_IN = ("camat", "camat-demo-2026")  # the demo store's camat account (README)

#: A tab to open on a page with lazy tabs (only the open tab runs): its label's text key.
TABS = {"kecepatan-layanan": "speed.trend_title"}
#: A choice inside one section of a page (re-drawn alone when the section is a fragment): its label's text key.
SECTION_CHOICES = {"kecepatan-layanan": "speed.trend_service"}

# Installed before the app loads: remembers when the document last changed.
_OBSERVER_JS = """
window.__lastChange = performance.now();
new MutationObserver(() => { window.__lastChange = performance.now(); })
  .observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
"""

_SETTLED_JS = """
({quietMs, since}) => {
  const app = document.querySelector('[data-testid="stApp"]');
  const idle = !!app
    && app.getAttribute('data-test-connection-state') === 'CONNECTED'
    && ['notRunning', 'compilationError'].includes(app.getAttribute('data-test-script-state'))
    && !document.querySelector('[data-testid="stAppSkeleton"]')
    && !document.querySelector('[data-testid="stStatusWidgetRunningIcon"]')
    && !document.querySelector('[data-stale="true"]');
  const now = performance.now();
  return idle && window.__lastChange > since && now - window.__lastChange >= quietMs;
}
"""


def t(key: str) -> str:
    """The Indonesian text the browser sees (the camat's session starts in Bahasa Indonesia)."""
    return i18n.t(key, lang="id")


def _free_port(preferred: int) -> int:
    for port in range(preferred, preferred + 10):
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) != 0:
                return port
    raise RuntimeError(f"no free port from {preferred}")


def server_command(port: int) -> list[str]:
    """`streamlit run dashboard/app.py`, headless on 127.0.0.1:``port``: one definition for the benchmark and
    the browser tests (tests/browser/conftest.py)."""
    return [
        sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard" / "app.py"),
        "--server.headless=true", "--server.address=127.0.0.1", f"--server.port={port}",
        "--browser.gatherUsageStats=false", "--server.fileWatcherType=none",
    ]  # fmt: skip


def start_server(store: Path, port: int) -> subprocess.Popen:
    """The dashboard on ``store`` in a fresh process; returns once it answers its health check."""
    # a benchmark store is a demo store, which the dashboard serves only in demo mode
    env = {**os.environ, "KINERJA_DB": str(store), "KINERJA_REWARM": "0", "KINERJA_DEMO": "1", "KINERJA_SCHEDULER": "0"}
    server = subprocess.Popen(
        server_command(port), cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2).read() == b"ok":
                return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise RuntimeError("the dashboard did not start")


def peak_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


class Timer:
    """Times one step in the browser: from the action until the page stops changing."""

    def __init__(self, page) -> None:
        self.page = page
        self.received = 0
        page.on("websocket", lambda ws: ws.on("framereceived", self._count))

    def _count(self, payload) -> None:
        self.received += len(payload)

    def step(self, action) -> tuple[float, int]:
        """(seconds until settled, bytes the server sent) for ``action()``."""
        since = self.page.evaluate("performance.now()")
        before = self.received
        action()
        self.page.wait_for_function(
            _SETTLED_JS, arg={"quietMs": QUIET_MS, "since": since}, timeout=TIMEOUT_MS, polling=50
        )
        last = self.page.evaluate("window.__lastChange")
        return (last - since) / 1000, self.received - before

    def step_across_reload(self, action) -> tuple[float, int]:
        """As ``step``, for an action after which the page loads itself anew (signing in: the page
        reloads once to receive its session cookie), where the new document's clock starts again:
        timed by the wall clock until the new document has settled, the quiet time not counted."""
        started = time.monotonic()
        before = self.received
        action()
        self.page.wait_for_function(_SETTLED_JS, arg={"quietMs": QUIET_MS, "since": 0}, timeout=TIMEOUT_MS, polling=50)
        return time.monotonic() - started - QUIET_MS / 1000, self.received - before


def _open_choice(page, scope: str, label: str, last: bool = False):
    from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

    """Open the selectbox ``label`` in ``scope``; the option to pick (the first other than the current one,
    or the last), or None."""
    box = page.locator(f'{scope} [data-testid="stSelectbox"]', has_text=label)
    if not box.count():
        return None
    combobox = box.first.get_by_role("combobox")
    current = combobox.input_value()
    options = page.locator('[role="option"]')
    for attempt in range(4):  # a rerun that lands between focus and key press drops the key: try again
        combobox.focus()
        page.keyboard.press("ArrowDown")
        try:
            options.first.wait_for(timeout=5_000)
            break
        except PlaywrightTimeoutError:
            if attempt == 3:
                return None
    texts = [text.strip() for text in options.all_inner_texts()]
    others = [i for i, text in enumerate(texts) if text != current]
    if not others:
        page.keyboard.press("Escape")
        return None
    return options.nth(others[-1] if last else others[0])


def _filter_option(page):
    """The first filter the page has: the sidebar semester, else the sidebar unit, else one in the page."""
    for scope, label in (
        ('[data-testid="stSidebar"]', t("app.semester")),
        ('[data-testid="stSidebar"]', t("app.unit")),
    ):
        option = _open_choice(page, scope, label, last=label == t("app.unit"))  # the first unit has no services
        if option is not None:
            return label, option
    box = page.locator('[data-testid="stMain"] [data-testid="stSelectbox"]')
    if box.count():
        label = box.first.locator("label").inner_text().strip()
        option = _open_choice(page, '[data-testid="stMain"]', label)
        if option is not None:
            return label, option
    return None, None


def one_run(store: Path, port: int) -> dict:
    """One fresh server, one browser session: {"open": s, "pages": {title: {step: (s, bytes)}}, "peak_mb": MB}."""
    from playwright.sync_api import sync_playwright

    server = start_server(store, port)
    result: dict = {"pages": {}}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            context = browser.new_context(viewport={"width": 1440, "height": 900}, locale="id-ID")
            context.add_init_script(_OBSERVER_JS)
            page = context.new_page()
            timer = Timer(page)
            result["open"] = timer.step(lambda: page.goto(f"http://127.0.0.1:{port}/"))
            nav = '[data-testid="stSidebarNav"] a'
            timer.step(page.locator(nav, has_text=t("auth.sign_in")).first.click)
            page.get_by_label(t("auth.username")).fill(SIGN_IN[0])
            page.get_by_label(t("auth.password")).fill(SIGN_IN[1])

            def sign_in() -> None:  # checking the password leaves the page unchanged for a while: wait for its end
                page.get_by_role("button", name=t("auth.submit")).click()
                page.locator('[data-testid="stSidebar"]', has_text=t("auth.sign_out")).wait_for(timeout=TIMEOUT_MS)

            result["home"] = timer.step_across_reload(sign_in)
            links = page.locator(nav)
            # the menu's pages in menu order: URL path (the home page's link is the bare address) and title
            menu = []
            for i in range(links.count()):
                path = links.nth(i).get_attribute("href").split("//")[-1].partition("/")[2].strip("/")
                title = links.nth(i).inner_text().split("\n")[-1].strip()  # the text also holds the icon's name
                if title != t("auth.sign_in"):
                    menu.append((i, path or "ringkasan-kinerja", title))
            result["titles"] = {path: title for _, path, title in menu}
            for visit in ("first", "repeat"):
                for i, path, _ in menu:
                    result["pages"].setdefault(path, {})[visit] = timer.step(links.nth(i).click)
            for i, path, _ in menu:
                timer.step(links.nth(i).click)
                if path in TABS:
                    tab = page.get_by_role("tab", name=t(TABS[path]))
                    result["pages"][path]["tab"] = (*timer.step(tab.click), t(TABS[path]))
                section = t(SECTION_CHOICES[path]) if path in SECTION_CHOICES else None
                option = _open_choice(page, '[data-testid="stMain"]', section) if section else None
                if option is not None:
                    result["pages"][path]["section"] = (*timer.step(option.click), section)
                label, option = _filter_option(page)
                if option is not None:
                    result["pages"][path]["filter"] = (*timer.step(option.click), label)
            browser.close()
        result["peak_mb"] = peak_mb(server.pid)
        result["load"] = os.getloadavg()[0]  # the machine is shared: say how busy it was
    finally:
        server.terminate()
        server.wait(30)
    return result


def _n(x: float, decimals: int = 0) -> str:
    from dashboard.core import fmt

    return fmt.number(x, decimals, "id")


def report(runs: list[dict], logs: int) -> str:
    """The medians of the runs as a Markdown table (seconds until settled; kB sent)."""
    from bench.run import machine

    def med(values: list) -> str:
        return _n(statistics.median(values), 2) if values else "–"

    def kb(values: list) -> str:
        return _n(statistics.median(values) / 1024) if values else "–"

    load = ", ".join(_n(r["load"], 1) for r in runs)
    lines = [
        f"Benchmark peramban: {_n(logs)} log layanan, {len(runs)} ulangan (median). Mesin: {machine()}; "
        f"beban rata-rata 1 menit di akhir tiap putaran: {load}",
        "",
        f"Membuka basis data (muat halaman pertama pada proses baru): {med([r['open'][0] for r in runs])} s; "
        f"masuk sebagai camat sampai beranda selesai: {med([r['home'][0] for r in runs])} s, "
        f"{kb([r['home'][1] for r in runs])} kB",
        "",
        "| halaman | kunjungan pertama (s) | kB | kunjungan ulang (s) | kB | ganti filter | (s) | kB "
        "| buka tab lain (s) | kB | pilihan dalam bagian (s) | kB |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for path, title in runs[0]["titles"].items():
        steps = [r["pages"].get(path, {}) for r in runs]

        def col(step: str, index: int, steps=steps) -> list:
            return [s[step][index] for s in steps if step in s]

        label = next((s["filter"][2] for s in steps if "filter" in s), "–")
        lines.append(
            f"| {title} | {med(col('first', 0))} | {kb(col('first', 1))} | {med(col('repeat', 0))} "
            f"| {kb(col('repeat', 1))} | {label} | {med(col('filter', 0))} | {kb(col('filter', 1))} "
            f"| {med(col('tab', 0))} | {kb(col('tab', 1))} | {med(col('section', 0))} | {kb(col('section', 1))} |"
        )
    lines.append(f"\nMemori puncak proses dasbor: {_n(max(r['peak_mb'] for r in runs))} MB")
    return "\n".join(lines)


def run(store: Path, logs: int, repeat: int, port: int, markdown: Path | None) -> int:
    runs = []
    for i in range(repeat):
        print(f"Peramban: putaran {i + 1} dari {repeat} ...", file=sys.stderr)
        runs.append(one_run(store, _free_port(port)))
    text = report(runs, logs)
    print(text)
    if markdown:
        markdown.write_text(text + "\n", encoding="utf-8")
    return 0
