"""Helpers shared by the page tests (AppTest on a store)."""

from __future__ import annotations

import contextlib
import os

import streamlit as st
from streamlit.testing.v1 import AppTest

APP = os.path.join(os.path.dirname(__file__), "..", "dashboard", "app.py")


def open_app(
    path, monkeypatch, user, page: str | None = None, params: dict | None = None, fresh: bool = True
) -> AppTest:
    """The app on the store at ``path`` for ``user``, with URL ``params``, run once; then on ``page`` if given.
    ``fresh``: with empty caches (else the answers cached by earlier runs on the same, unchanged store serve)."""
    monkeypatch.setenv("KINERJA_DB", str(path))
    if fresh:
        st.cache_data.clear()
        st.cache_resource.clear()
    at = AppTest.from_file(APP, default_timeout=90)
    at.session_state["user"] = user
    for key, value in (params or {}).items():
        at.query_params[key] = value
    at.run()
    if page:
        at.switch_page(page)
        at.run()
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
