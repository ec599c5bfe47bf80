"""The audit trail is tamper-evident (a hash chain, checked by `python -m dashboard audit-check`)
and visitors cannot fill it with noise (bounded text, limits per session and process)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from dashboard.access import audit_trail, auth
from dashboard.core import data
from tests.conftest import REPO_ROOT
from tests.fixture_store import build_fixture_store
from tests.pages import served

CAMAT = auth.User("camat", "camat")


@pytest.fixture
def store(tmp_path) -> Path:
    return build_fixture_store(tmp_path / "store.duckdb")


def _write(path: Path, n: int, start: int = 0) -> None:
    con = duckdb.connect(str(path))
    try:
        for i in range(start, start + n):
            con.execute("begin transaction")
            auth.audit(con, CAMAT, "export", f"tabel_{i}.csv", f"{i} rows")
            con.execute("commit")
        audit_trail.seal(con)
    finally:
        con.close()


def _verify(path: Path) -> tuple[list[str], int, int]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return audit_trail.verify(con)
    finally:
        con.close()


def _check(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "dashboard", "audit-check", "--db", str(path)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
    )


def test_sealed_chain_verifies_and_links_each_entry_to_the_one_before(store):
    _write(store, 4)
    breaks, sealed, unsealed = _verify(store)
    assert (breaks, sealed, unsealed) == ([], 4, 0)
    con = duckdb.connect(str(store), read_only=True)
    rows = con.execute("select chain_no, prev_hash, entry_hash from audit_log order by chain_no").fetchall()
    con.close()
    assert [r[0] for r in rows] == [1, 2, 3, 4]
    assert rows[0][1] == "" and all(rows[i][1] == rows[i - 1][2] for i in range(1, 4))
    assert _check(store).returncode == 0


@pytest.mark.parametrize(
    "tamper, expected",
    [
        ("update audit_log set detail = '0 rows' where chain_no = 2", "entri #2"),
        ("delete from audit_log where chain_no = 2", "entri #3"),
        ("update audit_log set username = 'hr' where chain_no = 4", "entri #4"),
    ],
)
def test_a_changed_or_deleted_entry_is_reported_as_a_break(store, tamper, expected):
    _write(store, 4)
    con = duckdb.connect(str(store))
    con.execute(tamper)
    con.close()
    breaks, _, _ = _verify(store)
    assert breaks and expected in breaks[0]
    result = _check(store)
    assert result.returncode == 1 and expected in result.stdout


def test_entries_written_through_the_app_are_sealed_after_commit(store, monkeypatch):
    with served(store, monkeypatch):
        for action in ("sign_in", "export", "open_record"):
            with data.transaction() as cursor:
                auth.audit(cursor, CAMAT, action, "x")
        cursor = data.reader_cursor(data._connection(*data.store_identity(data.db_path())))
        assert audit_trail.verify(cursor) == ([], 3, 0)
        cursor.close()


def test_target_and_detail_are_cut_short(store):
    con = duckdb.connect(str(store))
    auth.audit(con, auth.PUBLIC, "access_denied", "x" * 10_000, "y" * 10_000)
    target, detail = con.execute("select target, detail from audit_log").fetchall()[0]
    con.close()
    assert (len(target), len(detail)) == (200, 500)


def test_visitors_are_limited_per_session_and_in_all(monkeypatch):
    fresh = audit_trail.limits.Budget(
        audit_trail.PUBLIC_PER_SESSION, audit_trail.PUBLIC_PER_PROCESS, audit_trail.WINDOW_SECONDS
    )
    monkeypatch.setattr(audit_trail, "VISITORS", fresh)
    allowed = [audit_trail.allow("s1", "public", now=1.0) for _ in range(audit_trail.PUBLIC_PER_SESSION + 5)]
    assert allowed.count(True) == audit_trail.PUBLIC_PER_SESSION
    assert audit_trail.allow("s1", "camat", now=1.0)  # signed-in users are never dropped
    assert audit_trail.allow("s1", "public", now=1.0 + audit_trail.WINDOW_SECONDS + 1)  # the window moved on
    sessions = [audit_trail.allow(f"other{i}", "public", now=2.0) for i in range(audit_trail.PUBLIC_PER_PROCESS)]
    assert not all(sessions)  # many sessions cannot add up past the process limit
    assert sum(sessions) + 1 == audit_trail.PUBLIC_PER_PROCESS


def test_the_cli_import_is_audited_and_sealed(store, tmp_path):
    source = tmp_path / "units.csv"
    source.write_text("unit_id,name,kind\n33.74.09.9999,Kelurahan Uji,kelurahan\n", encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "dashboard", "import", "units", str(source), "--db", str(store)],
        cwd=REPO_ROOT,
        capture_output=True,
        check=False,
    )
    con = duckdb.connect(str(store), read_only=True)
    rows = con.execute("select action, target, detail, entry_hash is not null from audit_log").fetchall()
    con.close()
    assert len(rows) == 1 and rows[0][:2] == ("import", "units") and rows[0][3]
    assert "units.csv" in rows[0][2] and "sha256:" in rows[0][2]


def test_follow_up_writes_are_audited(store, monkeypatch):
    from tests.pages import open_app

    at = open_app(store, monkeypatch, CAMAT, "camat/tindak_lanjut.py")
    at.text_input(key="camat_fu_issue").input("Antrean panjang")
    at.text_area(key="camat_fu_action").input("Buka loket kedua")
    at.text_input(key="camat_fu_pic").input("Lurah")
    [b for b in at.button if b.label == "Simpan"][0].click().run()
    assert not at.exception, at.exception
    at.button(key="camat_fu_update").click().run()
    assert not at.exception, at.exception
    cursor = data.reader_cursor(data._connection(*data.store_identity(data.db_path())))
    rows = cursor.execute("select username, action, target, detail from audit_log order by audit_id").fetchall()
    cursor.close()
    actions = [r[1] for r in rows]
    assert "follow_up_add" in actions and "follow_up_status" in actions
    assert all(r[0] == "camat" for r in rows if r[1].startswith("follow_up"))
