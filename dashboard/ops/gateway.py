"""How an operations job reaches the store: through the running dashboard's one read-write
connection (``AppStore``), or, when the dashboard is stopped, through a connection of its own
(``FileStore``, the CLI). DuckDB lets one process hold the file read-write, so a cron job could not
open it while the dashboard runs; the jobs therefore take the store they are given.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pandas as pd

from dashboard.core import queries


class AppStore:
    """The store of the running dashboard (dashboard.core.data): cached reads, audited writes."""

    def __init__(self) -> None:
        from dashboard.core.store import db_path

        self.path = db_path()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        from dashboard.core import data

        with data.transaction() as cursor:
            yield cursor

    def read(self, name: str, **params: object) -> pd.DataFrame:
        from dashboard.core import data

        return data.query(name, **params)


class FileStore:
    """The store file opened by this process (the dashboard is stopped): for the CLI and tests."""

    def __init__(self, path: Path | str) -> None:
        from dashboard.core.store import apply_schema, open_reader, reader_cursor

        self.path = Path(path)
        self._con = open_reader(self.path, read_only=False)  # raises duckdb.IOException when the dashboard holds it
        cursor = reader_cursor(self._con)
        apply_schema(cursor)  # a store made by an earlier release is upgraded first
        cursor.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        from dashboard.core.store import reader_cursor

        cursor = reader_cursor(self._con)
        cursor.execute("begin transaction")
        try:
            yield cursor
            cursor.execute("commit")
        except BaseException:
            cursor.execute("rollback")
            raise
        finally:
            cursor.close()

    def read(self, name: str, **params: object) -> pd.DataFrame:
        from dashboard.core.store import reader_cursor

        cursor = reader_cursor(self._con)
        try:
            return queries.run(cursor, name, **params)
        finally:
            cursor.close()

    def close(self) -> None:
        from dashboard.core.store import reader_cursor

        cursor = reader_cursor(self._con)
        cursor.execute("checkpoint")
        cursor.close()
        self._con.close()

    def __enter__(self) -> FileStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
