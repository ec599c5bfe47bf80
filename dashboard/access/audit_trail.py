"""The audit trail made tamper-evident, and kept free of visitors' noise.

Entries are inserted by ``auth.audit`` inside the writer's transaction. Right after that
transaction commits, ``seal`` gives every unsealed entry, in audit_id order, the next
``chain_no``, the previous entry's hash (``prev_hash``) and its own hash (``entry_hash`` =
SHA-256 over prev_hash and the entry's fields). Sealing runs in a transaction of its own
under one lock, so it always sees every committed entry and the chain never forks, whatever
order concurrent sessions commit in. ``verify`` walks the chain and reports every break: an
entry edited after sealing, one deleted or slipped in. (Removing the newest entries and
re-sealing by hand is not detected by a chain alone: keep copies of the store, see deploy/.)

Visitors (not signed in) can cause audited events (refusals, failed sign-ins): ``allow``
limits how many of those reach the trail per session and per process.
"""

from __future__ import annotations

import hashlib
import json
import threading

import duckdb
import pandas as pd

from dashboard.core import limits

_seal_lock = threading.Lock()

#: Entries by visitors (role 'public') kept per session and across the process, per window.
PUBLIC_PER_SESSION = 20
PUBLIC_PER_PROCESS = 200
WINDOW_SECONDS = 600.0

VISITORS = limits.Budget(PUBLIC_PER_SESSION, PUBLIC_PER_PROCESS, WINDOW_SECONDS)
_FIELDS = "audit_id, logged_at::varchar as logged_at, username, role, action, target, detail"


def entry_hash(prev_hash: str, row: dict) -> str:
    """The hash of one entry: its fields and the previous entry's hash, unambiguously joined."""
    fields = [prev_hash, *(None if pd.isna(row[k]) else str(row[k]) for k in _KEYS)]
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode("utf-8")).hexdigest()


_KEYS = ("audit_id", "logged_at", "username", "role", "action", "target", "detail")


def _tail(cursor: duckdb.DuckDBPyConnection) -> tuple[int, str]:
    row = cursor.execute(
        "select chain_no, entry_hash from audit_log where chain_no is not null order by chain_no desc limit 1"
    ).fetchall()
    return (int(row[0][0]), row[0][1]) if row else (0, "")


def seal_pending(cursor: duckdb.DuckDBPyConnection) -> int:
    """Seal the unsealed entries inside the caller's transaction (a CLI command: one process,
    one connection). Returns how many were sealed."""
    pending = cursor.execute(f"select {_FIELDS} from audit_log where entry_hash is null order by audit_id").df()
    if pending.empty:
        return 0
    number, previous = _tail(cursor)
    chain_no, prev, own = [], [], []
    for row in pending.to_dict("records"):
        number += 1
        chain_no.append(number)
        prev.append(previous)
        previous = entry_hash(previous, row)
        own.append(previous)
    sealed = pd.DataFrame({"audit_id": pending["audit_id"], "chain_no": chain_no, "prev_hash": prev, "entry_hash": own})
    cursor.register("_audit_sealed", sealed)
    try:
        cursor.execute(
            "update audit_log set chain_no = s.chain_no, prev_hash = s.prev_hash, entry_hash = s.entry_hash "
            "from _audit_sealed s where audit_log.audit_id = s.audit_id"
        )
    finally:
        cursor.unregister("_audit_sealed")
    return len(sealed)


def seal(connection: duckdb.DuckDBPyConnection) -> int:
    """Seal the committed unsealed entries in a transaction of its own, one sealer at a time."""
    with _seal_lock:
        cursor = connection.cursor()
        try:
            if cursor.execute("select count(*) from duckdb_databases() where database_name = 'store'").fetchall()[0][0]:
                cursor.execute("use store")  # the app's connection: the store attached to an in-memory database
            cursor.execute("begin transaction")
            try:
                count = seal_pending(cursor)
                cursor.execute("commit")
            except BaseException:
                cursor.execute("rollback")
                raise
            return count
        finally:
            cursor.close()


def verify(cursor: duckdb.DuckDBPyConnection) -> tuple[list[str], int, int]:
    """Check the chain: (breaks, sealed entries, entries not sealed yet). Each break is a sentence."""
    rows = cursor.execute(
        f"select {_FIELDS}, chain_no, prev_hash, entry_hash from audit_log where chain_no is not null order by chain_no"
    ).df()
    unsealed = cursor.execute("select count(*) from audit_log where entry_hash is null").fetchall()[0][0]
    breaks: list[str] = []
    previous, expected = "", 1
    for row in rows.to_dict("records"):
        number = int(row["chain_no"])
        where = f"entri #{number} (audit_id {row['audit_id']})"
        if number != expected:
            breaks.append(
                f"{where}: entri #{expected}..#{number - 1} hilang" if number > expected else f"{where}: ganda"
            )
        if row["prev_hash"] != previous:
            breaks.append(f"{where}: hash entri sebelumnya tidak cocok (entri dihapus, disisipkan atau diubah)")
        if entry_hash(row["prev_hash"], row) != row["entry_hash"]:
            breaks.append(f"{where}: isi entri diubah setelah dicatat")
        previous, expected = row["entry_hash"], number + 1
    return breaks, len(rows), int(unsealed)


def allow(session: str, role: str, now: float | None = None) -> bool:
    """Whether an audited event of this session may be written: signed-in users always; visitors
    at most PUBLIC_PER_SESSION per session and PUBLIC_PER_PROCESS in all per WINDOW_SECONDS."""
    return role != "public" or VISITORS.allow(session, now)
