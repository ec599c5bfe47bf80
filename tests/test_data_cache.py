"""The app's query cache: a write refreshes the queries that read the tables it changed, and the
recently asked questions are answered again in the background."""

from __future__ import annotations

import threading

import pytest
import streamlit as st

from dashboard.core import data, queries
from tests.fixture_store import NIP_A, build_fixture_store
from tests.pages import served

NEW_UNIT = "insert into units values ('33.74.09.1999', 'Kelurahan Uji Cache', 'kelurahan', '33.74.09')"
AUDIT = "insert into audit_log (username, role, action, target) values ('uji', 'admin', 'uji_cache', '')"


@pytest.fixture
def store(tmp_path, monkeypatch):
    """A fixture store served by the app's data layer, with empty caches before and after."""
    with served(build_fixture_store(tmp_path / "cache.duckdb"), monkeypatch) as path:
        yield path


def forbid_database(monkeypatch) -> None:
    """From here on a question that is not answered from the cache fails the test."""

    def no_database(*args, **kwargs):
        raise AssertionError("asked the database: the answer was not in the cache")

    monkeypatch.setattr(queries, "run", no_database)


def test_a_write_refreshes_only_the_queries_reading_what_it_changed(store, monkeypatch):
    units_before = len(data.query("units"))
    trail_before = len(data.query("audit_log", username=None, action=None, limit=100))
    semesters = data.query("semesters")

    # What a transaction changed is read from what it ran: an audit entry and a unit slipped in
    # beside it both refresh their readers.
    with data.transaction() as cursor:
        cursor.execute(AUDIT)
        cursor.execute(NEW_UNIT)
    assert len(data.query("units")) == units_before + 1
    assert len(data.query("audit_log", username=None, action=None, limit=100)) == trail_before + 1

    # A write through a query file (data.write) is read the same way; temp tables change nothing cached.
    with data.transaction() as cursor:
        cursor.execute("create temp table scratch as select 1 as x")
        cursor.execute("insert into scratch values (2)")
    forbid_database(monkeypatch)
    assert data.query("semesters").equals(semesters)
    assert len(data.query("units")) == units_before + 1


def test_a_change_to_the_stores_own_tables_makes_everything_stale(store):
    before = data.query("semesters")
    with data.transaction() as cursor:
        cursor.execute("alter table units add column note varchar")
    assert data.query("semesters") is not before  # answered afresh
    assert data.query("semesters").equals(before)


def test_a_rolled_back_write_keeps_the_cache(store, monkeypatch):
    units = data.query("units")
    with pytest.raises(RuntimeError), data.transaction() as cursor:
        cursor.execute(NEW_UNIT)
        raise RuntimeError("stop")
    forbid_database(monkeypatch)
    assert data.query("units") is units


def test_many_writes_start_one_rewarming_worker(store, monkeypatch):
    monkeypatch.setenv("KINERJA_REWARM", "1")
    data.query("units")
    for i in range(20):
        with data.transaction() as cursor:
            cursor.execute(AUDIT.replace("uji_cache", f"uji_{i}"))
        assert sum(t.name == data.REWARM_THREAD for t in threading.enumerate()) <= 1
    data.wait_for_rewarm(timeout=60)
    assert not any(t.name == data.REWARM_THREAD for t in threading.enumerate())


def test_tables_read_follow_views_and_table_macros(store):
    # completed_logs (a table macro) -> service_logs_timed (a view) -> service_log_facts
    assert data.tables_read("speed_ecdf_by_service") == {"service_log_facts", "services"}
    assert {"service_log_facts", "skp_targets", "appraisals", "survey_responses", "employees"} <= data.tables_read(
        "camat_units"
    )
    assert "follow_ups" not in data.tables_read("camat_units")
    assert data.tables_read("data_dictionary") == {data.EVERYTHING}  # reads the catalog


def test_after_a_write_the_recent_questions_are_answered_again_in_the_background(store, monkeypatch):
    """The next visitor after an import is served from the cache, with the new data."""
    monkeypatch.setenv("KINERJA_REWARM", "1")
    units_before = len(data.query("units"))
    with data.transaction() as cursor:
        cursor.execute(NEW_UNIT)
    data.wait_for_rewarm(timeout=60)
    forbid_database(monkeypatch)
    assert len(data.query("units")) == units_before + 1


