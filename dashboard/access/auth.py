"""Who is signed in, and what they may see. Enforced on the server, page by page.

Roles (the public privacy rule, docs/DESIGN.md):
    public   not signed in: public pages and Tentang Data only
    pegawai  their own record only
    lurah    (any unit head) the camat's pages for their own unit; their own staff's records
    camat    every page, every unit
    hr       every page, every individual record
    admin    imports, users, audit log

The signed-in user lives in ``st.session_state["user"]`` as a ``User``. Every page that
shows unit or individual data calls ``require_page`` first, and every individual-level
query goes through ``dashboard.data.individual_query``, which calls ``check_employee``.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import os
import secrets
import threading
from dataclasses import dataclass

import duckdb
import pandas as pd
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from dashboard.access import sessions
from dashboard.core import queries

ROLES = ("public", "pegawai", "lurah", "camat", "hr", "admin")
#: A role -> its name.
ROLE_KEYS = {
    "public": "auth.role_public",
    "pegawai": "auth.role_pegawai",
    "lurah": "auth.role_lurah",
    "camat": "auth.role_camat",
    "hr": "auth.role_hr",
    "admin": "auth.role_admin",
}
#: Roles that may see names of employees (handlers, appraisers) in unit-level views.
NAME_ROLES = ("lurah", "camat", "hr")


class AccessDenied(Exception):
    """The signed-in user may not see what was asked for."""


@dataclass(frozen=True)
class User:
    username: str
    role: str
    unit_id: str | None = None  # lurah: the unit they head (their scope)
    nip: str | None = None  # pegawai: their own NIP
    display_name: str = ""
    must_change_password: bool = False  # signed in with a one-time password: only the password page opens


PUBLIC = User(username="", role="public")


def current_user() -> User:
    import streamlit as st  # here, not at the top: the command line (dashboard.cli) never needs it

    user = st.session_state.get("user")
    return user if isinstance(user, User) else PUBLIC


def role() -> str:
    return current_user().role


def can_see_names() -> bool:
    return role() in NAME_ROLES


def unit_scope() -> str | None:
    """The one unit a lurah is limited to; None when the role sees every unit."""
    user = current_user()
    return user.unit_id if user.role == "lurah" else None


# ---------------------------------------------------------------- passwords and sign-in


FAILURE_WINDOW = dt.timedelta(hours=24)  # failures older than this (or before a success) are forgotten
FREE_FAILURES = 3  # failures from one source before sign-in from there is slowed down
MAX_DELAY = dt.timedelta(minutes=15)
NAME_FAILURES_PER_STEP = 10  # failures from all sources together: 5 s more wait per step, at most 60 s
ONE_TIME_DAYS = 7  # a one-time password is refused after this many days ($KINERJA_OTP_DAYS)
MIN_PASSWORD = 10
COMMON_PASSWORDS = frozenset(
    {"password", "password1", "passw0rd", "katasandi", "rahasia", "12345678", "123456789", "1234567890",
     "qwertyuiop", "gajahmungkur", "semarang", "kecamatan", "admin12345", "iloveyou", "sayang"}
)  # fmt: skip

_hasher = PasswordHasher()


@functools.cache
def dummy_hash() -> str:
    """Unknown and disabled user names are checked against this hash, so they take as long as real ones.
    Made once per process: the server makes it at its start (app.py), so that even the first refused name
    takes no longer than a known one; a command-line tool that checks no password never pays for it."""
    return _hasher.hash(secrets.token_urlsafe(16))


#: At most this many argon2 checks run at once (each takes ~64 MB and a CPU for ~50 ms).
_ARGON2_SLOTS = threading.BoundedSemaphore(int(os.environ.get("KINERJA_ARGON2_SLOTS", "2")))
#: Attempts for one user name are checked one after the other (a burst cannot slip past the delay).
_NAME_LOCKS = tuple(threading.RLock() for _ in range(64))


def attempt_lock(username: str) -> threading.RLock:
    """The lock serialising sign-in attempts for ``username``. Hold it from before the attempt's
    transaction begins until after it commits, so the next attempt sees this one's failure."""
    digest = hashlib.sha256(username.strip().lower().encode()).digest()
    return _NAME_LOCKS[int.from_bytes(digest[:4], "big") % len(_NAME_LOCKS)]


def now() -> dt.datetime:
    """The clock used for sign-in delays, one-time passwords and idle timeouts (tests replace it)."""
    return dt.datetime.now()


