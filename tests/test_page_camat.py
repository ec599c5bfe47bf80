"""AppTest of the camat's pages on one small demo store: every semester, filters, URL, follow-ups, scope."""

from __future__ import annotations

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from dashboard.access.auth import User
from tests import pages
from tests.pages import open_app

PERIODS: list[str] = []
CAMAT = User("camat", "camat")
OVERVIEW_TABS = ("achievement", "kurva", "monthly")
PAGES = ("camat/ringkasan_kinerja.py", "camat/perbandingan_unit.py", "camat/detail_unit.py", "camat/tindak_lanjut.py")


@pytest.fixture(scope="module")
def demo_store(demo_store_copy):
    path = demo_store_copy  # the session's demo store (tests/conftest.py), copied for this module
    from dashboard.core import queries
    from dashboard.core.store import open_reader, reader_cursor

    con = open_reader(path)  # before the app attaches the file read-write in this process
    PERIODS.extend(queries.run(reader_cursor(con), "semesters")["period"].tolist())
    con.close()
    st.cache_data.clear()  # the module's tests then share the app's caches, as sessions of one server do
    st.cache_resource.clear()
    yield path
    st.cache_data.clear()
    st.cache_resource.clear()


def semesters(demo_store) -> list[str]:
    return list(PERIODS)


def opened(path, monkeypatch, page: str, user: User = CAMAT, **params: str) -> AppTest:
    """``page`` on the store at ``path`` for ``user`` with URL ``params``, checked to show no exception or error box."""
    at = open_app(path, monkeypatch, user, page, params, fresh=False, timeout=60)
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    return at


def test_ringkasan_is_the_default_page_for_the_camat(demo_store, monkeypatch):
    """The camat lands on Ringkasan Kinerja."""
    at = open_app(demo_store, monkeypatch, CAMAT, fresh=False, timeout=60)
    assert not at.exception
    assert at.title[0].value == "Ringkasan Kinerja"


def test_every_page_runs_for_every_semester(demo_store, monkeypatch):
    """Each page, and each tab of Ringkasan Kinerja, runs without exception and without an error box for each
    semester in the demo."""
    periods = semesters(demo_store)
    assert len(periods) >= 6
    for period in periods:
        for page in PAGES:
            at = opened(demo_store, monkeypatch, page, sem=period)
            if page == PAGES[0]:  # Ringkasan Kinerja: its other tabs too
                for tab in OVERVIEW_TABS[1:]:
                    open_tab(at, tab)


def open_tab(at: AppTest, tab: str) -> AppTest:
    return pages.open_tab(at, "rk_tab", tab)


def test_overview_draws_one_view_per_tab_and_keeps_it_in_the_url(demo_store, monkeypatch):
    """Ringkasan Kinerja shows what needs attention and the headline, then the semester's three views as tabs:
    only the open one is drawn (one chart), and the open tab is in the URL."""
    at = opened(demo_store, monkeypatch, PAGES[0], sem="2025-S2")
    assert [tab.label for tab in at.tabs] == [
        "Capaian semester per unit",
        "Kurva distribusi predikat",
        "Sesuai standar per bulan",
    ]
    drawn = {}
    for tab in OVERVIEW_TABS:
        open_tab(at, tab)
        assert len(at.metric) == 7, tab  # the headline stays above every tab
        charts = at.get("plotly_chart")
        assert len(charts) == 1, tab
        drawn[tab] = charts[0].proto.spec
        shown = at.query_params["rk_tab"]
        assert (shown[0] if isinstance(shown, list) else shown) == tab
    assert '"type":"bar"' in drawn["achievement"].replace(" ", "")
    assert '"type":"heatmap"' in drawn["monthly"].replace(" ", "")
    assert len(set(drawn.values())) == 3
    open_tab(at, "kurva")
    verdicts = at.dataframe[0].value["Hasil"]  # the kurva table under its chart, one row per bound
    assert len(verdicts) and all(v in ("✓ terpenuhi", "⚠ tidak terpenuhi") for v in verdicts), verdicts.tolist()


