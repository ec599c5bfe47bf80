"""Sign-in bound to the browser, in a real browser: a reload and a second tab stay signed in, a
browser without the session cookie is not, and signing out ends every session of the user.

The server is this module's own (signing out ends the demo admin's sessions everywhere).
"""

from __future__ import annotations

import duckdb
import pytest
from playwright.sync_api import Page

from dashboard.access import auth, sessions
from dashboard.core.i18n import t
from tests.browser.conftest import private_copy, serve
from tests.browser.helpers import SIDEBAR, assert_no_error, screenshot, wait_for_app
from tests.browser.test_pages import sign_in_all, sign_out

USER, PASSWORD = "admin", auth.DEMO_ACCOUNTS["admin"][0]
SIGNED_IN = t("auth.signed_in_as", lang="id", name="Admin Sistem", role=t("auth.role_admin", lang="id"))
SIGNED_IN_TEXT = SIGNED_IN.replace("**", "")


OTP_USER, OTP_PASSWORD = "staf.hr", "sekali-pakai-2026"  # set by an admin: a one-time password


@pytest.fixture(scope="module")
def server(demo_store_path, tmp_path_factory):
    store = private_copy(demo_store_path, tmp_path_factory.mktemp("sessions-store"))
    con = duckdb.connect(str(store))
    auth.add_user(con, OTP_USER, OTP_PASSWORD, "hr", display_name="Staf Kepegawaian")
    con.close()
    with serve(store) as base_url:
        yield base_url


def new_page(browsers) -> Page:
    return browsers.open(1280, 800)


def sidebar(page: Page) -> str:
    return page.locator(SIDEBAR).inner_text()


def signed_in(page: Page) -> bool:
    wait_for_app(page)
    return SIGNED_IN_TEXT in sidebar(page)


def sign_in(page: Page, base_url: str, username: str = USER, password: str = PASSWORD) -> None:
    page.goto(f"{base_url}/masuk")
    wait_for_app(page)
    page.evaluate("window.__sameDocument = true")
    sign_in_all([(page, username, password)])  # the grant exchanged for the cookie (204)
    assert page.evaluate("window.__sameDocument === true"), "signing in reloaded the page"


def change_password(page: Page, current: str, new: str) -> None:
    page.get_by_label(t("auth.pw_current", lang="id")).fill(current)
    page.get_by_label(t("auth.pw_new", lang="id"), exact=True).fill(new)
    page.get_by_label(t("auth.pw_repeat", lang="id")).fill(new)
    page.get_by_role("button", name=t("auth.pw_submit", lang="id")).click()
    wait_for_app(page)


def test_session_survives_reload_and_second_tab_but_not_another_browser(browsers, server):
    page = new_page(browsers)
    sign_in(page, server)
    page.locator("h1", has_text=t("impor.title", lang="id")).first.wait_for()  # the admin's home page
    assert_no_error(page)
    cookie = next(c for c in page.context.cookies() if c["name"] == sessions.COOKIE)
    assert cookie["httpOnly"] and cookie["sameSite"] == "Strict"
    assert page.evaluate("document.cookie").find(sessions.COOKIE) == -1  # scripts cannot read it
    screenshot(page, "sessions-signed-in")

    page.reload()  # F5
    assert signed_in(page)

    second = page.context.new_page()  # a second tab, opening a copied link
    second.goto(f"{server}/pengguna")
    assert signed_in(second)
    assert second.locator("h1", has_text=t("users.title", lang="id")).count() == 1

    stranger = new_page(browsers)  # another browser: no cookie, so not signed in, whatever the URL
    stranger.goto(f"{server}/pengguna")
    assert not signed_in(stranger)
    assert t("auth.sign_out", lang="id") not in sidebar(stranger)
    stranger.context.add_cookies([{**cookie, "value": "tebakan-" + cookie["value"][8:]}])  # a guessed token
    stranger.goto(f"{server}/pengguna")
    assert not signed_in(stranger)
    browsers.close(stranger)

    # signing out in the second tab ends the first tab's session too (and any other browser's)
    other_browser = new_page(browsers)
    sign_in(other_browser, server)
    sign_out(second)
    assert second.url.partition("?")[0] == f"{server}/"  # the public home page, with its slide in the URL
    assert not signed_in(second)
    assert sessions.COOKIE not in [c["name"] for c in second.context.cookies()]
    other_browser.reload()
    assert not signed_in(other_browser)
    screenshot(other_browser, "sessions-signed-out-elsewhere")
    browsers.close(other_browser)
    browsers.close(page)


