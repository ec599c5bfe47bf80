"""The dashboard's one data-access module: the store connection, cached queries, writes.

Pages call ``query(name, **params)``. Results are cached per store version, per table: the
file's identity (a store swapped in with ``os.replace`` gets a new connection) and, for each
table the query reads (its views and table macros followed down to tables), a counter of the
writes this process made to that table through ``write``/``transaction``. So saving a
follow-up refreshes the follow-up lists and nothing else, and a sign-in (login_attempts,
audit_log) leaves every figure cached. A write that does not say what it changed (an import)
makes everything stale. After a write, the questions asked recently are answered again in the
background (``rewarm``), so the next visitor is served from the cache. Everyone sees new data
on their next interaction, without a restart. Old connections are left open: other sessions
may still hold cursors on them.
"""

from __future__ import annotations

import collections
import contextlib
import functools
import json
import logging
import os
import re
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

import duckdb
import pandas as pd
import streamlit as st

from dashboard.core import queries
from dashboard.core.store import (
    apply_schema,
    db_path,
    facts_checked,
    open_app_connection,
    reader_cursor,
    refresh_facts,
    schema_current,
    store_identity,
)

_epoch = 0  # writes that did not say what they changed: everything is stale
_writes = 0  # every write (version())
_table_writes: collections.Counter[str] = collections.Counter()
_generation_lock = threading.Lock()
EVERYTHING = "*"  # a query that reads the catalog itself (table sizes): stale after any write
_WORD = re.compile(r"[a-z_][a-z0-9_]*")
_DML_TARGET = re.compile(r"\b(?:insert\s+(?:or\s+\w+\s+)?into|update|delete\s+from)\s+([a-z_][a-z0-9_]*)", re.I)


@st.cache_resource(show_spinner=False, max_entries=4)
def _connection(path: str, inode: int) -> duckdb.DuckDBPyConnection:
    con = open_app_connection(path)
    # Bring a store made by an older version up to date (new tables, views, macros); idempotent, and
    # skipped when it last ran with today's schema (replacing every view and macro takes a while).
    cursor = reader_cursor(con)
    if not schema_current(cursor):
        apply_schema(cursor)
    if not facts_checked(cursor):  # service_logs written by another tool while we were stopped
        cursor.execute("begin transaction")
        refresh_facts(cursor)
        cursor.execute("commit")
    cursor.close()
    return con


def version() -> tuple[str, int, int]:
    """The current store version; a new value means some data changed."""
    return (*store_identity(db_path()), _writes)


@functools.cache
def _catalog(path: str, inode: int) -> dict[str, frozenset[str]]:
    """Every table, view and table macro of the store -> the tables it reads (a table: itself)."""
    cursor = reader_cursor(_connection(path, inode))
    try:
        db = "database_name = current_database()"
        tables = {r[0] for r in cursor.execute(f"select table_name from duckdb_tables() where {db}").fetchall()}
        sql = dict(cursor.execute(f"select view_name, sql from duckdb_views() where {db}").fetchall())
        sql |= dict(
            cursor.execute(
                f"select function_name, macro_definition from duckdb_functions() where {db} "
                "and function_type = 'table_macro'"
            ).fetchall()
        )
    finally:
        cursor.close()
    reads: dict[str, frozenset[str]] = {t: frozenset([t]) for t in tables}

    def follow(name: str, seen: frozenset[str]) -> frozenset[str]:
        if name not in reads:
            used = set(_WORD.findall(sql[name].lower())) & (tables | set(sql)) - seen - {name}
            reads[name] = frozenset().union(*(follow(u, seen | {name}) for u in used))
        return reads[name]

    for name in sql:
        follow(name, frozenset())
    return reads


def tables_read(name: str, store: tuple[str, int] | None = None) -> frozenset[str]:
    """The tables query ``name`` reads, through its views and table macros ({EVERYTHING} for a
    query that reads the catalog)."""
    return _tables_read(name, store or store_identity(db_path()))


