"""Sign-in, sign-out, idle timeout and audited refusals, for the Streamlit session.

The rules themselves (hashing, lockout, who may see what) live in dashboard.auth; this
module applies them to the running session and writes the audit trail through the app's
one store connection.
"""

from __future__ import annotations

import datetime as dt
import os

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from dashboard.access import audit_trail, auth
from dashboard.core import data
from dashboard.core.i18n import t


def idle_limit() -> dt.timedelta:
    return dt.timedelta(minutes=float(os.environ.get("KINERJA_IDLE_MINUTES", auth.DEFAULT_IDLE_MINUTES)))


def audit(action: str, target: str = "", detail: str = "") -> None:
    """Append an action of the current user to the audit trail (a visitor's only within the
    limits of audit_trail.allow, so nobody can fill the trail with noise)."""
    user = auth.current_user()
    ctx = get_script_run_ctx()
    if not audit_trail.allow(ctx.session_id if ctx else "", user.role):
        return
    with data.transaction() as cursor:
        auth.audit(cursor, user, action, target, detail)


def sign_in(username: str, password: str) -> bool:
    """Try to sign in; on success the session holds the user. Shows the reason on failure."""
    try:
        # a refused attempt is committed too: the lockout counts it and the audit trail shows it
        with data.transaction(commit_on=(auth.SignInRefused,)) as cursor:
            user = auth.authenticate(cursor, username, password)
    except auth.SignInRefused as refused:
        if refused.reason == "locked":
            st.error(t("auth.locked", until=refused.until.strftime("%H.%M")))
        else:
            st.error(t("auth.invalid"))
        return False
    st.session_state["user"] = user
    st.session_state["last_seen"] = auth.now()
    return True


def sign_out(reason: str = "sign_out") -> None:
    if auth.current_user().role != "public":
        audit(reason)
    for key in ("user", "last_seen"):
        st.session_state.pop(key, None)


def enforce_idle_timeout() -> None:
    """End a session idle for longer than the limit; otherwise note this interaction."""
    if auth.current_user().role == "public":
        return
    last_seen = st.session_state.get("last_seen")
    current = auth.now()
    if last_seen is not None and current - last_seen > idle_limit():
        sign_out("idle_timeout")
        st.session_state["signed_out_idle"] = True
        return
    st.session_state["last_seen"] = current


def refuse(target: str, detail: str = "") -> None:
    """Audit a refused access and stop the page with a plain message."""
    audit("access_denied", target, detail)
    st.error(t("auth.denied"))
    st.stop()


def require_unit(unit_id: str | None) -> None:
    """Stop the page unless the user may see ``unit_id`` (None = all units)."""
    if not auth.may_see_unit(unit_id):
        refuse(f"unit:{unit_id or 'semua'}")


def require_employee(nip: str) -> None:
    """Stop the page unless the user may open the individual record of ``nip``; audit the opening."""
    unit = data.employee_unit(nip)  # None: no such employee
    if unit is None or not auth.may_see_employee(nip, unit):
        refuse(f"nip:{nip}")
    audit("open_record", f"nip:{nip}")
