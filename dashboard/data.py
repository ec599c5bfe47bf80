"""The dashboard's one data-access module: the store connection, cached queries, writes.

Pages call ``query(name, **params)``. Results are cached per store version: the file's
identity (a store swapped in with ``os.replace`` gets a new connection) and a counter of
the writes this process made through ``write``/``transaction``. Bookkeeping writes (sign-in
attempts, the audit trail) have their own counter, which only the queries that read those
tables follow, so a sign-in does not empty every figure's cache. Everyone sees new data
on their next interaction, without a restart. Old connections are left open: other
sessions may still hold cursors on them.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator

import duckdb
import pandas as pd
import streamlit as st

from dashboard import queries
from dashboard.store import (
    apply_schema,
    db_path,
    facts_in_step,
    open_app_connection,
    reader_cursor,
    refresh_facts,
    store_identity,
)

_generation = 0  # writes of data the pages show
_log_generation = 0  # bookkeeping writes: login_attempts, audit_log
_generation_lock = threading.Lock()
BOOKKEEPING_TABLES = ("audit_log", "login_attempts")


@st.cache_resource(show_spinner=False, max_entries=4)
def _connection(path: str, inode: int) -> duckdb.DuckDBPyConnection:
    con = open_app_connection(path)
    # Bring a store made by an older version up to date (new tables, views, macros); idempotent.
    cursor = reader_cursor(con)
    apply_schema(cursor)
    if not facts_in_step(cursor):  # service_logs written by another tool while we were stopped
        cursor.execute("begin transaction")
        refresh_facts(cursor)
        cursor.execute("commit")
    cursor.close()
    return con


def version() -> tuple[str, int, int]:
    """The current store version; a new value means new data."""
    return (*store_identity(db_path()), _generation)


def _reads_bookkeeping(name: str) -> bool:
    sql = queries.load(name).sql
    return any(table in sql for table in BOOKKEEPING_TABLES)


def _bump(bookkeeping: bool) -> None:
    global _generation, _log_generation
    with _generation_lock:
        _log_generation += 1
        if not bookkeeping:
            _generation += 1


@st.cache_data(show_spinner=False, max_entries=2048)
def _query(store: tuple[str, int, int], name: str, params: dict) -> pd.DataFrame:
    cursor = reader_cursor(_connection(store[0], store[1]))
    try:
        return queries.run(cursor, name, **params)
    finally:
        cursor.close()


def query(name: str, **params: object) -> pd.DataFrame:
    """Run query ``name`` with named parameters on the current store (cached)."""
    store = version()
    if _reads_bookkeeping(name):
        store = (*store, _log_generation)
    return _query(store, name, params)


@contextlib.contextmanager
def transaction(bookkeeping: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    """A cursor in a transaction on the app's connection; committed on success, else rolled back.

    Readers keep seeing the previous data until the commit; then every cache is stale, or with
    ``bookkeeping`` (the transaction writes only login_attempts/audit_log) only the caches of
    the queries that read those tables.
    """
    cursor = reader_cursor(_connection(*store_identity(db_path())))
    cursor.execute("begin transaction")
    try:
        yield cursor
        cursor.execute("commit")
    except BaseException:
        cursor.execute("rollback")
        raise
    finally:
        cursor.close()
        _bump(bookkeeping)


def write(name: str, **params: object) -> pd.DataFrame:
    """Run a data-changing query file (insert/update) in its own transaction."""
    with transaction() as cursor:
        return queries.run(cursor, name, **params)


def settings() -> dict[str, str]:
    frame = query("store_settings")
    return dict(zip(frame["key"], frame["value"], strict=True))


def is_demo() -> bool:
    return settings().get("is_demo") == "true"


def employee_unit(nip: str) -> str | None:
    """The unit an employee is posted to (None for an unknown NIP)."""
    rows = query("employee_scope", nip=nip)
    return None if rows.empty else rows["unit_id"].iloc[0]


def individual_query(name: str, nip: str, **params: object) -> pd.DataFrame:
    """The one door to individual-level figures: runs ``name`` for ``nip`` only if the
    signed-in user may see that employee (auth.may_see_employee), else AccessDenied."""
    from dashboard import auth

    if not auth.may_see_employee(nip, employee_unit(nip)):
        raise auth.AccessDenied(nip)
    return query(name, nip=nip, **params)