# Records the websocket subprotocols the Streamlit client sends (the third is the session ID it
# reconnects to) and, when window.__claim is set, names that session ID instead: a raw client
# taking over someone else's Streamlit session.
WEBSOCKET_HOOK = """
(() => {
  const Native = window.WebSocket;
  window.__protocols = [];
  window.__sockets = [];
  function Hooked(url, protocols) {
    const list = protocols ? Array.from(protocols) : [];
    if (window.__claim) { while (list.length < 3) list.push(""); list[2] = window.__claim; }
    window.__protocols.push(list);
    const socket = new Native(url, list);
    window.__sockets.push(socket);
    return socket;
  }
  Hooked.prototype = Native.prototype;
  Object.assign(Hooked, {CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3});
  window.WebSocket = Hooked;
})();
"""


def test_naming_a_signed_in_streamlit_session_id_signs_no_one_in(browsers, server):
    """The Streamlit session ID is no bearer token: a client without the cookie that reconnects
    to a signed-in admin's session (by its ID) and reruns it is not signed in."""
    victim = new_page(browsers)
    victim.add_init_script(WEBSOCKET_HOOK)
    sign_in(victim, server)
    victim.evaluate("window.__sockets[window.__sockets.length - 1].close()")  # the client reconnects, naming its ID
    victim.wait_for_function("window.__protocols.some((p) => p.length >= 3 && p[2])")
    wait_for_app(victim)
    session_id = victim.evaluate("window.__protocols.filter((p) => p.length >= 3 && p[2]).pop()[2]")
    assert signed_in(victim)
    victim.close()  # the admin walks away; the Streamlit session waits for a reconnection
    browsers.close(victim, keep=False)  # a page with an init script is not kept

    thief = new_page(browsers)
    thief.add_init_script(f"window.__claim = {session_id!r};" + WEBSOCKET_HOOK)
    thief.goto(server)
    thief.wait_for_function("window.__sockets.length > 0 && window.__sockets[0].readyState === 1")
    assert thief.evaluate("window.__protocols[0][2]") == session_id
    thief.locator("body").press("r")  # rerun the session it claimed
    thief.locator(SIDEBAR).wait_for()
    assert not signed_in(thief)
    body = thief.locator("body").inner_text()
    assert "Admin Sistem" not in body and t("auth.sign_out", lang="id") not in body
    browsers.close(thief, keep=False)


def test_one_time_password_opens_only_the_password_page_until_changed(browsers, server):
    page = new_page(browsers)
    sign_in(page, server, OTP_USER, OTP_PASSWORD)
    page.locator("h1", has_text=t("auth.pw_title", lang="id")).wait_for()
    nav = page.locator('[data-testid="stSidebarNav"]')
    assert nav.count() == 0 or t("hr.search_title", lang="id") not in nav.inner_text()
    screenshot(page, "sessions-one-time-password")
    change_password(page, OTP_PASSWORD, "staf")  # too short: refused, said why
    page.locator('[data-testid="stAlertContentError"]', has_text=t("auth.pw_short", lang="id")).wait_for()
    change_password(page, OTP_PASSWORD, "teh-manis-hangat-7")
    page.locator("h1", has_text=t("hr.search_title", lang="id")).first.wait_for()  # HR's home page now
    assert_no_error(page)
    page.reload()  # this browser stays signed in under its own password
    page.locator("h1", has_text=t("hr.search_title", lang="id")).first.wait_for()
    browsers.close(page)


@pytest.fixture(scope="module")
def quick_idle_server(demo_store_path, tmp_path_factory):
    """A server whose sessions end after 15 s unused (its idle watcher looks every 5 s)."""
    mp = pytest.MonkeyPatch()
    mp.setenv("KINERJA_IDLE_MINUTES", "0.25")
    try:
        with serve(private_copy(demo_store_path, tmp_path_factory.mktemp("idle-store"))) as base_url:
            yield base_url
    finally:
        mp.undo()


def test_an_idle_screen_is_cleared_without_a_click(browsers, quick_idle_server):
    """Left alone past the idle limit, the signed-in screen clears itself: no names stay on a desk."""
    page = new_page(browsers)
    sign_in(page, quick_idle_server)
    page.locator('[data-testid="stSidebarNav"] a', has_text=t("auth.sign_in", lang="id")).wait_for(timeout=45_000)
    wait_for_app(page)
    assert SIGNED_IN_TEXT not in sidebar(page)
    page.reload()  # and the cookie opens nothing any more
    assert not signed_in(page)
    # signing in again on a connection that brought the ended session's cookie: the new sign-in counts
    sign_in(page, quick_idle_server)
    assert signed_in(page)
    page.reload()
    assert signed_in(page)
    browsers.close(page)
