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
   and, where a page has one, one choice inside a section;
4. against the usual Streamlit-dashboard way (bench/pandas_page.py: the whole log loaded into pandas with
   st.cache_data, groupby/quantile on every run): that page's first visit on a fresh process, a reload and
   the unit filter, beside Kecepatan Layanan with its monthly trend tab open on a fresh dashboard process
   (first visit and reload; the unit filter is step 3's), and a check that the pandas page draws the
   monthly medians of the dashboard's query (queries/speed_monthly_by_service.sql).

Per step it reports the time from the click until the page stops changing (no element added,
removed or changed for QUIET_MS, the script finished and nothing left stale) and the bytes
the server sent over the websocket. The whole run is repeated in fresh server processes and
the medians reported; the peak memory is each server process's high-water mark (VmHWM).
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
from urllib.parse import parse_qs

from dashboard import ROOT
from dashboard.access.sessions import GRANT_PATH
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
TABS = {"kecepatan-layanan": "speed.trend_title", "ringkasan-kinerja": "camat.kurva"}
#: A choice inside one section of a page (re-drawn alone when the section is a fragment): its label's text key.
SECTION_CHOICES = {"kecepatan-layanan": "speed.trend_service"}

APP = ROOT / "dashboard" / "app.py"
#: The pandas baseline as a page (the usual Streamlit way), and the page and tab of ours showing the same figure:
#: the monthly median working time per service (Kecepatan Layanan's monthly trend, opened by its address).
PANDAS_PAGE = ROOT / "bench" / "pandas_page.py"
COMPARED = ("kecepatan-layanan", "sp_tab=trend")
PANDAS_TIMEOUT_MS = 900_000  # the pandas page loads the whole log on its first visit: minutes at 10M logs

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


def server_command(port: int, script: Path = APP) -> list[str]:
    """`streamlit run dashboard/app.py` (or another ``script``), headless on 127.0.0.1:``port``: one definition
    for the benchmark and the browser tests (tests/browser/conftest.py)."""
    return [
        sys.executable, "-m", "streamlit", "run", str(script),
        "--server.headless=true", "--server.address=127.0.0.1", f"--server.port={port}",
        "--browser.gatherUsageStats=false", "--server.fileWatcherType=none",
    ]  # fmt: skip


def start_server(store: Path, port: int, script: Path = APP) -> subprocess.Popen:
    """The dashboard (or another ``script``) on ``store`` in a fresh process; returns once it answers its
    health check."""
    # a benchmark store is a demo store, which the dashboard serves only in demo mode
    env = {**os.environ, "KINERJA_DB": str(store), "KINERJA_REWARM": "0", "KINERJA_DEMO": "1", "KINERJA_SCHEDULER": "0"}
    server = subprocess.Popen(
        server_command(port, script), cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2).read() == b"ok":
                return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise RuntimeError(f"{script.name} did not start")


def peak_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


class Timer:
    """Times one step in the browser: from the action until the page stops changing."""

    def __init__(self, page, timeout_ms: int = TIMEOUT_MS) -> None:
        self.page = page
        self.timeout_ms = timeout_ms
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
            _SETTLED_JS, arg={"quietMs": QUIET_MS, "since": since}, timeout=self.timeout_ms, polling=50
        )
        last = self.page.evaluate("window.__lastChange")
        return (last - since) / 1000, self.received - before

    def step_across_reload(self, action) -> tuple[float, int]:
        """As ``step``, for an action that loads a new document (an address opened, a reload), where the new
        document's clock starts again: timed by the wall clock until the new document has settled, the quiet
        time not counted."""
        started = time.monotonic()
        before = self.received
        action()
        self.page.wait_for_function(
            _SETTLED_JS, arg={"quietMs": QUIET_MS, "since": 0}, timeout=self.timeout_ms, polling=50
        )
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


NAV = '[data-testid="stSidebarNav"] a'


def _new_page(browser, timeout_ms: int = TIMEOUT_MS):
    """A page in a new browser context, with the change observer installed, and its Timer."""
    context = browser.new_context(viewport={"width": 1440, "height": 900}, locale="id-ID")
    context.add_init_script(_OBSERVER_JS)
    page = context.new_page()
    return page, Timer(page, timeout_ms)


