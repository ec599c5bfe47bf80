"""Real-browser harness: one Streamlit server and one Chromium per test session.

Everything under tests/browser/ is marked `browser` (select with `-m browser`, skip with
`-m "not browser"`). The browser is Debian's Chromium in its headless build,
/usr/bin/chromium-headless-shell (`./dev setup` installs it; Playwright cannot download its own
browsers here). It is the same Blink and V8 as /usr/bin/chromium without the windowed browser's
compositor and GPU process, the build Playwright itself uses for headless runs, and it spends about a
fifth less of the machine per page. The benchmark (bench/browser.py) times the full /usr/bin/chromium,
the browser a person uses.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Error as PlaywrightError

from bench import browser as bench_browser
from tests.browser import helpers
from tests.browser.helpers import ARTIFACTS_DIR, SCREENSHOTS_DIR
from tests.ports import free_port

REPO_ROOT = Path(__file__).resolve().parents[2]
BROWSER_DIR = Path(__file__).resolve().parent
CHROMIUM = Path("/usr/bin/chromium-headless-shell")
CHROMIUM_ARGS = bench_browser.CHROMIUM_ARGS  # the benchmark's launch flags
SERVER_START_TIMEOUT = 60.0


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # This hook sees every collected item of the session, not only this folder's.
    for item in items:
        if BROWSER_DIR in Path(item.path).resolve().parents:
            item.add_marker(pytest.mark.browser)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):
    # Keep each phase's report on the item, so the `page` fixture can tell that a test failed.
    report = yield
    setattr(item, f"_report_{report.when}", report)
    return report


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    # Name every screenshot in the output (before pytest's closing "N passed" line).
    if helpers.TAKEN:
        terminalreporter.section("screenshots")
        for path in helpers.TAKEN:
            try:
                shown = path.relative_to(REPO_ROOT)
            except ValueError:
                shown = path
            terminalreporter.write_line(str(shown))


def _tail(path: Path, lines: int = 60) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError as exc:
        return f"(no log: {exc})"


def _health(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=2) as resp:
            return resp.read().decode(errors="replace").strip()
    except (urllib.error.URLError, OSError):
        return None


@contextlib.contextmanager
def serve(store: Path) -> Iterator[str]:
    """Run `streamlit run dashboard/app.py` on ``store`` on a free loopback port; yields its base URL.

    The server log goes to test-artifacts/app-server-<port>.log.
    """
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    ARTIFACTS_DIR.mkdir(parents=True, exist_ok=True)
    log_path = ARTIFACTS_DIR / f"app-server-{port}.log"
    env = {**os.environ, "KINERJA_DB": str(store), "PYTHONUNBUFFERED": "1", "KINERJA_REWARM": "1", "KINERJA_DEMO": "1"}
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            bench_browser.server_command(port),
            cwd=REPO_ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + SERVER_START_TIMEOUT
        while True:
            if proc.poll() is not None:
                pytest.fail(
                    f"streamlit exited with code {proc.returncode} before answering /_stcore/health; "
                    f"log {log_path}:\n{_tail(log_path)}",
                    pytrace=False,
                )
            if _health(f"{base_url}/_stcore/health") == "ok":
                break
            if time.monotonic() > deadline:
                pytest.fail(
                    f"streamlit did not answer /_stcore/health within {SERVER_START_TIMEOUT:.0f} s; "
                    f"log {log_path}:\n{_tail(log_path)}",
                    pytrace=False,
                )
            time.sleep(0.2)  # polling a process from outside the browser: no page to wait on
        print(f"app server: {base_url} (log {log_path})")
        yield base_url
    finally:
        stop(proc)


def stop(proc: subprocess.Popen) -> None:
    """Stop a server process: politely, then for good after 10 s."""
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=10)


def private_copy(demo_store_path: Path, folder: Path) -> Path:
    """A copy of the session's demo store that one server may hold (DuckDB locks are per process)."""
    store = folder / demo_store_path.name
    shutil.copy2(demo_store_path, store)
    wal = demo_store_path.with_name(demo_store_path.name + ".wal")
    if wal.exists():
        shutil.copy2(wal, store.with_name(store.name + ".wal"))
    return store


