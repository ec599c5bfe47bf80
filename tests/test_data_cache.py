"""The app's query cache: a write refreshes the queries that read the tables it changed, and the
recently asked questions are answered again in the background."""

from __future__ import annotations

import threading

import streamlit as st

from dashboard import data, queries
from tests.fixture_store import build_fixture_store

NEW_UNIT = "insert into units values ('33.74.09.1999', 'Kelurahan Uji Cache', 'kelurahan', '33.74.09')"
AUDIT = "insert into audit_log (username, role, action, target) values ('uji', 'admin', 'uji_cache', '')"


def test_a_write_refreshes_only_the_queries_reading_what_it_changed(tmp_path, monkeypatch):
    monkeypatch.setenv("KINERJA_DB", str(build_fixture_store(tmp_path / "cache.duckdb")))
    st.cache_data.clear()
    st.cache_resource.clear()
    try:
        units_before = len(data.query("units"))
        trail_before = len(data.query("audit_log", username=None, action=None, limit=100))

        # A transaction that says it writes the audit trail (as sign-in does) but also slips in a
        # unit: the unit list is still served from the cache, the audit trail is read afresh.
        with data.transaction(changes=("audit_log",)) as cursor:
            cursor.execute(AUDIT)
            cursor.execute(NEW_UNIT)
        assert len(data.query("units")) == units_before
        assert len(data.query("audit_log", username=None, action=None, limit=100)) == trail_before + 1

        # A write that does not say what it changed (an import) makes every figure fresh.
        with data.transaction() as cursor:
            cursor.execute(AUDIT)
        assert len(data.query("units")) == units_before + 1
        assert len(data.query("audit_log", username=None, action=None, limit=100)) == trail_before + 2
    finally:
        st.cache_data.clear()
        st.cache_resource.clear()


def test_tables_read_follow_views_and_table_macros(tmp_path, monkeypatch):
    monkeypatch.setenv("KINERJA_DB", str(build_fixture_store(tmp_path / "deps.duckdb")))
    st.cache_resource.clear()
    try:
        # completed_logs (a table macro) -> service_logs_timed (a view) -> service_log_facts
        assert data.tables_read("speed_ecdf_by_service") == {"service_log_facts", "services"}
        assert {"service_log_facts", "skp_targets", "appraisals", "survey_responses", "employees"} <= data.tables_read(
            "camat_units"
        )
        assert "follow_ups" not in data.tables_read("camat_units")
        assert data.tables_read("data_dictionary") == {data.EVERYTHING}  # reads the catalog
    finally:
        st.cache_resource.clear()


def test_after_a_write_the_recent_questions_are_answered_again_in_the_background(tmp_path, monkeypatch):
    """The next visitor after an import is served from the cache, with the new data."""
    monkeypatch.setenv("KINERJA_DB", str(build_fixture_store(tmp_path / "warm.duckdb")))
    monkeypatch.setenv("KINERJA_REWARM", "1")
    st.cache_data.clear()
    st.cache_resource.clear()
    try:
        units_before = len(data.query("units"))
        with data.transaction() as cursor:
            cursor.execute(NEW_UNIT)
        _join_rewarm()

        def no_database(*args, **kwargs):
            raise AssertionError("asked the database: the answer was not warm")

        monkeypatch.setattr(queries, "run", no_database)
        assert len(data.query("units")) == units_before + 1
    finally:
        st.cache_data.clear()
        st.cache_resource.clear()


def _join_rewarm() -> None:
    for thread in threading.enumerate():
        if thread.name == "kinerja-rewarm":
            thread.join(timeout=60)


def test_after_a_restart_the_questions_kept_beside_the_store_are_answered_on_first_use(tmp_path, monkeypatch):
    store = build_fixture_store(tmp_path / "restart.duckdb")
    monkeypatch.setenv("KINERJA_DB", str(store))
    monkeypatch.setenv("KINERJA_REWARM", "1")
    st.cache_data.clear()
    st.cache_resource.clear()
    try:
        periods = data.query("semesters")["period"].tolist()
        _join_rewarm()
        kept = store.with_name(store.name + ".questions.json").read_text(encoding="utf-8")
        assert '"semesters"' in kept

        # a restart: nothing cached, nothing remembered in memory
        st.cache_data.clear()
        st.cache_resource.clear()
        monkeypatch.setattr(data, "_recent", type(data._recent)())
        monkeypatch.setattr(data, "_first_used", set())
        data.query("units")  # the first use of the store recalls and answers the kept questions
        _join_rewarm()

        def no_database(*args, **kwargs):
            raise AssertionError("asked the database: the answer was not warm")

        monkeypatch.setattr(queries, "run", no_database)
        assert data.query("semesters")["period"].tolist() == periods
    finally:
        st.cache_data.clear()
        st.cache_resource.clear()


def test_the_order_of_parameters_does_not_split_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("KINERJA_DB", str(build_fixture_store(tmp_path / "order.duckdb")))
    st.cache_data.clear()
    st.cache_resource.clear()
    try:
        first = data.query("camat_headline", period="2025-S1", unit_id=None)

        def no_database(*args, **kwargs):
            raise AssertionError("asked the database again for the same question")

        monkeypatch.setattr(queries, "run", no_database)
        assert data.query("camat_headline", unit_id=None, period="2025-S1").equals(first)
    finally:
        st.cache_data.clear()
        st.cache_resource.clear()
