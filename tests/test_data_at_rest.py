"""Data at rest: the store, its log, the remembered-questions file and uploads are private to the
dashboard's user; the questions file names nobody; uploads are gone after the import; an XLSX
that unpacks to too much is refused before parsing."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from dashboard.core import data, hardening
from dashboard.datamgmt import importer, templates
from tests.conftest import REPO_ROOT
from tests.fixture_store import NIP_A, build_fixture_store
from tests.pages import served


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_cli_makes_a_store_readable_by_its_owner_only(tmp_path):
    path = tmp_path / "new.duckdb"
    subprocess.run([sys.executable, "-m", "dashboard", "init", "--db", str(path)], cwd=REPO_ROOT, check=True)
    assert mode(path) == 0o600


def test_the_app_makes_an_open_store_and_its_log_private(tmp_path, monkeypatch):
    path = build_fixture_store(tmp_path / "store.duckdb")
    path.chmod(0o644)
    before = os.umask(0o022)
    try:
        hardening.install()  # the entry script's umask
        with served(path, monkeypatch):
            with data.transaction() as cursor:
                cursor.execute("insert into audit_log (username, role, action) values ('x', 'camat', 'uji')")
            assert mode(path) == 0o600
            wal = Path(f"{path}.wal")
            assert not wal.exists() or mode(wal) == 0o600
    finally:
        os.umask(before)


def test_the_questions_file_is_private_and_names_nobody(tmp_path, monkeypatch):
    path = build_fixture_store(tmp_path / "store.duckdb")
    monkeypatch.setenv("KINERJA_REWARM", "1")
    with served(path, monkeypatch):
        monkeypatch.setattr(data, "_rewarm_in_background", lambda *a, **k: None)
        data.query("units")
        data.query("employee_scope", nip=NIP_A)
        kept = Path(f"{path}.questions.json")
        text = kept.read_text(encoding="utf-8")
        assert mode(kept) == 0o600
        assert NIP_A not in text and "units" in [name for name, _ in json.loads(text)]


def test_an_upload_is_deleted_after_the_import_reads_it():
    with importer.upload_on_disk("../../etc/data.csv", b"a,b\n1,2\n") as path:
        assert path.name == "data.csv" and path.read_bytes() == b"a,b\n1,2\n"
        assert mode(path) == 0o600 and mode(path.parent) == 0o700
    assert not path.exists() and not path.parent.exists()


def test_an_xlsx_unpacking_past_the_limit_is_refused_before_parsing(tmp_path, monkeypatch):
    import openpyxl

    source = tmp_path / "units.xlsx"
    source.write_bytes(templates.xlsx_bytes("units"))
    store = build_fixture_store(tmp_path / "store.duckdb")
    monkeypatch.setattr(importer, "XLSX_MAX_UNPACKED_MB", 0)

    def never(*args, **kwargs):
        raise AssertionError("the workbook was parsed")

    monkeypatch.setattr(openpyxl, "load_workbook", never)
    con = duckdb.connect(str(store))
    try:
        check = importer.validate(con, "units", source)
    finally:
        con.close()
    assert check.error_count == 1 and "MB" in check.problems[0].message


@pytest.mark.parametrize("payload", [b"PK\x03\x04 not a zip", b"plain text"])
def test_an_xlsx_that_is_no_zip_is_refused_readably(tmp_path, payload):
    source = tmp_path / "bad.xlsx"
    source.write_bytes(payload)
    problem = importer._check_file(source, "id")
    assert problem is not None and "tidak dapat dibaca" in problem.message
