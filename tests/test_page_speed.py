"""Kecepatan Layanan in AppTest: every section (tab) on the demo store, an empty selection, the
working/elapsed toggle, the URL round trip and the lazy tabs."""

from __future__ import annotations

import pytest

from dashboard.access.auth import User
from tests import pages
from tests.fixture_store import build_fixture_store
from tests.pages import open_app

CAMAT = User("camat", "camat")
PAGE = "speed/kecepatan_layanan.py"
TABS = ["distribution", "trend", "arrivals", "backlog", "rework", "policy"]


@pytest.fixture(scope="module")
def demo_path(demo_store_copy):
    path = demo_store_copy  # the session's demo store (tests/conftest.py), copied for this module
    return path


def open_page(path, monkeypatch, user=CAMAT, params: dict | None = None):
    """Kecepatan Layanan for ``user`` with URL ``params``, after the role's home page (as a browser would)."""
    at = open_app(path, monkeypatch, user, page=PAGE, params=params)
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    return at


def metrics(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def open_tab(at, tab: str):
    return pages.open_tab(at, "sp_tab", tab)


def test_every_section_renders_on_the_demo_store(demo_path, monkeypatch):
    """The headline and all six tabs draw charts, metrics and the before/after sentences on the demo store."""
    at = open_page(demo_path, monkeypatch)
    assert [s.value for s in at.subheader] == ["Ringkasan"]
    assert len(at.metric) == 7
    assert [tab.label for tab in at.tabs] == [
        "Sebaran waktu proses per layanan",
        "Tren bulanan",
        "Kapan permohonan datang",
        "Umur tunggakan",
        "Ketepatan: perbaikan berkas",
        "Sebelum dan sesudah kebijakan",
    ]
    charts, text, columns = {}, [], []
    for tab in TABS:
        open_tab(at, tab)
        assert len(at.metric) == 7, tab  # the headline stays above every tab
        charts[tab] = len(at.get("plotly_chart"))
        text += [m.value for m in at.markdown]
        columns += [str(list(df.value.columns)) for df in at.dataframe]
    assert charts == {"distribution": 2, "trend": 2, "arrivals": 2, "backlog": 1, "rework": 1, "policy": 1}
    joined = " ".join(text)
    assert "median" in joined and "95 % CI" in joined and "n = " in joined
    # the camat may see handler names in the oldest-backlog table
    assert any("Petugas" in c for c in columns)


def test_only_the_open_tab_runs_and_it_survives_a_language_switch(demo_path, monkeypatch):
    """Lazy tabs: a visit draws the headline and one section; the open tab is kept in the URL and across
    the language switch (its label changes, the tab does not)."""
    at = open_page(demo_path, monkeypatch, params={"sp_tab": "trend"})
    assert at.query_params["sp_tab"] == "trend"
    assert any(s.label == "Layanan untuk tren" for s in at.selectbox)
    assert not any(s.label == "Peristiwa kebijakan" for s in at.selectbox)  # the policy tab did not run
    at.session_state["lang"] = "en"
    at.run()
    assert not at.exception
    assert at.tabs[1].label == "Monthly trend"
    assert any(s.label == "Service for the trend" for s in at.selectbox)
    assert at.query_params["sp_tab"] == "trend"


def test_lurah_sees_only_their_unit(demo_path, monkeypatch):
    """A lurah is held to their own unit: the scope is stated and the backlog lists only that unit.

    (Every role that may open this page may also see names today; the query-level test
    tests/test_speed.py::test_fixture_store_exact_figures pins that names stay in the store
    when with_names is false.)"""
    at = open_page(demo_path, monkeypatch, user=User("lurah1", "lurah", unit_id="33.74.09.1003"))
    assert any("Bendan Ngisor" in c.value for c in at.caption)
    open_tab(at, "backlog")
    units = {str(v) for df in at.dataframe if "Unit kerja" in df.value.columns for v in df.value["Unit kerja"]}
    assert units == {"Kelurahan Bendan Ngisor"}


def test_empty_selection_gives_messages_not_errors(tmp_path, monkeypatch):
    """A unit with no requests: every tab says there is no data, nothing raises."""
    path = build_fixture_store(tmp_path / "fixture.duckdb")
    at = open_page(path, monkeypatch, params={"unit": "33.74.09"})
    for tab in TABS:
        open_tab(at, tab)
        assert len(at.info) >= 1, tab
        assert len(at.get("plotly_chart")) == 0, tab


def test_elapsed_toggle_changes_the_figures(demo_path, monkeypatch):
    """Switching from working to elapsed time changes the headline, the distribution and ECDF charts
    and the distribution table (their queries are run for the chosen measure only)."""
    at = open_page(demo_path, monkeypatch)
    working = metrics(at)
    working_charts = [c.proto.spec for c in at.get("plotly_chart")]
    assert len(working_charts) == 2
    working_table = at.dataframe[0].value
    at.session_state["sp_measure"] = "elapsed"
    at.run()
    assert not at.exception
    assert not at.error, [e.value for e in at.error]
    elapsed = metrics(at)
    changed = [label for label in working if working[label] != elapsed.get(label)]
    assert changed, "no headline figure changed"
    assert any("kalender" in label for label in elapsed)
    # distribution box and ECDF
    for before, chart in zip(working_charts, at.get("plotly_chart"), strict=True):
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
        "sp_tab": "policy",
    }
    at = open_page(demo_path, monkeypatch, params=params)
    for key, value in params.items():
        assert at.query_params[key] == value, key
    assert at.session_state["sp_svc"] == ["L01", "L03"]
    table_names = {str(v) for df in at.dataframe for v in df.value.iloc[:, 0]}
    assert "Rekomendasi Akta Kelahiran" in table_names
    assert "Surat Keterangan Ahli Waris" not in table_names
