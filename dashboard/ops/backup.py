"""Backups of the store, and restoring one.

A backup is a DuckDB file beside nothing else, named by date (``kinerja-2026-11-28-013000.duckdb``):
a new file gets the current schema (``apply_schema``), then every table of the store is copied
into it inside ONE read transaction on the store, so the copy is one consistent snapshot even
while the dashboard keeps writing. It is written as ``*.part``, closed, opened again and every
table counted against the counts of the same snapshot; only a verified file gets its final name
(``os.replace``), so a process killed mid-backup leaves a ``.part`` (removed by the next backup)
and the earlier backups and the store untouched. The newest ``keep`` backups are kept.

Restore (the dashboard stopped): the backup is opened and counted first, copied beside the
store, the current store (and its ``.wal``) set aside as ``<store>.sebelum-pulih-<time>``, and the
copy moved into place in one rename; the store is then opened and upgraded as on any start.

Catalog statements here name tables found in the catalog (never user input), like
dashboard.core.store: they are infrastructure, not questions, so they are not in queries/.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import threading
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from dashboard.core.store import apply_schema, open_reader, reader_cursor

_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{4}-\d{2}-\d{2}-\d{6})\.duckdb$")
_lock = threading.Lock()  # one backup at a time in this process (the button and the nightly job)
_HERE = "database_name = current_database() and schema_name = 'main'"


class BackupError(RuntimeError):
    """A backup could not be written or did not verify; earlier backups are untouched."""


@dataclass
class Backup:
    path: Path
    taken_at: dt.datetime
    size_bytes: int = 0
    verified: bool = False
    counts: dict[str, int] = field(default_factory=dict)
    message: str = ""

    @property
    def rows_total(self) -> int:
        return sum(self.counts.values())


def backup_dir(store_path: Path | str) -> Path:
    """Where backups go: $KINERJA_BACKUPS, default a folder ``backups`` beside the store."""
    configured = os.environ.get("KINERJA_BACKUPS")
    return Path(configured) if configured else Path(store_path).resolve().parent / "backups"


def backup_name(store_path: Path | str, at: dt.datetime) -> str:
    return f"{Path(store_path).stem}-{at:%Y-%m-%d-%H%M%S}.duckdb"


def list_backups(folder: Path | str) -> list[Path]:
    """The finished backups in ``folder``, newest first (``.part`` files are not backups)."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if p.is_file() and _NAME.match(p.name)]
    return sorted(found, key=lambda p: _NAME.match(p.name)["stamp"], reverse=True)


def tables_in_load_order(cursor: duckdb.DuckDBPyConnection) -> list[str]:
    """Every base table of the cursor's database, each after the tables its foreign keys reference."""
    tables = [
        r[0] for r in cursor.execute(f"select table_name from duckdb_tables() where {_HERE} order by 1").fetchall()
    ]
    refs = cursor.execute(
        f"select table_name, referenced_table from duckdb_constraints() where {_HERE} and constraint_type = 'FOREIGN KEY'"
    ).fetchall()
    parents: dict[str, set[str]] = {t: set() for t in tables}
    for child, parent in refs:
        if child in parents and parent in parents and parent != child:
            parents[child].add(parent)
    ordered: list[str] = []
    while len(ordered) < len(tables):
        ready = [t for t in tables if t not in ordered and parents[t] <= set(ordered)]
        if not ready:  # a cycle cannot be declared in DuckDB; keep going rather than loop forever
            ready = [t for t in tables if t not in ordered][:1]
        ordered.extend(ready)
    return ordered


def count_rows(cursor: duckdb.DuckDBPyConnection, tables: list[str], catalog: str = "") -> dict[str, int]:
    prefix = f"{catalog}." if catalog else ""
    return {t: cursor.execute(f'select count(*) from {prefix}"{t}"').fetchone()[0] for t in tables}


