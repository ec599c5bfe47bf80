"""Who is signed in, and what they may see. Enforced on the server, page by page.

Roles (DESIGN.md rule 8; issue 8):
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
from dataclasses import dataclass

import duckdb
import streamlit as st
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from dashboard.core import queries

ROLES = ("public", "pegawai", "lurah", "camat", "hr", "admin")
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


PUBLIC = User(username="", role="public")


def current_user() -> User:
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


MAX_FAILURES = 5
FAILURE_WINDOW = dt.timedelta(minutes=15)
LOCKOUT = dt.timedelta(minutes=15)
DEFAULT_IDLE_MINUTES = 30

_hasher = PasswordHasher()


def now() -> dt.datetime:
    """The clock used for lockouts and idle timeouts (tests replace it)."""
    return dt.datetime.now()


def hash_password(password: str) -> str:
    if len(password) < 8:
        raise ValueError("kata sandi minimal 8 karakter / the password needs at least 8 characters")
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


class SignInRefused(Exception):
    """Sign-in failed. ``reason`` is 'invalid' or 'locked'; ``until`` is set when locked."""

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


def authenticate(
    cursor: duckdb.DuckDBPyConnection, username: str, password: str, at: dt.datetime | None = None
) -> User:
    """Check a user name and password on ``cursor``'s store; record the attempt; the User back.

    Raises SignInRefused('locked', until) after MAX_FAILURES failures within FAILURE_WINDOW
    (for LOCKOUT after the last one), SignInRefused('invalid') for a wrong name, a wrong
    password or a disabled account (one message for all, so names cannot be probed).
    """
    at = at or now()
    username = username.strip().lower()
    failures = queries.run(cursor, "auth_failures_since", username=username, since=at - FAILURE_WINDOW).iloc[0]
    if failures["failures"] >= MAX_FAILURES:
        until = failures["last_failure"].to_pydatetime() + LOCKOUT
        if at < until:
            audit(cursor, User(username, "public"), "sign_in_locked")
            raise SignInRefused("locked", until)
    rows = queries.run(cursor, "auth_user", username=username)
    ok = not rows.empty and bool(rows["active"].iloc[0]) and verify_password(rows["password_hash"].iloc[0], password)
    queries.run(cursor, "auth_attempt_insert", username=username, attempted_at=at, success=ok)
    if not ok:
        audit(cursor, User(username, "public"), "sign_in_failed")
        raise SignInRefused("invalid")
    row = rows.iloc[0]
    user = User(
        username=username,
        role=row["role"],
        unit_id=None if _missing(row["unit_id"]) else row["unit_id"],
        nip=None if _missing(row["nip"]) else row["nip"],
        display_name="" if _missing(row["display_name"]) else row["display_name"],
    )
    audit(cursor, user, "sign_in")
    return user


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and value != value)


def add_user(
    cursor: duckdb.DuckDBPyConnection,
    username: str,
    password: str,
    role: str,
    unit_id: str | None = None,
    nip: str | None = None,
    display_name: str | None = None,
) -> None:
    """Create an account (password hashed with argon2id)."""
    if role not in ROLES or role == "public":
        raise ValueError(f"unknown role {role!r}; one of {', '.join(ROLES[1:])}")
    queries.run(
        cursor,
        "user_insert",
        username=username.strip().lower(),
        password_hash=hash_password(password),
        role=role,
        unit_id=unit_id,
        nip=nip,
        display_name=display_name,
    )


def set_active(cursor: duckdb.DuckDBPyConnection, username: str, active: bool) -> bool:
    return not queries.run(cursor, "user_set_active", username=username, active=active).empty


def reset_password(cursor: duckdb.DuckDBPyConnection, username: str, password: str) -> bool:
    return not queries.run(cursor, "user_set_password", username=username, password_hash=hash_password(password)).empty


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
        add_user(cursor, username, password, role, unit_id, nip, name or f"Demo {username}")
