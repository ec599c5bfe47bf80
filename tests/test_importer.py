"""The importer: one test per validation rule, all-or-nothing, idempotence, update by key,
--skip-invalid, XLSX vs semicolon CSV, the CLI (exit codes, lock message), a SIGKILL
mid-import, templates and formula-safe exports. Real DuckDB stores, no mocks."""

from __future__ import annotations

import io
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import openpyxl
import pandas as pd
import pytest

from dashboard.core import export, queries
from dashboard.core.store import CONTRACT_TABLES, open_reader, reader_cursor, refresh_facts
from dashboard.datamgmt import importer, templates
from tests.fixture_store import NIP_A, NIP_D, build_fixture_store, derived_out_of_step

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def fixture_master(tmp_path_factory) -> Path:
    return build_fixture_store(tmp_path_factory.mktemp("imp") / "fixture.duckdb")


@pytest.fixture
def db(fixture_master, tmp_path) -> Path:
    """A private copy of the fixture store for one test."""
    path = tmp_path / "store.duckdb"
    shutil.copy(fixture_master, path)
    return path


def snapshot(db: Path) -> dict[str, list]:
    """Every contract table's rows, sorted: to prove a rejected file changed nothing."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: sorted(map(repr, con.execute(f"select * from {t}").fetchall())) for t in CONTRACT_TABLES}
    finally:
        con.close()


def run_import(db: Path, table: str, path: Path, **kwargs) -> importer.ImportResult:
    """Import in one transaction on a connection of the CLI's kind (store attached, default catalog)."""
    con = open_reader(db, read_only=False)
    cur = reader_cursor(con)
    cur.execute("begin transaction")
    try:
        result = importer.import_file(cur, table, path, **kwargs)
        cur.execute("commit")
    except BaseException:
        cur.execute("rollback")
        raise
    finally:
        cur.close()
        con.close()
    return result


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding=encoding)
    return path


LOG_HEADER = "request_id,service_id,unit_id,handled_by,channel,received_at,completed_at,due_at,status,rework_count"


def log_row(rid="n1", service="S1", unit="33.74.09.1001", nip=NIP_A, received="2025-09-01 09:00",
            completed="2025-09-01 10:00", status="selesai") -> str:  # fmt: skip
    return f"{rid},{service},{unit},{nip},loket,{received},{completed},,{status},0"


