"""Automated imports from the inbox folder, on the fixture store: imported files move to done/,
refused ones to refused/ with a report of every problem by row and column; nothing half-imported,
the same file never twice, a file still being written left alone; each import in the import
history and the audit trail."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

from dashboard.ops import gateway, inbox
from tests.fixture_store import NIP_A, build_fixture_store

NOW = dt.datetime(2026, 11, 28, 22, 0)
GOOD = (
    "request_id,service_id,unit_id,handled_by,channel,received_at,completed_at,due_at,status,rework_count\n"
    f"x01,S1,33.74.09.1001,{NIP_A},loket,2025-09-01 09:00,2025-09-01 09:40,,selesai,0\n"
    f"x02,S2,33.74.09.1002,,online,2025-09-02 10:00,,,proses,0\n"
)
# row 3 (spreadsheet row, header = 1): an unknown service; row 4: completed before received
BAD = (
    "request_id,service_id,unit_id,handled_by,channel,received_at,completed_at,due_at,status,rework_count\n"
    "y01,S1,33.74.09.1001,,loket,2025-09-01 09:00,2025-09-01 09:40,,selesai,0\n"
    "y02,S9,33.74.09.1001,,loket,2025-09-01 09:00,2025-09-01 09:40,,selesai,0\n"
    "y03,S1,33.74.09.1001,,loket,2025-09-01 09:00,2025-09-01 08:40,,selesai,0\n"
)


@pytest.fixture(scope="module")
def master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_fixture_store(tmp_path_factory.mktemp("ops-inbox") / "kinerja.duckdb")


@pytest.fixture
def store(master: Path, tmp_path: Path):
    path = tmp_path / "kinerja.duckdb"
    shutil.copy(master, path)
    with gateway.FileStore(path) as opened:
        yield opened


def _drop(folder: Path, name: str, text: str, age_seconds: float = 120) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    stamp = NOW.timestamp() - age_seconds
    os.utime(path, (stamp, stamp))
    return path


def _count(store, sql: str) -> int:
    with store.transaction() as cur:
        return cur.execute(sql).fetchone()[0]


def test_a_good_file_is_imported_logged_audited_and_moved_to_done(store, tmp_path: Path) -> None:
    """service_logs-2026-11-28.csv lands (2 new logs), import_log and audit_log say so, the file is in done/."""
    box = tmp_path / "inbox"
    _drop(box, "service_logs-2026-11-28.csv", GOOD)
    before = _count(store, "select count(*) from service_logs")
    [outcome] = inbox.scan(store, box, now=NOW)
    assert (outcome.table, outcome.outcome) == ("service_logs", "berhasil")
    assert _count(store, "select count(*) from service_logs") == before + 2
    assert _count(store, "select count(*) from service_log_facts where request_id in ('x01', 'x02')") == 2
    assert list(box.glob("*.csv")) == []
    assert [p.name for p in (box / "done").iterdir()] == ["20261128-220000-service_logs-2026-11-28.csv"]
    with store.transaction() as cur:
        log = cur.execute("select username, file_name, table_name, rows_new, outcome from import_log").fetchall()
        trail = cur.execute("select username, role, action, target, detail from audit_log").fetchall()
    assert log == [("inbox", "service_logs-2026-11-28.csv", "service_logs", 2, "berhasil")]
    assert trail == [("inbox", "admin", "import", "service_logs", "service_logs-2026-11-28.csv: berhasil")]


def test_a_bad_file_changes_nothing_and_its_report_lists_every_problem(store, tmp_path: Path) -> None:
    """One bad row refuses the whole file: no row lands, the file and a report by row and column are in refused/."""
    box = tmp_path / "inbox"
    _drop(box, "service_logs-minggu48.csv", BAD)
    before = _count(store, "select count(*) from service_logs")
    [outcome] = inbox.scan(store, box, now=NOW)
    assert outcome.outcome == "ditolak"
    assert _count(store, "select count(*) from service_logs") == before
    assert _count(store, "select count(*) from service_logs where request_id like 'y%'") == 0
    refused = sorted(p.name for p in (box / "refused").iterdir())
    assert refused == [
        "20261128-220000-service_logs-minggu48.csv",
        "20261128-220000-service_logs-minggu48.csv.laporan.txt",
    ]
    report = outcome.report.read_text(encoding="utf-8")
    assert "3 baris dibaca, 2 masalah" in report
    assert "Baris 3, kolom service_id" in report
    assert "Baris 4, kolom completed_at" in report
    assert _count(store, "select count(*) from import_log where outcome = 'ditolak'") == 1
    assert _count(store, "select count(*) from audit_log where action = 'import' and detail like '%ditolak'") == 1


def test_the_same_file_is_never_imported_twice(store, tmp_path: Path) -> None:
    """The same bytes under another name (or after a crash before the move) go to done/ without a second import."""
    box = tmp_path / "inbox"
    _drop(box, "service_logs-a.csv", GOOD)
    inbox.scan(store, box, now=NOW)
    _drop(box, "service_logs-b.csv", GOOD)
    [again] = inbox.scan(store, box, now=NOW + dt.timedelta(minutes=1))
    assert again.outcome == "sudah"
    assert "sudah diimpor" in again.report.read_text(encoding="utf-8")
    assert _count(store, "select count(*) from import_log") == 1


def test_a_file_still_being_written_is_left_alone(store, tmp_path: Path) -> None:
    """A file changed seconds ago, a .part file and an Excel lock file are not picked up; later the file is."""
    box = tmp_path / "inbox"
    fresh = _drop(box, "service_logs-now.csv", GOOD, age_seconds=2)
    _drop(box, "service_logs-next.csv.part", GOOD)
    _drop(box, "~$service_logs-x.xlsx", "lock")
    assert inbox.scan(store, box, now=NOW) == []
    assert fresh.exists()
    os.utime(fresh, (NOW.timestamp() - 60, NOW.timestamp() - 60))
    [outcome] = inbox.scan(store, box, now=NOW)
    assert outcome.file_name == "service_logs-now.csv" and outcome.outcome == "berhasil"
    assert (box / "service_logs-next.csv.part").exists()


def test_file_names_say_the_table() -> None:
    """service_logs-... is service_logs (not services); a name without a table has none."""
    assert inbox.table_for("service_logs-2026-11-28.csv") == "service_logs"
    assert inbox.table_for("services.xlsx") == "services"
    assert inbox.table_for("survey_responses-minggu48.xlsx") == "survey_responses"
    assert inbox.table_for("laporan.csv") is None


def test_a_file_without_a_table_is_refused_with_a_reason(store, tmp_path: Path) -> None:
    box = tmp_path / "inbox"
    _drop(box, "laporan-bulanan.csv", GOOD)
    [outcome] = inbox.scan(store, box, now=NOW)
    assert outcome.outcome == "ditolak"
    assert "tidak diawali nama tabel" in outcome.report.read_text(encoding="utf-8")


def test_a_mapping_sub_folder_names_the_mapping(store, tmp_path: Path) -> None:
    """inbox/boston311/export.csv is read with data/mappings/boston311.toml into service_logs."""
    box = tmp_path / "inbox"
    rows = (
        "case_enquiry_id,open_dt,target_dt,closed_dt,ontime,case_status,closure_reason,case_title,subject,reason,"
        "type,queue,department\n"
        "101,2025-09-01 09:00:00,2025-09-03 09:00:00,2025-09-01 12:00:00,ONTIME,Closed,ok,t,s,r,Pothole,q,PWDx\n"
    )
    _drop(box / "boston311", "export-311.csv", rows)
    [outcome] = inbox.scan(store, box, now=NOW)
    assert (outcome.table, outcome.outcome) == ("service_logs", "berhasil"), outcome.summary
    assert (box / "boston311" / "done").exists() is False
    assert [p.name for p in (box / "done").iterdir()] == ["20261128-220000-export-311.csv"]


def test_the_job_records_one_line(store, tmp_path: Path) -> None:
    """inbox_job records its result in ops_runs (what the admin sees)."""
    box = tmp_path / "inbox"
    _drop(box, "service_logs-2026-11-28.csv", GOOD)
    result = inbox.inbox_job(store, "admin", folder=box, settle_seconds=0)
    assert result.ok
    runs = store.read("ops_runs_latest")
    assert runs[["job", "ok", "trigger"]].values.tolist() == [["inbox", True, "admin"]]
    assert runs["summary"].iloc[0].startswith("1 berkas diimpor, 0 ditolak")


def test_scheduled_scans_that_find_nothing_are_not_recorded(store, tmp_path: Path) -> None:
    """An empty inbox every minute would bury the runs that did something: only the admin's scan is recorded."""
    box = tmp_path / "inbox"
    assert inbox.inbox_job(store, "jadwal", folder=box).ok
    assert store.read("ops_runs_latest").empty
    assert inbox.inbox_job(store, "admin", folder=box).summary == "Tidak ada berkas baru."
    assert store.read("ops_runs_latest")["trigger"].tolist() == ["admin"]
