"""The dashboard's one data-access module: the store connection, cached queries, writes.

Pages call ``query(name, **params)``. Answers are cached per connection and per table read:
the key holds, for each table the query reads (its views and macros followed down to tables,
``dashboard.core.lineage``), a counter of the writes this process made to that table. Writes go
through ``transaction()`` (or ``write`` for one DML query file); the transaction's cursor notes
the target of every insert, update and delete it runs, so what a write changed is read from
what it did, never declared by hand, and a change to the store's own tables or views makes
everything stale. Saving a follow-up thus refreshes the follow-up lists and nothing else, and a
sign-in (login_attempts, audit_log) leaves every figure cached. After a write, one background
worker answers the recently asked questions that read the changed tables again, so the next
visitor is served from the cache. Everyone sees new data on their next interaction, without a
restart. Old connections are left open: other sessions may still hold cursors on them.
"""

from __future__ import annotations

import collections
import contextlib
import functools
import itertools
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

from dashboard.access import audit_trail
from dashboard.core import fmt, lineage, queries
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

_epoch = 0  # writes that changed the store's own tables or views: everything is stale
_writes = 0  # every write (catalog-reading answers; re-warming stops when a newer write arrives)
_table_writes: collections.Counter[str] = collections.Counter()
_generation_lock = threading.Lock()
EVERYTHING = lineage.EVERYTHING  # a query that reads the catalog itself (table sizes): stale after any write
_DML_TARGET = re.compile(
    r"\b(?:insert\s+(?:or\s+\w+\s+)?into|update|delete\s+from|truncate(?:\s+table)?)\s+"
    r"(?:\"?store\"?\.|\"?main\"?\.)?\"?([a-z_][a-z0-9_]*)",
    re.I,
)
_DDL_TARGET = re.compile(
    r"\b(?:create|drop|alter)\s+(?:or\s+replace\s+)?(?:table|view|macro|function|sequence|index)\s+"
    r"(?:if\s+(?:not\s+)?exists\s+)?(?:\"?store\"?\.|\"?main\"?\.)?\"?([a-z_][a-z0-9_]*)",
    re.I,
)
RESULTS_LIMIT = 2048  # cached answers kept, least recently used dropped first
_results: collections.OrderedDict[tuple, pd.DataFrame] = collections.OrderedDict()
_results_lock = threading.Lock()
_computing: dict[tuple, threading.Event] = {}  # questions being computed now -> set when done (held by _results_lock)
_connections: dict[int, int] = {}  # id(connection) -> its generation: a new connection answers afresh
_connection_counter = itertools.count(1)


@st.cache_resource(show_spinner=False, max_entries=4)
def _connection(path: str, inode: int) -> duckdb.DuckDBPyConnection:
    con = open_app_connection(path)
    _connections[id(con)] = next(_connection_counter)
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
    audit_trail.seal(con)  # entries a CLI command left unsealed
    cursor = reader_cursor(con)  # the length of "1 hari kerja" from the store's office hours
    fmt.set_working_day_minutes(queries.run(cursor, "working_day")["minutes"].iloc[0])
    cursor.close()
    return con


#: Tables that record the dashboard's own use (sessions, sign-in attempts, the audit trail, runs of
#: the scheduled jobs and mails): no report, deck or figure is built from them, so writing them (on
#: every click, for the session's last use) leaves version() unchanged.
USAGE_TABLES = frozenset({"user_sessions", "login_attempts", "audit_log", "ops_runs", "mail_log", "backup_log"})


def version() -> tuple[str, int, int, int]:
    """The current version of the store's content (the key of files and figures built from it); a
    new value means something a report may show changed."""
    with _generation_lock:
        writes = sum(n for table, n in _table_writes.items() if table not in USAGE_TABLES)
        return (*store_identity(db_path()), _epoch, writes)


@functools.cache
def _catalog(path: str, inode: int) -> lineage.Catalog:
    """The store's tables, views and macros (read once per store)."""
    cursor = reader_cursor(_connection(path, inode))
    try:
        return lineage.read_catalog(cursor)
    finally:
        cursor.close()


def tables_read(name: str, store: tuple[str, int] | None = None) -> frozenset[str]:
    """The tables query ``name`` reads, through its views and macros ({EVERYTHING} for a
    query that reads the catalog)."""
    return _tables_read(name, store or store_identity(db_path()))


@functools.cache
def _tables_read(name: str, store: tuple[str, int]) -> frozenset[str]:
    return lineage.query_tables(_catalog(*store), name)


def _key(name: str, store: tuple[str, int], params: dict) -> tuple:
    """The cache key of query ``name`` now: its connection, epoch and its tables' write counters."""
    tables = tables_read(name, store)
    generation = _connections.get(id(_connection(*store)))
    with _generation_lock:
        if EVERYTHING in tables:
            version: tuple = (_epoch, _writes)
        else:
            version = (_epoch, tuple(sorted((t, _table_writes[t]) for t in tables)))
    return (*store, generation, *version, name, repr(sorted(params.items())))


