"""The app's query cache: data writes refresh every figure, bookkeeping writes only the audit views."""

from __future__ import annotations

import streamlit as st

from dashboard import data
from tests.fixture_store import build_fixture_store

NEW_UNIT = "insert into units values ('33.74.09.1999', 'Kelurahan Uji Cache', 'kelurahan', '33.74.09')"
AUDIT = "insert into audit_log (username, role, action, target) values ('uji', 'admin', 'uji_cache', '')"


def test_bookkeeping_writes_keep_the_figures_cached_and_refresh_the_audit_trail(tmp_path, monkeypatch):
    monkeypatch.setenv("KINERJA_DB", str(build_fixture_store(tmp_path / "cache.duckdb")))
    st.cache_data.clear()
    st.cache_resource.clear()
    try:
        units_before = len(data.query("units"))
        trail_before = len(data.query("audit_log", username=None, action=None, limit=100))

        # A bookkeeping transaction (as sign-in and the audit trail use) that also slips in a unit:
        # the unit list is still served from the cache, the audit trail is read afresh.
        with data.transaction(bookkeeping=True) as cursor:
            cursor.execute(AUDIT)
            cursor.execute(NEW_UNIT)
        assert len(data.query("units")) == units_before
        assert len(data.query("audit_log", username=None, action=None, limit=100)) == trail_before + 1

        # Any other write makes every figure fresh.
        with data.transaction() as cursor:
            cursor.execute(AUDIT)
        assert len(data.query("units")) == units_before + 1
        assert len(data.query("audit_log", username=None, action=None, limit=100)) == trail_before + 2
    finally:
        st.cache_data.clear()
        st.cache_resource.clear()
