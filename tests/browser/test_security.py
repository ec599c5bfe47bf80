"""Access control as a person meets it in the browser."""

from __future__ import annotations

import re

import pytest

from dashboard.core.i18n import t
from tests.browser.conftest import private_copy, serve
from tests.browser.helpers import ARTIFACTS_DIR, MAIN, assert_no_error, screenshot, wait_for_app
from tests.browser.test_pages import PASSWORDS, open_page, sign_in, sign_out


def test_record_unreachable_after_sign_out(page, app_server):
    """HR signs in, opens a record, signs out; neither the back button nor the URL shows it again."""
    sign_in(page, "hr", PASSWORDS["hr"], at=app_server)
    open_page(page, t("hr.search_title", lang="id"))
    grid = page.locator(f'{MAIN} [data-testid="stDataFrame"]').first
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 18, box["y"] + 35 + 18)  # the first row's selection cell
    page.wait_for_url(re.compile(r"nip=\d{18}"))
    wait_for_app(page)
    name = page.locator("h1").first.inner_text().strip()
    record_url = page.url
    nip = re.search(r"nip=(\d{18})", record_url).group(1)
    assert_no_error(page)
    assert nip[:8] in page.locator(MAIN).inner_text().replace(" ", "")

    sign_out(page)
    assert name not in page.locator("body").inner_text()

    page.go_back()
    wait_for_app(page)
    assert name not in page.locator("body").inner_text()

    page.goto(record_url)
    wait_for_app(page)
    body = page.locator("body").inner_text()
    assert name not in body and nip not in body
    assert t("auth.sign_in", lang="id") in body  # a visitor again: the menu offers to sign in
    screenshot(page, "security-after-sign-out")
    port = app_server.rsplit(":", 1)[1]
    server_log = (ARTIFACTS_DIR / f"app-server-{port}.log").read_text(errors="replace")
    assert PASSWORDS["hr"] not in server_log  # the password typed never reaches the server log


@pytest.fixture
def vanishing_store(demo_store_path, tmp_path):
    store = private_copy(demo_store_path, tmp_path)
    with serve(store) as base_url:
        yield base_url, store


def test_vanished_store_shows_a_plain_message(page, vanishing_store):
    """A store file that disappears under a running dashboard gives a plain message: no traceback, no path."""
    base_url, store = vanishing_store
    page.goto(base_url)
    wait_for_app(page)
    assert_no_error(page)
    store.unlink()
    store.with_name(store.name + ".wal").unlink(missing_ok=True)
    page.locator('[data-testid="stSidebarNav"] a', has_text=t("about.title", lang="id")).click()
    wait_for_app(page)
    body = page.locator("body").inner_text()
    assert t("app.error", lang="id") in body
    for leak in ("Traceback", "duckdb", ".py", str(store.parent), "Error:", "Exception"):
        assert leak not in body, leak
    screenshot(page, "security-vanished-store")
