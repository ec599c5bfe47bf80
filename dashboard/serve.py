"""The office server's entry point: `streamlit run dashboard/serve.py` (same options as app.py).

It serves dashboard/app.py unchanged and starts the process's one scheduler (inbox imports, nightly
backups, e-mail digests) when the server starts, rather than at the first page view, so the jobs run
after a restart even when nobody opens the dashboard; it stops the scheduler when the server stops.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

import streamlit as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


@contextlib.asynccontextmanager
async def _lifespan(_app):
    from dashboard.core import data
    from dashboard.core.store import db_path
    from dashboard.ops import scheduler

    if db_path().exists():  # a missing store is built (as the demo) by app.py at the first page view
        scheduler.ensure_started(data.settings())
    try:
        yield None
    finally:
        scheduler.stop()


app = st.App("app.py", lifespan=_lifespan)
