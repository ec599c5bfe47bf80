"""Every row the schema refuses is refused by the importer first, with its row and column.

The bad rows are tests/test_schema.py's (each breaks one CHECK, key or foreign key of the
schema); here each becomes a one-row CSV file imported through the importer. The importer
must name spreadsheet row 2 (row 1 is the header) and a column, in words a clerk can act on,
never a raw DuckDB constraint error, and write nothing but its import_log row."""

from __future__ import annotations

import csv
import re

import duckdb
import pytest

from dashboard.core.store import open_reader, reader_cursor
from dashboard.datamgmt import importer
from tests.fixture_store import build_fixture_store
from tests.test_schema import BAD_ROWS

# The importer updates a row whose key exists (an import is an upsert), so a duplicate key is
# not a bad row for it.
UPSERTS = {"duplicate request_id", "duplicate appraisal", "duplicate policy event"}
INSERT = re.compile(r"insert into (\w+) values (.*)$", re.S)


@pytest.fixture(scope="module")
def cursor(tmp_path_factory):
    con = open_reader(build_fixture_store(tmp_path_factory.mktemp("constraints") / "f.duckdb"), read_only=False)
    cur = reader_cursor(con)
    yield cur
    cur.close()
    con.close()


def as_csv(cursor: duckdb.DuckDBPyConnection, sql: str, folder) -> tuple[str, object]:
    """The table and a CSV file holding the one row of an ``insert into T values (...)``."""
    table, values = INSERT.match(sql).groups()
    columns = [r[0] for r in cursor.execute(f"describe {table}").fetchall()]
    row = cursor.execute(f"select * from (values {values})").fetchall()[0]
    path = folder / f"{table}.csv"
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(columns[: len(row)])
        writer.writerow(["" if v is None else str(v) for v in row])
    return table, path


@pytest.mark.parametrize("case", [c for c in BAD_ROWS if c not in UPSERTS])
def test_bad_row_is_refused_with_row_and_column(cursor, tmp_path, case):
    table, path = as_csv(cursor, BAD_ROWS[case], tmp_path)
    before = cursor.execute(f"select count(*) from {table}").fetchall()[0][0]
    cursor.execute("begin transaction")
    try:
        result = importer.import_file(cursor, table, path, user="uji")
    finally:
        cursor.execute("commit")
    assert not result.ok, case
    errors = [p for p in result.problems if p.severity == "error"]
    assert errors, case
    assert all(p.row == 2 and p.column for p in errors), (case, [(p.row, p.column, p.message) for p in errors])
    for problem in errors:
        assert "Constraint Error" not in problem.message and "duckdb" not in problem.message.lower(), problem.message
    assert cursor.execute(f"select count(*) from {table}").fetchall()[0][0] == before
