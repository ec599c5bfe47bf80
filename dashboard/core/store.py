"""Opening, creating and describing the DuckDB store.

DuckDB lets one process hold a file read-write, and then no other process may open it.
The dashboard process therefore owns the store: ``open_app_connection`` attaches the file
read-write to an in-memory DuckDB, every session reads through its own cursor, and the
app's own writes (follow-ups, audit trail, imports from the Impor page) go through the same
connection in transactions, so readers never see half a change. Tools that run while the
dashboard is stopped (init, demo, CLI import, tests) open the file directly.
Attaching (rather than ``duckdb.connect(path)``) avoids DuckDB's per-path instance cache,
which can hand back an old file's data after the file was replaced with ``os.replace``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path

import duckdb

from dashboard import DATA_DIR
from dashboard.core.workcalendar import DEFAULT_HOURS, OfficeHours, build_calendar

SCHEMA_DIR = DATA_DIR / "schema"  # the current definitions, one file per layer, applied in name order
MIGRATIONS_DIR = DATA_DIR / "migrations"  # NNNN_what.sql: ordered upgrades of existing stores
DEFAULT_DB = DATA_DIR / "kinerja.duckdb"

#: Contract tables in load order (parents before children).
CONTRACT_TABLES = (
    "units",
    "employees",
    "postings",
    "services",
    "service_logs",
    "skp_targets",
    "appraisals",
    "survey_responses",
    "org_ratings",
    "policy_events",
)


def db_path() -> Path:
    """The store path: $KINERJA_DB, default data/kinerja.duckdb."""
    return Path(os.environ.get("KINERJA_DB") or DEFAULT_DB)


def schema_sql() -> str:
    """The current schema: every file of data/schema/ in name order."""
    return "\n".join(path.read_text(encoding="utf-8") for path in sorted(SCHEMA_DIR.glob("*.sql")))


def migrations() -> list[tuple[int, str, Path]]:
    """The ordered migrations (version, name, file) of data/migrations/."""
    found = []
    for path in sorted(MIGRATIONS_DIR.glob("[0-9][0-9][0-9][0-9]_*.sql")):
        found.append((int(path.name[:4]), path.stem[5:], path))
    versions = [version for version, _, _ in found]
    if len(set(versions)) != len(versions):
        raise RuntimeError(f"two migrations share a number in {MIGRATIONS_DIR}: {versions}")
    return found


def _has_table(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    return bool(
        con.execute(
            "select count(*) from duckdb_tables() where database_name = current_database() and table_name = $name",
            {"name": name},
        ).fetchone()[0]
    )


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """The highest migration applied to the store (0: a store of the first release, before migrations)."""
    if not _has_table(con, "schema_migrations"):
        return 0
    return con.execute("select coalesce(max(version), 0) from schema_migrations").fetchone()[0]


def apply_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create a store or bring it up to date, in one transaction.

    A new store gets the current schema (data/schema/) and every migration recorded as applied.
    An existing store first gets its pending migrations, in order (each written against the
    schema before it: a new column, a table filled from old data), then the current schema
    (new tables, and every view and macro replaced), then its derived tables rebuilt where their
    definition changed. A failed step leaves the store as it was.
    """
    con.execute("begin transaction")
    try:
        fresh = not _has_table(con, "settings")
        con.execute(
            "create table if not exists schema_migrations "
            "(version integer primary key, name varchar not null, applied_at timestamp not null)"
        )
        applied = {row[0] for row in con.execute("select version from schema_migrations").fetchall()}
        for version, name, path in migrations():
            if version in applied:
                continue
            if not fresh:
                con.execute(path.read_text(encoding="utf-8"))
            con.execute(
                "insert into schema_migrations values ($v, $n, current_timestamp::timestamp)", {"v": version, "n": name}
            )
        con.execute(schema_sql())
        _rebuild_changed_derived(con, fresh)
        set_setting(con, _SCHEMA_KEY, schema_digest())
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise


_SCHEMA_KEY = "schema_digest"


