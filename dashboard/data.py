"""The dashboard's one data-access module: a cached store connection and cached queries.

Pages call ``query(name, **params)``. Results are cached per store version (file identity
and modification time), so a store rebuilt or swapped in by an import is picked up on the
next interaction, without a restart. Old connections are left open: other sessions may
still hold cursors on them.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import queries
from dashboard.store import db_path, open_reader, reader_cursor, store_version


@st.cache_resource(show_spinner=False, max_entries=4)
def _reader(path: str, inode: int, mtime_ns: int):
    return open_reader(path)


def version() -> tuple[str, int, int]:
    """The current store version; a new value means new data."""
    return store_version(db_path())


@st.cache_data(show_spinner=False, max_entries=2048)
def _query(store: tuple[str, int, int], name: str, params: dict) -> pd.DataFrame:
    cursor = reader_cursor(_reader(*store))
    try:
        return queries.run(cursor, name, **params)
    finally:
        cursor.close()


def query(name: str, **params: object) -> pd.DataFrame:
    """Run query ``name`` with named parameters on the current store (cached)."""
    return _query(version(), name, params)


def settings() -> dict[str, str]:
    frame = query("store_settings")
    return dict(zip(frame["key"], frame["value"], strict=True))


def is_demo() -> bool:
    return settings().get("is_demo") == "true"
