"""The app shell through AppTest: first start on an empty path builds the demo; Tentang Data
shows the right counts; the language switch changes the labels; filters live in the URL."""

from __future__ import annotations

import duckdb
import pytest
import streamlit as st

from dashboard.core import fmt
from dashboard.core.store import CONTRACT_TABLES
from tests.pages import open_app


@pytest.fixture(scope="module")
def first_start(tmp_path_factory):
    """The app started with KINERJA_DB pointing at a file that does not exist yet."""
    path = tmp_path_factory.mktemp("first") / "baru" / "kinerja.duckdb"
    mp = pytest.MonkeyPatch()
    at = open_app(path, mp, timeout=180)
    yield at, path
    st.cache_resource.clear()
    mp.undo()


def test_first_start_builds_the_demo_store(first_start):
    at, path = first_start
    assert not at.exception and not at.error
    assert path.exists()
    assert any("DATA DEMO" in w.value for w in at.sidebar.warning)


def test_tentang_data_shows_the_stores_counts(first_start):
    at, path = first_start
    at.switch_page("datamgmt/tentang_data.py").run()
    assert [t.value for t in at.title] == ["Tentang Data"]
    st.cache_resource.clear()  # close the app's connection before reading the file directly
    con = duckdb.connect(str(path), read_only=True)
    expected = {table: con.execute(f"select count(*) from {table}").fetchone()[0] for table in CONTRACT_TABLES}
    con.close()
    at.run()
    shown = at.dataframe[0].value
    counts = dict(zip(shown["Tabel"], shown["Jumlah baris"], strict=True))
    assert counts == {table: fmt.number(n, lang="id") for table, n in expected.items()}
    summary = " ".join(c.value for c in at.caption)
    assert f"{fmt.number(expected['service_logs'], lang='id')} permohonan layanan" in summary


def test_language_switch_changes_the_labels(first_start):
    at, _ = first_start
    at.switch_page("datamgmt/tentang_data.py").run()
    assert at.title[0].value == "Tentang Data"
    at.sidebar.segmented_control[0].set_value("en").run()
    assert at.title[0].value == "About the data"
    assert "Rows" in at.dataframe[0].value.columns
    assert at.query_params["lang"] == "en"
    at.sidebar.segmented_control[0].set_value("id").run()
    assert at.title[0].value == "Tentang Data"