def schema_digest() -> str:
    """A digest of everything apply_schema applies: the schema files, the migrations and the DuckDB version."""
    parts = [duckdb.__version__, schema_sql(), *(path.read_text(encoding="utf-8") for _, _, path in migrations())]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def schema_current(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether apply_schema last ran on this store with today's schema (then running it again changes nothing)."""
    if not _has_table(con, "settings"):
        return False
    stored = con.execute("select value from settings where key = $k", {"k": _SCHEMA_KEY}).fetchone()
    return stored is not None and stored[0] == schema_digest()


def _definition_hash(con: duckdb.DuckDBPyConnection, view: str) -> str:
    sql = con.execute(
        "select sql from duckdb_views() where database_name = current_database() and view_name = $v", {"v": view}
    ).fetchone()[0]
    return hashlib.sha256(sql.encode()).hexdigest()[:16]


def _columns(con: duckdb.DuckDBPyConnection, name: str) -> list[tuple[str, str]]:
    return con.execute(
        "select column_name, data_type from duckdb_columns() where database_name = current_database() "
        "and table_name = $t order by column_index",
        {"t": name},
    ).fetchall()


def _rebuild_changed_derived(con: duckdb.DuckDBPyConnection, fresh: bool) -> None:
    """Recreate and refill the derived tables when a ``*_live`` view changed (its columns or its
    definition, remembered as a hash in settings); a new store only remembers the hashes."""
    changed = False
    for table, view in DERIVED_TABLES.items():
        key = f"definition:{view}"
        stored = con.execute("select value from settings where key = $k", {"k": key}).fetchone()
        current = _definition_hash(con, view)
        if _columns(con, table) != _columns(con, view):
            con.execute(f"drop table {table}")
            con.execute(f"create table {table} as select * from {view} limit 0")
            changed = True
        changed = changed or stored is None or stored[0] != current
        set_setting(con, key, current)
    if changed and not fresh:
        refresh_facts(con)


def set_setting(con: duckdb.DuckDBPyConnection, key: str, value: str) -> None:
    con.execute("insert or replace into settings values ($key, $value)", {"key": key, "value": value})


def write_calendar(con: duckdb.DuckDBPyConnection, hours: OfficeHours) -> None:
    """(Re)build calendar_days for the given office hours."""
    calendar = build_calendar(hours)
    con.execute("begin transaction")  # the calendar and the working times it gives change together
    try:
        con.execute("delete from calendar_days")
        con.register("calendar_frame", calendar)
        con.execute("insert into calendar_days by name select * from calendar_frame")
        con.unregister("calendar_frame")
        refresh_facts(con)  # working times follow the calendar
        office, weekdays = hours.as_text()
        set_setting(con, "office_hours", office)
        set_setting(con, "office_weekdays", weekdays)
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise


#: Each derived table and the view that defines it (data/schema/50_working_time.sql); refresh_facts keeps them equal.
DERIVED_TABLES = {
    "service_log_facts": "service_logs_timed_live",
    "log_months": "log_months_live",
    "log_duplicate_keys": "log_duplicate_keys_live",
}


def refresh_facts(con: duckdb.DuckDBPyConnection, request_ids: str | None = None) -> None:
    """Bring the derived tables (service_log_facts, log_months, log_duplicate_keys; see data/schema/)
    in step with service_logs, each from its ``*_live`` view.

    ``request_ids``: SQL of a relation with a request_id column (e.g. the rows just imported);
    only those logs and their look-alike keys are recomputed. None recomputes everything (after
    the calendar or a service standard changed). log_months is small and always rebuilt whole.
    Runs in the caller's transaction, so readers never see the tables disagree.
    """
    if request_ids is None:
        con.execute("delete from service_log_facts")
        con.execute("insert into service_log_facts by name select * from service_logs_timed_live order by received_at")
        con.execute("delete from log_duplicate_keys")
        con.execute("insert into log_duplicate_keys by name select * from log_duplicate_keys_live")
    else:
        chosen = f"request_id in (select request_id from {request_ids})"
        # keys the chosen logs had (still in the facts) and have now: their look-alike groups may have changed
        con.execute(
            "create or replace temp table _touched_keys as select distinct service_id, unit_id, received_at from ("
            f"select service_id, unit_id, received_at from service_log_facts where {chosen} "
            f"union all select service_id, unit_id, received_at from service_logs where {chosen})"
        )
        con.execute(f"delete from service_log_facts where {chosen}")
        con.execute(
            f"insert into service_log_facts by name select * from service_logs_timed_live where {chosen} order by received_at"
        )
        con.execute(
            "delete from log_duplicate_keys d using _touched_keys k where d.service_id = k.service_id "
            "and d.unit_id = k.unit_id and d.received_at = k.received_at"
        )
        # log_duplicate_keys_live for the touched keys only (DuckDB would group every log first)
        con.execute(
            "insert into log_duplicate_keys select service_id, unit_id, received_at, count(*) from service_logs "
            "semi join _touched_keys using (service_id, unit_id, received_at) group by all having count(*) > 1"
        )
        con.execute("drop table _touched_keys")
    con.execute("delete from log_months")
    con.execute("insert into log_months by name select * from log_months_live")


_LOG_CHECKSUM = (
    "select count(*), bit_xor(hash(request_id, service_id, unit_id, handled_by, channel, received_at, "
    "completed_at, due_at, status, rework_count)) from {table}"
)


def facts_in_step(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether service_log_facts holds exactly the logs of service_logs (an order-independent
    checksum of every column) with the services' current standards. False after another tool
    wrote service_logs or a standard directly. About 1 s at 10 million logs; run once per open."""
    logs = con.execute(_LOG_CHECKSUM.format(table="service_logs")).fetchone()
    facts = con.execute(_LOG_CHECKSUM.format(table="service_log_facts")).fetchone()
    stale_standard = con.execute(
        "select count(*) from (select distinct service_id, standard_minutes from service_log_facts) f "
        "join services s using (service_id) where f.standard_minutes is distinct from s.standard_minutes"
    ).fetchone()[0]
    return logs == facts and stale_standard == 0


def stored_hours(con: duckdb.DuckDBPyConnection) -> OfficeHours | None:
    """The office hours the store's calendar was built with (None for a store without them)."""
    rows = dict(
        con.execute("select key, value from settings where key in ('office_hours', 'office_weekdays')").fetchall()
    )
    if "office_hours" not in rows:
        return None
    return OfficeHours.parse(rows["office_hours"], rows.get("office_weekdays", "1-5"))


def _calendar_outdated(con: duckdb.DuckDBPyConnection, hours: OfficeHours) -> bool:
    """Whether calendar_days differs from the calendar the holidays package gives now (empty, or a
    year's cuti bersama published since it was built)."""
    con.register("calendar_now", build_calendar(hours))
    try:
        differ = con.execute(
            "select count(*) from ((select * from calendar_days except select * from calendar_now) "
            "union all (select * from calendar_now except select * from calendar_days))"
        ).fetchall()[0][0]
    finally:
        con.unregister("calendar_now")
    return differ > 0


#: The tables a verified storage fingerprint covers: the logs, their facts and the standards (facts_in_step's inputs).
_FINGERPRINT_TABLES = ("service_logs", "service_log_facts", "services")
_VERIFIED_KEY = "facts_verified_storage"


def storage_fingerprint(con: duckdb.DuckDBPyConnection) -> str | None:
    """A digest of how the logs, the facts and the standards are stored: each table's row count and
    every column segment (block, offset, rows, min/max statistics), from DuckDB's storage info.

    DuckDB writes a changed column segment to a new block at a checkpoint (copy on write; the old
    block stays in use until the checkpoint is done) and records deletions in the row counts, so
    any write to these tables changes the digest. None while a change is not checkpointed yet
    (a segment held in memory or carrying updates): then only the full check can tell."""
    parts = []
    for table in _FINGERPRINT_TABLES:  # constants: a table function takes no parameter for its table
        rows, stored, segments = con.execute(
            f"select (select count(*) from {table}), coalesce(bool_and(persistent and not has_updates), true), "
            "string_agg(concat_ws(':', row_group_id, column_id, column_path::varchar, segment_id, start, count, block_id, block_offset, "
            "additional_block_ids::varchar, stats::varchar), ',' order by row_group_id, column_id, column_path::varchar, segment_id) "
            f"from pragma_storage_info('{table}')"
        ).fetchone()
        if not stored:
            return None
        parts.append(f"{table}:{rows}:{segments}")
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def facts_checked(con: duckdb.DuckDBPyConnection) -> bool:
    """facts_in_step, answered cheaply when it can be: if the logs, facts and standards are stored
    exactly as when the full check last found them in step (storage_fingerprint, kept in settings),
    they still are. Otherwise the full check runs (about 1 s at 10 million logs); when it finds
    them in step, the store is checkpointed and the fingerprint kept for the next open."""
    fingerprint = storage_fingerprint(con)
    stored = con.execute("select value from settings where key = $k", {"k": _VERIFIED_KEY}).fetchone()
    if fingerprint is not None and stored is not None and stored[0] == fingerprint:
        return True
    if not facts_in_step(con):
        return False
    if fingerprint is None:
        con.execute("checkpoint")  # writes replayed from the log: store them so the digest is stable
        fingerprint = storage_fingerprint(con)
    if fingerprint is not None:
        set_setting(con, _VERIFIED_KEY, fingerprint)
    return True


def init_store(path: Path | str, hours: OfficeHours | None = None) -> None:
    """Create (or bring up to date) a store with schema, macros, views and calendar.

    ``hours`` None keeps the office hours of an existing store and gives a new one the default
    hours. The calendar and every working time are rebuilt only when the hours change or the
    holidays package knows other holidays than the calendar (e.g. a newly decreed cuti bersama)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(path))
    try:
        apply_schema(con)
        current = stored_hours(con)
        wanted = hours or current or DEFAULT_HOURS
        if wanted != current or _calendar_outdated(con, wanted):
            write_calendar(con, wanted)
        con.execute(
            "insert or ignore into settings values ('created_at', $now), ('is_demo', 'false')",
            {"now": dt.datetime.now().isoformat(timespec="seconds")},
        )
        con.execute("checkpoint")
    finally:
        con.close()


def open_reader(
    path: Path | str, read_only: bool = True, memory_limit: str = "2GB", threads: int = 2
) -> duckdb.DuckDBPyConnection:
    """The store attached as 'store' to an in-memory DuckDB; use ``reader_cursor`` on it."""
    con = duckdb.connect(":memory:", config={"memory_limit": memory_limit, "threads": threads})
    con.execute("set enable_progress_bar = false")  # its bar would land in the server's log
    mode = " (read_only)" if read_only else ""
    con.execute(f"attach $path as store{mode}", {"path": str(path)})
    return con


def open_app_connection(path: Path | str) -> duckdb.DuckDBPyConnection:
    """The dashboard process's one connection: the store attached read-write."""
    con = open_reader(path, read_only=False)
    keep_private(path)
    return con


#: The umask of the dashboard and its CLI: what they write is readable by their own user only.
PRIVATE_UMASK = 0o077


def keep_private(path: Path | str) -> None:
    """Make the store and its write-ahead log readable by their owner only (a store made by an
    earlier release, or copied in, may be world-readable)."""
    for file in (Path(path), Path(f"{path}.wal")):
        try:
            if file.exists() and file.stat().st_mode & 0o077:
                file.chmod(0o600)
        except OSError:  # another user's file: reported by the deployment check, not fatal here
            pass


def reader_cursor(con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    """A cursor of a reader connection, pointed at the attached store.

    Each Streamlit session thread needs its own cursor (a DuckDB connection refuses a
    second concurrent call); a cursor starts in the in-memory catalog, hence ``use``.
    """
    cur = con.cursor()
    cur.execute("use store")
    return cur


def store_identity(path: Path | str) -> tuple[str, int]:
    """Identity of the store file: changes when another file is swapped in with os.replace."""
    return (str(path), os.stat(path).st_ino)