# (table, file text, expected row, expected column, fragment of the message)
BAD_FILES = {
    "missing_required_column": ("units", "unit_id,name\nX,Unit X\n", 1, "kind", "tidak ada di baris judul"),
    "wrong_type": (
        "services",
        "service_id,name,category,standard_minutes,fee\nS9,Legalisir,Legalisasi,satu jam,0\n",
        2,
        "standard_minutes",
        "bukan bilangan bulat",
    ),
    "empty_required": (
        "employees",
        f"nip,name,unit_id,position,position_kind\n{NIP_A[:-1]}9,,33.74.09.1001,Staf,pelaksana\n",
        2,
        "name",
        "Wajib diisi",
    ),
    "enumeration": ("units", "unit_id,name,kind,parent_id\nX,Desa X,desa,33.74.09\n", 2, "kind", "tidak termasuk"),
    "survey_range": (
        "survey_responses",
        "response_id,unit_id,service_id,responded_on,u1,u2,u3,u4,u5,u6,u7,u8,u9\n"
        "q9,33.74.09.1001,S1,2025-03-12,4,4,4,4,4,4,4,4,4\nq10,33.74.09.1001,S1,2025-03-12,4,4,5,4,4,4,4,4,4\n",
        3,
        "u3",
        "harus 1 sampai 4",
    ),
    "date_unparseable": (
        "service_logs",
        LOG_HEADER + "\n" + log_row(received="2025-13-45 09:00"),
        2,
        "received_at",
        "format yang diterima: TTTT-BB-HH jj:mm:dd",
    ),
    "completed_before_received": (
        "service_logs",
        LOG_HEADER + "\n" + log_row() + "\n" + log_row("n2", completed="2025-09-01 08:00"),
        3,
        "completed_at",
        "sebelum diterima",
    ),
    "unknown_unit": ("service_logs", LOG_HEADER + "\n" + log_row(unit="33.74.09.9999"), 2, "unit_id", "tabel units"),
    "unknown_service": ("service_logs", LOG_HEADER + "\n" + log_row(service="S99"), 2, "service_id", "tabel services"),
    "unknown_nip": (
        "service_logs",
        LOG_HEADER + "\n" + log_row(nip="198001012005011001"),
        2,
        "handled_by",
        "tabel employees",
    ),
    "malformed_nip_sex": (
        "employees",
        "nip,name,unit_id,position,position_kind\n198503122010013001,Ani,33.74.09.1001,Staf,pelaksana\n",
        2,
        "nip",
        "tidak sah",
    ),
    "malformed_nip_birth_date": (
        "employees",
        "nip,name,unit_id,position,position_kind\n198513322010011001,Ani,33.74.09.1001,Staf,pelaksana\n",
        2,
        "nip",
        "tidak sah",
    ),
    "malformed_nip_tmt": (
        "employees",
        "nip,name,unit_id,position,position_kind\n198503122010131001,Ani,33.74.09.1001,Staf,pelaksana\n",
        2,
        "nip",
        "tidak sah",
    ),
    "duplicate_key": (
        "services",
        "service_id,name,category\nS7,A,K\nS8,B,K\nS7,C,K\n",
        4,
        "service_id",
        "sama dengan baris 2",
    ),
    "non_positive_target": (
        "skp_targets",
        f"target_id,nip,period,indicator,aspect,target_value,measure_unit\nt9,{NIP_A},2025-S1,Surat,kuantitas,0,dok\n",
        2,
        "target_value",
        "lebih besar dari 0",
    ),
    "period_form": (
        "org_ratings",
        "unit_id,period,predikat\n33.74.09,2025-S3,baik\n",
        2,
        "period",
        "TTTT-S1 atau TTTT-S2",
    ),
    "done_without_completed": (
        "service_logs",
        LOG_HEADER + "\n" + log_row(completed=""),
        2,
        "completed_at",
        "waktu selesai kosong",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_each_rule_rejects_the_file_naming_row_and_column(db, tmp_path, case):
    """A file breaking one rule is rejected; the problem names row and column; the store is unchanged."""
    table, text, row, column, fragment = BAD_FILES[case]
    before = snapshot(db)
    result = run_import(db, table, write(tmp_path, f"{case}.csv", text))
    assert not result.ok
    hits = [p for p in result.problems if p.row == row and p.column == column and p.severity == "error"]
    assert hits, [p.line() for p in result.problems]
    assert fragment in hits[0].message
    assert snapshot(db) == before


def test_unknown_column_is_a_warning_not_an_error(db, tmp_path):
    result = run_import(db, "services", write(tmp_path, "s.csv", "service_id,name,category,catatan\nS7,A,K,x\n"))
    assert result.ok and result.new == 1
    assert [(p.row, p.column, p.severity) for p in result.problems] == [(1, "catatan", "warning")]


def test_english_messages(db, tmp_path):
    table, text, *_ = BAD_FILES["enumeration"]
    result = run_import(db, table, write(tmp_path, "e.csv", text), lang="en")
    assert "is not one of" in result.problems[0].message
    assert result.summary("en")[0].startswith("Import of units REJECTED")


def test_rejected_file_changes_nothing_and_is_logged(db, tmp_path):
    """One bad row among good ones: nothing lands; import_log records the refusal."""
    before = snapshot(db)
    text = LOG_HEADER + "\n" + log_row("n1") + "\n" + log_row("n2", unit="nope") + "\n" + log_row("n3")
    result = run_import(db, "service_logs", write(tmp_path, "x.csv", text), user="hr1")
    assert not result.ok and result.rejected == 1
    assert snapshot(db) == before
    con = duckdb.connect(str(db), read_only=True)
    log = con.execute("select username, table_name, outcome, rows_rejected, file_sha256 from import_log").fetchall()
    con.close()
    assert log == [("hr1", "service_logs", "ditolak", 1, importer.file_sha256(tmp_path / "x.csv"))]


def test_idempotent_then_update_by_key(db, tmp_path):
    text = LOG_HEADER + "\n" + log_row("n1") + "\n" + log_row("n2")
    path = write(tmp_path, "logs.csv", text)
    first = run_import(db, "service_logs", path)
    assert (first.ok, first.new, first.updated, first.unchanged) == (True, 2, 0, 0)
    before = snapshot(db)
    again = run_import(db, "service_logs", path)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 2)
    assert again.previous_import is not None
    assert "Tidak ada perubahan" in again.summary()[0]
    assert snapshot(db) == before
    corrected = write(tmp_path, "logs2.csv", LOG_HEADER + "\n" + log_row("n1", completed="2025-09-01 11:30") + "\n"
                      + log_row("n2"))  # fmt: skip
    fixed = run_import(db, "service_logs", corrected)
    assert (fixed.new, fixed.updated, fixed.unchanged) == (0, 1, 1)
    con = duckdb.connect(str(db), read_only=True)
    assert str(con.execute("select completed_at from service_logs where request_id = 'n1'").fetchall()[0][0]) == (
        "2025-09-01 11:30:00"
    )
    con.close()


def test_update_of_referenced_rows_keeps_references(db, tmp_path):
    """Units and employees referenced by logs can still get new names (non-key columns)."""
    path = write(
        tmp_path, "u.csv", "unit_id,name,kind,parent_id\n33.74.09.1001,Kelurahan Satu Baru,kelurahan,33.74.09\n"
    )
    result = run_import(db, "units", path)
    assert (result.ok, result.updated) == (True, 1)


def test_changing_the_unit_of_a_referenced_employee_is_reported_not_crashing(db, tmp_path):
    text = f"nip,name,unit_id,position,position_kind\n{NIP_D},Dewi Lestari,33.74.09.1001,Pengolah Data,pelaksana\n"
    before = snapshot(db)
    result = run_import(db, "employees", write(tmp_path, "e.csv", text))
    assert not result.ok
    assert result.problems[0].column == "unit_id" and "dirujuk" in result.problems[0].message
    assert snapshot(db) == before


def test_children_before_parents_in_one_file(db, tmp_path):
    text = "unit_id,name,kind,parent_id\nX.2,Anak,seksi,X.1\nX.1,Induk,sekretariat,33.74.09\n"
    result = run_import(db, "units", write(tmp_path, "u.csv", text))
    assert (result.ok, result.new) == (True, 2)


def test_skip_invalid_lands_valid_rows_and_writes_rejected_with_reason(db, tmp_path):
    text = LOG_HEADER + "\n" + log_row("n1") + "\n" + log_row("n2", unit="nope") + "\n" + log_row("n3")
    path = write(tmp_path, "mix.csv", text)
    result = run_import(db, "service_logs", path, skip_invalid=True)
    assert (result.ok, result.outcome, result.new, result.rejected) == (True, "sebagian", 2, 1)
    assert result.rejected_file == tmp_path / "mix.ditolak.csv"
    rejected = pd.read_csv(result.rejected_file, dtype=str, encoding="utf-8-sig")
    assert rejected["baris"].tolist() == ["3"]
    assert "unit_id" in rejected["alasan"][0] and "nope" in rejected["alasan"][0]
    assert rejected["request_id"].tolist() == ["n2"]
    assert any("mix.ditolak.csv" in line for line in result.summary())


def test_semicolon_bom_decimal_comma_title_rows_and_trailing_empty_rows(db, tmp_path):
    """What Excel in Indonesia writes: BOM, ';', '1.500,50', a merged title row, empty rows at the end."""
    text = (
        "Daftar Layanan Kecamatan;;;;\n"
        "service_id;name;category;standard_minutes;fee\n"
        "S7;Legalisir; Legalisasi ;120;1.500,50\n"
        'S8;"Surat; keterangan";Umum;90;0\n'
        ";;;;\n;;;;\n"
    )
    result = run_import(db, "services", write(tmp_path, "s.csv", text, encoding="utf-8-sig"))
    assert (result.ok, result.new, result.rows) == (True, 2, 2)
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("select * from services where service_id in ('S7', 'S8') order by 1").fetchall()
    con.close()
    assert [(r[0], r[1], r[2], r[3], float(r[4])) for r in rows] == [
        ("S7", "Legalisir", "Legalisasi", 120, 1500.5),
        ("S8", "Surat; keterangan", "Umum", 90, 0.0),
    ]


def test_row_numbers_count_title_rows(db, tmp_path):
    text = "Judul;;\n\nunit_id;name;kind\nA;Unit A;seksi\nB;Unit B;dusun\n"
    result = run_import(db, "units", write(tmp_path, "u.csv", text))
    assert [(p.row, p.column) for p in result.problems] == [(5, "kind")]


def test_xlsx_and_semicolon_csv_import_to_identical_rows(fixture_master, tmp_path):
    rows = [
        ("n1", "S1", "33.74.09.1001", NIP_A, "loket", "2025-09-01 09:00:00", "2025-09-01 10:15:00", None, "selesai", 0),
        ("n2", "S2", "33.74.09.1002", None, "online", "2025-09-02 14:30:00", None, "2025-09-05 16:00:00", "proses", 2),
    ]
    csv_text = LOG_HEADER.replace(",", ";") + "\n"
    for r in rows:
        # day-first Indonesian dates in the CSV
        cells = [pd.Timestamp(v).strftime("%d/%m/%Y %H:%M") if isinstance(v, str) and v[:2] == "20" else v for v in r]
        csv_text += ";".join("" if v is None else str(v) for v in cells) + "\n"
    csv_path = write(tmp_path, "logs.csv", csv_text)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Log layanan September"])  # a title row above the header
    sheet.append(LOG_HEADER.split(","))
    for r in rows:
        sheet.append([pd.Timestamp(v).to_pydatetime() if isinstance(v, str) and v[:2] == "20" else v for v in r])
    sheet.append([])
    xlsx_path = tmp_path / "logs.xlsx"
    book.save(xlsx_path)
    stores = []
    for name, path in (("a", csv_path), ("b", xlsx_path)):
        store = tmp_path / f"{name}.duckdb"
        shutil.copy(fixture_master, store)
        result = run_import(store, "service_logs", path)
        assert (result.ok, result.new) == (True, 2), result.summary()
        stores.append(snapshot(store))
    assert stores[0] == stores[1]


def test_xlsx_problem_rows_are_spreadsheet_rows(db, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Judul"])
    sheet.append(["unit_id", "name", "kind"])
    sheet.append(["A", "Unit A", "seksi"])
    sheet.append(["B", "Unit B", "dusun"])
    path = tmp_path / "u.xlsx"
    book.save(path)
    result = run_import(db, "units", path)
    assert [(p.row, p.column) for p in result.problems] == [(4, "kind")]


# ---------------------------------------------------------------- CLI


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "dashboard", *args], cwd=REPO, capture_output=True, text=True, timeout=120
    )


