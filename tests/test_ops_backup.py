"""Backups and restore, end to end on real stores: what nobody can re-create (follow-ups, responses,
self-assessments, accounts, the audit trail) comes back after the store is damaged or deleted, and a
backup killed half-way leaves the store and the earlier backups intact."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from dashboard.access import auth
from dashboard.core import queries
from dashboard.ops import backup, gateway, jobs
from tests.fixture_store import NIP_A, NIP_B, build_fixture_store

REPO = Path(__file__).resolve().parents[1]
UNREPLACEABLE = ("follow_ups", "appraisal_responses", "self_assessments", "users", "audit_log")


def _add_unreplaceable_rows(path: Path) -> None:
    """Follow-ups, an employee's response and self-assessment, an account and audit entries."""
    with gateway.FileStore(path) as store, store.transaction() as cur:
        for i in range(3):
            queries.run(
                cur,
                "follow_up_insert",
                unit_id="33.74.09.1001",
                meeting_date=dt.date(2025, 7, 7),
                issue=f"Tunggakan {i}",
                action="Tambah petugas loket",
                person_in_charge="Lurah Satu",
                due_date=dt.date(2025, 8, 1),
                created_by="camat",
            )
        queries.run(
            cur,
            "self_response_upsert",
            nip=NIP_A,
            period="2025-S1",
            response="keberatan",
            reasons="Bukti dukung belum dipertimbangkan",
            plan="Ikut bimtek",
            changed_at=dt.datetime(2025, 7, 20, 10, 0),
        )
        ratings = dict.fromkeys(
            ("berorientasi_pelayanan", "akuntabel", "kompeten", "harmonis", "loyal", "adaptif", "kolaboratif"),
            "sesuai",
        )
        queries.run(
            cur,
            "self_assessment_upsert",
            nip=NIP_B,
            period="2025-S1",
            rating_results="di_atas",
            rating_behaviour="sesuai",
            note="Catatan",
            changed_at=dt.datetime(2025, 7, 21, 9, 0),
            **ratings,
        )
        auth.add_user(cur, "camat.uji", "Kantor-Gajahmungkur-2026", "camat", display_name="Camat Uji")
        auth.audit(cur, auth.User("camat", "camat"), "sign_in")
        auth.audit(cur, auth.User("camat", "camat"), "open_record", f"nip:{NIP_A}")