def _bump(changes: Iterable[str] | None) -> None:
    global _epoch, _writes
    with _generation_lock:
        _writes += 1
        if changes is None:
            _epoch += 1
        else:
            _table_writes.update(changes)


def _answer(store: tuple[str, int], name: str, params: dict) -> pd.DataFrame:
    """The cached answer, else computed once: a question already being computed for another session (or by the
    re-warming worker) is waited for, not computed a second time; if that computation fails, a waiter takes over."""
    key = _key(name, store, params)
    while True:
        with _results_lock:
            if key in _results:
                _results.move_to_end(key)
                return _results[key]
            computing = _computing.get(key)
            if computing is None:
                computing = _computing[key] = threading.Event()
                break
        computing.wait()
    try:
        cursor = reader_cursor(_connection(*store))
        try:
            frame = queries.run(cursor, name, **params)
        finally:
            cursor.close()
        with _results_lock:
            _results[key] = frame
            while len(_results) > RESULTS_LIMIT:
                _results.popitem(last=False)
        return frame
    finally:
        with _results_lock:
            del _computing[key]
        computing.set()


def clear_cache() -> None:
    """Forget every cached answer (the benchmark's uncached runs)."""
    with _results_lock:
        _results.clear()


def query(name: str, **params: object) -> pd.DataFrame:
    """Run query ``name`` with named parameters on the current store (cached). Treat the frame
    as read-only: it is shared with every other session asking the same question."""
    store = store_identity(db_path())
    params = dict(sorted(params.items()))  # one cache entry whatever order the caller wrote them in
    _warm_on_first_use(store)
    _remember(store, name, params)
    return _answer(store, name, params)


# ---------------------------------------------------------------- re-warming
# After a write the figures that read the changed tables are stale. Rather than let the next
# visitor of each page pay the uncached time (seconds at 10 million logs), one background worker
# answers the questions asked most recently again on the new data, newest first: the pages'
# default views, the units people look at. Questions whose tables did not change are cache hits.
# Writes that arrive while it works are merged into its next pass (one thread, never a pile).
# The questions are kept beside the store (<store>.questions.json: query names and filter values
# only, no search text), so after a restart the first use of the store warms them too. Best
# effort: a question that fails here is asked again by its page. KINERJA_REWARM=0 turns both off
# (the in-process tests, which open and delete stores under the app's feet).

REWARM_THREAD = "kinerja-rewarm"
RECENT_LIMIT = 300  # distinct (store, query, parameters) remembered, newest kept
_recent: collections.OrderedDict[tuple, tuple[str, dict]] = collections.OrderedDict()
_recent_lock = threading.Lock()
_first_used: set[tuple[str, int]] = set()
_pending: dict[tuple[str, int], frozenset[str] | None] = {}  # store -> tables changed (None: all)
_worker_state = threading.Condition()
_worker: threading.Thread | None = None
_busy = False
_log = logging.getLogger(__name__)


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


#: Parameters that name a person or carry what someone typed: such questions are re-warmed from
#: memory but never written to the questions file (it would list whose records were opened).
PERSONAL_PARAMS = frozenset({"nip", "username", "search", "target", "appraiser_nip"})