def demo_mode() -> bool:
    """Whether the app was started to show the demo ($KINERJA_DEMO=1; ``./dev run`` does)."""
    return os.environ.get("KINERJA_DEMO", "").strip().lower() in ("1", "true", "yes", "ya")


def password_problem(password: str, username: str = "") -> str | None:
    """Why a new password is too weak (a text key of auth.*), or None: at least MIN_PASSWORD
    characters, at least 5 different ones, not a common password, not the user name."""
    lowered = password.lower()
    if len(password) < MIN_PASSWORD:
        return "auth.pw_short"
    if len(set(password)) < 5:
        return "auth.pw_repetitive"
    if lowered in COMMON_PASSWORDS or lowered.rstrip("0123456789!.") in COMMON_PASSWORDS:
        return "auth.pw_common"
    if username and len(username) >= 3 and username.lower() in lowered:
        return "auth.pw_username"
    return None


class WeakPassword(ValueError):
    """A new password fails ``password_problem``; ``key`` names the reason (a text key)."""

    def __init__(self, key: str):
        super().__init__(key)
        self.key = key


def hash_password(password: str, username: str = "", check: bool = True) -> str:
    problem = password_problem(password, username) if check else None
    if problem:
        raise WeakPassword(problem)
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    with _ARGON2_SLOTS:
        try:
            return _hasher.verify(password_hash, password)
        except (VerificationError, InvalidHashError):
            return False


class SignInRefused(Exception):
    """Sign-in failed. ``reason``: 'invalid' (wrong name or password, disabled account), 'wait'
    (too many recent failures from this source: ``until``) or 'expired' (a one-time password
    past its date: ask the admin for a new one)."""

    def __init__(self, reason: str, until: dt.datetime | None = None):
        super().__init__(reason)
        self.reason = reason
        self.until = until


def audit(cursor: duckdb.DuckDBPyConnection, user: User, action: str, target: str = "", detail: str = "") -> None:
    queries.run(
        cursor,
        "audit_insert",
        logged_at=now(),
        username=user.username or "-",
        role=user.role,
        action=action,
        target=target,
        detail=detail,
    )


