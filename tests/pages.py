"""Helpers shared by the page tests (AppTest on a store): the one way to build an AppTest of the app."""

from __future__ import annotations

import contextlib
import functools
import os

import streamlit as st
from streamlit.components.v2.component_manager import BidiComponentManager
from streamlit.runtime.scriptrunner.script_cache import ScriptCache
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1 import app_test as _app_test
from streamlit.util import calc_hash

from dashboard.access.auth import User, may_open
from dashboard.navigation import PAGES

DASHBOARD = os.path.join(os.path.dirname(__file__), "..", "dashboard")
APP = os.path.join(DASHBOARD, "app.py")

# AppTest compiles every page script anew on each run (a new ScriptCache per run) and reads the metadata of
# every installed package, looking for components, once per AppTest. The suite makes hundreds of runs of the
# same unchanged scripts, so one test process compiles each script once and scans the packages once.
_SCRIPTS = ScriptCache()
_app_test.ScriptCache = lambda: _SCRIPTS


@functools.cache
def _components() -> BidiComponentManager:
    manager = BidiComponentManager()
    manager.discover_and_register_components(start_file_watching=False)
    return manager


def open_app(
    path,
    monkeypatch,
    user: User | None = None,
    page: str | None = None,
    params: dict | None = None,
    fresh: bool = True,
    *,
    state: dict | None = None,
    script: str | os.PathLike = "app.py",
    timeout: float = 90,
) -> AppTest:
    """The app on the store at ``path`` for ``user`` (None: nobody signed in), with URL ``params`` and further
    session ``state``, run once, on ``page`` (a path under dashboard/, as in ``switch_page``) if given: a page of
    the user's menu opens at once, as when its address is typed; any other is switched to after a first run.
    ``fresh``: with empty caches (else the answers cached by earlier runs on the same, unchanged store serve).
    ``script``: the file to run, under dashboard/ or absolute; another than app.py runs on its own, without the
    app's navigation and sign-in. ``timeout``: the seconds each run may take."""
    monkeypatch.setenv("KINERJA_DB", str(path))
    if fresh:
        st.cache_data.clear()
        st.cache_resource.clear()
    at = AppTest.from_file(os.path.join(DASHBOARD, script), default_timeout=timeout)
    at._bidi_component_manager = _components()  # what AppTest would discover, found once (above)
    if user is not None:
        at.session_state["user"] = user
    for key, value in (state or {}).items():
        at.session_state[key] = value
    for key, value in (params or {}).items():
        at.query_params[key] = value
    url_path = next((url for _, file, _, _, url in PAGES if file == page), None)
    at_once = url_path is not None and user is not None and not user.must_change_password and may_open(url_path, user)
    if at_once:
        # what st.navigation names the page (st.Page hashes its url_path); AppTest's switch_page can name it only
        # after a first run, which would draw the home page first
        at._page_hash = calc_hash(url_path)
    at.run()
    if at_once:
        # the run reached st.navigation, which registered the page and ran it
        assert at._page_hash in at._registered_pages, f"{page} is not in the menu of {user}"
        assert at._finished_page_script_hash == at._page_hash, f"{page} did not open for {user}"
    elif page:
        at.switch_page(page)
        at.run()
    return at


def open_tab(at: AppTest, url_key: str, tab: str) -> AppTest:
    """Open the lazy tab ``tab`` of a page (``ui.lazy_tabs``, the open tab kept in the URL as ``url_key``) and
    rerun; no exception and no error box."""
    at.session_state[url_key] = tab
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    return at


@contextlib.contextmanager
def served(path, monkeypatch):
    """The app's data layer pointed at the store at ``path`` with empty caches, emptied again after."""
    monkeypatch.setenv("KINERJA_DB", str(path))
    st.cache_data.clear()
    st.cache_resource.clear()
    try:
        yield path
    finally:
        st.cache_data.clear()
        st.cache_resource.clear()