def test_cli_exit_codes_and_at_most_50_problems(db, tmp_path):
    text = "service_id,name,category\n" + "".join(f"Z{i},,K\n" for i in range(60))
    done = cli("import", "services", str(write(tmp_path, "s.csv", text)), "--db", str(db))
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Impor services DITOLAK: 60 masalah")
    assert lines[1] == "Baris 2, kolom name: Wajib diisi"
    assert len(lines) == 1 + 50 + 1 and lines[-1] == "… dan 10 masalah lainnya."
    assert "Traceback" not in done.stderr
    ok = cli("import", "services", str(write(tmp_path, "t.csv", "service_id,name,category\nZ1,A,K\n")), "--db", str(db))
    assert ok.returncode == 0 and ok.stdout.startswith("Impor services berhasil: 1 baru")


def test_cli_says_use_the_import_page_when_the_store_is_locked(db, tmp_path):
    holder = duckdb.connect(str(db))  # like a running dashboard holding the file read-write
    try:
        done = cli(
            "import", "services", str(write(tmp_path, "t.csv", "service_id,name,category\nZ1,A,K\n")), "--db", str(db)
        )
    finally:
        holder.close()
    assert done.returncode == 1
    assert "sedang dipakai" in done.stderr and "Impor Data" in done.stderr
    assert "Traceback" not in done.stderr