def _rows(path: Path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {t: sorted(con.execute(f"select * from {t}").fetchall(), key=repr) for t in UNREPLACEABLE}
    finally:
        con.close()


@pytest.fixture(scope="module")
def master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = build_fixture_store(tmp_path_factory.mktemp("ops-backup") / "kinerja.duckdb")
    _add_unreplaceable_rows(path)
    return path


@pytest.fixture
def store_path(master: Path, tmp_path: Path) -> Path:
    path = tmp_path / "kinerja.duckdb"
    shutil.copy(master, path)
    return path


def test_backup_restore_after_the_store_is_damaged(store_path: Path, tmp_path: Path) -> None:
    """Back up with the CLI (it prints the path), write garbage over the store, restore: every row is back."""
    before = _rows(store_path)
    assert [len(before[t]) for t in UNREPLACEABLE] == [3, 1, 1, 1, 2]
    out = subprocess.run(
        [sys.executable, "-m", "dashboard", "backup", "--db", str(store_path), "--to", str(tmp_path / "bk")],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    made = Path(out.stdout.strip())
    assert made.parent == tmp_path / "bk" and made.exists()
    assert made.name.startswith("kinerja-") and made.name.endswith(".duckdb")
    store_path.write_bytes(b"not a database" * 100)  # damaged

    done = subprocess.run(
        [sys.executable, "-m", "dashboard", "restore", str(made), "--db", str(store_path)],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert _rows(store_path) == before
    # the damaged file was set aside, not deleted
    assert [p.read_bytes()[:14] for p in tmp_path.glob("kinerja.duckdb.sebelum-pulih-*")] == [b"not a database"]
    with gateway.FileStore(store_path) as store, store.transaction() as cur:
        new_id = queries.run(
            cur,
            "follow_up_insert",
            unit_id="33.74.09.1001",
            meeting_date=dt.date(2025, 9, 1),
            issue="Baru",
            action="Baru",
            person_in_charge="Lurah",
            due_date=dt.date(2025, 9, 30),
            created_by="camat",
        )["id"].iloc[0]
    assert new_id == 4  # the id sequence continues after the restored follow-ups


def test_restore_after_the_store_is_deleted_and_sequences_continue(store_path: Path, tmp_path: Path) -> None:
    """Delete the store and its WAL; restore brings back every row; a new audit entry gets the next id."""
    before = _rows(store_path)
    with gateway.FileStore(store_path) as store:
        made = backup.take(store, tmp_path / "bk", keep=5)
    assert made.verified and made.counts["follow_ups"] == 3
    store_path.unlink()
    backup.restore(made.path, store_path)
    assert _rows(store_path) == before
    with gateway.FileStore(store_path) as store, store.transaction() as cur:
        auth.audit(cur, auth.User("admin", "admin"), "sign_in")
        ids = [r[0] for r in cur.execute("select audit_id from audit_log order by audit_id").fetchall()]
    assert ids == [1, 2, 3]


def test_a_damaged_backup_changes_nothing(store_path: Path, tmp_path: Path) -> None:
    """Restoring from a file that is not a backup is refused before the store is touched."""
    bad = tmp_path / "kinerja-2026-11-28-013000.duckdb"
    bad.write_bytes(b"garbage" * 1000)
    before = store_path.read_bytes()
    with pytest.raises(backup.BackupError):
        backup.restore(bad, store_path)
    assert store_path.read_bytes() == before


def test_backups_are_named_by_date_and_pruned(store_path: Path, tmp_path: Path) -> None:
    """Three backups with keep=2: the two newest stay; the job records itself in backup_log and ops_runs."""
    folder = tmp_path / "bk"
    with gateway.FileStore(store_path) as store:
        for day in range(3, 5):
            made = backup.take(store, folder, keep=2, now=dt.datetime(2026, 11, day, 1, 30))
            assert made.verified
        result = jobs.backup_job(store, "cli", folder=folder, keep=2)
        assert result.ok, result.summary
        recent = store.read("backup_log_recent", limit=10)
        runs = store.read("ops_runs_latest")
    names = [p.name for p in backup.list_backups(folder)]
    assert len(names) == 2 and names[1] == "kinerja-2026-11-04-013000.duckdb"
    assert recent["verified"].tolist() == [True]
    assert runs[["job", "ok", "trigger"]].values.tolist() == [["backup", True, "cli"]]


def test_killed_mid_backup_leaves_store_and_earlier_backups_intact(store_path: Path, tmp_path: Path) -> None:
    """SIGKILL the process while it copies the third table: the earlier backup still verifies, the store
    opens with every row, the half-written file never gets a backup's name, and the next backup works."""
    folder = tmp_path / "bk"
    with gateway.FileStore(store_path) as store:
        first = backup.take(store, folder, keep=5, now=dt.datetime(2026, 11, 1, 1, 30))
    before = _rows(store_path)
    script = f"""
import os, signal
from dashboard.ops import backup, gateway
copied = []
original = backup._copy_table
def dying_copy(cursor, table):
    copied.append(table)
    if len(copied) == 3:
        os.kill(os.getpid(), signal.SIGKILL)
    original(cursor, table)
backup._copy_table = dying_copy
store = gateway.FileStore({str(store_path)!r})
backup.take(store, {str(folder)!r}, keep=5)
"""
    killed = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True)
    assert killed.returncode == -9
    assert [p.name for p in folder.iterdir() if p.name.endswith(".part")]  # it was killed mid-way
    assert backup.list_backups(folder) == [first.path]
    assert backup.verify(first.path, first.counts) == first.counts
    assert _rows(store_path) == before
    with gateway.FileStore(store_path) as store:
        again = backup.take(store, folder, keep=5)
    assert again.verified
    assert not [p for p in folder.iterdir() if p.name.endswith(".part")]  # the leftover was cleared


def test_restore_refuses_a_store_in_use(store_path: Path, tmp_path: Path) -> None:
    """While another process holds the store (the dashboard), restore says so and changes nothing."""
    with gateway.FileStore(store_path) as store:
        made = backup.take(store, tmp_path / "bk", keep=2)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb, sys; c = duckdb.connect({str(store_path)!r}); print('held', flush=True); sys.stdin.read()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(backup.BackupError, match="dipakai"):
            backup.restore(made.path, store_path)
    finally:
        holder.stdin.close()
        holder.wait()
    assert not list(tmp_path.glob("kinerja.duckdb.sebelum-pulih-*"))
    assert os.path.exists(store_path)


def test_backup_inside_the_running_dashboard_while_others_write(store_path: Path, tmp_path: Path, monkeypatch) -> None:
    """Through the app's own connection (the dashboard holds the store), with a session writing audit
    entries all the while: the backup is one snapshot (its counts verify) and the writes all land."""
    import threading

    from dashboard.core import data
    from tests.pages import served

    with served(store_path, monkeypatch):
        store = gateway.AppStore()
        stop, written = threading.Event(), []

        def keep_writing() -> None:
            while not stop.is_set():
                with data.transaction() as cur:
                    auth.audit(cur, auth.User("camat", "camat"), "sign_in")
                written.append(1)

        writer = threading.Thread(target=keep_writing)
        writer.start()
        try:
            made = backup.take(store, tmp_path / "bk", keep=2)
            made_again = backup.take(store, tmp_path / "bk", keep=2, now=dt.datetime(2030, 1, 1))
        finally:
            stop.set()
            writer.join()
        assert made.verified and made_again.verified
        assert made.counts["follow_ups"] == 3
        with data.transaction() as cur:
            total = cur.execute("select count(*) from audit_log").fetchone()[0]
    assert written and total == 2 + len(written)
    assert 2 <= made.counts["audit_log"] <= made_again.counts["audit_log"] <= total
    assert backup.verify(made_again.path) == made_again.counts
