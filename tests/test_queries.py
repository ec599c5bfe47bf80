"""The query layer: every queries/*.sql is described, declares its parameters and runs."""

import datetime as dt
import decimal

import duckdb
import pytest

from dashboard.core import queries
from dashboard.core.store import CONTRACT_TABLES, open_reader, reader_cursor
from tests.fixture_store import build_fixture_store

# A sample value for every parameter name used by any query. A new parameter name
# needs an entry here, so every query is run by the test below.
SAMPLE_PARAMS = {
    # accounts, sign-in, audit trail
    "username": "camat",
    "since": dt.datetime(2025, 1, 1),
    "attempted_at": dt.datetime(2025, 1, 1, 9, 0),
    "success": False,
    "logged_at": dt.datetime(2025, 1, 1, 9, 0),
    "role": "camat",
    "target": "nip:198503122010011001",
    "detail": "",
    "password_hash": "$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA",
    "active": True,
    "display_name": "Camat Uji",
    # sign-in sessions, one-time passwords, sign-in sources
    "source": "127.0.0.1",
    "must_change_password": True,
    "password_expires_at": dt.datetime(2025, 1, 8),
    "token_sha256": "0" * 64,
    "created_at": dt.datetime(2025, 1, 1, 9, 0),
    "expires_at": dt.datetime(2025, 1, 1, 21, 0),
    "used_at": dt.datetime(2025, 1, 1, 9, 5),
    "idle_since": dt.datetime(2025, 1, 1, 8, 30),
    "now": dt.datetime(2025, 1, 1, 9, 5),
    # import log, data quality
    "limit": 50,
    "year": 2025,
    "tables": list(CONTRACT_TABLES),
    "period": "2025-S1",
    # unit comparison (funnel): the parameters the page passes (dashboard.camat.logic.FUNNEL)
    "min_volume": 20,
    "tail95": 0.025,
    "tail998": 0.001,
    "z95": 1.96,
    "winsor": 0.1,
    "min_units": 5,
    "z_over": 1.645,
    "target_share": 0.8,
    "phi": 1.5,
    "n_max": 200,
    "n": 150,
    "k": 105,
    "expected": 0.82,
    "unit_id": "33.74.09.1001",
    "service_id": "S1",
    "nip": "198503122010011001",
    # camat: follow-up writes run on the fixture too (its connection is read-write)
    "today": dt.date(2026, 11, 28),
    "meeting_date": dt.date(2025, 7, 7),
    "issue": "Tunggakan surat pengantar",
    "action": "Tambah petugas loket pada Senin pagi",
    "person_in_charge": "Lurah Satu",
    "due_date": dt.date(2025, 8, 1),
    "created_by": "camat",
    "id": 1,
    "status": "proses",
    # Panduan Evaluasi: the time-KPI calculator
    "time_target": 2.0,
    "time_realization": 1.0,
    "population": 1000,
    "respondents": 250,
    # Kecepatan Layanan
    "date_from": dt.date(2025, 1, 1),
    "date_to": dt.date(2026, 1, 1),
    "prev_from": dt.date(2024, 1, 1),
    "service_ids": ["S1", "S2"],
    "channel": "loket",
    "measure": "working",
    "with_names": True,
    "max_rows": 20,
    "event_date": dt.date(2025, 3, 5),
    "window_months": 6,
    "cap": 2000,
    "seed": 7,
    "mix_from": dt.date(2024, 9, 5),
    "mix_to": dt.date(2025, 3, 5),
    "by_month": True,
    "as_of": dt.datetime(2025, 8, 19, 9, 0),
    # HR: search and the individual record
    "search": "budi",
    "position_kind": "pelaksana",
    "grade": "II/c",
    "target_id": "t6",
    # Kinerja Saya, tanggapan, penilaian diri, Panduan Evaluasi
    "response": "keberatan",
    "reasons": "Bukti dukung belum dipertimbangkan",
    "plan": "Ikut bimtek SIAK bulan depan",
    "changed_at": dt.datetime(2025, 7, 20, 10, 0),
    "rating_results": "sesuai",
    "rating_behaviour": "di_atas",
    "berorientasi_pelayanan": "di_atas",
    "akuntabel": "sesuai",
    "kompeten": "sesuai",
    "harmonis": "di_atas",
    "loyal": "sesuai",
    "adaptif": "sesuai",
    "kolaboratif": "di_bawah",
    "note": "Catatan pegawai",
    "aspects": ["kuantitas", "waktu"],
    "targets": [10.0, 5.0],
    "realizations": [8.0, 4.0],
    "org_predikat": "baik",
    "predikat_counts": [1, 6, 2, 1, 0],
    "nrr": [3.0] * 9,
    "received_at": dt.datetime(2025, 3, 3, 9, 0),
    "completed_at": dt.datetime(2025, 3, 4, 10, 0),
    "standard_minutes": 480,
    # operations (inbox imports, backups, e-mail digests)
    "job": "backup",
    "started_at": dt.datetime(2026, 11, 28, 1, 30),
    "finished_at": dt.datetime(2026, 11, 28, 1, 31),
    "ok": True,
    "trigger": "cli",
    "summary": "Cadangan terverifikasi",
    "taken_at": dt.datetime(2026, 11, 28, 1, 30),
    "path": "/tmp/kinerja-2026-11-28-013000.duckdb",
    "size_bytes": 1024,
    "verified": True,
    "rows_total": 100,
    "message": "",
    "sent_at": dt.datetime(2026, 11, 28, 6, 30),
    "kind": "digest_daily",
    "recipient": "lurah@gajahmungkur.example",
    "subject": "Ringkasan harian",
    "delivered": "outbox",
    "attempts": 1,
    "error": "",
    "key": "ops.backup_keep",
    "value": "14",
    "sha": "0" * 64,
    "table_name": "service_logs",
    "near_share": 0.8,
    "now_at": dt.datetime(2025, 8, 20, 10, 0),
    "email": "camat@gajahmungkur.example",
    "lang": "id",
    "digest_opt_in": False,
}


