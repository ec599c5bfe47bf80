"""What a query reads and who asks it: query -> views and macros -> tables, and the pages that call it.

One reading of the store's catalog serves both the data layer's cache (a cached answer follows
the write counters of the tables its query reads) and ``python -m dashboard lineage QUERY``.
Views, table macros and scalar macros are followed down to tables, so a macro with a subquery
counts as reading its tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import duckdb

from dashboard import ROOT
from dashboard.core import queries

WORD = re.compile(r"[a-z_][a-z0-9_]*")
#: A query that reads the catalog itself (table sizes): it depends on every table.
EVERYTHING = "*"


@dataclass(frozen=True)
class Catalog:
    """The store's relations: tables, and the definition text of every view and macro."""

    tables: frozenset[str]
    definitions: dict[str, str]  # view or macro name -> its SQL

    def uses(self, sql: str) -> set[str]:
        """The tables, views and macros named in ``sql`` (comments ignored)."""
        words = set(WORD.findall(queries.strip_comments(sql).lower()))
        return words & (self.tables | self.definitions.keys())

    def tables_read(self, name: str, _seen: frozenset[str] = frozenset()) -> frozenset[str]:
        """The tables relation ``name`` reads, through every view and macro it uses."""
        if name in self.tables:
            return frozenset([name])
        used = self.uses(self.definitions.get(name, "")) - _seen - {name}
        return frozenset().union(*(self.tables_read(u, _seen | {name}) for u in used))


def read_catalog(cursor: duckdb.DuckDBPyConnection) -> Catalog:
    db = "database_name = current_database() and not internal"
    tables = {r[0] for r in cursor.execute(f"select table_name from duckdb_tables() where {db}").fetchall()}
    definitions = dict(cursor.execute(f"select view_name, sql from duckdb_views() where {db}").fetchall())
    for name, body in cursor.execute(
        f"select function_name, macro_definition from duckdb_functions() where {db} "
        "and function_type in ('macro', 'table_macro')"
    ).fetchall():
        definitions[name] = definitions.get(name, "") + "\n" + (body or "")  # overloads: every body
    return Catalog(frozenset(tables), definitions)


def query_tables(catalog: Catalog, name: str) -> frozenset[str]:
    """The tables query ``name`` reads ({EVERYTHING} for a query that reads the catalog)."""
    text = queries.strip_comments(queries.load(name).sql).lower()
    if "duckdb_" in text or "information_schema" in text:
        return frozenset([EVERYTHING])
    return frozenset().union(*(catalog.tables_read(u) for u in catalog.uses(text)))


def callers(name: str) -> list[str]:
    """The Python files (relative to the repository) that name query ``name`` as a string."""
    pattern = re.compile(rf"[\"']{re.escape(name)}[\"']")
    found = []
    for path in sorted((ROOT / "dashboard").rglob("*.py")):
        if pattern.search(path.read_text(encoding="utf-8")):
            found.append(str(path.relative_to(ROOT)))
    return found


def pages_of(files: list[str]) -> list[str]:
    """The menu pages that are one of ``files`` or import one of them."""
    from dashboard.navigation import PAGES

    pages = set()
    for _, script, _, _, url in PAGES:
        page = f"dashboard/{script}"
        text = (ROOT / page).read_text(encoding="utf-8")
        for file in files:
            package, module = str(Path(file).parent).replace("/", "."), Path(file).stem
            imported = re.search(rf"from {re.escape(package)} import [^\n]*\b{module}\b", text)
            if file == page or imported or f"{package}.{module} import" in text:
                pages.add(url)
    return sorted(pages)


def describe(catalog: Catalog, name: str) -> str:
    """The lineage of query ``name`` as text: the relations it uses as a tree, then tables and callers."""
    lines = [f"{name}  (queries/{name}.sql: {queries.load(name).title})"]

    def walk(relation: str, depth: int, seen: frozenset[str]) -> None:
        kind = "table" if relation in catalog.tables else "view/macro"
        lines.append(f"{'  ' * depth}- {relation} [{kind}]")
        if relation in catalog.tables or relation in seen:
            return
        for used in sorted(catalog.uses(catalog.definitions[relation]) - {relation}):
            walk(used, depth + 1, seen | {relation})

    text = queries.strip_comments(queries.load(name).sql)
    for relation in sorted(catalog.uses(text)):
        walk(relation, 1, frozenset())
    files = callers(name)
    lines.append("tables: " + ", ".join(sorted(query_tables(catalog, name))))
    lines.append("called from: " + (", ".join(files) or "(no Python file names it)"))
    lines.append("pages: " + (", ".join(pages_of(files)) or "(none)"))
    return "\n".join(lines)
