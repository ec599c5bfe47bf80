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

from dataclasses import dataclass

import streamlit as st

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
