"""The query layer: one .sql file per question in queries/, run by name.

Each file opens with a header::

    -- title: On-standard share per unit and semester
    -- description: ...
    -- params: $period VARCHAR, $unit_id VARCHAR (NULL = all units)
    -- grain: one row per unit
    -- columns: unit_id, on_standard_pct, ...

The ``columns`` line names the result's columns in order, so renaming one shows every consumer
(grep the name) and the generic query test fails until the header follows.

The header's params must be exactly the ``$names`` the SQL uses; ``run`` refuses a
missing or an unknown parameter before DuckDB sees the query. Values are always bound,
never formatted into SQL.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

import duckdb
import pandas as pd

from dashboard import QUERY_DIR

_HEADER = re.compile(r"^--\s*(title|description|params|grain|columns):\s*(.*)$")
_DECLARED = re.compile(r"\$([A-Za-z_]\w*)\s+([A-Za-z]+(?:\[\])?)")
_USED = re.compile(r"\$([A-Za-z_]\w*)")
_COMMENT = re.compile(r"--[^\n]*")
_STRING = re.compile(r"'(?:[^']|'')*'")


class QueryError(ValueError):
    """A query was asked for by a wrong name or with wrong parameters."""


@dataclass(frozen=True)
class Query:
    name: str
    title: str
    description: str
    grain: str
    params: dict[str, str]  # name -> DuckDB type, as declared in the header
    sql: str
    columns: tuple[str, ...] = ()  # the result's columns, as declared in the header (checked by the tests)

    def used_params(self) -> set[str]:
        """The $names the SQL text itself uses (comments and string literals ignored)."""
        body = _STRING.sub("''", strip_comments(self.sql))
        return set(_USED.findall(body))


def parse(name: str, text: str) -> Query:
    header: dict[str, str] = {}
    for line in text.splitlines():
        match = _HEADER.match(line.strip())
        if match:
            header[match.group(1)] = match.group(2).strip()
    params = dict(_DECLARED.findall(header.get("params", "")))
    return Query(
        name=name,
        title=header.get("title", ""),
        description=header.get("description", ""),
        grain=header.get("grain", ""),
        params=params,
        sql=text,
        columns=tuple(c.strip() for c in header.get("columns", "").split(",") if c.strip() and c.strip() != "(none)"),
    )


def strip_comments(sql: str) -> str:
    """The SQL without its -- comments (the header among them)."""
    return _COMMENT.sub("", sql)


@cache
def load(name: str) -> Query:
    """The query named ``name`` (file queries/<name>.sql)."""
    path = QUERY_DIR / f"{name}.sql"
    if not re.fullmatch(r"[a-z0-9_]+", name) or not path.is_file():
        raise QueryError(f"unknown query {name!r}")
    return parse(name, path.read_text(encoding="utf-8"))


def names() -> list[str]:
    return sorted(p.stem for p in QUERY_DIR.glob("*.sql"))


def check_params(query: Query, params: dict[str, object]) -> None:
    missing = sorted(set(query.params) - set(params))
    unknown = sorted(set(params) - set(query.params))
    if missing or unknown:
        parts = []
        if missing:
            parts.append("missing " + ", ".join(f"${p}" for p in missing))
        if unknown:
            parts.append("unknown " + ", ".join(f"${p}" for p in unknown))
        raise QueryError(f"query {query.name!r}: {'; '.join(parts)} (declared: {sorted(query.params)})")


def run(cursor: duckdb.DuckDBPyConnection, name: str, **params: object) -> pd.DataFrame:
    """Run query ``name`` on ``cursor`` with named parameters; a small DataFrame back."""
    query = load(name)
    check_params(query, params)
    # relation API: its Arrow result avoids a copy that execute() + Arrow makes
    relation = cursor.sql(query.sql, params=params or None)
    if relation is None:  # a statement without a result (insert/update without returning)
        return pd.DataFrame()
    return relation.to_arrow_table().to_pandas()


def params_to_json(params: dict[str, object]) -> dict[str, object]:
    """Query parameters as JSON-ready values (dates tagged), for files that keep questions."""
    return {
        k: {"__date__": v.isoformat()} if isinstance(v, dt.date) else list(v) if isinstance(v, tuple) else v
        for k, v in params.items()
    }


def params_from_json(params: dict[str, object]) -> dict[str, object]:
    """The inverse of params_to_json."""

    def value(v: object) -> object:
        if isinstance(v, dict) and "__date__" in v:
            text = v["__date__"]
            return dt.datetime.fromisoformat(text) if "T" in text else dt.date.fromisoformat(text)
        return v

    return {k: value(v) for k, v in params.items()}