def retry_after(cursor: duckdb.DuckDBPyConnection, username: str, source: str, at: dt.datetime) -> dt.datetime | None:
    """When the next attempt for ``username`` from ``source`` may be checked (None: now).

    Growing delays instead of a lock anyone could trigger: after FREE_FAILURES failures from one
    source each further one doubles the wait there (2 s, 4 s, ... at most MAX_DELAY); failures
    from all sources together add only a short wait (5 s per NAME_FAILURES_PER_STEP, at most
    60 s), so someone failing on purpose elsewhere cannot keep the camat out.
    """
    row = queries.run(cursor, "auth_failures_since", username=username, since=at - FAILURE_WINDOW, source=source)
    row = row.iloc[0]
    waits = []
    if row["source_failures"] >= FREE_FAILURES:
        seconds = min(2 ** (int(row["source_failures"]) - FREE_FAILURES + 1), MAX_DELAY.total_seconds())
        waits.append(row["last_source_failure"].to_pydatetime() + dt.timedelta(seconds=seconds))
    if row["failures"] >= NAME_FAILURES_PER_STEP:
        seconds = min(5 * (int(row["failures"]) // NAME_FAILURES_PER_STEP), 60)
        waits.append(row["last_failure"].to_pydatetime() + dt.timedelta(seconds=seconds))
    until = max(waits, default=None)
    return until if until is not None and at < until else None


def authenticate(
    cursor: duckdb.DuckDBPyConnection, username: str, password: str, at: dt.datetime | None = None, source: str = ""
) -> User:
    """Check a user name and password on ``cursor``'s store; record the attempt; the User back.

    Attempts for one name are checked one at a time. Raises SignInRefused('wait', until) while
    the delay of ``retry_after`` runs (without checking the password), SignInRefused('invalid')
    for a wrong name, a wrong password or a disabled account (one message for all, and every
    one checked against an argon2 hash, so neither message nor time tells which names exist),
    and SignInRefused('expired') for a right one-time password past its date. A hash made with
    older argon2 parameters is replaced after a right password.
    """
    at = at or now()
    username = username.strip().lower()
    with attempt_lock(username):
        until = retry_after(cursor, username, source, at)
        if until is not None:
            audit(cursor, User(username, "public"), "sign_in_delayed", detail=source)
            raise SignInRefused("wait", until)
        rows = queries.run(cursor, "auth_user", username=username)
        known = not rows.empty and bool(rows["active"].iloc[0])
        if known and username in DEMO_ACCOUNTS and not demo_mode():
            known = False  # the published demo accounts open nothing outside demo mode
        stored = rows["password_hash"].iloc[0] if known else dummy_hash()
        ok = verify_password(stored, password) and known
        queries.run(cursor, "auth_attempt_insert", username=username, attempted_at=at, success=ok, source=source)
        if not ok:
            audit(cursor, User(username, "public"), "sign_in_failed", detail=source)
            raise SignInRefused("invalid")
    row = rows.iloc[0]
    expires = row["password_expires_at"]
    if bool(row["must_change_password"]) and not _missing(expires) and at >= expires.to_pydatetime():
        audit(cursor, User(username, "public"), "sign_in_expired_password")
        raise SignInRefused("expired")
    if _hasher.check_needs_rehash(stored):
        queries.run(cursor, "user_rehash", username=username, password_hash=_hasher.hash(password))
    user = user_from_row(username, row)
    audit(cursor, user, "sign_in", detail=source)
    return user


def user_from_row(username: str, row) -> User:
    """A User from an account row (auth_user or session_user)."""
    return User(
        username=username,
        role=row["role"],
        unit_id=None if _missing(row["unit_id"]) else row["unit_id"],
        nip=None if _missing(row["nip"]) else row["nip"],
        display_name="" if _missing(row["display_name"]) else row["display_name"],
        must_change_password=bool(row["must_change_password"]),
    )


def _missing(value: object) -> bool:
    return value is None or value is pd.NaT or (isinstance(value, float) and value != value)


def _one_time_expiry(one_time: bool) -> dt.datetime | None:
    return now() + dt.timedelta(days=float(os.environ.get("KINERJA_OTP_DAYS", ONE_TIME_DAYS))) if one_time else None


def add_user(
    cursor: duckdb.DuckDBPyConnection,
    username: str,
    password: str,
    role: str,
    unit_id: str | None = None,
    nip: str | None = None,
    display_name: str | None = None,
    one_time: bool = True,
    demo: bool = False,
) -> None:
    """Create an account (password hashed with argon2id). ``one_time``: the password was chosen
    for the user by someone else, so it must be changed at the first sign-in and expires after
    ONE_TIME_DAYS. The demo user names are kept for the demo store (``demo``)."""
    username = username.strip().lower()
    if role not in ROLES or role == "public":
        raise ValueError(f"unknown role {role!r}; one of {', '.join(ROLES[1:])}")
    if username in DEMO_ACCOUNTS and not demo:
        raise ValueError(f"{username!r} is a demo account name; choose another user name")
    queries.run(
        cursor,
        "user_insert",
        username=username,
        password_hash=hash_password(password, username, check=not demo),  # demo passwords are published anyway
        role=role,
        unit_id=unit_id,
        nip=nip,
        display_name=display_name,
        must_change_password=one_time,
        password_expires_at=_one_time_expiry(one_time),
    )


def set_active(cursor: duckdb.DuckDBPyConnection, username: str, active: bool) -> bool:
    """Enable or disable an account; disabling ends every session of it at once."""
    changed = not queries.run(cursor, "user_set_active", username=username, active=active).empty
    if not active:
        sessions.end_all(cursor, username)
    return changed


def reset_password(cursor: duckdb.DuckDBPyConnection, username: str, password: str) -> bool:
    """Give an account a one-time password (changed at the next sign-in); ends every session of it."""
    changed = queries.run(
        cursor,
        "user_set_password",
        username=username,
        password_hash=hash_password(password, username),
        must_change_password=True,
        password_expires_at=_one_time_expiry(True),
    )
    sessions.end_all(cursor, username)
    return not changed.empty


def change_own_password(cursor: duckdb.DuckDBPyConnection, user: User, current: str, new: str, keep: str = "") -> None:
    """The signed-in user replaces their own password: the current one must be right, the new one
    strong and different. Every other session of the user ends (``keep``: this session's token).
    Raises SignInRefused('invalid') for a wrong current password, WeakPassword for a weak new one."""
    rows = queries.run(cursor, "auth_user", username=user.username)
    if rows.empty or not verify_password(rows["password_hash"].iloc[0], current):
        audit(cursor, user, "password_change_failed")
        raise SignInRefused("invalid")
    if new == current:
        raise WeakPassword("auth.pw_same")
    queries.run(
        cursor,
        "user_set_password",
        username=user.username,
        password_hash=hash_password(new, user.username),
        must_change_password=False,
        password_expires_at=None,
    )
    if keep:  # only a session of this user is kept (never a token another connection brought)
        owner = queries.run(cursor, "session_user", token_sha256=sessions.token_hash(keep))["username"].tolist()
        keep = keep if owner == [user.username] else ""
    sessions.end_all(cursor, user.username)
    if keep:  # this browser stays signed in, under a token the others never had
        queries.run(
            cursor,
            "session_insert",
            token_sha256=sessions.token_hash(keep),
            username=user.username,
            created_at=now(),
            expires_at=now() + sessions.max_age(),
        )
    audit(cursor, user, "password_change")


# ---------------------------------------------------------------- pages and scope

STAFF = ("lurah", "camat", "hr")
EVERYONE_SIGNED_IN = ("pegawai", "lurah", "camat", "hr", "admin")

#: Which roles may open each page (by URL path). Pages not listed are open to everyone.
PAGE_ROLES: dict[str, tuple[str, ...]] = {
    "ringkasan-kinerja": STAFF,
    "perbandingan-unit": STAFF,
    "detail-unit": STAFF,
    "tindak-lanjut": STAFF,
    "kecepatan-layanan": STAFF,
    "cari-pegawai": STAFF,
    "rekam-pegawai": STAFF,
    "impor-data": ("admin", "hr"),
    "kualitas-data": ("admin", "hr", "camat"),
    "pengguna": ("admin",),
    "operasional": ("admin",),
    "kinerja-saya": ("pegawai",),
    "panduan-evaluasi": EVERYONE_SIGNED_IN,
    "ganti-sandi": EVERYONE_SIGNED_IN,
    "masuk": ("public",),
}

#: The page each role lands on, when it exists.
HOME = {
    "public": "forum-publik",
    "pegawai": "kinerja-saya",
    "lurah": "ringkasan-kinerja",
    "camat": "ringkasan-kinerja",
    "hr": "cari-pegawai",
    "admin": "impor-data",
}


def may_open(url_path: str, user: User | None = None) -> bool:
    allowed = PAGE_ROLES.get(url_path)
    return allowed is None or (user or current_user()).role in allowed


def may_see_unit(unit_id: str | None, user: User | None = None) -> bool:
    """Whether the user may see unit-level figures of ``unit_id`` (None = all units)."""
    user = user or current_user()
    if user.role in ("camat", "hr", "admin", "public"):
        return True  # public pages only ever show aggregated, suppressed figures
    if user.role == "lurah":
        return unit_id == user.unit_id
    return False


def may_see_employee(nip: str, employee_unit: str | None, user: User | None = None) -> bool:
    """Whether the user may open the individual record of ``nip`` posted at ``employee_unit``."""
    user = user or current_user()
    if user.role in ("camat", "hr"):
        return True
    if user.role == "lurah":
        return employee_unit is not None and employee_unit == user.unit_id
    if user.role == "pegawai":
        return nip == user.nip
    return False


# ---------------------------------------------------------------- demo accounts

#: One account per role on the demo store; the passwords are published in the README.
DEMO_ACCOUNTS = {
    "camat": ("camat-demo-2026", "camat", None, "Camat Gajahmungkur"),
    "hr": ("hr-demo-2026", "hr", None, "Subbagian Umum dan Kepegawaian"),
    "lurah": ("lurah-demo-2026", "lurah", "33.74.09.1003", None),
    "admin": ("admin-demo-2026", "admin", None, "Admin Sistem"),
    "pegawai": ("pegawai-demo-2026", "pegawai", None, None),
}


def create_demo_accounts(cursor: duckdb.DuckDBPyConnection) -> None:
    """Add the demo accounts to a demo store; the pegawai is the first active front-line employee."""
    employees = queries.run(cursor, "demo_account_people")
    head = employees[employees["position_kind"] == "struktural"]
    staff = employees[employees["position_kind"] != "struktural"]
    for username, (password, role, unit_id, name) in DEMO_ACCOUNTS.items():
        nip = None
        if role == "pegawai" and not staff.empty:
            nip, name = staff["nip"].iloc[0], staff["name"].iloc[0]
        elif role == "lurah" and not head.empty:
            name = head["name"].iloc[0]
        add_user(cursor, username, password, role, unit_id, nip, name or f"Demo {username}", one_time=False, demo=True)
