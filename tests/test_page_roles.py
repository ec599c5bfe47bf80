"""Every page opens for every role that may open it (AppTest on the demo store, each role's demo
account as signed in): no exception, no error box, and a page whose first screen has a chart draws
one with data. The real browser opens every page once, for its main role, and each role's menu
(tests/browser/test_pages.py)."""

from __future__ import annotations

import json

import duckdb
import pytest

from dashboard.access import auth
from dashboard.navigation import CHART_PAGES, PAGES
from tests.browser.test_pages import cases
from tests.pages import open_app

SCRIPTS = {url_path: script for _, script, _, _, url_path in PAGES}
CASES = [(role, url_path) for role, url_path, _ in cases(every_role=True)]


@pytest.fixture(scope="module")
def accounts(demo_store_path) -> dict[str, auth.User]:
    """Each role's demo account as a sign-in makes it (the pegawai's own NIP, the lurah's unit)."""
    con = duckdb.connect(str(demo_store_path), read_only=True)
    try:
        rows = con.execute("select username, role, unit_id, nip from users").fetchall()
    finally:
        con.close()
    users = {
        role: auth.User(name, role, unit_id, nip) for name, role, unit_id, nip in rows if name in auth.DEMO_ACCOUNTS
    }
    return users | {"public": auth.PUBLIC}


def has_data(spec: str) -> bool:
    """A Plotly figure with at least one trace holding points (plain lists or Plotly's binary arrays)."""
    return any(trace.get(axis) for trace in json.loads(spec)["data"] for axis in ("x", "y", "z", "values"))


@pytest.mark.parametrize(("role", "url_path"), CASES, ids=[f"{r}-{p}" for r, p in CASES])
def test_page_opens_for_every_role_that_may(demo_store_copy, accounts, monkeypatch, role, url_path):
    # the store does not change between the cases: the answers cached by earlier cases serve
    at = open_app(demo_store_copy, monkeypatch, accounts[role], page=SCRIPTS[url_path], fresh=False)
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    assert at.title, "the page drew no title"
    if url_path in CHART_PAGES:
        assert any(has_data(chart.proto.spec) for chart in at.get("plotly_chart")), f"{url_path}: no chart with data"