def test_sigkill_mid_import_leaves_the_store_as_it_was(db, tmp_path):
    """Kill a 300k-row CLI import while it writes; the store opens and is unchanged."""
    big = tmp_path / "big.csv"
    con = duckdb.connect()
    con.execute(
        f"copy (select 'k' || i as request_id, 'S1' as service_id, '33.74.09.1001' as unit_id, '{NIP_A}' as handled_by, "
        "'loket' as channel, strftime(timestamp '2025-01-01 08:00' + to_minutes(i), '%Y-%m-%d %H:%M') as received_at, "
        "strftime(timestamp '2025-01-01 08:30' + to_minutes(i), '%Y-%m-%d %H:%M') as completed_at, null as due_at, "
        "'selesai' as status, 0 as rework_count from range(300000) t(i)) to $p (header, delimiter ',')",
        {"p": str(big)},
    )
    con.close()
    before = snapshot(db)
    proc = subprocess.Popen(
        [sys.executable, "-m", "dashboard", "import", "service_logs", str(big), "--db", str(db)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    seen = []
    for line in proc.stderr:
        seen.append(line)
        if "Menulis" in line and "Menulis 0 " not in line:  # the first batch is written, more follow
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL, seen
    assert snapshot(db) == before
    con = duckdb.connect(str(db))
    assert con.execute("select count(*) from service_logs").fetchall()[0][0] == 10
    con.close()


# ---------------------------------------------------------------- templates and exports


@pytest.mark.parametrize("table", CONTRACT_TABLES)
def test_templates_have_schema_header_example_and_explanation(table):
    book = openpyxl.load_workbook(io.BytesIO(templates.xlsx_bytes(table)))
    data, help_sheet = book.worksheets
    header = [c.value for c in data[1]]
    assert header == templates.columns(table)
    assert any(c.value for c in data[2])
    explained = [row[0] for row in help_sheet.iter_rows(min_row=4, values_only=True)]
    assert explained == header
    assert all(row[4] for row in help_sheet.iter_rows(min_row=4, values_only=True)), "every column has a meaning"
    csv_text = templates.csv_bytes(table).decode("utf-8-sig")
    assert csv_text.splitlines()[0].split(";") == header


def test_templates_cli_writes_files(tmp_path):
    done = cli("templates", "--out", str(tmp_path / "tpl"))
    assert done.returncode == 0
    assert sorted(p.name for p in (tmp_path / "tpl").iterdir()) == sorted(
        f"{t}.{ext}" for t in CONTRACT_TABLES for ext in ("csv", "xlsx")
    )


def test_units_and_services_templates_import_into_the_fixture(db, tmp_path):
    """A template's own example row passes validation (after its parent exists)."""
    path = tmp_path / "services.xlsx"
    path.write_bytes(templates.xlsx_bytes("services"))
    result = run_import(db, "services", path)
    assert (result.ok, result.new) == (True, 1), result.summary()


FORMULAS = ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "aman"]


def test_csv_export_neutralises_formula_cells():
    frame = pd.DataFrame({"teks": FORMULAS, "angka": [1, -2, 3, 4, 5]})
    back = pd.read_csv(io.BytesIO(export.to_csv(frame)), encoding="utf-8-sig", dtype=str)
    assert back["teks"].tolist() == ['\'=HYPERLINK("http://x")', "'+1+1", "'-2+3", "'@SUM(A1)", "aman"]
    assert back["angka"].tolist() == ["1", "-2", "3", "4", "5"]  # numbers stay numbers


def test_xlsx_export_neutralises_formula_cells():
    frame = pd.DataFrame({"=kolom": FORMULAS, "angka": [1.5, -2, 3, 4, 5]})
    sheet = openpyxl.load_workbook(io.BytesIO(export.to_xlsx(frame, "data"))).active
    assert [c.value for c in sheet[1]] == ["'=kolom", "angka"]
    values = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert values == ['\'=HYPERLINK("http://x")', "'+1+1", "'-2+3", "'@SUM(A1)", "aman"]
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    assert [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)][:2] == [1.5, -2]


