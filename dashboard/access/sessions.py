"""Sign-in sessions bound to the browser: a random token in an HttpOnly cookie, its hash in the store.

A Streamlit session ID is not a secret (it appears in upload URLs and the server log, and a
second client that names it takes the session over), and it ends with the websocket (a reload,
a second tab). So a sign-in is bound to a token only the browser holds:

1. The Masuk page checks the password (``auth.authenticate``), stores the SHA-256 of a new
   random token in ``user_sessions`` (user, created, last use, absolute expiry) and keeps the
   token in this process under a one-time grant code valid for ``GRANT_SECONDS``.
2. The page goes on signed in, without reloading: it opens the role's home page, whose run sends
   a small script that posts the grant code to ``GRANT_PATH``, a Starlette route of this server
   (``routes``, mounted by app.py through ``st.App``); every run sends it again until the code is
   redeemed or expired. The route answers with the token as an **HttpOnly**, **SameSite=Strict**
   cookie (Secure when served over HTTPS). The token itself never passes through the websocket or
   JavaScript.
3. Every run of the app reads the cookie (``st.context.cookies``, sent with the websocket's own
   handshake, so a client that names someone else's session ID brings its own cookies, not
   theirs) and looks its hash up (``user_of``): a reload and a new tab stay signed in while the
   session is used within the idle limit; a run without the matching cookie is not signed in.
   The connection that signed in was opened before the cookie existed: until that websocket
   closes, this process holds its token keyed by the connection object (``signin.session_token``),
   never in the session state, so a client that names the session ID, another connection, does
   not get it.
4. Sign-out, the idle limit, disabling an account and resetting its password delete the
   session rows (every session of that user for the last three), so neither the cookie nor a
   token a connection holds opens anything.

A cookie set by JavaScript (``document.cookie``) could not be HttpOnly, and any script injected
into the page could read it; Streamlit 1.67 lets an app add routes (``st.App(routes=...)``), so
the server sets it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import secrets
import threading
import time

import duckdb

from dashboard.core import queries

COOKIE = "kinerja_sesi"
GRANT_PATH = "/api/sesi"  # POST a grant code: the session cookie back
CLEAR_PATH = "/api/sesi/keluar"  # POST: the session cookie removed from the browser
GRANT_SECONDS = 60
DEFAULT_IDLE_MINUTES = 30
DEFAULT_MAX_HOURS = 12  # a session ends this long after sign-in, however busy
TOUCH_EVERY = dt.timedelta(seconds=30)  # last_used is written at most this often

_grants: dict[str, tuple[str, float, str]] = {}  # sha256(code) -> (token, monotonic deadline, bound cookie)
BIND_COOKIE = "_streamlit_xsrf"  # a cookie the signing-in browser already holds; the grant is redeemed only with it
_grants_lock = threading.Lock()


def idle_limit() -> dt.timedelta:
    return dt.timedelta(minutes=float(os.environ.get("KINERJA_IDLE_MINUTES", DEFAULT_IDLE_MINUTES)))


def max_age() -> dt.timedelta:
    return dt.timedelta(hours=float(os.environ.get("KINERJA_SESSION_HOURS", DEFAULT_MAX_HOURS)))


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


# ---------------------------------------------------------------- the store's session rows


def start(cursor: duckdb.DuckDBPyConnection, username: str, at: dt.datetime) -> str:
    """A new session of ``username``: its token (only its hash is stored)."""
    token = secrets.token_urlsafe(32)
    queries.run(
        cursor,
        "session_insert",
        token_sha256=token_hash(token),
        username=username,
        created_at=at,
        expires_at=at + max_age(),
    )
    return token


def user_of(
    cursor: duckdb.DuckDBPyConnection, token: str, at: dt.datetime, touch: bool = True
) -> tuple[dict | None, str | None]:
    """The account of a session token now: (row, None) while the session lasts, else (None, why):
    'idle' or 'expired' (that session is deleted, with the other stale ones), or 'unknown'.
    ``touch``: this run is the user's doing (not an automatic refresh), so the idle time starts again.
    """
    digest = token_hash(token)
    rows = queries.run(cursor, "session_user", token_sha256=digest)
    if rows.empty:
        return None, "unknown"
    row = rows.iloc[0].to_dict()
    last_used = row["last_used"].to_pydatetime()
    over = "idle" if at - last_used > idle_limit() else "expired" if at >= row["expires_at"].to_pydatetime() else None
    if over:
        queries.run(cursor, "session_delete", token_sha256=digest)
        queries.run(cursor, "session_delete_stale", idle_since=at - idle_limit(), now=at)
        return None, over
    if touch and at - last_used >= TOUCH_EVERY:
        queries.run(cursor, "session_touch", token_sha256=digest, used_at=at)
    return row, None


def end(cursor: duckdb.DuckDBPyConnection, token: str) -> None:
    queries.run(cursor, "session_delete", token_sha256=token_hash(token))


def end_all(cursor: duckdb.DuckDBPyConnection, username: str) -> int:
    """End every session of ``username`` (sign-out, account disabled, password reset); how many."""
    return len(queries.run(cursor, "session_delete_user", username=username))


# ---------------------------------------------------------------- handing the token to the browser


def grant(token: str, bound: str = "") -> str:
    """A one-time code the browser exchanges at GRANT_PATH for the cookie holding ``token``.

    ``bound``: the value of BIND_COOKIE in the signing-in browser; the exchange must bring the
    same value, so a client that took the Streamlit session over (and saw the code go by) cannot
    redeem it with its own cookies."""
    code = secrets.token_urlsafe(24)
    now = time.monotonic()
    with _grants_lock:
        for key in [key for key, (_, deadline, _) in _grants.items() if deadline < now]:
            del _grants[key]
        _grants[token_hash(code)] = (token, now + GRANT_SECONDS, token_hash(bound) if bound else "")
    return code


def redeem(code: str, bound: str = "") -> str | None:
    """The token of a grant code, once, within GRANT_SECONDS, from the browser it was bound to; else None."""
    with _grants_lock:
        found = _grants.pop(token_hash(code), None)
    if found is None or found[1] < time.monotonic():
        return None
    token, _, binding = found
    if binding and (not bound or not secrets.compare_digest(binding, token_hash(bound))):
        return None
    return token


def pending(code: str) -> bool:
    """Whether the grant ``code`` is still to be exchanged: not yet redeemed, not expired."""
    with _grants_lock:
        found = _grants.get(token_hash(code))
    return found is not None and found[1] >= time.monotonic()


def grant_script(code: str) -> str:
    """The page script: exchange ``code`` for the cookie (the page stays as it is)."""
    return (
        "<script>(function () {"
        f"fetch({json.dumps(GRANT_PATH)}, {{method: 'POST', credentials: 'same-origin', "
        f"headers: {{'Content-Type': 'text/plain'}}, body: {json.dumps(code)}}});"
        "})();</script>"
    )


def clear_script(then: str = "/") -> str:
    """The page script after sign-out: remove the cookie, then open ``then``."""
    return (
        "<script>(function () {"
        f"fetch({json.dumps(CLEAR_PATH)}, {{method: 'POST', credentials: 'same-origin'}})"
        f".finally(function () {{ window.location.replace({json.dumps(then)}); }});"
        "})();</script>"
    )


# ---------------------------------------------------------------- the server's routes


def _secure(request) -> bool:
    forwarded = request.headers.get("x-forwarded-proto", "").split(",")[0].strip().lower()
    return request.url.scheme == "https" or forwarded == "https"


def _same_origin(request) -> bool:
    """A browser names the page's origin on a POST; one from another site is refused."""
    origin = request.headers.get("origin")
    if origin is None:
        return True
    host = request.headers.get("x-forwarded-host") or request.headers.get("host", "")
    return origin.split("://", 1)[-1] == host


async def _exchange(request):
    from starlette.responses import Response

    if not _same_origin(request):
        return Response(status_code=403)
    body = (await request.body())[:200]
    token = redeem(body.decode("ascii", "replace").strip(), request.cookies.get(BIND_COOKIE, ""))
    if token is None:
        return Response(status_code=403)
    response = Response(status_code=204, headers={"Cache-Control": "no-store"})
    response.set_cookie(
        COOKIE,
        token,
        max_age=int(max_age().total_seconds()),
        path="/",
        secure=_secure(request),
        httponly=True,
        samesite="strict",
    )
    return response


async def _clear(request):
    from starlette.responses import Response

    response = Response(status_code=204, headers={"Cache-Control": "no-store"})
    response.delete_cookie(COOKIE, path="/", secure=_secure(request), httponly=True, samesite="strict")
    return response


def routes() -> list:
    """The server routes that set and clear the session cookie (for ``st.App(routes=...)``)."""
    from starlette.routing import Route

    return [Route(GRANT_PATH, _exchange, methods=["POST"]), Route(CLEAR_PATH, _clear, methods=["POST"])]