def test_after_a_restart_the_questions_kept_beside_the_store_are_answered_on_first_use(store, monkeypatch):
    monkeypatch.setenv("KINERJA_REWARM", "1")
    periods = data.query("semesters")["period"].tolist()
    data.wait_for_rewarm(timeout=60)
    kept = store.with_name(store.name + ".questions.json").read_text(encoding="utf-8")
    assert '"semesters"' in kept

    # a restart: nothing cached, nothing remembered in memory
    st.cache_data.clear()
    st.cache_resource.clear()
    monkeypatch.setattr(data, "_recent", type(data._recent)())
    monkeypatch.setattr(data, "_first_used", set())
    data.query("units")  # the first use of the store recalls and answers the kept questions
    data.wait_for_rewarm(timeout=60)
    forbid_database(monkeypatch)
    assert data.query("semesters")["period"].tolist() == periods


def test_the_order_of_parameters_does_not_split_the_cache(store, monkeypatch):
    first = data.query("camat_headline", period="2025-S1", unit_id=None)
    forbid_database(monkeypatch)
    assert data.query("camat_headline", unit_id=None, period="2025-S1").equals(first)


def test_questions_about_a_person_or_a_search_are_not_kept_beside_the_store(store, monkeypatch):
    monkeypatch.setenv("KINERJA_REWARM", "1")
    data.query("semesters")
    data.query("hr_search", search="Budi", unit_id=None, position_kind=None, grade=None)
    data.query("hr_identity", nip=NIP_A)
    data.wait_for_rewarm(timeout=60)
    kept = store.with_name(store.name + ".questions.json").read_text(encoding="utf-8")
    assert '"semesters"' in kept
    assert "Budi" not in kept and NIP_A not in kept and "hr_search" not in kept


def test_a_question_asked_by_many_sessions_at_once_is_computed_once(store, monkeypatch):
    """Ten sessions asking the same uncached question at the same moment (a meeting opening the same page after
    an import) wait for one computation instead of each running the query; all get the same answer."""
    data.query("units")  # the store's connection opened (it runs a query of its own) before the spies
    asked = threading.Semaphore(0)  # one release per session that has asked
    real_remember, real_run, runs = data._remember, queries.run, []

    def remember(*args, **kwargs):
        real_remember(*args, **kwargs)
        asked.release()

    def held_run(cursor, name, **params):
        runs.append(name)
        for _ in range(10):  # the computation goes on only once all ten have asked
            assert asked.acquire(timeout=10)
        return real_run(cursor, name, **params)

    monkeypatch.setattr(data, "_remember", remember)
    monkeypatch.setattr(queries, "run", held_run)
    answers = []
    asking = [threading.Thread(target=lambda: answers.append(data.query("semesters"))) for _ in range(10)]
    for thread in asking:
        thread.start()
    for thread in asking:
        thread.join(60)
    assert runs == ["semesters"]
    assert len(answers) == 10 and all(answer is answers[0] for answer in answers)


def test_a_failed_computation_is_taken_over_by_a_waiting_session(store, monkeypatch):
    """A session waiting for another's computation of the same question computes it itself if that one fails."""
    data.query("units")  # the store's connection opened (it runs a query of its own) before the spy
    real_run, calls = queries.run, []
    first_started, release = threading.Event(), threading.Event()

    def failing_once(cursor, name, **params):
        calls.append(name)
        if len(calls) == 1:
            first_started.set()
            release.wait(30)
            raise RuntimeError("the first computation fails")
        return real_run(cursor, name, **params)

    monkeypatch.setattr(queries, "run", failing_once)
    errors, answers = [], []

    def first() -> None:
        try:
            data.query("semesters")
        except RuntimeError as error:
            errors.append(error)

    one = threading.Thread(target=first)
    one.start()
    assert first_started.wait(30)
    two = threading.Thread(target=lambda: answers.append(data.query("semesters")))
    two.start()
    release.set()
    one.join(60)
    two.join(60)
    assert len(errors) == 1 and len(answers) == 1 and not answers[0].empty
    assert calls == ["semesters", "semesters"]
