"""Kecepatan Layanan in AppTest: every section on the demo store, an empty selection, the
working/elapsed toggle and the URL round trip."""

from __future__ import annotations

import os

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from dashboard.access.auth import User
from tests.fixture_store import build_fixture_store

CAMAT = User("camat", "camat")
APP = os.path.join(os.path.dirname(__file__), "..", "dashboard", "app.py")
PAGE = "speed/kecepatan_layanan.py"
SECTIONS = 7


def clear_caches() -> None:
    st.cache_data.clear()
    st.cache_resource.clear()


@pytest.fixture(scope="module")
def demo_path(demo_store_copy):
    path = demo_store_copy  # the session's demo store (tests/conftest.py), copied for this module
    return path


def open_page(path, monkeypatch, user=CAMAT, params: dict | None = None, state: dict | None = None):
    monkeypatch.setenv("KINERJA_DB", str(path))
    clear_caches()
    at = AppTest.from_file(APP, default_timeout=90)
    at.session_state["user"] = user
    for key, value in (state or {}).items():
        at.session_state[key] = value
    for key, value in (params or {}).items():
        at.query_params[key] = value
    at.run()  # the role's home page first, as a browser would
    at.switch_page(PAGE)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    return at


def metrics(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def test_every_section_renders_on_the_demo_store(demo_path, monkeypatch):
    """All seven sections draw charts, metrics and the before/after sentences on the demo store."""
    at = open_page(demo_path, monkeypatch)
    assert len(at.subheader) == SECTIONS
    assert len(at.metric) == 7
    assert len(at.get("plotly_chart")) >= 9
    text = " ".join(m.value for m in at.markdown)
    assert "median" in text and "95 % CI" in text and "n = " in text
    # the camat may see handler names in the oldest-backlog table
    assert any("Petugas" in str(list(df.value.columns)) for df in at.dataframe)


def test_lurah_sees_only_their_unit(demo_path, monkeypatch):
    """A lurah is held to their own unit: the scope is stated and the backlog lists only that unit.

    (Every role that may open this page may also see names today; the query-level test
    tests/test_speed.py::test_fixture_store_exact_figures pins that names stay in the store
    when with_names is false.)"""
    at = open_page(demo_path, monkeypatch, user=User("lurah1", "lurah", unit_id="33.74.09.1003"))
    assert any("Bendan Ngisor" in c.value for c in at.caption)
    units = {str(v) for df in at.dataframe if "Unit kerja" in df.value.columns for v in df.value["Unit kerja"]}
    assert units == {"Kelurahan Bendan Ngisor"}


def test_empty_selection_gives_messages_not_errors(tmp_path, monkeypatch):
    """A unit with no requests: every section says there is no data, nothing raises."""
    path = build_fixture_store(tmp_path / "fixture.duckdb")
    at = open_page(path, monkeypatch, params={"unit": "33.74.09"})
    assert len(at.subheader) == SECTIONS
    assert len(at.info) >= 6
    assert len(at.get("plotly_chart")) == 0


def test_elapsed_toggle_changes_the_figures(demo_path, monkeypatch):
    """Switching from working to elapsed time changes the headline, the distribution, ECDF and trend
    charts and the distribution table (their queries are run for the chosen measure only)."""
    at = open_page(demo_path, monkeypatch)
    working = metrics(at)
    working_charts = [c.proto.spec for c in at.get("plotly_chart")[:3]]
    working_table = at.dataframe[0].value
    at.session_state["sp_measure"] = "elapsed"
    at.run()
    assert not at.exception
    assert not at.error, [e.value for e in at.error]
    elapsed = metrics(at)
    changed = [label for label in working if working[label] != elapsed.get(label)]
    assert changed, "no headline figure changed"
    assert any("kalender" in label for label in elapsed)
    # distribution box, ECDF and monthly trend
    for before, chart in zip(working_charts, at.get("plotly_chart")[:3], strict=True):
        assert chart.proto.spec != before
    elapsed_table = at.dataframe[0].value
    assert elapsed_table["n"].tolist() == working_table["n"].tolist()
    assert elapsed_table["p90"].tolist() != working_table["p90"].tolist()
    assert at.query_params["sp_measure"] == "elapsed"


def test_url_parameters_round_trip(demo_path, monkeypatch):
    """Filters given in the URL are applied and written back unchanged."""
    params = {
        "sp_grain": "semester",
        "sp_from": "2024-S1",
        "sp_to": "2025-S1",
        "sp_svc": "L01,L03",
        "sp_ch": "loket",
        "sp_measure": "elapsed",
        "sp_event": "2024-07-01",
        "sp_win": "12",
        "sp_rw": "unit",
    }
    at = open_page(demo_path, monkeypatch, params=params)
    for key, value in params.items():
        assert at.query_params[key] == value, key
    assert at.session_state["sp_svc"] == ["L01", "L03"]
    table_names = {str(v) for df in at.dataframe for v in df.value.iloc[:, 0]}
    assert "Rekomendasi Akta Kelahiran" in table_names
    assert "Surat Keterangan Ahli Waris" not in table_names
