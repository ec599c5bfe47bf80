"""Helpers for real-browser tests of the Streamlit app (Playwright sync API).

Never sleep in a test: wait on a condition in the page (`wait_for_app`, Playwright's
`expect(...)`), so the test is as fast as the app and does not flicker.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

REPO_ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS_DIR = Path(os.environ.get("TEST_ARTIFACTS_DIR", REPO_ROOT / "test-artifacts"))
SCREENSHOTS_DIR = ARTIFACTS_DIR / "screenshots"

# Screenshots taken this session, listed at the end of the pytest run (conftest.py).
TAKEN: list[Path] = []
# `pytest --screenshots` (tests/conftest.py): each costs the page a re-layout at full height and back,
# about a second of the machine, so a plain run takes only the screenshots of failed tests.
SAVE_SCREENSHOTS = False

# The page's main area and its sidebar (Streamlit's test ids).
MAIN = '[data-testid="stMain"]'
SIDEBAR = '[data-testid="stSidebar"]'

# Chromium cannot paint a texture much taller than this; longer pages are cut.
MAX_SCREENSHOT_HEIGHT = 16000

# True once the app is connected, has finished a script run, shows no running indicator
# and keeps no stale (pre-rerun) element, and that state has held for a moment, so that a rerun
# triggered just before the call (a click, a page switch) has time to start before we declare
# the app idle: `settleMs` when no run was seen starting since the page's last input (the
# interaction's rerun may still come), AFTER_RUN_MS once one was (it came, and is done).
# The first call in a document installs the watch: a capture listener for input events and an
# observer of the app's script state. An input made before it is not seen, and a run that started
# before it neither, so that call settles for the full `settleMs` unless it sees a run start.
AFTER_RUN_MS = 100
_APP_IDLE_JS = """
({settleMs, afterRunMs}) => {
  if (!window.__stWatch) {
    window.__stWatch = {input: -1, run: -1};
    for (const type of ['pointerdown', 'keydown', 'input', 'change']) {
      window.addEventListener(type, () => { window.__stWatch.input = performance.now(); }, true);
    }
    new MutationObserver((changes) => {
      if (changes.some((c) => !['notRunning', 'compilationError'].includes(c.target.getAttribute(c.attributeName)))) {
        window.__stWatch.run = performance.now();
      }
    }).observe(document.documentElement, {subtree: true, attributeFilter: ['data-test-script-state']});
  }
  const app = document.querySelector('[data-testid="stApp"]');
  const idle = !!app
    && app.getAttribute('data-test-connection-state') === 'CONNECTED'
    && ['notRunning', 'compilationError'].includes(app.getAttribute('data-test-script-state'))
    && !document.querySelector('[data-testid="stAppSkeleton"]')
    && !document.querySelector('[data-testid="stStatusWidgetRunningIcon"]')
    && !Array.from(document.querySelectorAll('[data-testid="stStatusWidget"]'))
         .some((el) => /running/i.test(el.textContent || ''))
    && !document.querySelector('[data-stale="true"]');
  if (!idle) { window.__stIdleSince = null; return false; }
  if (window.__stIdleSince == null) window.__stIdleSince = performance.now();
  const ran = window.__stWatch.run >= 0 && window.__stWatch.run > window.__stWatch.input;
  return performance.now() - window.__stIdleSince >= (ran ? Math.min(afterRunMs, settleMs) : settleMs);
}
"""

# Selectors for marks that Plotly draws only when a trace has data.
_CHART_HAS_DATA_JS = """
(root) => {
  const scope = root || document;
  const drawn = (el) => {
    const d = el.getAttribute('d');
    return d !== null && d !== '' && d !== 'M0,0Z' && !/^M[-\\d.]+,[-\\d.]+Z$/.test(d);
  };
  for (const plot of scope.querySelectorAll('.js-plotly-plot')) {
    const paths = plot.querySelectorAll(
      '.bars path, .scatterlayer path.js-line, .points path, .pielayer .slice path, .boxlayer path'
    );
    if (Array.from(paths).some(drawn)) return true;
    if (plot.querySelector('.hm image, .heatmaplayer image, .contourlayer path')) return true;
  }
  return false;
}
"""


def wait_for_app(page: Page, timeout: float = 30_000, settle_ms: int = 250) -> None:
    """Wait until the Streamlit app has finished its current run and shows no stale element.

    Call it after `page.goto(...)` and after every interaction that reruns the script. An interaction that
    loads a new document (signing out) may replace the page under the wait: it then waits on the new one.
    """
    for attempt in range(3):
        try:
            page.evaluate("window.__stIdleSince = null")
            page.wait_for_function(
                _APP_IDLE_JS, arg={"settleMs": settle_ms, "afterRunMs": AFTER_RUN_MS}, timeout=timeout, polling=50
            )
            return
        except PlaywrightError as error:
            # the interaction loaded a new document (signing out reloads the page): wait on that one instead
            if "Execution context was destroyed" not in str(error) or attempt == 2:
                raise
            page.wait_for_load_state()


def assert_no_error(page: Page, allow: str | None = None) -> None:
    """Fail if the page shows a Streamlit exception box, an error alert, or one of
    Streamlit's own error dialogs (such as "Page not found").

    Every error-kind alert counts, whatever its words: the app's own failure message
    ("Maaf, halaman ini tidak dapat ditampilkan…") names no "Error" or "Traceback". A test
    that expects an error alert (a validation message, say) passes a regex as `allow`;
    alerts matching it are ignored.
    """
    exceptions = page.locator('[data-testid="stException"]')
    if exceptions.count():
        raise AssertionError("Streamlit exception shown in the page:\n" + "\n---\n".join(exceptions.all_inner_texts()))
    errors = [
        text
        for text in page.locator('[data-testid="stAlertContentError"]').all_inner_texts()
        if not (allow and re.search(allow, text))
    ]
    if errors:
        raise AssertionError("Error alert shown in the page:\n" + "\n---\n".join(errors))
    # Streamlit's own modals (e.g. "Page not found" for an unknown URL path, connection
    # errors) share [data-testid="stDialog"] with st.dialog, but hold no app elements.
    dialogs = page.evaluate(
        """() => Array.from(document.querySelectorAll('[role="dialog"]'))
            .filter((el) => !el.querySelector('[data-testid="stElementContainer"]'))
            .map((el) => el.innerText)"""
    )
    modals = [text for text in dialogs if re.search(r"not found|error|exception|traceback", text, re.IGNORECASE)]
    if modals:
        raise AssertionError("Streamlit error dialog shown in the page:\n" + "\n---\n".join(modals))


def screenshot(page: Page, name: str) -> Path | None:
    """With `pytest --screenshots`: a full-page screenshot into test-artifacts/screenshots/<name>.png;
    returns (and prints) its path. Without: nothing (None).

    Streamlit scrolls inside [data-testid="stMain"], so the viewport is first made as tall
    as that element's content; the original viewport is restored afterwards.
    """
    if not SAVE_SCREENSHOTS:
        return None
    SCREENSHOTS_DIR.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS_DIR / f"{name}.png"
    original = page.viewport_size or {"width": 1440, "height": 900}
    main = page.locator(MAIN)
    height = original["height"]
    if main.count():
        height = max(height, int(main.first.evaluate("(el) => el.scrollHeight")))
    height = min(height, MAX_SCREENSHOT_HEIGHT)
    try:
        if height != original["height"]:
            page.set_viewport_size({"width": original["width"], "height": height})
            # A resize can rerender charts; wait for the page to settle again, then paint.
            wait_for_app(page, settle_ms=100)
            page.evaluate("() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))")
        page.screenshot(path=str(path), full_page=True)
    finally:
        if height != original["height"]:
            page.set_viewport_size(original)
    print(f"screenshot: {path}")
    TAKEN.append(path)
    return path


def chart_has_data(page: Page, timeout: float = 10_000, within: str | None = None) -> bool:
    """True if at least one Plotly chart (optionally inside selector `within`) has drawn data marks.

    Waits up to `timeout` ms for Plotly to draw, and returns False if nothing was drawn by then.
    """
    root = page.locator(within).first.element_handle() if within else None
    try:
        page.wait_for_function(_CHART_HAS_DATA_JS, arg=root, timeout=timeout, polling=100)
    except PlaywrightTimeoutError:
        return False
    return True


def select_option(page: Page, label: str, option: str | None = None, scope: str = MAIN) -> bool:
    """In the selectbox labelled ``label`` inside ``scope``, pick the option whose text is ``option``
    (default: any other option than the current one). False when there is no such box or
    nothing to change. Streamlit 1.67's select opens from the keyboard, not from a click.
    """
    box = page.locator(f'{scope} [data-testid="stSelectbox"]', has_text=label)
    if not box.count():
        return False
    combobox = box.first.get_by_role("combobox")
    current = combobox.input_value()
    if option is not None and (current == option or current.startswith(option)):
        return False
    options = page.locator('[role="option"]')
    # a rerun that lands between focus and key press drops the key, and one that lands between opening the list
    # and the click closes it (seen on a busy machine): open it again
    for attempt in range(4):
        wait_for_app(page)
        combobox.focus()
        page.keyboard.press("ArrowDown")
        try:
            options.first.wait_for(timeout=5_000)
            texts = [text.strip() for text in options.all_inner_texts()]
            wanted = [i for i, text in enumerate(texts) if (text.startswith(option) if option else text != current)]
            if not wanted:
                page.keyboard.press("Escape")
                return False
            options.nth(wanted[min(1, len(wanted) - 1)] if option is None else wanted[0]).click(timeout=5_000)
            break
        except PlaywrightTimeoutError:
            if attempt == 3:
                raise
    wait_for_app(page)
    return True
