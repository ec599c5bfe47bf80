"""No demo door: the served app builds and serves the demo store only in demo mode, a visitor
cannot re-arm the building, and the first real import into a demo store removes its demo accounts."""

from __future__ import annotations

import shutil

import duckdb
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from dashboard.access import auth
from dashboard.datamgmt import importer
from dashboard.demo import mode
from tests.fixture_store import build_fixture_store
from tests.pages import open_app


@pytest.fixture(scope="module")
def fixture_store(tmp_path_factory):
    return build_fixture_store(tmp_path_factory.mktemp("door") / "store.duckdb")


def run_app(path, monkeypatch, demo: bool) -> AppTest:
    """The app run once for a visitor on the store at ``path``, in demo mode or not; its connection released after."""
    if demo:
        monkeypatch.setenv("KINERJA_DEMO", "1")
    else:
        monkeypatch.delenv("KINERJA_DEMO", raising=False)
    at = open_app(path, monkeypatch, timeout=60)
    st.cache_resource.clear()
    return at


def test_missing_store_is_not_built_outside_demo_mode(tmp_path, monkeypatch):
    path = tmp_path / "hilang.duckdb"
    at = run_app(path, monkeypatch, demo=False)
    assert not path.exists()
    assert [e.value for e in at.error] == [auth_text("auth.no_store", path="hilang.duckdb")]


def test_demo_store_is_served_only_in_demo_mode(fixture_store, tmp_path, monkeypatch):
    path = tmp_path / "demo.duckdb"
    shutil.copy(fixture_store, path)
    con = duckdb.connect(str(path))
    con.execute("update settings set value = 'true' where key = 'is_demo'")
    con.close()
    refused = run_app(path, monkeypatch, demo=False)
    assert [e.value for e in refused.error] == [auth_text("auth.demo_store_refused")]
    served = run_app(path, monkeypatch, demo=True)
    assert not served.error and not served.exception


def test_a_cleared_cache_does_not_re_arm_the_demo_builder(fixture_store, tmp_path, monkeypatch):
    """The store checked at the first run disappears (a restore, a swap): a visitor's clear-cache
    message must not make the next run build the demo store there."""
    path = tmp_path / "ada.duckdb"
    shutil.copy(fixture_store, path)
    run_app(path, monkeypatch, demo=True)
    assert not mode.pending(path)
    path.unlink()
    st.cache_data.clear()
    st.cache_resource.clear()  # what Streamlit's clear-cache message does
    assert not mode.ensure_demo_store(path)
    at = run_app(path, monkeypatch, demo=True)
    assert not path.exists()
    assert [e.value for e in at.error] == [auth_text("app.error")]  # a vanished store is a fault, plainly said


def test_first_import_into_a_demo_store_removes_the_demo_accounts(fixture_store, tmp_path):
    path = tmp_path / "demo.duckdb"
    shutil.copy(fixture_store, path)
    con = duckdb.connect(str(path))
    con.execute("update settings set value = 'true' where key = 'is_demo'")
    for name in ("camat", "admin"):
        auth.add_user(con, name, auth.DEMO_ACCOUNTS[name][0], name, one_time=False, demo=True)
    auth.add_user(con, "kasubag.umum", "akun-sungguhan-2026", "hr", one_time=False)
    csv = tmp_path / "services.csv"
    csv.write_text("service_id;name;category;standard_minutes;fee\nBARU1;Layanan baru;Umum;120;0\n", encoding="utf-8")
    con.execute("begin transaction")
    result = importer.import_file(con, "services", csv, user="admin")
    con.execute("commit")
    users = [r[0] for r in con.execute("select username from users order by 1").fetchall()]
    demo = con.execute("select value from settings where key = 'is_demo'").fetchall()[0][0]
    con.close()
    assert result.ok and result.demo_ended
    assert users == ["kasubag.umum"] and demo == "false"
    assert any("akun demo" in line for line in result.summary("id"))


def auth_text(key: str, **values) -> str:
    from dashboard.core.i18n import t

    return t(key, lang="id", **values)