def test_rejected_rows_file_is_formula_safe(db, tmp_path):
    text = "service_id,name,category\n=cmd|' /C calc'!A0,,K\n"
    result = run_import(db, "services", write(tmp_path, "evil.csv", text), skip_invalid=True)
    content = result.rejected_file.read_text(encoding="utf-8-sig")
    assert "'=cmd" in content


def facts(db: Path, where: str = "true") -> list[tuple]:
    """The derived service_log_facts rows, sorted by request number, after checking that every
    derived table equals its live view."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert derived_out_of_step(con) == []
        cols = "request_id, status, working_minutes, on_standard, elapsed_hours, period"
        return con.execute(f"select {cols} from service_log_facts where {where} order by 1").fetchall()
    finally:
        con.close()


def test_imported_logs_reach_the_derived_facts_new_and_corrected(db, tmp_path):
    """r01 (S1, 45 working minutes) is corrected to 09:00 -> 10:30 (90 > the 60-minute standard); n1 is new."""
    path = write(
        tmp_path,
        "logs.csv",
        LOG_HEADER + "\n" + log_row("r01", received="2025-03-03 09:00", completed="2025-03-03 10:30") + "\n"
        + log_row("n1", received="2025-09-01 09:00", completed="2025-09-01 10:00"),
    )  # fmt: skip
    assert facts(db, "request_id = 'r01'")[0][2:4] == (45, True)
    result = run_import(db, "service_logs", path)
    assert (result.ok, result.new, result.updated) == (True, 1, 1)
    rows = {r[0]: r for r in facts(db)}
    assert rows["r01"][2:4] == (90, False)
    assert rows["n1"][2:4] == (60, True) and rows["n1"][5] == "2025-S2"


def test_a_changed_service_standard_recomputes_every_on_standard(db, tmp_path):
    """S1's standard 60 -> 30 minutes: r01 (45 min) and r02 (60 min) are no longer on standard."""
    before = {r[0]: r[3] for r in facts(db, "service_id = 'S1'")}
    assert before["r01"] is True and before["r02"] is True
    con = duckdb.connect(str(db), read_only=True)
    name, category = con.execute("select name, category from services where service_id = 'S1'").fetchone()
    con.close()
    path = write(tmp_path, "s.csv", f"service_id,name,category,standard_minutes,fee\nS1,{name},{category},30,0\n")
    assert run_import(db, "services", path).updated == 1
    after = {r[0]: r[3] for r in facts(db, "service_id = 'S1'")}
    assert after["r01"] is False and after["r02"] is False