def _open_and_sign_in(page, timer: Timer, port: int) -> tuple[tuple[float, int], tuple[float, int]]:
    """The first page load on the server (opening the store), then signing in as the camat until the home page
    has settled: the two steps timed."""
    opened = timer.step(lambda: page.goto(f"http://127.0.0.1:{port}/"))
    timer.step(page.locator(NAV, has_text=t("auth.sign_in")).first.click)
    page.get_by_label(t("auth.username")).fill(SIGN_IN[0])
    page.get_by_label(t("auth.password")).fill(SIGN_IN[1])

    def sign_in() -> None:  # checking the password leaves the page unchanged for a while: wait for its end
        # the home page opens in the same document and hands the session cookie over (later loads need it)
        with page.expect_response(lambda response: response.url.endswith(GRANT_PATH), timeout=TIMEOUT_MS) as grant:
            page.get_by_role("button", name=t("auth.submit")).click()
        if grant.value.status != 204:
            raise RuntimeError(f"the session cookie was not handed over ({grant.value.status})")
        page.locator('[data-testid="stSidebar"]', has_text=t("auth.sign_out")).wait_for(timeout=TIMEOUT_MS)

    return opened, timer.step(sign_in)


def one_run(store: Path, port: int) -> dict:
    """One fresh server, one browser session: {"open": s, "pages": {title: {step: (s, bytes)}}, "peak_mb": MB,
    "unit": the unit the filter step chose on the compared page}."""
    from playwright.sync_api import sync_playwright

    server = start_server(store, port)
    result: dict = {"pages": {}}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page, timer = _new_page(browser)
            result["open"], result["home"] = _open_and_sign_in(page, timer, port)
            links = page.locator(NAV)
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
                    if path == COMPARED[0]:  # the pandas page is filtered on the same unit
                        result["unit"] = _url_param(page, "unit")
            browser.close()
        result["peak_mb"] = peak_mb(server.pid)
        result["load"] = os.getloadavg()[0]  # the machine is shared: say how busy it was
    finally:
        server.terminate()
        server.wait(30)
    return result


def _url_param(page, name: str) -> str | None:
    """A parameter of the page's current address (the dashboard mirrors its filters there)."""
    return parse_qs(page.evaluate("location.search").lstrip("?")).get(name, [None])[0]


def _chart_ready(page) -> None:
    """Waits until the page shows a chart: a new document may still be starting its session."""
    page.locator('[data-testid="stMain"] [data-testid="stPlotlyChart"]').first.wait_for(timeout=PANDAS_TIMEOUT_MS)


def _load_until_chart(page, timer: Timer, load) -> tuple[float, int]:
    """``load()`` (a new document: an address opened, a reload) timed until the page, showing its chart, has
    settled."""

    def loaded() -> None:
        load()
        _chart_ready(page)

    return timer.step_across_reload(loaded)


def trend_run(store: Path, port: int) -> dict:
    """Our side of the pandas comparison, in a fresh dashboard process: after signing in, Kecepatan Layanan opened
    by its address on the monthly trend tab (first visit: its queries not yet cached), then the same address
    reloaded (repeat visit). {"first"|"repeat": (s, bytes), "peak_mb": MB}. The unit filter on that tab is a step
    of one_run already ("filter" of the compared page)."""
    from playwright.sync_api import sync_playwright

    server = start_server(store, port)
    result: dict = {}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page, timer = _new_page(browser, PANDAS_TIMEOUT_MS)
            _open_and_sign_in(page, timer, port)
            path, query = COMPARED
            result["first"] = _load_until_chart(
                page, timer, lambda: page.goto(f"http://127.0.0.1:{port}/{path}?{query}")
            )
            result["repeat"] = _load_until_chart(page, timer, page.reload)
            browser.close()
        result["peak_mb"] = peak_mb(server.pid)
    finally:
        server.terminate()
        server.wait(30)
    return result


_DRAWN_JS = """
() => {
  const chart = document.querySelector('[data-testid="stMain"] .js-plotly-plot');
  return chart ? chart._fullData.map(t => ({name: t.name, x: Array.from(t.x, String), y: Array.from(t.y)})) : [];
}
"""


def _drawn_medians(page) -> dict[tuple[str, str], float]:
    """{(month 'YYYY-MM-DD', service): median} as the pandas page's chart holds them in the browser."""
    return {
        (month[:10], trace["name"]): round(value, 6)
        for trace in page.evaluate(_DRAWN_JS)
        for month, value in zip(trace["x"], trace["y"], strict=True)
    }