@functools.cache
def _tables_read(name: str, store: tuple[str, int]) -> frozenset[str]:
    text = queries.strip_comments(queries.load(name).sql).lower()
    if "duckdb_" in text or "information_schema" in text:
        return frozenset([EVERYTHING])
    reads = _catalog(*store)
    return frozenset().union(*(reads[w] for w in set(_WORD.findall(text)) if w in reads))


def _key(name: str, store: tuple[str, int]) -> tuple:
    """The cache key of query ``name`` now: store identity, epoch and its tables' write counters."""
    tables = tables_read(name, store)
    with _generation_lock:
        if EVERYTHING in tables:
            return (*store, _epoch, _writes)
        return (*store, _epoch, tuple(sorted((t, _table_writes[t]) for t in tables)))


def _bump(changes: Iterable[str] | None) -> None:
    global _epoch, _writes
    with _generation_lock:
        _writes += 1
        if changes is None:
            _epoch += 1
        else:
            _table_writes.update(changes)


@st.cache_data(show_spinner=False, max_entries=2048)
def _query(key: tuple, name: str, params: dict) -> pd.DataFrame:
    cursor = reader_cursor(_connection(key[0], key[1]))
    try:
        return queries.run(cursor, name, **params)
    finally:
        cursor.close()


def query(name: str, **params: object) -> pd.DataFrame:
    """Run query ``name`` with named parameters on the current store (cached)."""
    store = store_identity(db_path())
    params = dict(sorted(params.items()))  # one cache entry whatever order the caller wrote them in
    _warm_on_first_use(store)
    _remember(store, name, params)
    return _query(_key(name, store), name, params)


# ---------------------------------------------------------------- re-warming
# After a write the figures that read the changed tables are stale. Rather than let the next
# visitor of each page pay the uncached time (seconds at 10 million logs), a background thread
# answers the questions asked most recently again on the new data, newest first: the pages'
# default views, the units people look at. Questions whose tables did not change are cache hits.
# The questions are kept beside the store (<store>.questions.json), so after a restart the
# first use of the store warms them too. Best effort: a question that fails here is asked again
# by its page. KINERJA_REWARM=0 turns both off (the in-process tests, which open and delete
# stores under the app's feet).

REWARM_THREAD = "kinerja-rewarm"
RECENT_LIMIT = 300  # distinct (store, query, parameters) remembered, newest kept
_recent: collections.OrderedDict[tuple, tuple[str, dict]] = collections.OrderedDict()
_recent_lock = threading.Lock()
_warming = threading.Lock()
_first_used: set[tuple[str, int]] = set()
_log = logging.getLogger(__name__)


class _QuietRewarmThread(logging.Filter):
    """The re-warming thread has no Streamlit session on purpose: drop the warning that says so
    on every cached call (it would flood the server log)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return threading.current_thread().name != REWARM_THREAD


logging.getLogger("streamlit.runtime.scriptrunner_utils.script_run_context").addFilter(_QuietRewarmThread())


def _rewarm_enabled() -> bool:
    return os.environ.get("KINERJA_REWARM", "1") != "0"


def _questions_file(store: tuple[str, int]) -> Path:
    return Path(store[0] + ".questions.json")


def _add_question(store: tuple[str, int], name: str, params: dict) -> bool:
    """Put a question at the newest end of _recent (dropping the oldest past the limit); whether it
    was new. Called holding _recent_lock."""
    key = (store, name, repr(sorted(params.items())))
    new = key not in _recent
    _recent[key] = (name, params)
    _recent.move_to_end(key)
    while len(_recent) > RECENT_LIMIT:
        _recent.popitem(last=False)
    return new


def _remember(store: tuple[str, int], name: str, params: dict) -> None:
    with _recent_lock:
        if _add_question(store, name, params) and _rewarm_enabled():
            _save_questions(store)


def _save_questions(store: tuple[str, int]) -> None:
    """Write this store's remembered questions (oldest first) beside it; called holding _recent_lock."""
    asked = [
        [name, queries.params_to_json(params)] for (where, *_), (name, params) in _recent.items() if where == store
    ]
    path = _questions_file(store)
    try:
        part = path.with_name(path.name + ".part")
        part.write_text(json.dumps(asked), encoding="utf-8")
        os.replace(part, path)
    except (OSError, TypeError, ValueError):  # a read-only folder, an unusual parameter: not worth failing a page
        _log.warning("could not keep the questions in %s", path, exc_info=True)


