"""Schema upgrades: a store of the first release, upgraded, equals a store made new."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from dashboard.core import store
from dashboard.core.workcalendar import DEFAULT_HOURS, build_calendar
from tests.fixture_store import ROWS_SQL, build_fixture_store, derived_out_of_step

# data/schema.sql as the first release shipped it, byte for byte (its comments name that time's design file and
# work items; only the shape of the store it creates matters here)
RELEASE_0_1 = Path(__file__).parent / "data" / "schema_release_0_1.sql"


def build_release_0_1_store(path: Path) -> None:
    """The fixture rows in a store made as the first release made it (its schema file, its calendar)."""
    con = duckdb.connect(str(path))
    try:
        con.execute(RELEASE_0_1.read_text(encoding="utf-8"))
        con.register("cal", build_calendar(DEFAULT_HOURS))
        con.execute("insert into calendar_days by name select * from cal")
        office, weekdays = DEFAULT_HOURS.as_text()
        con.execute(
            "insert into settings values ('office_hours', $o), ('office_weekdays', $w), "
            "('created_at', '2026-01-01T00:00:00'), ('is_demo', 'false')",
            {"o": office, "w": weekdays},
        )
        con.execute(ROWS_SQL)
        for table, live in (
            ("service_log_facts", "service_logs_timed_live"),
            ("log_months", "log_months_live"),
            ("log_duplicate_keys", "log_duplicate_keys_live"),
        ):
            con.execute(f"insert into {table} by name select * from {live}")
    finally:
        con.close()


def shape(con: duckdb.DuckDBPyConnection) -> dict[str, object]:
    """What a store is made of: tables and their columns, views, macros, sequences, migrations."""
    here = "database_name = current_database() and schema_name = 'main'"
    return {
        "columns": sorted(
            con.execute(
                f"select table_name, column_name, data_type, is_nullable from duckdb_columns() where {here}"
            ).fetchall()
        ),
        "views": sorted(
            r[0] for r in con.execute(f"select view_name from duckdb_views() where {here} and not internal").fetchall()
        ),
        "macros": sorted(
            con.execute(
                f"select distinct function_name, function_type from duckdb_functions() where {here} and not internal"
            ).fetchall()
        ),
        "sequences": sorted(
            r[0] for r in con.execute(f"select sequence_name from duckdb_sequences() where {here}").fetchall()
        ),
        "migrations": con.execute("select version, name from schema_migrations order by version").fetchall(),
        "constraints": sorted(
            con.execute(
                f"select table_name, constraint_type, constraint_column_names::varchar from duckdb_constraints() where {here}"
            ).fetchall()
        ),
    }


@pytest.fixture
def upgraded(tmp_path: Path) -> Path:
    path = tmp_path / "old.duckdb"
    build_release_0_1_store(path)
    con = duckdb.connect(str(path))
    try:
        assert store.schema_version(con) == 0
        store.apply_schema(con)
    finally:
        con.close()
    return path


def test_upgraded_store_equals_a_new_one(upgraded: Path, tmp_path: Path) -> None:
    new = build_fixture_store(tmp_path / "new.duckdb")
    old_con, new_con = duckdb.connect(str(upgraded)), duckdb.connect(str(new))
    try:
        assert shape(old_con) == shape(new_con)
        assert (
            store.schema_version(old_con)
            == store.schema_version(new_con)
            == max((v for v, _, _ in store.migrations()), default=0)
        )
        assert derived_out_of_step(old_con) == []
        new_con.close()
        old_con.execute(f"attach '{new}' as fresh (read_only)")
        for table in store.CONTRACT_TABLES:
            differ = old_con.execute(
                f"select count(*) from ((from {table} except all from fresh.{table}) "
                f"union all (from fresh.{table} except all from {table}))"
            ).fetchone()[0]
            assert differ == 0, table
    finally:
        old_con.close()
        new_con.close()


def test_upgrade_is_idempotent(upgraded: Path) -> None:
    con = duckdb.connect(str(upgraded))
    try:
        before = shape(con)
        store.apply_schema(con)
        assert shape(con) == before
    finally:
        con.close()


def test_a_failing_migration_leaves_the_store_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.duckdb"
    build_release_0_1_store(path)
    broken = tmp_path / "migrations"
    broken.mkdir()
    for _, _, migration in store.migrations():
        (broken / migration.name).write_text(migration.read_text(encoding="utf-8"))
    (broken / "9999_broken.sql").write_text("alter table units add column extra integer; select 1 / 'x'::integer;")
    monkeypatch.setattr(store, "MIGRATIONS_DIR", broken)
    con = duckdb.connect(str(path))
    try:
        with pytest.raises(duckdb.Error):
            store.apply_schema(con)
        assert store.schema_version(con) == 0
        assert "extra" not in [r[0] for r in con.execute("describe units").fetchall()]
    finally:
        con.close()


def test_a_changed_derived_definition_rebuilds_its_table(tmp_path: Path) -> None:
    path = build_fixture_store(tmp_path / "s.duckdb")
    con = duckdb.connect(str(path))
    try:
        con.execute("delete from log_months")  # out of step, with the definition hash unchanged: left alone
        store.apply_schema(con)
        assert derived_out_of_step(con) == ["log_months"]
        con.execute("update settings set value = 'old' where key = 'definition:log_months_live'")
        store.apply_schema(con)  # a definition that changed since the last open: rebuilt
        assert derived_out_of_step(con) == []
    finally:
        con.close()