def pandas_run(store: Path, port: int, unit: str | None) -> dict:
    """The pandas page (bench/pandas_page.py) in a fresh process: first visit (the log not yet loaded), a reload
    (repeat visit: the log from st.cache_data) and the sidebar unit set to ``unit``. {"first"|"repeat"|"filter":
    (s, bytes), "peak_mb": MB, "drawn": {unit or None: the medians the chart drew}}."""
    from playwright.sync_api import sync_playwright

    server = start_server(store, port, PANDAS_PAGE)
    result: dict = {"drawn": {}}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page, timer = _new_page(browser, PANDAS_TIMEOUT_MS)
            url = f"http://127.0.0.1:{port}/"
            result["first"] = _load_until_chart(page, timer, lambda: page.goto(url, timeout=PANDAS_TIMEOUT_MS))
            result["drawn"][None] = _drawn_medians(page)
            result["repeat"] = _load_until_chart(page, timer, lambda: page.reload(timeout=PANDAS_TIMEOUT_MS))
            if unit is not None:
                combobox = page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]').first
                combobox = combobox.get_by_role("combobox")
                combobox.click()
                combobox.fill(unit)  # the list is long: type to find the unit
                option = page.locator('[role="option"]', has_text=unit).first
                result["filter"] = timer.step(option.click)
                result["drawn"][unit] = _drawn_medians(page)
            browser.close()
        result["peak_mb"] = peak_mb(server.pid)
    finally:
        server.terminate()
        server.wait(30)
    return result


def query_medians(store: Path, unit_id: str | None, months: int = 12) -> dict[tuple[str, str], float]:
    """{(month 'YYYY-MM-DD', service): median working minutes} from queries/speed_monthly_by_service.sql over the
    last ``months`` months with requests (the trend tab's default window), of one unit or of all (None)."""
    import pandas as pd

    from bench.run import MONTHLY_PARAMS
    from dashboard.core import periods, queries
    from dashboard.core.store import open_reader, reader_cursor

    con = open_reader(store)
    try:
        cursor = reader_cursor(con)
        window = [pd.Timestamp(m).date() for m in queries.run(cursor, "speed_months")["month"].tail(months)]
        frame = queries.run(
            cursor,
            "speed_monthly_by_service",
            date_from=window[0],
            date_to=periods.add_months(window[-1], 1),
            measure="working",
            **{**MONTHLY_PARAMS, "unit_id": unit_id},
        )
    finally:
        con.close()
    rows = frame[frame["service_id"].notna()]
    return {
        (pd.Timestamp(month).strftime("%Y-%m-%d"), service): round(float(median), 6)
        for month, service, median in zip(rows["month"], rows["service_id"], rows["median_minutes"], strict=True)
    }


def _n(x: float, decimals: int = 0) -> str:
    from dashboard.core import fmt

    return fmt.number(x, decimals, "id")


def _med(values: list) -> str:
    """The median in seconds, two decimals; a dash without values."""
    return _n(statistics.median(values), 2) if values else "–"


def _kb(values: list) -> str:
    """The median of byte counts in kB; a dash without values."""
    return _n(statistics.median(values) / 1024) if values else "–"