@pytest.fixture(scope="module")
def cursor(tmp_path_factory):
    path = build_fixture_store(tmp_path_factory.mktemp("q") / "fixture.duckdb")
    con = open_reader(path, read_only=False)  # DML query files (follow_up_*) run here too
    cur = reader_cursor(con)
    yield cur
    cur.close()
    con.close()


@pytest.mark.parametrize("name", queries.names())
def test_query_has_header_and_declares_exactly_what_it_uses(name):
    query = queries.load(name)
    assert query.title, f"{name}: header has no title"
    assert query.description, f"{name}: header has no description"
    assert query.grain, f"{name}: header has no grain"
    assert query.columns, f"{name}: header has no columns line"
    assert set(query.params) == query.used_params(), f"{name}: declared {query.params} vs used {query.used_params()}"


def _is_decimal(value: object) -> bool:
    return isinstance(value, decimal.Decimal)


@pytest.mark.parametrize("name", queries.names())
def test_query_runs_on_the_fixture_store(cursor, name):
    query = queries.load(name)
    missing = set(query.params) - set(SAMPLE_PARAMS)
    assert not missing, f"add sample values for {missing} to SAMPLE_PARAMS"
    frame = queries.run(cursor, name, **{p: SAMPLE_PARAMS[p] for p in query.params})
    assert len(frame.columns) > 0
    assert tuple(frame.columns) == query.columns, f"{name}: the header's columns line says {query.columns}"
    # a sum of counts is a HUGEINT in DuckDB and arrives as Python Decimals: charts and downloads want numbers
    decimals = [c for c in frame.columns if frame[c].dtype == object and frame[c].map(_is_decimal).any()]
    assert not decimals, f"{name}: cast {decimals} (Decimal values) to bigint or double"


def test_store_tables_exact_rows(cursor):
    frame = queries.run(cursor, "store_tables")
    assert frame.values.tolist() == [
        ["units", 4, None, None],
        ["employees", 4, dt.date(2020, 1, 1), dt.date(2022, 3, 1)],
        ["postings", 0, None, None],
        ["services", 3, None, None],
        ["service_logs", 10, dt.date(2025, 3, 3), dt.date(2025, 8, 15)],
        ["skp_targets", 6, dt.date(2025, 1, 1), dt.date(2025, 6, 30)],
        ["appraisals", 3, dt.date(2025, 7, 10), dt.date(2025, 7, 12)],
        ["survey_responses", 3, dt.date(2025, 3, 10), dt.date(2025, 4, 1)],
        ["org_ratings", 1, dt.date(2025, 1, 1), dt.date(2025, 6, 30)],
        ["policy_events", 1, dt.date(2025, 3, 5), dt.date(2025, 3, 5)],
    ]


def test_semesters_newest_first(cursor):
    assert queries.run(cursor, "semesters")["period"].tolist() == ["2025-S2", "2025-S1"]


def test_calendar_year_2025(cursor):
    row = queries.run(cursor, "calendar_year", year=2025).iloc[0].to_dict()
    # 2025: 261 weekdays, minus weekday national holidays and cuti bersama
    assert row["working_days"] + row["public_holidays"] + row["cuti_bersama_days"] == 261
    assert (row["open_minute"], row["close_minute"]) == (480, 960)


def test_data_dictionary_marks_keys_and_required(cursor):
    frame = queries.run(cursor, "data_dictionary", tables=["appraisals"])
    rows = {r.column_name: (r.is_key, r.required) for r in frame.itertuples()}
    assert rows["nip"] == (True, True) and rows["period"] == (True, True)
    assert rows["rating_results"] == (False, True)
    assert rows["feedback"] == (False, False)
    assert list(rows)[:3] == ["nip", "period", "rating_results"]


def test_runner_refuses_missing_parameter(cursor):
    with pytest.raises(queries.QueryError, match=r"missing \$year"):
        queries.run(cursor, "calendar_year")


def test_runner_refuses_unknown_parameter(cursor):
    with pytest.raises(queries.QueryError, match=r"unknown \$unit"):
        queries.run(cursor, "calendar_year", year=2025, unit="x")


def test_runner_refuses_unknown_query(cursor):
    with pytest.raises(queries.QueryError, match="unknown query"):
        queries.run(cursor, "../data/schema")


def test_values_are_bound_not_formatted(cursor):
    """An SQL fragment as a value is just a value: no rows, no error, no damage."""
    frame = queries.run(cursor, "holidays_of_year", year=2025)
    assert len(frame) > 0
    with pytest.raises(duckdb.ConversionException):
        queries.run(cursor, "holidays_of_year", year="2025; drop table units")
    assert queries.run(cursor, "store_tables")["row_count"].iloc[0] == 4


def test_header_parsing():
    query = queries.parse(
        "x",
        "-- title: T\n-- description: D\n-- params: $a VARCHAR (NULL = all, or some), $b INTEGER[]\n"
        "-- grain: G\nselect $a, $b, '$c' -- $d\n",
    )
    assert query.params == {"a": "VARCHAR", "b": "INTEGER[]"}
    assert query.used_params() == {"a", "b"}