def _warm_on_first_use(store: tuple[str, int]) -> None:
    """On this process's first use of a store: recall the questions kept beside it and answer them."""
    if store in _first_used:  # every query passes here: no lock once the store is in use
        return
    with _recent_lock:
        if store in _first_used or not _rewarm_enabled():
            return
        _first_used.add(store)
        try:
            asked = json.loads(_questions_file(store).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        for name, params in asked:
            if isinstance(name, str) and isinstance(params, dict) and name in _read_queries():
                _add_question(store, name, queries.params_from_json(params))
    _rewarm_in_background(store)


@functools.cache
def _read_queries() -> frozenset[str]:
    """The query files that only read (a kept question file naming another is not obeyed)."""
    return frozenset(n for n in queries.names() if not _DML_TARGET.search(queries.strip_comments(queries.load(n).sql)))


def rewarm(store: tuple[str, int], changes: tuple[str, ...] | None = None) -> int:
    """Answer the questions remembered for ``store`` that read the ``changes`` tables (None: all)
    again (into the cache), newest first; stop early when newer data arrives (the write that
    brought it starts another pass). Returns how many were answered."""
    answered = 0
    with _warming:
        started = _writes
        with _recent_lock:
            asked = [question for (where, *_), question in reversed(_recent.items()) if where == store]
        if changes is not None:
            asked = [(n, p) for n, p in asked if tables_read(n, store) & {*changes, EVERYTHING}]
        for name, params in asked:
            if _writes != started:
                break
            try:
                _query(_key(name, store), name, params)
                answered += 1
            except Exception:  # noqa: BLE001 - best effort; the page asks again and shows the error
                _log.warning("re-warming %s failed", name, exc_info=True)
    return answered


def _rewarm_in_background(store: tuple[str, int], changes: tuple[str, ...] | None = None) -> threading.Thread | None:
    if not _rewarm_enabled():
        return None
    thread = threading.Thread(target=rewarm, args=(store, changes), name=REWARM_THREAD, daemon=True)
    thread.start()
    return thread


def wait_for_rewarm(timeout: float | None = None) -> None:
    """Wait until the re-warming passes running now have finished (the benchmark, tests)."""
    for thread in threading.enumerate():
        if thread.name == REWARM_THREAD:
            thread.join(timeout)


@contextlib.contextmanager
def transaction(
    changes: Iterable[str] | None = None, commit_on: tuple[type[BaseException], ...] = ()
) -> Iterator[duckdb.DuckDBPyConnection]:
    """A cursor in a transaction on the app's connection; committed on success, else rolled back.

    ``changes``: the tables the transaction writes (e.g. ``("follow_ups",)``; ``()`` for one that
    only reads or uses temp tables); None (an import) = anything may have changed. Readers keep
    seeing the previous data until the commit; then the queries reading those tables are stale
    and are answered again in the background. ``commit_on``: exceptions that commit what was
    written before they propagate (a refused sign-in keeps its failed attempt and audit entry).
    """
    store = store_identity(db_path())
    cursor = reader_cursor(_connection(*store))
    cursor.execute("begin transaction")
    committed = False
    try:
        yield cursor
        cursor.execute("commit")
        committed = True
    except commit_on:
        cursor.execute("commit")
        committed = True
        raise
    except BaseException:
        cursor.execute("rollback")
        raise
    finally:
        cursor.close()
        changes = None if changes is None else tuple(changes)
        if committed and changes != ():
            _bump(changes)
            _rewarm_in_background(store, changes)


def write(name: str, **params: object) -> pd.DataFrame:
    """Run a data-changing query file (insert/update/delete) in its own transaction; the
    tables it changes are read from its SQL."""
    changed = {m.lower() for m in _DML_TARGET.findall(queries.load(name).sql)}
    with transaction(changed or None) as cursor:
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
    from dashboard.access import auth

    if not auth.may_see_employee(nip, employee_unit(nip)):
        raise auth.AccessDenied(nip)
    return query(name, nip=nip, **params)