def test_changing_the_semester_changes_the_figures(demo_store, monkeypatch):
    """Headline figures follow the semester filter; the URL follows too."""
    at = opened(demo_store, monkeypatch, PAGES[0])
    first = {m.label: m.value for m in at.metric}
    latest = at.session_state["sem"]
    other = [p for p in semesters(demo_store) if p != latest][2]
    at.selectbox(key="w_sem").select(other).run()
    assert not at.exception
    second = {m.label: m.value for m in at.metric}
    assert at.query_params["sem"] == [other] or at.query_params["sem"] == other
    assert first != second
    assert first["Sesuai standar"] != second["Sesuai standar"]


def test_url_parameters_round_trip_into_detail_unit(demo_store, monkeypatch):
    """?unit=...&sem=... opens Detail Unit on that unit and semester, and stays in the URL."""
    at = opened(demo_store, monkeypatch, PAGES[2], unit="33.74.09.1003", sem="2025-S1")
    assert at.session_state["unit"] == "33.74.09.1003"
    assert at.session_state["sem"] == "2025-S1"
    assert any("Kelurahan Bendan Ngisor — Semester I 2025" in h.value for h in at.subheader)
    unit = at.query_params["unit"]
    assert (unit[0] if isinstance(unit, list) else unit) == "33.74.09.1003"


def test_funnel_and_league_table_show_bendan_ngisor_below(demo_store, monkeypatch):
    """The lagging kelurahan is flagged below the funnel limits after the policy."""
    at = opened(demo_store, monkeypatch, PAGES[1], sem="2026-S1")
    table = at.dataframe[0].value
    row = table[table["Unit kerja"] == "Kelurahan Bendan Ngisor"].iloc[0]
    assert row["Corong"].startswith("di bawah batas")
    assert at.get("plotly_chart")


def test_follow_up_saved_in_one_session_is_seen_in_another(demo_store, monkeypatch):
    """A follow-up recorded by the camat shows in a second session's list."""
    at = opened(demo_store, monkeypatch, PAGES[3])
    at.text_input(key="camat_fu_issue").input("Tunggakan surat pindah menumpuk")
    at.text_area(key="camat_fu_action").input("Tambah petugas verifikasi berkas pada hari Senin")
    at.text_input(key="camat_fu_pic").input("Lurah Bendan Ngisor")
    at.selectbox(key="camat_fu_unit").select("33.74.09.1003")
    submit = [b for b in at.button if b.label == "Simpan"][0]
    submit.click().run()
    assert not at.exception
    assert any("Tindak lanjut tersimpan" in s.value for s in at.success)

    other = opened(demo_store, monkeypatch, PAGES[3])
    actions = other.dataframe[0].value["Tindakan yang disepakati"].tolist()
    assert "Tambah petugas verifikasi berkas pada hari Senin" in actions


def test_lurah_sees_only_their_own_unit(demo_store, monkeypatch):
    """A lurah's overview and comparison show only their unit by name."""
    lurah = User("lurah3", "lurah", unit_id="33.74.09.1003")
    at = opened(demo_store, monkeypatch, PAGES[0], user=lurah, sem="2026-S1")
    attention = " ".join(m.value for m in at.markdown if m.value.startswith("- "))
    assert "Bendan Ngisor" in attention
    assert "Sampangan" not in attention and "Karangrejo" not in attention
    at = opened(demo_store, monkeypatch, PAGES[1], user=lurah, sem="2026-S1")
    assert at.dataframe[0].value["Unit kerja"].tolist() == ["Kelurahan Bendan Ngisor"]
    funnel = str(at.get("plotly_chart")[0].proto.spec)
    assert "Kelurahan Sampangan" not in funnel and "Unit lain" in funnel