def compare_report(runs: list[dict], compared: list[dict], unit: str | None, same: bool) -> str:
    """The page-level comparison with the pandas page as a Markdown table (medians of the runs)."""
    ours = [c["ours"] for c in compared]
    pandas = [c["pandas"] for c in compared]
    path = COMPARED[0]
    filtered = [r["pages"][path]["filter"] for r in runs if r.get("unit") == unit and "filter" in r["pages"][path]]

    def row(label: str, our: list, their: list) -> str:
        return (
            f"| {label} | {_med([s[0] for s in our])} | {_kb([s[1] for s in our])} "
            f"| {_med([s[0] for s in their])} | {_kb([s[1] for s in their])} |"
        )

    lines = [
        f"Pembanding pandas ({len(compared)} ulangan, median): {runs[0]['titles'].get(path, path)} dengan tab "
        f"{t(TABS[path])} terbuka, lawan bench/pandas_page.py (seluruh log ke DataFrame dengan st.cache_data, "
        "groupby/quantile pada tiap run, grafik garis median bulanan per layanan, 12 bulan terakhir)",
        "",
        "| langkah | dasbor (s) | kB | halaman pandas (s) | kB |",
        "|---|---|---|---|---|",
        row("kunjungan pertama", [o["first"] for o in ours], [p["first"] for p in pandas]),
        row("kunjungan ulang (muat ulang halaman)", [o["repeat"] for o in ours], [p["repeat"] for p in pandas]),
        row(f"ganti unit kerja ({unit or '–'})", filtered, [p["filter"] for p in pandas if "filter" in p]),
        "",
        "Dasbor: kunjungan pertama dan ulang pada proses baru tersendiri, sesudah masuk sebagai camat (membuka basis "
        "data dan masuk tidak dihitung, lihat di atas), lewat alamat halaman dengan tab itu; ganti unit kerja dari "
        "tabel di atas. Halaman pandas: kunjungan pertama pada proses baru, termasuk memuat seluruh log.",
        f"Memori puncak proses server: dasbor (hanya halaman ini) {_n(max(o['peak_mb'] for o in ours))} MB, "
        f"dasbor (seluruh menu, di atas) {_n(max(r['peak_mb'] for r in runs))} MB, "
        f"halaman pandas {_n(max(p['peak_mb'] for p in pandas))} MB",
        "Median bulanan halaman pandas sama dengan queries/speed_monthly_by_service.sql (semua unit"
        + (f" dan unit {unit}" if unit else "")
        + f"): {'ya' if same else 'TIDAK'}.",
    ]
    return "\n".join(lines)


def report(runs: list[dict], logs: int) -> str:
    """The medians of the runs as a Markdown table (seconds until settled; kB sent)."""
    from bench.run import machine

    load = ", ".join(_n(r["load"], 1) for r in runs)
    lines = [
        f"Benchmark peramban: {_n(logs)} log layanan, {len(runs)} ulangan (median). Mesin: {machine()}; "
        f"beban rata-rata 1 menit di akhir tiap putaran: {load}",
        "",
        f"Membuka basis data (muat halaman pertama pada proses baru): {_med([r['open'][0] for r in runs])} s; "
        f"masuk sebagai camat sampai beranda selesai: {_med([r['home'][0] for r in runs])} s, "
        f"{_kb([r['home'][1] for r in runs])} kB",
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
            f"| {title} | {_med(col('first', 0))} | {_kb(col('first', 1))} | {_med(col('repeat', 0))} "
            f"| {_kb(col('repeat', 1))} | {label} | {_med(col('filter', 0))} | {_kb(col('filter', 1))} "
            f"| {_med(col('tab', 0))} | {_kb(col('tab', 1))} | {_med(col('section', 0))} | {_kb(col('section', 1))} |"
        )
    lines.append(f"\nMemori puncak proses dasbor: {_n(max(r['peak_mb'] for r in runs))} MB")
    return "\n".join(lines)


def run(store: Path, logs: int, repeat: int, port: int, markdown: Path | None, pandas: bool = True) -> int:
    """The menu walk ``repeat`` times, then (``pandas``) the comparison with the pandas page; prints the tables."""
    runs = []
    for i in range(repeat):
        print(f"Peramban: putaran {i + 1} dari {repeat} ...", file=sys.stderr)
        runs.append(one_run(store, _free_port(port)))
    text, same = report(runs, logs), True
    if pandas:  # at 10M the pandas page would hold the whole log twice in memory
        same, comparison = _pandas_comparison(store, runs, repeat, port)
        text += "\n\n" + comparison
    print(text)
    if markdown:
        markdown.write_text(text + "\n", encoding="utf-8")
    return 0 if same else 1


def _pandas_comparison(store: Path, runs: list[dict], repeat: int, port: int) -> tuple[bool, str]:
    """Our trend tab against the pandas page, ``repeat`` times: (the pandas page draws the query's medians, the
    report)."""
    unit = runs[0].get("unit")
    compared = []
    for i in range(repeat):
        print(f"Pembanding pandas: putaran {i + 1} dari {repeat} ...", file=sys.stderr)
        compared.append(
            {"ours": trend_run(store, _free_port(port)), "pandas": pandas_run(store, _free_port(port), unit)}
        )
    # every server has stopped: the store is free to read
    expected = {u: query_medians(store, u) for u in compared[0]["pandas"]["drawn"]}
    same = all(c["pandas"]["drawn"] == expected for c in compared)
    return same, compare_report(runs, compared, unit, same)
