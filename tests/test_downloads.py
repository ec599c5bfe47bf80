"""The one download path: every file a role can download is built only when its button is clicked,
is formula-neutralised where it is a table, and leaves an audit entry naming who took it."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
import streamlit as st
from streamlit.runtime.app_session import AppSession

from dashboard.access import audit_trail
from dashboard.access.auth import User
from dashboard.core import export, hardening, ui
from tests.conftest import REPO_ROOT
from tests.fixture_store import build_fixture_store
from tests.pages import open_app, served

CAMAT = User("camat", "camat")
HR = User("hr", "hr")


@pytest.fixture
def store(tmp_path) -> Path:
    return build_fixture_store(tmp_path / "store.duckdb")


def test_every_download_button_is_the_audited_one():
    """No page draws st.download_button itself: ui.download is the only caller."""
    callers = [
        f"{path.relative_to(REPO_ROOT)}:{n}"
        for path in (REPO_ROOT / "dashboard").rglob("*.py")
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\.download_button\(", line)
    ]
    assert callers == ["dashboard/core/ui.py:" + callers[0].split(":")[1]] and len(callers) == 1, callers


class _Spy:
    """Stands in for a Streamlit container: keeps what download_button was given."""

    def __init__(self):
        self.calls = []

    def download_button(self, label, data, file_name, mime, **kwargs):
        self.calls.append((label, data, file_name, mime, kwargs))


def test_a_download_is_built_on_click_and_audited_as_the_user_shown_the_button(store, monkeypatch):
    built = []
    spy = _Spy()
    with served(store, monkeypatch):
        st.session_state["user"] = CAMAT
        try:
            ui.download("Unduh", lambda: built.append(1) or b"isi", "tabel.csv", ui.CSV, key="k", where=spy)
        finally:
            del st.session_state["user"]
        ((_, deliver, file_name, mime, kwargs),) = spy.calls
        assert callable(deliver) and built == [] and kwargs["on_click"] == "ignore"  # nothing built yet
        assert deliver() == b"isi" and built == [1]
        from dashboard.core import data

        cursor = data.reader_cursor(data._connection(*data.store_identity(data.db_path())))
        rows = cursor.execute("select username, role, action, target from audit_log").fetchall()
        assert rows == [("camat", "camat", "export", "tabel.csv")]
        assert audit_trail.verify(cursor)[0] == []
        cursor.close()


@pytest.mark.parametrize(
    "user, page",
    [
        (CAMAT, "camat/ringkasan_kinerja.py"),
        (CAMAT, "camat/perbandingan_unit.py"),
        (HR, "pegawai/cari_pegawai.py"),
    ],
)
def test_pages_build_no_export_file_until_asked(store, monkeypatch, user, page):
    """A page run writes no CSV, XLSX or PDF: they are built when a download is clicked."""
    from dashboard.camat import report as report_unit

    made = []
    for module, name in ((export, "to_csv"), (export, "to_xlsx"), (report_unit, "build_report")):
        monkeypatch.setattr(module, name, lambda *a, _n=name, **k: made.append(_n) or b"")
    at = open_app(store, monkeypatch, user, page)
    assert not at.exception, at.exception
    assert at.get("download_button"), "the page offers downloads"
    assert made == []


def test_shipped_configuration_hides_the_grid_export_and_bounds_uploads():
    config = tomllib.loads((REPO_ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["client"]["disableDataExport"] is True
    assert config["server"]["maxUploadSize"] <= 50


def test_a_clear_cache_message_from_a_browser_empties_no_cache():
    calls = []

    @st.cache_data
    def guarded(x):
        calls.append(x)
        return x

    guarded(1)
    hardening.install()

    class Session:  # what the handler touches of an AppSession
        _session_state: dict = {"user": "kept"}

    AppSession._handle_clear_cache_request(Session())
    guarded(1)
    assert calls == [1] and Session._session_state == {"user": "kept"}


def test_the_lurah_unit_pdf_names_no_other_unit(store):
    """A unit head's report anonymises the other units, as the page does; another unit is refused."""
    import io

    from pypdf import PdfReader

    from dashboard.camat import report as report_unit
    from dashboard.core import queries
    from dashboard.core.store import open_reader, reader_cursor

    con = open_reader(store)
    cur = reader_cursor(con)
    try:
        fetch = lambda name, **params: queries.run(cur, name, **params)  # noqa: E731
        names = dict(queries.run(cur, "units")[["unit_id", "name"]].itertuples(index=False, name=None))
        own = "33.74.09.1001"
        document = report_unit.report_for_viewer(fetch, "2025-S1", own, own, charts=False)
        text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(document)).pages)
        assert names[own] in text and "Unit lain" in text
        assert [name for unit, name in names.items() if unit != own and name in text] == []
        camat_text = "\n".join(
            p.extract_text()
            for p in PdfReader(
                io.BytesIO(report_unit.report_for_viewer(fetch, "2025-S1", own, None, charts=False))
            ).pages
        )
        assert any(name in camat_text for unit, name in names.items() if unit != own)  # the camat's names all
        with pytest.raises(PermissionError):
            report_unit.report_for_viewer(fetch, "2025-S1", "33.74.09.1002", own)
    finally:
        cur.close()
        con.close()


def test_a_budget_counts_per_session_and_in_all_within_its_window():
    """What bounds deck builds and visitors' audit entries."""
    from dashboard.core.limits import Budget

    budget = Budget(per_session=2, per_process=3, window=60.0)
    assert [budget.allow("a", now=0.0) for _ in range(3)] == [True, True, False]
    assert budget.allow("b", now=1.0) and not budget.allow("c", now=2.0)  # the process budget is spent
    assert budget.allow("c", now=61.5)  # the first two fell out of the window


def test_the_one_time_password_file_is_audited_and_leaves_the_session_once_taken(store, monkeypatch):
    from streamlit.runtime.media_file_manager import MediaFileManager

    captured = {}
    original = MediaFileManager.add_deferred

    def spy(self, data_callable, mimetype, coordinates, file_name=None, **kwargs):
        captured[file_name] = data_callable
        return original(self, data_callable, mimetype, coordinates, file_name=file_name, **kwargs)

    monkeypatch.setattr(MediaFileManager, "add_deferred", spy)
    at = open_app(store, monkeypatch, User("admin", "admin"), "access/pengguna.py")
    at.button(key="bulk_create").click().run()
    assert not at.exception, at.exception
    content = captured["akun_pegawai.csv"]()
    assert b"NIP" in content
    from dashboard.core import data

    cursor = data.reader_cursor(data._connection(*data.store_identity(data.db_path())))
    rows = cursor.execute("select username, action, target from audit_log where action = 'export'").fetchall()
    cursor.close()
    assert rows == [("admin", "export", "akun_pegawai.csv")]
    at.run()
    assert "bulk_csv" not in at.session_state  # the clear passwords are not kept once delivered
