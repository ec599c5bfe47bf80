"""Sign-in, sign-out, idle timeout and audited refusals, for the Streamlit session.

The rules themselves (hashing, sign-in delays, who may see what) live in dashboard.access.auth,
the browser-bound sessions in dashboard.access.sessions; this module applies them to the
running session and writes the audit trail through the app's one store connection.

Served to a browser, who is signed in is decided afresh on every run from the token this browser
connection signed in with, else the session cookie (``session_token``, ``resolve``);
``st.session_state["user"]`` only carries the answer to the pages of that run.
Under AppTest (no browser, no cookies: its runtime is a mock) tests put a User in the session
state themselves and the idle limit is kept in the session state.
"""

from __future__ import annotations

import datetime as dt
import threading
import weakref
from unittest import mock

import duckdb
import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from dashboard.access import audit_trail, auth, sessions
from dashboard.core import data
from dashboard.core.i18n import t

KEEP_ON_SIGN_OUT = ("lang",)  # the only session state a sign-out keeps
AUTO_RUN = "auto_run"  # set before an automatic st.rerun (slides advancing): not the user's activity

# connection -> (session token, grant code) of a sign-in on that browser connection
_held: weakref.WeakKeyDictionary[object, tuple[str, str]] = weakref.WeakKeyDictionary()
_held_lock = threading.Lock()


def idle_limit() -> dt.timedelta:
    return sessions.idle_limit()


def served() -> bool:
    """Whether this run serves a browser (False under AppTest, whose runtime is a mock)."""
    from streamlit import runtime

    return runtime.exists() and not isinstance(runtime.get_instance(), mock.Mock)


def _source() -> str:
    """Where this session's requests come from (for sign-in delays and the audit trail)."""
    if not served():
        return ""
    return str(st.context.ip_address or "")


def audit(action: str, target: str = "", detail: str = "") -> None:
    """Append an action of the current user to the audit trail (a visitor's only within the
    limits of audit_trail.allow, so nobody can fill the trail with noise)."""
    user = auth.current_user()
    ctx = get_script_run_ctx()
    if not audit_trail.allow(ctx.session_id if ctx else "", user.role):
        return
    with data.transaction() as cursor:
        auth.audit(cursor, user, action, target, detail)


def clear_state() -> None:
    """Forget everything this session held (the last NIP opened, one-time passwords not yet
    downloaded, filters, the token its connection signed in with), except the language."""
    for key in list(st.session_state.keys()):
        if key not in KEEP_ON_SIGN_OUT:
            del st.session_state[key]
    connection = _connection()
    if connection is not None:
        with _held_lock:
            _held.pop(connection, None)


def resolve() -> None:
    """Decide who is signed in for this run; call first on every full run of the app.

    Served: the user of the session cookie, if its session still lasts (a run the user caused
    starts its idle time again; an automatic rerun does not). A session state left from another
    user or from a session that ended is cleared. Under AppTest: the idle limit on the session state.
    """
    activity = not st.session_state.pop(AUTO_RUN, False)
    if not served():
        _enforce_idle_timeout(activity)
        return
    token = session_token()
    row, over = None, None
    if token:
        # only user_sessions is written: no cached figure goes stale
        try:
            row, over = _look_up(token, activity)
        except duckdb.TransactionException:  # two tabs noting their use at once: one note is enough
            row, over = _look_up(token, False)
    user = auth.user_from_row(row["username"], row) if row is not None else None
    previous = st.session_state.get("user")
    if previous is not None and (user is None or previous.username != user.username):
        clear_state()
        if over in ("idle", "expired"):
            st.session_state["signed_out_idle"] = True
    if user is not None:
        st.session_state["user"] = user
    elif over in ("idle", "expired") and previous is None:
        st.session_state["signed_out_idle"] = True


def _connection() -> object | None:
    """The browser connection (Streamlit's client of this session's websocket) this run serves, if served."""
    ctx = get_script_run_ctx()
    if ctx is None or not served():
        return None
    from streamlit import runtime

    return runtime.get_instance().get_client(ctx.session_id)


def session_token() -> str | None:
    """This browser's session token (served): the one this connection signed in with, else the one in the
    cookie its connection brought.

    Signing in does not reload the page: the browser receives the cookie for its next connection (a reload,
    a second tab), while the connection that signed in, opened before the cookie existed, holds the token in
    this process, keyed by the connection itself (not in the session state): a client that takes the
    Streamlit session over by naming its ID is another connection, and brings only its own cookies."""
    connection = _connection()
    if connection is not None:
        with _held_lock:
            held = _held.get(connection)
        if held is not None:
            return held[0]
    return st.context.cookies.get(sessions.COOKIE)


