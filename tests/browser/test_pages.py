"""Every page in a real browser (Playwright + Chromium), for its main role; every role's menu.

For each page and its main role (the first of MAIN_ROLES that may open it): the page loads from
the sidebar with no error box, its main chart is drawn (pages that have charts), one key
interaction changes what is shown, and (with `pytest --screenshots`) a full-page screenshot is
saved. Every other role that may open a page opens it in AppTest (tests/test_page_roles.py): the
interaction does not depend on who makes it, and what each role may see is asserted on the store's
side (tests/test_access.py). Every role's sidebar lists exactly its pages. Pages are reached the way
a person reaches them: sign in on "Masuk", then click the sidebar link (a URL typed anew opens a new
session).
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Page

from dashboard.access import auth
from dashboard.access.sessions import GRANT_PATH
from dashboard.core.i18n import t
from dashboard.navigation import CHART_PAGES, PAGES
from tests.browser.helpers import (
    MAIN,
    SIDEBAR,
    assert_no_error,
    chart_has_data,
    screenshot,
    select_option,
    wait_for_app,
)

ROOT = Path(__file__).resolve().parents[2]
PASSWORDS = {name: password for name, (password, *_rest) in auth.DEMO_ACCOUNTS.items()}
ROLES = ["public", "camat", "hr", "lurah", "admin", "pegawai"]
MAIN_ROLES = ["camat", "hr", "admin", "pegawai", "lurah", "public"]


def main_role(url_path: str) -> str:
    return next(role for role in MAIN_ROLES if auth.may_open(url_path, auth.User(role, role)))


def cases(every_role: bool = False) -> list[tuple[str, str, str]]:
    """(role, URL path, title) of every page but the sign-in page: for its main role, or for every role that may."""
    out = []
    for role in ROLES:
        user = auth.User(role, role)
        for _, _, title_key, _, url_path in PAGES:
            if url_path != "masuk" and auth.may_open(url_path, user) and (every_role or role == main_role(url_path)):
                out.append((role, url_path, t(title_key, lang="id")))
    return out


@pytest.fixture(scope="module")
def sessions(browsers, app_server):
    """One signed-in browser page per role, kept for the module (sign-in costs a hash check)."""
    opened: dict[str, Page] = {}

    def get(role: str) -> Page:
        if role not in opened:
            page = browsers.open()
            if role == "public":
                page.goto(app_server)
                wait_for_app(page)
            else:
                sign_in(page, role, PASSWORDS[role], at=app_server)
            opened[role] = page
        return opened[role]

    yield get
    for page in opened.values():
        browsers.close(page)


def sign_in(page: Page, username: str, password: str, at: str | None = None) -> None:
    """Sign in on "Masuk": opened by its address on the server at base URL ``at`` if given, else from the sidebar
    of the page shown."""
    if at is not None:
        page.goto(f"{at}/masuk")
        wait_for_app(page)
    sign_in_all([(page, username, password)])


def sign_in_all(sessions: list[tuple[Page, str, str]], timeout: float | None = None) -> None:
    """Sign each (page, user name, password) in on "Masuk" (opened from the sidebar unless the page shows it
    already), all at once: the password checks overlap.
    ``timeout`` in ms (default: the app's wait and the context's timeout)."""
    for page, _, _ in sessions:
        if urlparse(page.url).path.rstrip("/").rpartition("/")[2] != "masuk":  # not opened by its address
            page.locator('[data-testid="stSidebarNav"] a', has_text=t("auth.sign_in", lang="id")).click()
    with contextlib.ExitStack() as stack:
        exchanges = []
        for page, username, password in sessions:
            wait_for_app(page, timeout=timeout or 30_000)
            page.get_by_label(t("auth.username", lang="id")).fill(username)
            page.get_by_label(t("auth.password", lang="id")).fill(password)
            # the home page opens in the same document and hands the session cookie to the browser
            exchanges.append(
                stack.enter_context(
                    page.expect_response(lambda response: response.url.endswith(GRANT_PATH), timeout=timeout)
                )
            )
            page.get_by_role("button", name=t("auth.submit", lang="id")).click()
    assert [exchange.value.status for exchange in exchanges] == [204] * len(sessions)  # the cookie was handed over
    for page, _, _ in sessions:
        page.locator(SIDEBAR, has_text=t("auth.sign_out", lang="id")).wait_for(timeout=timeout)
        wait_for_app(page, timeout=timeout or 30_000)


def sign_out(page: Page) -> None:
    """Click "Keluar" in the sidebar and wait for the page it opens: the run removes the cookie, then loads "/"
    (a new document, after the run has ended)."""
    with page.expect_navigation():
        page.locator(SIDEBAR).get_by_role("button", name=t("auth.sign_out", lang="id")).click()
    wait_for_app(page)


def open_page(page: Page, title: str) -> None:
    open_pages([page], title)


def unfold_menu(page: Page) -> None:
    """Show the last pages of a long menu, which Streamlit folds behind "View N more" (in the browser only)."""
    more = page.locator('[data-testid="stSidebarNavViewButton"]')
    if more.count() and more.inner_text().strip() != "View less":
        more.click()
        page.locator('[data-testid="stSidebarNavViewButton"]', has_text="View less").wait_for()


def open_pages(pages: list[Page], title: str, timeout: float = 30_000) -> None:
    """Click the sidebar link ``title`` in every page at once, then wait for each to show it."""
    for page in pages:
        link = page.locator('[data-testid="stSidebarNav"] a', has_text=title).first
        if not link.is_visible():
            unfold_menu(page)
        link.click()
    for page in pages:
        wait_for_app(page, timeout=timeout)
        page.locator("h1", has_text=title).first.wait_for()
        wait_for_app(page, timeout=timeout)


def main_text(page: Page) -> str:
    return page.locator(MAIN).inner_text()


def interact(page: Page) -> bool:
    """The page's key interaction: another semester, else another unit; True if one was made."""
    return select_option(page, t("app.semester", lang="id"), scope=SIDEBAR) or select_option(
        page, t("app.unit", lang="id"), scope=SIDEBAR
    )


