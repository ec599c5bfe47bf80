"""What a visitor's browser may ask of the Streamlit server, narrowed.

A raw websocket client can send a "clear cache" message (meant for the developer menu, which
the shipped configuration hides): Streamlit then empties every st.cache_data and
st.cache_resource of the process for all users, among them the store connection and the
state that guards behaviour. Here that message is refused (and logged).

Also the process umask: everything the dashboard writes is private to its user.
"""

from __future__ import annotations

import logging
import os

from streamlit.runtime.app_session import AppSession

from dashboard.core.store import PRIVATE_UMASK

_log = logging.getLogger(__name__)


def _refuse_clear_cache(self: AppSession) -> None:
    _log.warning("a clear-cache request from a browser was refused (caches are shared by every user)")


def install() -> None:
    """Idempotent; called by the entry script on every run. Also: files the dashboard writes
    (store, its log, uploads, exports) are readable by its own user only."""
    os.umask(PRIVATE_UMASK)
    AppSession._handle_clear_cache_request = _refuse_clear_cache
