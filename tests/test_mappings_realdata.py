"""The three real 311 logs (Boston, NYC, LA) through their shipped mappings.

Median and p90 elapsed hours per unit from the dashboard's own query equal an independent
pandas computation on the same source rows; Boston's on-time verdict (completed by due_at,
taken from target_dt) matches the city's own `ontime` column."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pytest

from dashboard.core import queries
from dashboard.core.store import init_store, open_reader, reader_cursor
from dashboard.datamgmt import importer, mapping

REPO = Path(__file__).resolve().parents[1]
REAL = Path(__file__).resolve().parent / "data" / "realdata"  # origin and licence: SOURCES.md there

# mapping -> (file, created, closed, unit column, status rule for a completed request, open-row status values)
SOURCES = {
    "boston311": ("boston311_100.csv", "open_dt", "closed_dt", "department", "%Y-%m-%d %H:%M:%S"),
    "nyc311": ("nyc311_twosix_sample.csv", "Created Date", "Closed Date", "Agency", "%m/%d/%Y %I:%M:%S %p"),
    "la311": ("la311_2020_requests_2000.csv", "createddate", "closeddate", "owner", "%m/%d/%y %H:%M"),
}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """An empty store with the three logs imported (invalid rows set aside), and the results."""
    folder = tmp_path_factory.mktemp("real")
    path = folder / "real.duckdb"
    init_store(path)
    con = open_reader(path, read_only=False)
    cur = reader_cursor(con)
    results = {}
    for name, (file, *_) in SOURCES.items():
        chosen = mapping.load(name, importer.store_columns(cur))
        cur.execute("begin transaction")
        results[name] = importer.import_file(
            cur, "service_logs", REAL / file, mapping=chosen, skip_invalid=True, user="test", rejected_dir=folder
        )
        cur.execute("commit")
    yield cur, results
    cur.close()
    con.close()


def completed_source_rows(name: str) -> pd.DataFrame:
    """Independently of the importer: the source rows that are completed requests, with elapsed hours."""
    file, created, closed, unit, fmt = SOURCES[name]
    src = pd.read_csv(REAL / file, dtype=str, keep_default_na=False)
    src["received"] = pd.to_datetime(src[created], format=fmt)
    src["completed"] = pd.to_datetime(src[closed].where(src[closed] != ""), format=fmt)
    if name == "boston311":
        done = src["case_status"] == "Closed"
    elif name == "nyc311":  # Closed, or any other status with a closed date
        done = src["completed"].notna()
    else:  # LA: Cancelled is batal, not completed; other statuses count when a closed date exists
        done = (src["status"] != "Cancelled") & src["completed"].notna()
    src = src[done & src["completed"].notna() & (src["completed"] >= src["received"])].copy()
    src["unit"] = src[unit]
    src["hours"] = (src["completed"] - src["received"]).dt.total_seconds() / 3600
    return src


@pytest.mark.parametrize(
    ("name", "landed", "rejected"),
    [("boston311", 100, 0), ("nyc311", 990, 10), ("la311", 1997, 3)],
)
def test_files_land_and_rejects_are_set_aside_with_reasons(store, name, landed, rejected):
    cur, results = store
    result = results[name]
    assert result.ok, result.summary()
    assert (result.new, result.rejected) == (landed, rejected)
    if rejected:
        frame = pd.read_csv(result.rejected_file, dtype=str, encoding="utf-8-sig")
        assert len(frame) == rejected
        expected = "sebelum diterima" if name == "nyc311" else "waktu selesai kosong"
        assert frame["alasan"].str.contains(expected).all()


def test_nyc_requests_closed_before_opened_are_the_rejected_ones(store):
    _, results = store
    src = pd.read_csv(REAL / "nyc311_twosix_sample.csv", dtype=str, keep_default_na=False)
    fmt = SOURCES["nyc311"][4]
    before = pd.to_datetime(src["Closed Date"].where(src["Closed Date"] != ""), format=fmt) < pd.to_datetime(
        src["Created Date"], format=fmt
    )
    rejected = pd.read_csv(results["nyc311"].rejected_file, dtype=str, encoding="utf-8-sig")
    assert sorted(rejected["Unique Key"]) == sorted(src.loc[before, "Unique Key"])
    # spreadsheet rows: header is row 1
    assert sorted(rejected["baris"].astype(int)) == sorted(i + 2 for i in src.index[before])


def test_three_date_formats_parse(store):
    cur, _ = store
    rows = dict(
        cur.execute(
            "select request_id, received_at::varchar from service_logs "
            "where request_id in ('101004143000', '39573567', '1-1523590121')"
        ).fetchall()
    )
    assert rows == {
        "101004143000": "2022-01-21 13:47:00",
        "39573567": "2018-06-26 10:58:54",
        "1-1523590121": "2020-01-01 00:05:00",
    }


def test_open_requests_stay_open(store):
    cur, _ = store
    open_boston = cur.execute(
        "select count(*) from service_logs where unit_id like 'BOS-%' and status = 'proses' and completed_at is null"
    ).fetchall()[0][0]
    assert open_boston == 15
    # 311 handlers have no NIP, the channel is unknown
    assert cur.execute("select count(handled_by) + count(channel) from service_logs").fetchall()[0][0] == 0


@pytest.mark.parametrize("name", list(SOURCES))
def test_median_and_p90_per_unit_match_pandas(store, name):
    cur, _ = store
    prefix = {"boston311": "BOS-", "nyc311": "NYC-", "la311": "LA-"}[name]
    dashboard = queries.run(cur, "quality_elapsed_by_unit", unit_id=None)
    dashboard = dashboard[dashboard["unit_id"].str.startswith(prefix)].copy()
    dashboard["unit"] = dashboard["unit_id"].str.slice(len(prefix))
    expected = (
        completed_source_rows(name)
        .groupby("unit")["hours"]
        .agg(completed="count", median=lambda s: s.quantile(0.5), p90=lambda s: s.quantile(0.9))
    )
    got = dashboard.set_index("unit").sort_index()
    expected = expected.sort_index()
    assert got.index.tolist() == expected.index.tolist()
    assert got["completed"].tolist() == expected["completed"].tolist()
    assert got["median_hours"].to_numpy() == pytest.approx(expected["median"].to_numpy(), rel=1e-9, abs=1e-9)
    assert got["p90_hours"].to_numpy() == pytest.approx(expected["p90"].to_numpy(), rel=1e-9, abs=1e-9)


def test_boston_on_time_matches_the_citys_ontime_column(store):
    cur, _ = store
    verdicts = dict(
        cur.execute(
            "select request_id, on_time from service_logs_timed where unit_id like 'BOS-%' and on_time is not null"
        ).fetchall()
    )
    src = pd.read_csv(REAL / "boston311_100.csv", dtype=str, keep_default_na=False)
    closed_with_target = src[(src["case_status"] == "Closed") & (src["target_dt"] != "")]
    assert len(closed_with_target) == 77
    assert sorted(verdicts) == sorted(closed_with_target["case_enquiry_id"])
    city = dict(zip(closed_with_target["case_enquiry_id"], closed_with_target["ontime"] == "ONTIME", strict=True))
    assert verdicts == city


def test_reimporting_a_real_file_changes_nothing(store, tmp_path):
    cur, _ = store
    chosen = mapping.load("boston311")
    cur.execute("begin transaction")
    result = importer.import_file(
        cur, "service_logs", REAL / "boston311_100.csv", mapping=chosen, rejected_dir=tmp_path
    )
    cur.execute("commit")
    assert (result.new, result.updated, result.unchanged, result.created_units) == (0, 0, 100, 0)


def test_mapping_with_a_typo_fails_loudly(tmp_path):
    con = duckdb.connect()
    from dashboard.core.store import apply_schema

    apply_schema(con)
    cols = importer.store_columns(con)
    with pytest.raises(mapping.MappingError, match="tidak ada di tabel"):
        mapping.parse('table = "service_logs"\n[columns]\nrecieved_at = "open_dt"\n', "typo", cols)
    with pytest.raises(mapping.MappingError, match="kunci tidak dikenal"):
        mapping.parse('table = "service_logs"\n[due]\ncolumn = "x"\n', "typo", cols)
    with pytest.raises(mapping.MappingError, match="tidak dikenal"):
        mapping.parse('table = "service_logs"\n[status]\nmap = { Closed = "done" }\n', "typo", cols)


def test_due_at_from_hours_after_received(tmp_path):
    path = tmp_path / "s.duckdb"
    init_store(path)
    text = "id,unit,type,opened,closed\nA1,Dinas,Lampu,2025-03-03 09:00:00,2025-03-05 09:00:00\n"
    src = tmp_path / "x.csv"
    src.write_text(text, encoding="utf-8")
    toml = (
        'table = "service_logs"\ntimestamp_formats = ["%Y-%m-%d %H:%M:%S"]\n'
        '[columns]\nrequest_id = "id"\nunit_id = "unit"\nservice_id = "type"\nreceived_at = "opened"\n'
        'completed_at = "closed"\n[units]\ncreate = true\n[services]\ncreate = true\n'
        '[due_at]\nhours_after_received = 24\n[status]\notherwise = "from_completed"\n'
    )
    con = open_reader(path, read_only=False)
    cur = reader_cursor(con)
    chosen = mapping.parse(toml, "hours", importer.store_columns(cur))
    cur.execute("begin transaction")
    result = importer.import_file(cur, "service_logs", src, mapping=chosen)
    cur.execute("commit")
    assert result.ok, result.summary()
    row = cur.execute("select due_at::varchar, status, unit_id from service_logs").fetchall()[0]
    assert row == ("2025-03-04 09:00:00", "selesai", "Dinas")
    cur.close()
    con.close()