@pytest.fixture(scope="session")
def app_server(demo_store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The dashboard served on a private copy of the session's demo store; yields its base URL."""
    with serve(private_copy(demo_store_path, tmp_path_factory.mktemp("app-store"))) as base_url:
        yield base_url


@pytest.fixture(scope="session")
def browser():
    """Playwright's Chromium driver on Debian's /usr/bin/chromium-headless-shell.

    Skips when that binary is missing on a developer machine; fails under CI=true, where
    `./dev setup` must have installed it.
    """
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is missing: run ./dev setup (installs Debian's chromium-headless-shell)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)

    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


class Browsers:
    """New browsers for the tests, all in one Chromium. ``open()`` gives a page whose browser context has no
    cookies and nothing stored for any site, as a browser that never saw the app; ``close(page)`` ends it.

    An ended context is cleared (its other tabs closed; cookies, and local and session storage of every site
    its tabs showed, deleted) and kept with its tab for the next ``open()``. A new context starts a renderer process that compiles the app's scripts again (about
    3 s of the machine on a 2-core machine); a kept tab keeps its process and what it compiled for each
    server it showed: the next browser costs about 2 s less on the same server, 0,6 s less on another. What
    a kept tab still has: its history (going back past a test's first page leads to about:blank and earlier
    tests' pages). A page given an init script or an event listener by a test is not kept: close it with
    ``keep=False``. At most KEEP are kept (each holds a renderer process's memory).
    """

    KEEP = 6

    def __init__(self, browser) -> None:
        self._browser = browser
        self._kept: list = []
        self._sites: dict = {}  # context -> the origins its tabs showed since it was last cleared

    def open(self, width: int = 1440, height: int = 900, timeout: float = 30_000):
        page = self._kept.pop() if self._kept else self._new_page()
        page.set_viewport_size({"width": width, "height": height})
        page.context.set_default_timeout(timeout)
        return page

    def _new_page(self):
        context = self._browser.new_context(locale="id-ID")
        sites = self._sites[context] = set()

        context.on("page", lambda page: page.on("framenavigated", lambda frame: sites.add(_origin(frame.url))))
        return context.new_page()

    def close(self, page, keep: bool = True) -> None:
        context = page.context
        if keep and not page.is_closed():
            try:
                for other in context.pages:
                    if other is not page:
                        other.close()
                page.goto("about:blank")
                cdp = context.new_cdp_session(page)
                try:
                    for site in self._sites[context] - {None}:  # None: a page that was no site (about:blank)
                        cdp.send("Storage.clearDataForOrigin", {"origin": site, "storageTypes": "all"})
                finally:
                    cdp.detach()
                self._sites[context].clear()
                context.clear_cookies()
            except PlaywrightError:  # the page was gone or stuck: end the context
                keep = False
            if keep and len(self._kept) < self.KEEP:
                self._kept.append(page)
                return
        self._sites.pop(context, None)
        context.close()

    def close_all(self) -> None:
        for page in self._kept:
            page.context.close()
        self._kept.clear()


def _origin(url: str) -> str | None:
    """scheme://host:port of an http(s) URL, else None."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme in ("http", "https") else None


@pytest.fixture(scope="session")
def browsers(browser) -> Iterator[Browsers]:
    """This worker's new browsers (``Browsers``): ``browsers.open()``, ``browsers.close(page)``."""
    pool = Browsers(browser)
    yield pool
    pool.close_all()


@pytest.fixture
def page(browsers, request: pytest.FixtureRequest):
    """A new browser's page (1440x900, id-ID); on a failed test, a screenshot is saved first. A test that gives
    its page an init script or an event listener takes one from ``browsers.open()`` and closes it with
    ``keep=False`` instead."""
    pg = browsers.open()
    failed = False
    try:
        yield pg
    finally:
        report = getattr(request.node, "_report_call", None)
        if report is not None and report.failed:
            failed = True
            SCREENSHOTS_DIR.mkdir(parents=True, exist_ok=True)
            safe_name = re.sub(r"[^\w.-]+", "_", request.node.name)
            path = SCREENSHOTS_DIR / f"FAILED-{safe_name}.png"
            try:
                pg.screenshot(path=str(path), full_page=True)
                helpers.TAKEN.append(path)
                print(f"failure screenshot: {path}")
            except Exception as exc:  # the page may be gone; the test's own error matters more
                print(f"failure screenshot not taken: {exc}")
        browsers.close(pg, keep=not failed)