def _save_questions(store: tuple[str, int]) -> None:
    """Write this store's remembered questions (oldest first) beside it, without personal data,
    readable by the dashboard's user only; called holding _recent_lock."""
    asked = [
        [name, queries.params_to_json(params)]
        for (where, *_), (name, params) in _recent.items()
        if where == store and not PERSONAL_PARAMS & params.keys()
    ]
    path = _questions_file(store)
    try:
        part = path.with_name(path.name + ".part")
        part.unlink(missing_ok=True)
        with os.fdopen(os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w", encoding="utf-8") as handle:
            handle.write(json.dumps(asked))
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
            if isinstance(name, str) and isinstance(params, dict) and name in read_queries():
                _add_question(store, name, queries.params_from_json(params))
    _rewarm_in_background(store, None)


@functools.cache
def read_queries() -> frozenset[str]:
    """The query files that only read: none inserts, updates, deletes or truncates (a kept question file
    naming another is not obeyed)."""
    return frozenset(n for n in queries.names() if not _DML_TARGET.search(queries.strip_comments(queries.load(n).sql)))


def rewarm(store: tuple[str, int], changes: Iterable[str] | None = None) -> int:
    """Answer the questions remembered for ``store`` that read the ``changes`` tables (None: all)
    again (into the cache), newest first; stop early when newer data arrives (the write that
    brought it queues another pass). Returns how many were answered."""
    answered = 0
    started = _writes
    with _recent_lock:
        asked = [question for (where, *_), question in reversed(_recent.items()) if where == store]
    if changes is not None:
        changed = {*changes, EVERYTHING}
        asked = [(n, p) for n, p in asked if tables_read(n, store) & changed]
    for name, params in asked:
        if _writes != started:
            break
        try:
            _answer(store, name, params)
            answered += 1
        except Exception:  # noqa: BLE001 - best effort; the page asks again and shows the error
            _log.warning("re-warming %s failed", name, exc_info=True)
    return answered


def _work() -> None:
    """The one re-warming worker: takes the pending stores one at a time until none is left."""
    global _worker, _busy
    while True:
        with _worker_state:
            if not _pending:
                _worker, _busy = None, False
                _worker_state.notify_all()
                return
            store, changes = _pending.popitem()
            _busy = True
        rewarm(store, changes)
        with _worker_state:
            _busy = False
            _worker_state.notify_all()


def _rewarm_in_background(store: tuple[str, int], changes: Iterable[str] | None) -> None:
    """Queue a pass for ``store`` (merged with one already queued) and start the worker if idle."""
    global _worker
    if not _rewarm_enabled():
        return
    with _worker_state:
        queued = _pending.get(store, frozenset())
        _pending[store] = None if changes is None or queued is None else queued | frozenset(changes)
        if _worker is None:
            _worker = threading.Thread(target=_work, name=REWARM_THREAD, daemon=True)
            _worker.start()


def wait_for_rewarm(timeout: float | None = None) -> None:
    """Wait until the re-warming worker has nothing left to do (the benchmark, tests)."""
    with _worker_state:
        _worker_state.wait_for(lambda: _worker is None and not _pending, timeout)


class _Recorder:
    """A transaction's cursor that notes what each statement writes: the targets of insert, update
    and delete, and whether a table or view of the store itself was created, dropped or altered."""

    def __init__(self, cursor: duckdb.DuckDBPyConnection) -> None:
        self._cursor = cursor
        self.written: set[str] = set()
        self.defined: set[str] = set()

    def _note(self, sql: object) -> None:
        if isinstance(sql, str):
            text = queries.strip_comments(sql)
            self.written |= {m.lower() for m in _DML_TARGET.findall(text)}
            self.defined |= {m.lower() for m in _DDL_TARGET.findall(text)}

    def execute(self, sql: object, *args: object, **kwargs: object) -> duckdb.DuckDBPyConnection:
        self._note(sql)
        return self._cursor.execute(sql, *args, **kwargs)

    def executemany(self, sql: object, *args: object, **kwargs: object) -> duckdb.DuckDBPyConnection:
        self._note(sql)
        return self._cursor.executemany(sql, *args, **kwargs)

    def sql(self, sql: object, *args: object, **kwargs: object) -> duckdb.DuckDBPyRelation:
        self._note(sql)
        return self._cursor.sql(sql, *args, **kwargs)

    def __getattr__(self, name: str) -> object:
        return getattr(self._cursor, name)

    def changes(self, store: tuple[str, int]) -> frozenset[str] | None:
        """The store's tables written (temp tables left out); None when its own tables or views were
        created, dropped or altered."""
        catalog = _catalog(*store)
        if self.defined & (catalog.tables | catalog.definitions.keys()):
            return None
        return frozenset(self.written & catalog.tables)


@contextlib.contextmanager
def transaction(commit_on: tuple[type[BaseException], ...] = ()) -> Iterator[duckdb.DuckDBPyConnection]:
    """A cursor in a transaction on the app's connection; committed on success, else rolled back.

    Readers keep seeing the previous data until the commit; then the answers reading the tables
    the transaction wrote are stale and are answered again in the background. ``commit_on``:
    exceptions that commit what was written before they propagate (a refused sign-in keeps its
    failed attempt and audit entry).
    """
    store = store_identity(db_path())
    recorder = _Recorder(reader_cursor(_connection(*store)))
    recorder.execute("begin transaction")
    committed = False
    try:
        yield recorder  # type: ignore[misc]  # quacks like the cursor it wraps
        recorder.execute("commit")
        committed = True
    except commit_on:
        recorder.execute("commit")
        committed = True
        raise
    except BaseException:
        recorder.execute("rollback")
        raise
    finally:
        recorder.close()
        if committed:
            changes = recorder.changes(store)
            if changes is None or "audit_log" in changes:
                audit_trail.seal(_connection(*store))  # before the bump: readers see the sealed entries
            if changes != frozenset():
                _bump(changes)
                _rewarm_in_background(store, changes)


def invalidate() -> None:
    """Everything may have changed (the store was restored from a backup): every answer is stale."""
    store = store_identity(db_path())
    _bump(None)
    _rewarm_in_background(store, None)


def write(name: str, **params: object) -> pd.DataFrame:
    """Run a data-changing query file (insert/update/delete) in its own transaction."""
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
    from dashboard.access import auth

    if not auth.may_see_employee(nip, employee_unit(nip)):
        raise auth.AccessDenied(nip)
    return query(name, nip=nip, **params)