def hand_over_cookie() -> None:
    """After signing in (served): on every run of the connection that signed in, until the browser has
    exchanged the sign-in's grant code for the session cookie (or the code has expired), the script that
    does so (call it in ``ui.hidden_place``). A run cut short by a rerun sends it on the next one."""
    connection = _connection()
    if connection is None:
        return
    with _held_lock:
        _, code = _held.get(connection, (None, None))
    if code is not None and sessions.pending(code):
        st.html(sessions.grant_script(code), unsafe_allow_javascript=True)


def _look_up(token: str, touch: bool) -> tuple[dict | None, str | None]:
    with data.transaction() as cursor:
        row, over = sessions.user_of(cursor, token, auth.now(), touch=touch)
        if over in ("idle", "expired"):
            who = st.session_state.get("user", auth.PUBLIC).username
            auth.audit(cursor, auth.User(who, "public"), "idle_timeout")
    return row, over


def session_over() -> bool:
    """Whether the signed-in session has ended (idle limit, sign-out elsewhere, account disabled),
    checked without counting as activity: the idle watcher asks this every minute."""
    if auth.current_user().role == "public":
        return False
    if not served():
        last_seen = st.session_state.get("last_seen")
        return last_seen is not None and auth.now() - last_seen > idle_limit()
    token = session_token()
    if not token:
        return True
    with data.transaction() as cursor:
        row, over = sessions.user_of(cursor, token, auth.now(), touch=False)
        if over in ("idle", "expired"):
            auth.audit(cursor, auth.current_user(), "idle_timeout")
    if row is None:
        clear_state()
        st.session_state["signed_out_idle"] = over in ("idle", "expired")
    return row is None


def watch_every() -> float:
    """Seconds between the idle watcher's checks: a quarter of the idle limit, between 5 s and a minute."""
    return max(5.0, min(60.0, idle_limit().total_seconds() / 4))


def _enforce_idle_timeout(activity: bool) -> None:
    """AppTest: end a session idle for longer than the limit; otherwise note this interaction."""
    if auth.current_user().role == "public":
        return
    last_seen = st.session_state.get("last_seen")
    current = auth.now()
    if last_seen is not None and current - last_seen > idle_limit():
        sign_out("idle_timeout")
        st.session_state["signed_out_idle"] = True
        return
    if activity or last_seen is None:
        st.session_state["last_seen"] = current


def sign_in(username: str, password: str) -> bool:
    """Try to sign in. Served: start a session; this connection holds its token and the next run hands the
    cookie to the browser (``session_token``, ``hand_over_cookie``). Under AppTest: the session state holds
    the user. Shows the reason on failure."""
    try:
        # a refused attempt is committed too: the delay counts it and the audit trail shows it
        # the lock spans the transaction: the next attempt for this name sees this one committed
        with (
            auth.attempt_lock(username),
            data.transaction(commit_on=(auth.SignInRefused,)) as cursor,
        ):
            user = auth.authenticate(cursor, username, password, source=_source())
            token = sessions.start(cursor, user.username, auth.now()) if served() else None
    except auth.SignInRefused as refused:
        if refused.reason == "wait":
            st.error(t("auth.wait", until=refused.until.strftime("%H.%M.%S")))
        elif refused.reason == "expired":
            st.error(t("auth.otp_expired"))
        else:
            st.error(t("auth.invalid"))
        return False
    clear_state()  # nothing of the session before the sign-in carries over
    if token is None:
        st.session_state["user"] = user
        st.session_state["last_seen"] = auth.now()
        return True
    # this connection goes on signed in; its next runs hand the cookie to the browser (hand_over_cookie)
    code = sessions.grant(token, st.context.cookies.get(sessions.BIND_COOKIE, ""))
    connection = _connection()
    if connection is not None:  # None: the browser has gone meanwhile
        with _held_lock:
            _held[connection] = (token, code)
    return True


def sign_out(reason: str = "sign_out") -> None:
    """End every session of the signed-in user (every browser, every tab) and forget this session's state."""
    user = auth.current_user()
    if user.role != "public":
        with data.transaction() as cursor:
            sessions.end_all(cursor, user.username)
            auth.audit(cursor, user, reason)
    clear_state()
    if served():  # the browser drops its cookie and opens the public home page
        st.html(sessions.clear_script("/"), unsafe_allow_javascript=True)
        st.stop()


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
