"""Impor Data and Kualitas Data pages (AppTest on a small demo store), and importing through
the app's own connection: readers see the new data on their next query, without a restart."""

from __future__ import annotations

import shutil

import pytest

from dashboard.access.auth import User
from dashboard.core import data
from dashboard.datamgmt import importer
from tests.pages import open_app, served


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


def test_import_page_for_admin_shows_templates_and_uploader(store, monkeypatch):
    """Admin opens Impor Data: table choice, templates, an uploader, no error."""
    at = open_app(store, monkeypatch, User("admin", "admin"), "datamgmt/impor_data.py", timeout=60)
    assert not at.exception and not at.error
    assert at.title[0].value == "Impor Data"
    assert at.selectbox(key="imp_table").value == "units"
    assert "unggah berkas" in at.info[0].value


def test_import_page_refuses_other_roles(store, monkeypatch):
    """The page itself refuses a camat, whatever the navigation shows."""
    at = open_app(store, monkeypatch, User("camat", "camat"), script="datamgmt/impor_data.py", timeout=60)
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


def test_quality_page_renders_with_import_log(store, tmp_path, monkeypatch):
    """Kualitas Data for the camat: every section renders; the import history lists an import."""
    path = tmp_path / "events.csv"
    path.write_text("event_date,label\n2025-01-02,Uji impor\n", encoding="utf-8")
    with data.transaction() as cursor:
        importer.import_file(cursor, "policy_events", path, user="admin")
    # the caches as the import left them: the page must see the import through them
    at = open_app(store, monkeypatch, User("camat", "camat"), "datamgmt/kualitas_data.py", fresh=False, timeout=60)
    assert not at.exception and not at.error
    assert at.title[0].value == "Kualitas Data"
    headers = [h.value for h in at.subheader]
    assert "Riwayat impor" in headers and "Bulan tanpa data per unit" in headers
    history = at.dataframe[-1].value
    assert history["Berkas"].tolist() == ["events.csv"]
    assert history["Pengguna"].tolist() == ["admin"]


def test_quality_page_in_english(store, monkeypatch):
    admin = User("admin", "admin")
    at = open_app(store, monkeypatch, admin, "datamgmt/kualitas_data.py", state={"lang": "en"}, timeout=60)
    assert not at.exception and not at.error
    assert at.title[0].value == "Data quality"