def switch_language(page: Page) -> None:
    page.locator(f"{SIDEBAR} button", has_text="English").click()
    wait_for_app(page)


def restore(page: Page) -> None:
    """Back to Bahasa Indonesia for the next page of this role's session."""
    button = page.locator(f"{SIDEBAR} button", has_text="Bahasa Indonesia")
    if "English" in page.locator(SIDEBAR).inner_text() and button.count():
        button.click()
        wait_for_app(page)


@pytest.mark.parametrize(("role", "url_path", "title"), cases(), ids=[f"{r}-{p}" for r, p, _ in cases()])
def test_page_for_role(sessions, role, url_path, title):
    """The page opens from the sidebar without an error, draws its chart and reacts to a filter."""
    page = sessions(role)
    restore(page)
    open_page(page, title)
    # filters persist across pages within a session: start every page from all units
    select_option(page, t("app.unit", lang="id"), t("app.all_units", lang="id"), scope=SIDEBAR)
    assert_no_error(page)
    if url_path in CHART_PAGES:
        assert chart_has_data(page), f"{url_path}: no chart with data for {role}"
    before = main_text(page)
    # a filter; where the filter does not change this screen (e.g. a unit without follow-ups), the language
    if not interact(page) or main_text(page) == before:
        switch_language(page)
    assert_no_error(page)
    assert main_text(page) != before, f"{url_path}: the interaction changed nothing for {role}"
    screenshot(page, f"{role}-{url_path}")
    restore(page)


def test_every_role_sees_only_its_pages(sessions):
    """The sidebar of each role lists exactly the pages auth allows it."""
    for role in ROLES:
        page = sessions(role)
        restore(page)
        unfold_menu(page)
        shown = set(page.locator('[data-testid="stSidebarNav"] a').all_inner_texts())
        expected = {title for r, _, title in cases(every_role=True) if r == role}
        if role == "public":
            expected.add(t("auth.sign_in", lang="id"))
        assert {s.strip().split("\n")[-1] for s in shown} == expected, (role, shown)
