"""Impor Data and Kualitas Data pages (AppTest on a small demo store), and importing through
the app's own connection: readers see the new data on their next query, without a restart."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.access.auth import User
from dashboard.core import data
from dashboard.datamgmt import importer
from tests.pages import served

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def demo_master(demo_store_copy):
    path = demo_store_copy  # the session's demo store (tests/conftest.py), copied for this module
    return path


@pytest.fixture
def store(demo_master, tmp_path, monkeypatch):
    path = tmp_path / "demo.duckdb"
    shutil.copy(demo_master, path)
    with served(path, monkeypatch):
        yield path


def app(user: User) -> AppTest:
    at = AppTest.from_file(str(REPO / "dashboard/app.py"), default_timeout=60)
    at.session_state["user"] = user
    return at


def test_import_page_for_admin_shows_templates_and_uploader(store):
    """Admin opens Impor Data: table choice, templates, an uploader, no error."""
    at = app(User("admin", "admin"))
    at.run()
    at.switch_page("datamgmt/impor_data.py").run()
    assert not at.exception and not at.error
    assert at.title[0].value == "Impor Data"
    assert at.selectbox(key="imp_table").value == "units"
    assert "unggah berkas" in at.info[0].value


def test_import_page_refuses_other_roles(store):
    """The page itself refuses a camat, whatever the navigation shows."""
    at = AppTest.from_file(str(REPO / "dashboard/datamgmt/impor_data.py"), default_timeout=60)
    at.session_state["user"] = User("camat", "camat")
    at.run()
    assert not at.exception
    assert "hanya untuk admin" in at.error[0].value


def test_import_through_the_app_connection_is_seen_by_readers(store, tmp_path):
    """An import in data.transaction(): the next data.query sees it; import_log names the user."""
    before = data.query("store_tables").set_index("table_name")["row_count"]["services"]
    path = tmp_path / "services.csv"
    path.write_text("service_id;name;category;standard_minutes;fee\nBARU1;Layanan baru;Umum;120;0\n", encoding="utf-8")
    with data.transaction() as cursor:
        result = importer.import_file(cursor, "services", path, user="hr1")
    assert result.ok and result.new == 1
    after = data.query("store_tables").set_index("table_name")["row_count"]["services"]
    assert after == before + 1
    log = data.query("import_log_recent", limit=5)
    assert log[["username", "table_name", "rows_new", "outcome"]].values.tolist()[0] == [
        "hr1",
        "services",
        1,
        "berhasil",
    ]


def test_failed_import_in_the_app_rolls_back(store, tmp_path):
    before = data.query("store_tables")["row_count"].tolist()
    path = tmp_path / "bad.csv"
    path.write_text("service_id,name,category\nA,,K\n", encoding="utf-8")
    with data.transaction() as cursor:
        result = importer.import_file(cursor, "services", path, user="hr1")
    assert not result.ok
    assert data.query("store_tables")["row_count"].tolist() == before
    assert data.query("import_log_recent", limit=5)["outcome"].tolist() == ["ditolak"]


def test_quality_page_renders_with_import_log(store, tmp_path):
    """Kualitas Data for the camat: every section renders; the import history lists an import."""
    path = tmp_path / "events.csv"
    path.write_text("event_date,label\n2025-01-02,Uji impor\n", encoding="utf-8")
    with data.transaction() as cursor:
        importer.import_file(cursor, "policy_events", path, user="admin")
    at = app(User("camat", "camat"))
    at.run()
    at.switch_page("datamgmt/kualitas_data.py").run()
    assert not at.exception and not at.error
    assert at.title[0].value == "Kualitas Data"
    headers = [h.value for h in at.subheader]
    assert "Riwayat impor" in headers and "Bulan tanpa data per unit" in headers
    history = at.dataframe[-1].value
    assert history["Berkas"].tolist() == ["events.csv"]
    assert history["Pengguna"].tolist() == ["admin"]


def test_quality_page_in_english(store):
    at = app(User("admin", "admin"))
    at.session_state["lang"] = "en"
    at.run()
    at.switch_page("datamgmt/kualitas_data.py").run()
    assert not at.exception and not at.error
    assert at.title[0].value == "Data quality"