def _fsync(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _self_references(cursor: duckdb.DuckDBPyConnection, table: str) -> list[tuple[str, str]]:
    """(column, referenced column) pairs of a table's foreign keys to itself (units.parent_id)."""
    rows = cursor.execute(
        f"select constraint_column_names, referenced_column_names from duckdb_constraints() where {_HERE} "
        "and constraint_type = 'FOREIGN KEY' and table_name = $t and referenced_table = $t",
        {"t": table},
    ).fetchall()
    return [(c, r) for cols, refs in rows for c, r in zip(cols, refs, strict=True)]


def _copy_table(cursor: duckdb.DuckDBPyConnection, table: str) -> None:
    pairs = _self_references(cursor, table)
    if not pairs:
        cursor.execute(f'insert into bk."{table}" by name select * from store."{table}"')
        return
    # parents before children, one generation per pass
    (column, referenced), *_ = pairs
    while True:
        added = cursor.execute(
            f'insert into bk."{table}" by name select * from store."{table}" s '
            f'where s."{referenced}" not in (select "{referenced}" from bk."{table}") '
            f'and (s."{column}" is null or s."{column}" in (select "{referenced}" from bk."{table}"))'
        ).fetchone()[0]
        if not added:
            break


def write_part(cursor: duckdb.DuckDBPyConnection, folder: Path, name: str) -> tuple[Path, dict[str, int]]:
    """Copy the store attached as ``store`` on ``cursor`` into ``folder/name.part``.

    Call inside a transaction on ``cursor`` that writes nothing to the store (one snapshot), and
    ``detach_part`` after it ended. Returns the part file and the row count of every table in that snapshot.
    """
    folder.mkdir(parents=True, exist_ok=True)
    part = folder / (name + ".part")
    for stale in folder.glob("*.duckdb.part*"):  # left by a backup that was killed
        stale.unlink(missing_ok=True)
    empty = open_reader(part, read_only=False)  # the current schema, the same as the store's after its open
    schema_cursor = reader_cursor(empty)
    apply_schema(schema_cursor)
    schema_cursor.close()
    empty.close()

    tables = tables_in_load_order(cursor)
    counts = count_rows(cursor, tables)
    sequences = cursor.execute(f"select sequence_name, last_value from duckdb_sequences() where {_HERE}").fetchall()
    cursor.execute("attach $path as bk", {"path": str(part)})  # detached by detach_part after the commit
    for table in reversed(tables):  # the new file's own default rows (settings) give way to the store's
        cursor.execute(f'delete from bk."{table}"')
    for table in tables:
        _copy_table(cursor, table)
    for sequence, last_value in sequences:  # new ids continue after the store's (follow-ups, audit)
        if last_value:
            cursor.execute(f"select max(nextval('bk.main.{sequence}')) from range({int(last_value)})")
    return part, counts


def detach_part(cursor: duckdb.DuckDBPyConnection) -> None:
    """Close the backup file attached by write_part (DuckDB refuses inside the copying transaction)."""
    if cursor.execute("select count(*) from duckdb_databases() where database_name = 'bk'").fetchone()[0]:
        cursor.execute("detach bk")


def verify(path: Path, counts: dict[str, int] | None = None) -> dict[str, int]:
    """Open a backup read-only and count every table; BackupError when it does not open or when
    a count differs from ``counts`` (the snapshot it was taken from)."""
    try:
        con = open_reader(path, read_only=True)
    except duckdb.Error as exc:
        raise BackupError(f"{path.name}: tidak dapat dibuka ({str(exc).splitlines()[0]})") from exc
    try:
        cursor = reader_cursor(con)
        tables = tables_in_load_order(cursor)
        if "settings" not in tables:
            raise BackupError(f"{path.name}: bukan basis data dasbor")
        found = count_rows(cursor, tables)
    finally:
        con.close()
    if counts is not None:
        differ = sorted(t for t in counts if found.get(t) != counts[t])
        if differ:
            raise BackupError(f"{path.name}: jumlah baris berbeda di {', '.join(differ)}")
    return found


def finish(part: Path, counts: dict[str, int], keep: int, taken_at: dt.datetime) -> Backup:
    """Verify the part file against the snapshot's counts, give it its final name, prune old ones."""
    final = part.with_name(part.name.removesuffix(".part"))
    try:
        verify(part, counts)
    except BackupError:
        part.unlink(missing_ok=True)
        raise
    _fsync(part)
    os.replace(part, final)
    prune(final.parent, keep)
    return Backup(final, taken_at, final.stat().st_size, True, counts)


def prune(folder: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` backups (at least one is always kept); the deleted ones."""
    gone = list_backups(folder)[max(keep, 1) :]
    for path in gone:
        path.unlink(missing_ok=True)
    return gone


def take(store, folder: Path | str | None = None, keep: int = 14, now: dt.datetime | None = None) -> Backup:
    """Back up the store behind ``store`` (an ops.gateway AppStore or FileStore) into ``folder``.

    Raises BackupError (or a DuckDB error) when it fails; nothing is left but earlier backups.
    """
    taken_at = now or dt.datetime.now()
    folder = Path(folder) if folder else backup_dir(store.path)
    with _lock:
        try:
            with store.transaction() as cursor:  # reads the store only: one snapshot of every table
                part, counts = write_part(cursor, folder, backup_name(store.path, taken_at))
        finally:
            with store.transaction() as cursor:
                detach_part(cursor)
        return finish(part, counts, keep, taken_at)


# ---------------------------------------------------------------- restore


@dataclass
class Restored:
    store: Path
    backup: Path
    set_aside: Path | None
    counts: dict[str, int]


def restore(backup: Path | str, store_path: Path | str, now: dt.datetime | None = None) -> Restored:
    """Put ``backup`` in place of the store at ``store_path`` (the dashboard must be stopped).

    The backup is verified first (a damaged backup changes nothing); the current store, when
    there is one, is kept as ``<store>.sebelum-pulih-<time>`` (with its .wal) rather than deleted.
    Raises BackupError when the backup does not verify or the store is in use.
    """
    backup, store_path = Path(backup), Path(store_path)
    now = now or dt.datetime.now()
    counts = verify(backup)
    if store_path.exists():
        try:  # refuse while the dashboard (or any process) holds the store
            open_reader(store_path, read_only=True).close()
        except duckdb.Error as exc:
            if "lock" in str(exc).lower():
                raise BackupError(f"{store_path} sedang dipakai: hentikan dasbor dulu") from exc
            # otherwise a damaged store: exactly what a restore is for
    store_path.parent.mkdir(parents=True, exist_ok=True)
    part = store_path.with_name(f".{store_path.name}.pulih.part")
    shutil.copyfile(backup, part)
    _fsync(part)
    set_aside = None
    if store_path.exists():
        set_aside = store_path.with_name(f"{store_path.name}.sebelum-pulih-{now:%Y-%m-%d-%H%M%S}")
        os.replace(store_path, set_aside)
    wal = store_path.with_name(store_path.name + ".wal")
    if wal.exists():  # a WAL of the old store must never be replayed onto the restored one
        os.replace(wal, (set_aside or store_path).with_name((set_aside or store_path).name + ".wal.lama"))
    os.replace(part, store_path)
    con = open_reader(store_path, read_only=False)
    try:
        cursor = reader_cursor(con)
        apply_schema(cursor)  # a backup of an earlier release is brought up to date
        found = count_rows(cursor, list(counts))
        cursor.execute("checkpoint")
    finally:
        con.close()
    return Restored(store_path, backup, set_aside, found)