def test_logs_written_by_another_tool_are_noticed_and_refreshed_on_open(db):
    """A store whose service_logs were written directly is out of step; the dashboard's open refreshes it."""
    from dashboard.core import data
    from dashboard.core.store import facts_in_step, store_identity

    con = duckdb.connect(str(db))
    con.execute(
        "insert into service_logs values ('x1', 'S1', '33.74.09.1001', null, 'loket', "
        "'2025-09-02 09:00', '2025-09-02 09:30', null, 'selesai', 0)"
    )
    assert not facts_in_step(con)
    con.close()
    data._connection(*store_identity(db)).close()
    assert facts(db, "request_id = 'x1'") == [("x1", "selesai", 30.0, True, 0.5, "2025-S2")]


def duplicate_groups(db: Path) -> list[tuple]:
    con = open_reader(db)
    cur = reader_cursor(con)
    try:
        frame = queries.run(cur, "quality_duplicates", unit_id=None)
    finally:
        cur.close()
        con.close()
    return [(r.requests, r.request_ids) for r in frame.itertuples()]


def test_look_alike_requests_are_found_after_import_and_forgotten_after_correction(db, tmp_path):
    """n1 copies r01's service, unit and time received: one group of two; moved an hour later, none."""
    assert duplicate_groups(db) == []
    twin = log_row("n1", received="2025-03-03 09:00", completed="2025-03-03 09:45")
    run_import(db, "service_logs", write(tmp_path, "twin.csv", LOG_HEADER + "\n" + twin))
    assert duplicate_groups(db) == [(2, "n1, r01")]
    facts(db)
    moved = log_row("n1", received="2025-03-03 10:00", completed="2025-03-03 10:45")
    run_import(db, "service_logs", write(tmp_path, "moved.csv", LOG_HEADER + "\n" + moved))
    assert duplicate_groups(db) == []


def test_cli_import_into_a_store_made_before_the_derived_tables(db, tmp_path):
    """An older store (no derived tables yet) gains them on the CLI import, and the import lands."""
    con = duckdb.connect(str(db))
    con.execute("drop table log_months")
    con.execute("drop view log_months_live")
    con.close()
    done = cli(
        "import", "service_logs", str(write(tmp_path, "one.csv", LOG_HEADER + "\n" + log_row("n1"))), "--db", str(db)
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert [r[0] for r in facts(db, "request_id = 'n1'")] == ["n1"]


def test_direct_edits_of_logs_or_standards_are_noticed(db):
    """Another tool changing a log's completion or a standard in place (same count, same span)."""
    from dashboard.core.store import facts_in_step

    for edit in (
        "update service_logs set completed_at = completed_at + interval 6 hour where request_id = 'r01'",
        "update services set standard_minutes = 30 where service_id = 'S1'",
    ):
        con = duckdb.connect(str(db))
        assert facts_in_step(con)
        con.execute(edit)
        assert not facts_in_step(con), edit
        refresh_facts(con)
        assert facts_in_step(con)
        con.close()
