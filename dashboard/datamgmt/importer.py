"""Importing CSV and XLSX files into the store: validate everything, then load all or nothing.

Works on any DuckDB cursor whose default catalog is the store (the CLI's own connection,
or the app's through ``data.transaction()``); the caller owns the transaction, so a file
either lands completely or not at all, and readers see the old data until the commit.

    validate(cursor, table, path, mapping=None, lang="id") -> Validation
    import_file(cursor, table, path, mapping=None, skip_invalid=False, lang="id", user=None) -> ImportResult

How a file travels:
1. staging: the file streams into a TEMP table ``_imp_stage`` of text columns c0..cN plus
   ``_row``, the row number as the user sees it in the spreadsheet (the header row is
   row 1 unless title rows stand above it). CSV goes through DuckDB's ``read_csv``
   (delimiter ',' or ';' sniffed from the header line, UTF-8 with or without BOM, else
   Latin-1), XLSX through openpyxl in read-only mode, in batches. Empty rows are dropped.
2. text: ``_imp_text`` has one text column per store column, taken from the header names
   (or from a mapping: renamed columns, prefixes, status translation, derived deadline).
3. typed: ``_imp_typed`` parses every column with try_cast/try_strptime (decimal commas
   accepted in semicolon files).
4. checks: SQL over the typed table writes every problem to ``_imp_problems`` (row,
   column, message already in the user's language).
5. write: rows are classified new / updated / unchanged against the store and written in
   batches with ``insert ... on conflict (key) do update`` (parents before children).

Identifiers in the generated SQL come only from the store's schema or the fixed names
c0..cN; every value from a file or a mapping is a bound parameter.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import hashlib
import io
import math
import os
import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pyarrow as pa

from dashboard.core import rules
from dashboard.core.export import neutralise
from dashboard.core.i18n import t
from dashboard.core.store import CONTRACT_TABLES, refresh_facts
from dashboard.datamgmt.mapping import Mapping

Progress = Callable[[float, str], None]

MAX_SHOWN = 50
HEADER_SCAN_ROWS = 20
XLSX_BATCH = 20_000

# Formats accepted without a mapping: ISO first, then Indonesian day-first.
TIMESTAMP_FORMATS = (
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%d %H:%M:%S.%f",
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y %H:%M",
    "%d-%m-%Y %H:%M:%S",
    "%d-%m-%Y %H:%M",
    "%Y-%m-%d",
    "%d/%m/%Y",
)
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d %H:%M:%S")

ENUMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("units", "kind"): ("kecamatan", "sekretariat", "seksi", "kelurahan"),
    ("employees", "position_kind"): ("struktural", "fungsional", "pelaksana"),
    ("service_logs", "channel"): ("loket", "online", "jemput_bola"),
    ("service_logs", "status"): ("selesai", "proses", "ditolak", "batal"),
    ("skp_targets", "aspect"): rules.ASPECTS,
    ("appraisals", "rating_results"): rules.RATINGS,
    ("appraisals", "rating_behaviour"): rules.RATINGS,
    ("appraisals", "predikat_recorded"): rules.PREDIKAT,
    ("org_ratings", "predikat"): rules.ORG_PREDIKAT,
}

# Columns holding a NIP: checked for the NIP structure before the lookup.
NIP_COLUMNS = {
    ("employees", "nip"),
    ("postings", "nip"),
    ("service_logs", "handled_by"),
    ("skp_targets", "nip"),
    ("appraisals", "nip"),
    ("appraisals", "appraiser_nip"),
}
PERIOD_COLUMNS = {("skp_targets", "period"), ("appraisals", "period"), ("org_ratings", "period")}
PERIOD_OK = "regexp_full_match(v, '[0-9]{4}-S[12]')"

# (table, column) -> (condition on the typed value "v" that is a problem, message code)
VALUE_RULES: dict[tuple[str, str], tuple[str, str]] = {
    **{("survey_responses", f"u{i}"): ("v not between 1 and 4", "impor.err.range_1_4") for i in range(1, 10)},
    ("skp_targets", "target_value"): ("v <= 0", "impor.err.positive"),
    ("skp_targets", "realization_value"): ("v < 0", "impor.err.non_negative"),
    ("services", "standard_minutes"): ("v <= 0", "impor.err.positive"),
    ("services", "fee"): ("v < 0", "impor.err.non_negative"),
    ("service_logs", "rework_count"): ("v < 0", "impor.err.non_negative"),
    ("employees", "grade"): ("not regexp_full_match(v, '(I|II|III|IV)/[a-e]')", "impor.err.grade"),
}

# Rules across columns of one row: (table, column reported, condition on typed columns, code, value shown)
ROW_RULES: tuple[tuple[str, str, str, str, str], ...] = (
    (
        "service_logs",
        "completed_at",
        '"completed_at" < "received_at"',
        "impor.err.completed_before_received",
        '"completed_at__t"',
    ),
    (
        "service_logs",
        "completed_at",
        '"status" = \'selesai\' and "completed_at" is null and "completed_at__t" is null',
        "impor.err.done_without_completed",
        "''",
    ),
    (
        "service_logs",
        "completed_at",
        '"status" = \'proses\' and "completed_at" is not null',
        "impor.err.open_with_completed",
        '"completed_at__t"',
    ),
    ("employees", "end_date", '"end_date" < "start_date"', "impor.err.end_before_start", '"end_date__t"'),
    ("postings", "valid_to", '"valid_to" < "valid_from"', "impor.err.end_before_start", '"valid_to__t"'),
)

NIP_OK = (
    "regexp_full_match(v, '[0-9]{18}') and try_strptime(substr(v, 1, 8), '%Y%m%d') is not null "
    "and try_strptime(substr(v, 9, 6) || '01', '%Y%m%d') is not null and substr(v, 15, 1) in ('1', '2')"
)


# --------------------------------------------------------------------------- results

#: A problem's severity -> its name.
SEVERITY_KEYS = {"error": "impor.sev_error", "warning": "impor.sev_warning"}
#: An import's outcome (import_log.outcome) -> its words.
OUTCOME_KEYS = {
    "berhasil": "impor.outcome_berhasil",
    "sebagian": "impor.outcome_sebagian",
    "ditolak": "impor.outcome_ditolak",
}


@dataclass(frozen=True)
class Problem:
    """One problem: the spreadsheet row (None for the whole file), the column, the message."""

    row: int | None
    column: str | None
    message: str
    severity: str = "error"  # 'error' blocks the row, 'warning' does not (SEVERITY_KEYS)

    def line(self, lang: str = "id") -> str:
        row = self.row if self.row is not None else t("impor.file_level", lang=lang)
        return t("impor.problem_line", lang=lang, row=row, column=self.column or "-", message=self.message)


@dataclass
class Validation:
    """What validate() found: the first problems (errors first, by row), and the totals."""

    table: str
    rows: int = 0
    problems: list[Problem] = field(default_factory=list)
    error_count: int = 0
    warning_count: int = 0
    rejected_rows: int = 0  # distinct rows with at least one error

    @property
    def ok(self) -> bool:
        return self.error_count == 0


@dataclass
class ImportResult:
    table: str
    file_name: str
    sha256: str
    ok: bool = False
    outcome: str = "ditolak"  # berhasil | sebagian | ditolak (OUTCOME_KEYS)
    rows: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    created_units: int = 0
    created_services: int = 0
    problems: list[Problem] = field(default_factory=list)
    error_count: int = 0
    warning_count: int = 0
    rejected_file: Path | None = None
    previous_import: dt.datetime | None = None
    message: str = ""
    demo_ended: bool = False  # the first import into a demo store removed its demo accounts and mark

    def audit_detail(self) -> str:
        """What the audit trail keeps of an import: file, its hash, outcome and counts."""
        return (
            f"{self.file_name} sha256:{self.sha256[:16]} {self.outcome} baru={self.new} diubah={self.updated} "
            f"sama={self.unchanged} ditolak={self.rejected}"
        )

    def summary(self, lang: str = "id") -> list[str]:
        """The lines a user reads after an import (CLI output, page message)."""
        from dashboard.core import fmt

        def n(x: int) -> str:
            return fmt.number(x, lang=lang)

        lines: list[str] = []
        if not self.ok:
            lines.append(t("impor.summary_failed", lang=lang, table=self.table, errors=n(self.error_count)))
            lines += [p.line(lang) for p in self.problems]
            if self.error_count + self.warning_count > len(self.problems):
                more = self.error_count + self.warning_count - len(self.problems)
                lines.append(t("impor.summary_more", lang=lang, n=n(more)))
            return lines
        if self.new == 0 and self.updated == 0 and self.unchanged > 0:
            lines.append(t("impor.summary_nochange", lang=lang, unchanged=n(self.unchanged)))
        else:
            lines.append(
                t(
                    "impor.summary_ok",
                    lang=lang,
                    table=self.table,
                    new=n(self.new),
                    updated=n(self.updated),
                    unchanged=n(self.unchanged),
                )
            )
        if self.previous_import is not None:
            lines.append(t("impor.summary_same_file", lang=lang, when=fmt.datetime(self.previous_import, lang=lang)))
        if self.created_units or self.created_services:
            lines.append(
                t("impor.summary_created", lang=lang, units=n(self.created_units), services=n(self.created_services))
            )
        if self.rejected_file is not None:
            lines.append(
                t("impor.summary_rejected_file", lang=lang, rejected=n(self.rejected), path=str(self.rejected_file))
            )
        lines += [p.line(lang) for p in self.problems if p.severity == "warning"]
        if self.demo_ended:
            lines.append(t("impor.demo_ended", lang=lang))
        return lines


def _end_demo(cursor: duckdb.DuckDBPyConnection) -> bool:
    """Real data imported into a demo store: its demo accounts (passwords published in the README)
    and their sessions are removed and the demo mark with them, in the import's transaction.
    Whether it was a demo store."""
    from dashboard.access.auth import DEMO_ACCOUNTS

    demo = cursor.execute("select value from settings where key = 'is_demo'").fetchall()
    if not demo or demo[0][0] != "true":
        return False
    names = list(DEMO_ACCOUNTS)
    cursor.execute("delete from user_sessions where list_contains($names, username)", {"names": names})
    cursor.execute("delete from users where list_contains($names, username)", {"names": names})
    cursor.execute("update settings set value = 'false' where key = 'is_demo'")
    return True


# --------------------------------------------------------------------------- schema


@dataclass(frozen=True)
class Column:
    name: str
    data_type: str
    required: bool
    default: float | None


@dataclass(frozen=True)
class TableInfo:
    name: str
    columns: list[Column]
    key: list[str]
    foreign: dict[str, tuple[str, str]]  # column -> (referenced table, referenced column)
    referenced_by: list[tuple[str, str, str]]  # (other table, its column, our column)

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


def q(identifier: str) -> str:
    """A quoted identifier (only ever called on names from the schema or c0..cN)."""
    return '"' + identifier.replace('"', '""') + '"'


def _exec(cursor, sql: str, params: dict | None = None):
    """Execute with only the parameters the statement names (DuckDB refuses extra ones)."""
    used = set(re.findall(r"\$([A-Za-z_]\w*)", sql))
    bound = {k: v for k, v in (params or {}).items() if k in used}
    return cursor.execute(sql, bound) if bound else cursor.execute(sql)


def table_info(cursor: duckdb.DuckDBPyConnection, table: str) -> TableInfo:
    """Columns, key and foreign keys of a contract table, read from the store's catalog."""
    if table not in CONTRACT_TABLES:
        raise ValueError(f"unknown table {table!r}")
    rows = cursor.execute(
        "select column_name, data_type, not is_nullable, column_default from duckdb_columns() "
        "where database_name = current_database() and schema_name = 'main' and table_name = $t "
        "order by column_index",
        {"t": table},
    ).fetchall()
    cons = cursor.execute(
        "select table_name, constraint_type, constraint_column_names, referenced_table, referenced_column_names "
        "from duckdb_constraints() where database_name = current_database() "
        "and constraint_type in ('PRIMARY KEY', 'FOREIGN KEY')",
    ).fetchall()
    key: list[str] = []
    foreign: dict[str, tuple[str, str]] = {}
    referenced_by: list[tuple[str, str, str]] = []
    for tname, ctype, cols, ref_table, ref_cols in cons:
        if tname == table and ctype == "PRIMARY KEY":
            key = list(cols)
        elif tname == table and ctype == "FOREIGN KEY":
            foreign[cols[0]] = (ref_table, ref_cols[0])
        elif ctype == "FOREIGN KEY" and ref_table == table and tname != table:
            referenced_by.append((tname, cols[0], ref_cols[0]))
    columns = []
    for name, dtype, not_null, default in rows:
        try:
            default_value = float(default) if default is not None else None
        except ValueError:
            default_value = None
        columns.append(Column(name, dtype, bool(not_null) or name in key, default_value))
    return TableInfo(table, columns, key, foreign, referenced_by)


def store_columns(cursor: duckdb.DuckDBPyConnection) -> dict[str, list[str]]:
    """table -> column names, for checking mappings."""
    return {name: [c.name for c in table_info(cursor, name).columns] for name in CONTRACT_TABLES}


# --------------------------------------------------------------------------- staging


def _norm(name: object) -> str:
    return re.sub(r"\s+", "_", str(name or "").strip().lower())


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass
class Staged:
    header: list[str]  # header cells as in the file
    header_row: int  # spreadsheet row number of the header (1-based)
    rows: int
    delimiter: str = ","


def _pick_header(rows: list[list[str]], expected: set[str]) -> int:
    """Index of the header among the first rows: the first with the most expected names."""
    best, best_hits = 0, 0
    for i, row in enumerate(rows):
        hits = sum(1 for cell in row if _norm(cell) in expected)
        if hits > best_hits:
            best, best_hits = i, hits
    return best


def _stage_csv(cursor: duckdb.DuckDBPyConnection, path: Path, expected: set[str], delimiter: str | None) -> Staged:
    raw = path.open("rb").read(1 << 16)
    try:
        raw.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError as exc:
        # a cut multi-byte character at the end of the sample is still UTF-8
        encoding = "utf-8" if exc.start >= len(raw) - 4 else "latin-1"
    text = raw.decode("utf-8" if encoding == "utf-8" else "latin-1", errors="ignore").lstrip("\ufeff")
    lines = text.splitlines()[:HEADER_SCAN_ROWS]
    if not lines:
        return Staged([], 1, 0)
    if delimiter is None:
        sample = "\n".join(lines)
        delimiter = ";" if sample.count(";") > sample.count(",") else ","
    parsed = list(csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter))
    idx = _pick_header(parsed, expected)
    header = [cell.strip().lstrip("\ufeff") for cell in parsed[idx]]
    while header and header[-1] == "":
        header.pop()
    names = [f"c{i}" for i in range(len(header))]
    cursor.execute("drop table if exists _imp_stage")
    cursor.execute(
        "create temp table _imp_stage as select * from read_csv($path, all_varchar = true, header = false, "
        "delim = $delim, quote = '\"', escape = '\"', skip = $skip, null_padding = true, "
        "strict_mode = false, encoding = $enc, auto_detect = false, columns = $cols)",
        {
            "path": str(path),
            "delim": delimiter,
            "skip": idx + 1,
            "enc": encoding,
            "cols": dict.fromkeys(names, "VARCHAR"),
        },
    )
    first_data_row = idx + 2
    _number_rows(cursor, names, first_data_row)
    rows = cursor.execute("select count(*) from _imp_stage").fetchall()[0][0]
    return Staged(header, idx + 1, rows, delimiter)


def _number_rows(cursor: duckdb.DuckDBPyConnection, names: list[str], first_data_row: int) -> None:
    """Add _row (spreadsheet row number) in file order; drop rows with no value at all."""
    cols = ", ".join(q(n) for n in names)
    any_value = " or ".join(f"nullif(trim({q(n)}), '') is not null" for n in names) or "false"
    cursor.execute(
        f"create or replace temp table _imp_stage as "
        f"select cast(rowid - min(rowid) over () + $first as bigint) as _row, {cols} from _imp_stage",
        {"first": first_data_row},
    )
    cursor.execute(f"delete from _imp_stage where not ({any_value})")


def _cell_text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isfinite(value) and value == int(value) and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _stage_xlsx(cursor: duckdb.DuckDBPyConnection, path: Path, expected: set[str]) -> Staged:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = book.worksheets[0]
        rows_iter = sheet.iter_rows(values_only=True)
        head: list[list[str]] = []
        for row in rows_iter:
            head.append(["" if v is None else str(v) for v in row])
            if len(head) >= HEADER_SCAN_ROWS:
                break
        if not head:
            return Staged([], 1, 0)
        idx = _pick_header(head, expected)
        header = [c.strip() for c in head[idx]]
        while header and header[-1] == "":
            header.pop()
        names = [f"c{i}" for i in range(len(header))]
        cursor.execute("drop table if exists _imp_stage")
        cols = ", ".join(f"{q(n)} varchar" for n in names)
        cursor.execute(f"create temp table _imp_stage (_row bigint, {cols})")
        batch: list[list[str | None]] = []
        row_no = idx + 1

        def flush() -> None:
            if not batch:
                return
            arrays = {"_row": pa.array([r[0] for r in batch], pa.int64())}
            for i, n in enumerate(names, start=1):
                arrays[n] = pa.array([r[i] for r in batch], pa.string())
            frame = pa.table(arrays)  # noqa: F841 (read by DuckDB's replacement scan)
            cursor.execute("insert into _imp_stage select * from frame")
            batch.clear()

        def add(row_no: int, values: tuple) -> None:
            cells = [_cell_text(v) for v in values[: len(names)]]
            cells += [None] * (len(names) - len(cells))
            if any(c is not None and c.strip() != "" for c in cells):
                batch.append([row_no, *cells])
            if len(batch) >= XLSX_BATCH:
                flush()

        # rows already read while looking for the header
        for i in range(idx + 1, len(head)):
            row_no = i + 1
            add(row_no, tuple(v if v != "" else None for v in head[i]))
        for values in rows_iter:
            row_no += 1
            add(row_no, values)
        flush()
    finally:
        book.close()
    rows = cursor.execute("select count(*) from _imp_stage").fetchall()[0][0]
    return Staged(header, idx + 1, rows, ",")


def _stage(cursor, path: Path, expected: set[str], delimiter: str | None) -> Staged:
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _stage_xlsx(cursor, path, expected)
    return _stage_csv(cursor, path, expected, delimiter)


# --------------------------------------------------------------------------- text layer


@dataclass
class Plan:
    """How the file's columns feed the store's: for messages and for the write."""

    info: TableInfo
    present: list[str]  # store columns the import sets
    labels: dict[str, str]  # store column -> column name as the user knows it
    problems: list[Problem]
    timestamp_formats: tuple[str, ...]
    date_formats: tuple[str, ...]
    decimal_comma: bool
    params: dict[str, object]
    created_from_mapping: dict[str, str] = field(default_factory=dict)  # 'units'/'services' -> store column


def _build_text(cursor, staged: Staged, info: TableInfo, mapping: Mapping | None, lang: str) -> Plan:
    """Create _imp_text (one text column per store column the file feeds) and say how."""
    by_norm: dict[str, int] = {}
    for i, cell in enumerate(staged.header):
        by_norm.setdefault(_norm(cell), i)
    store_cols = [c.name for c in info.columns]
    exprs: dict[str, str] = {}
    labels: dict[str, str] = {}
    problems: list[Problem] = []
    params: dict[str, object] = {}

    def src(i: int) -> str:
        return f"nullif(trim(c{i}), '')"

    if mapping is None:
        used = set()
        for col in store_cols:
            if col in by_norm:
                i = by_norm[col]
                exprs[col] = src(i)
                labels[col] = staged.header[i]
                used.add(i)
        for i, cell in enumerate(staged.header):
            if i not in used and cell:
                problems.append(
                    Problem(staged.header_row, cell, t("impor.warn.unknown_column", lang=lang, column=cell), "warning")
                )
        ts_formats, d_formats = TIMESTAMP_FORMATS, DATE_FORMATS
    else:
        for col, source in mapping.columns.items():
            i = by_norm.get(_norm(source))
            if i is None:
                problems.append(
                    Problem(staged.header_row, source, t("impor.err.mapping_source", lang=lang, column=source))
                )
                continue
            exprs[col] = src(i)
            labels[col] = source
        for n, (col, value) in enumerate(mapping.constants.items()):
            params[f"const{n}"] = value
            exprs[col] = f"$const{n}"
            labels[col] = col
        if mapping.unit_prefix and "unit_id" in exprs:
            params["unit_prefix"] = mapping.unit_prefix
            exprs["unit_id"] = f"$unit_prefix || {exprs['unit_id']}"
        if mapping.service_prefix and "service_id" in exprs:
            params["service_prefix"] = mapping.service_prefix
            exprs["service_id"] = f"$service_prefix || {exprs['service_id']}"
        ts_formats = tuple(mapping.timestamp_formats) + TIMESTAMP_FORMATS
        d_formats = tuple(mapping.date_formats) + DATE_FORMATS
        if mapping.due_column:
            i = by_norm.get(_norm(mapping.due_column))
            if i is None:
                problems.append(
                    Problem(
                        staged.header_row,
                        mapping.due_column,
                        t("impor.err.mapping_source", lang=lang, column=mapping.due_column),
                    )
                )
            else:
                exprs["due_at"] = src(i)
                labels["due_at"] = mapping.due_column
        elif mapping.due_hours is not None and "received_at" in exprs:
            params["due_hours"] = mapping.due_hours
            params["ts_formats_due"] = list(ts_formats)
            exprs["due_at"] = (
                f"strftime(try_strptime({exprs['received_at']}, $ts_formats_due) "
                f"+ to_seconds(cast($due_hours * 3600 as bigint)), '%Y-%m-%d %H:%M:%S')"
            )
            labels["due_at"] = "due_at"
        derive = mapping.status_otherwise == "from_completed" and mapping.table == "service_logs"
        if ("status" in exprs and mapping.status_map) or derive:
            params["status_keys"] = list(mapping.status_map) or [""]
            params["status_vals"] = list(mapping.status_map.values()) or [""]
            raw = exprs.get("status", "cast(null as varchar)")
            labels.setdefault("status", "status")
            fallback = raw
            if mapping.status_otherwise == "from_completed":
                done = exprs.get("completed_at", "null")
                fallback = f"case when {done} is not null then 'selesai' else 'proses' end"
            exprs["status"] = (
                f"case when list_contains($status_keys, {raw}) "
                f"then list_extract($status_vals, list_position($status_keys, {raw})) else {fallback} end"
            )
    present = [c for c in store_cols if c in exprs]
    for col in info.columns:
        if col.required and col.default is None and col.name not in exprs:
            label = mapping.columns.get(col.name, col.name) if mapping else col.name
            if not any(p.column == label and p.severity == "error" for p in problems):
                problems.append(
                    Problem(staged.header_row, label, t("impor.err.missing_column", lang=lang, column=label))
                )
    select = ", ".join(f"{exprs[c]} as {q(c)}" for c in present)
    _exec(
        cursor,
        f"create or replace temp table _imp_text as select _row{', ' if select else ''}{select} from _imp_stage",
        params,
    )
    created = {}
    if mapping is not None and mapping.create_units and "unit_id" in present:
        created["units"] = "unit_id"
    if mapping is not None and mapping.create_services and "service_id" in present:
        created["services"] = "service_id"
    return Plan(
        info=info,
        present=present,
        labels=labels,
        problems=problems,
        timestamp_formats=ts_formats,
        date_formats=d_formats,
        decimal_comma=staged.delimiter == ";",
        params=params,
        created_from_mapping=created,
    )


# --------------------------------------------------------------------------- typed layer

_NUM = (
    "case when $dec_comma and regexp_full_match({x}, '-?[0-9]{{1,3}}(\\.[0-9]{{3}})+(,[0-9]+)?|-?[0-9]*,[0-9]+') "
    "then replace(replace({x}, '.', ''), ',', '.') else {x} end"
)


#: A column's kind (_kind) -> the message for a value that is not of it; text takes any value.
TYPE_ERROR_KEYS = {
    "integer": "impor.err.integer",
    "number": "impor.err.number",
    "date": "impor.err.date",
    "timestamp": "impor.err.timestamp",
}


def _kind(data_type: str) -> str:
    dtype = data_type.upper()
    if dtype in ("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT"):
        return "integer"
    if dtype in ("DOUBLE", "FLOAT", "REAL") or dtype.startswith("DECIMAL"):
        return "number"
    if dtype == "DATE":
        return "date"
    if dtype.startswith("TIMESTAMP"):
        return "timestamp"
    return "text"


def _typed_expr(col: Column) -> str:
    x = q(col.name)
    kind = _kind(col.data_type)
    if kind == "integer":
        num = f"try_cast({_NUM.format(x=x)} as double)"
        expr = f"case when {num} = floor({num}) then cast({num} as {col.data_type}) end"
    elif kind == "number":
        expr = f"try_cast(try_cast({_NUM.format(x=x)} as double) as {col.data_type})"
    elif kind == "date":
        expr = f"cast(try_strptime({x}, $date_formats) as date)"
    elif kind == "timestamp":
        expr = f"try_strptime({x}, $ts_formats)"
    else:
        expr = x
    if col.default is not None:
        expr = f"coalesce({expr}, cast({col.default!r} as {col.data_type}))"
    return expr


def _build_typed(cursor, plan: Plan) -> None:
    parts = ["_row"]
    for name in plan.present:
        col = plan.info.column(name)
        parts.append(f"{q(name)} as {q(name + '__t')}")
        parts.append(f"{_typed_expr(col)} as {q(name)}")
    _exec(
        cursor,
        f"create or replace temp table _imp_typed as select {', '.join(parts)} from _imp_text",
        {
            "dec_comma": plan.decimal_comma,
            "ts_formats": list(plan.timestamp_formats),
            "date_formats": list(plan.date_formats),
        },
    )


# --------------------------------------------------------------------------- checks


def _check(cursor, column_label: str, message: str, where: str, value: str, params: dict | None = None) -> None:
    """Record a problem for every typed row matching ``where``; {value} filled per row."""
    _exec(
        cursor,
        f"insert into _imp_problems select _row, $col, replace($msg, '{{value}}', coalesce(cast({value} as varchar), '')),"
        f" 'error' from _imp_typed where {where}",
        {"col": column_label, "msg": message, **(params or {})},
    )


def _fmt_list(formats: tuple[str, ...]) -> str:
    human = {"%Y": "TTTT", "%y": "TT", "%m": "BB", "%d": "HH", "%H": "jj", "%I": "jj", "%M": "mm", "%S": "dd"}
    out = []
    for f in dict.fromkeys(formats):
        if "%f" in f or "T" in f:
            continue
        text = f
        for k, v in human.items():
            text = text.replace(k, v)
        out.append(text.replace("%p", "AM/PM"))
    return ", ".join(out[:6])


def _run_checks(cursor, plan: Plan, lang: str) -> None:
    info = plan.info
    table = info.name
    cursor.execute(
        "create or replace temp table _imp_problems (_row bigint, column_name varchar, message varchar, severity varchar)"
    )
    for p in plan.problems:
        cursor.execute(
            "insert into _imp_problems values ($r, $c, $m, $s)",
            {"r": p.row, "c": p.column, "m": p.message, "s": p.severity},
        )
    for name in plan.present:
        col = info.column(name)
        label = plan.labels[name]
        x, xt = q(name), q(name + "__t")
        kind = _kind(col.data_type)
        # empty required value
        if col.required and col.default is None:
            _check(cursor, label, t("impor.err.required", lang=lang), f"{xt} is null", "''")
        # type
        if kind != "text":
            if kind in ("date", "timestamp"):
                formats = plan.date_formats if kind == "date" else plan.timestamp_formats
                msg = t(TYPE_ERROR_KEYS[kind], lang=lang, value="{value}", formats=_fmt_list(formats))
            else:
                msg = t(TYPE_ERROR_KEYS[kind], lang=lang, value="{value}")
            _check(cursor, label, msg, f"{xt} is not null and {x} is null", xt)
        # enumerations
        allowed = ENUMS.get((table, name))
        if allowed:
            msg = t("impor.err.enum", lang=lang, value="{value}", allowed=", ".join(allowed))
            _check(
                cursor,
                label,
                msg,
                f"{x} is not null and not list_contains($allowed, {x})",
                xt,
                {"allowed": list(allowed)},
            )
        for cond, code in _value_rules(table, name):
            _check(cursor, label, t(code, lang=lang, value="{value}"), f"{x} is not null and ({_sub_v(cond, x)})", xt)
        # foreign keys (values created by the mapping are not looked up)
        ref = info.foreign.get(name)
        if ref and not (name in plan.created_from_mapping.values() and ref[0] in plan.created_from_mapping):
            ref_table, ref_col = ref
            in_file = ""
            if ref_table == table and len(info.key) == 1 and info.key[0] in plan.present:
                in_file = (
                    f" and {x} not in (select {q(info.key[0])} from _imp_typed where {q(info.key[0])} is not null)"
                )
            nip_ok = f" and ({_sub_v(NIP_OK, x)})" if (table, name) in NIP_COLUMNS else ""
            _check(
                cursor,
                label,
                t("impor.err.unknown_ref", lang=lang, value="{value}", ref_table=ref_table),
                f"{x} is not null{nip_ok} and {x} not in (select {q(ref_col)} from {q(ref_table)}){in_file}",
                xt,
            )
    for rule_table, column, cond, code, value in ROW_RULES:
        needed = set(re.findall(r'"(\w+?)(?:__t)?"', cond))
        if rule_table == table and needed <= set(plan.present):
            _check(cursor, plan.labels.get(column, column), t(code, lang=lang, value="{value}"), cond, value)
    # duplicate keys inside the file
    if info.key and set(info.key) <= set(plan.present):
        keys = ", ".join(q(k) for k in info.key)
        key_text = " || ' / ' || ".join(f"coalesce(cast({q(k)} as varchar), '')" for k in info.key)
        cursor.execute(
            f"insert into _imp_problems select _row, $col, replace(replace($msg, '{{value}}', key_text), '{{row}}', "
            f"cast(first_row as varchar)), 'error' from (select _row, {key_text} as key_text, "
            f"min(_row) over (partition by {keys}) as first_row from _imp_typed "
            f"where {' and '.join(f'{q(k)} is not null' for k in info.key)}) where _row > first_row",
            {"col": plan.labels[info.key[0]], "msg": t("impor.err.duplicate", lang=lang, value="{value}", row="{row}")},
        )
    # a changed foreign-key column on a record that other tables refer to: DuckDB refuses it
    if info.referenced_by and len(info.key) == 1 and info.key[0] in plan.present:
        k = q(info.key[0])
        referenced = " or ".join(
            f"exists (select 1 from {q(other)} r where r.{q(col)} = s.{k})" for other, col, _ in info.referenced_by
        )
        for name in plan.present:
            if name in info.foreign:
                # a transfer (mutasi) is a new posting with its date, not a changed employee row
                code = "impor.err.unit_change_postings" if (info.name, name) == ("employees", "unit_id") else None
                _check(
                    cursor,
                    plan.labels[name],
                    t(code or "impor.err.fk_change_referenced", lang=lang, value="{value}"),
                    f"exists (select 1 from {q(info.name)} s where s.{k} = _imp_typed.{k} "
                    f"and s.{q(name)} is distinct from _imp_typed.{q(name)} and ({referenced}))",
                    q(name + "__t"),
                )


def _value_rules(table: str, name: str) -> list[tuple[str, str]]:
    """The (problem condition on the typed value ``v``, message code) pairs of one column, in checking order."""
    rules = [VALUE_RULES[(table, name)]] if (table, name) in VALUE_RULES else []
    if (table, name) in PERIOD_COLUMNS:
        rules.append((f"not {PERIOD_OK}", "impor.err.period"))
    if (table, name) in NIP_COLUMNS:
        rules.append((f"not ({NIP_OK})", "impor.err.nip"))
    return rules


def _sub_v(cond: str, x: str) -> str:
    """The rule condition with its placeholder column ``v`` replaced by ``x``."""
    return re.sub(r"\bv\b", x, cond)


def _collect(cursor, table: str, rows: int, limit: int) -> Validation:
    counts = cursor.execute(
        "select count(*) filter (where severity = 'error'), count(*) filter (where severity = 'warning'), "
        "count(distinct _row) filter (where severity = 'error' and _row is not null) from _imp_problems"
    ).fetchall()[0]
    shown = cursor.execute(
        "select _row, column_name, message, severity from _imp_problems "
        "order by severity, _row nulls first, column_name limit $n",
        {"n": limit},
    ).fetchall()
    return Validation(
        table=table,
        rows=rows,
        problems=[Problem(r, c, m, s) for r, c, m, s in shown],
        error_count=counts[0],
        warning_count=counts[1],
        rejected_rows=counts[2],
    )


def _file_blocked(cursor) -> bool:
    """A problem that is not tied to a data row (missing column, ...) blocks the whole file."""
    return (
        cursor.execute(
            "select count(*) from _imp_problems where severity = 'error' and (_row is null or _row not in "
            "(select _row from _imp_typed))"
        ).fetchall()[0][0]
        > 0
    )


def _prepare(cursor, table, path, mapping, lang, progress) -> tuple[Staged, Plan]:
    info = table_info(cursor, table)
    expected = {c.name for c in info.columns}
    if mapping is not None:
        expected = {_norm(c) for c in mapping.source_columns()}
    _progress(progress, 0.02, t("impor.progress_read", lang=lang))
    staged = _stage(cursor, Path(path), expected, mapping.delimiter if mapping else None)
    _progress(progress, 0.25, t("impor.progress_check", lang=lang, rows=f"{staged.rows:,}".replace(",", ".")))
    plan = _build_text(cursor, staged, info, mapping, lang)
    if staged.rows == 0:
        plan.problems.append(Problem(None, None, t("impor.err.empty_file", lang=lang)))
    _build_typed(cursor, plan)
    _run_checks(cursor, plan, lang)
    return staged, plan


def _progress(progress: Progress | None, fraction: float, message: str) -> None:
    if progress is not None:
        progress(fraction, message)


def _cleanup(cursor) -> None:
    try:
        for name in ("_imp_stage", "_imp_text", "_imp_typed", "_imp_problems", "_imp_write", "_imp_level"):
            cursor.execute(f"drop table if exists {name}")
    except duckdb.Error:  # the transaction was aborted: the caller rolls back, temp tables go with it
        pass


class UnreadableFile(Exception):
    """DuckDB could not read the file; the transaction is aborted and must be rolled back.

    ``result`` carries the problem for the user.
    """

    def __init__(self, result: ImportResult) -> None:
        super().__init__(result.message)
        self.result = result


def _check_file(path: Path | str, lang: str) -> Problem | None:
    path = Path(path)
    if not path.is_file():
        return Problem(None, None, t("impor.no_file", lang=lang, path=path))
    if path.suffix.lower() not in (".csv", ".txt", ".xlsx", ".xlsm"):
        return Problem(None, None, t("impor.bad_format", lang=lang, path=path.name))
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _check_unpacked_size(path, lang)
    return None


#: An XLSX is a zip: its unpacked size is read from the zip directory before any parsing, so a
#: small "zip bomb" cannot occupy the CPU and memory for minutes. Larger data: use CSV.
XLSX_MAX_UNPACKED_MB = int(os.environ.get("KINERJA_XLSX_MAX_MB", "256"))


def _check_unpacked_size(path: Path, lang: str) -> Problem | None:
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, OSError) as exc:
        return Problem(None, None, t("impor.err.unreadable", lang=lang, detail=str(exc).splitlines()[0]))
    if unpacked > XLSX_MAX_UNPACKED_MB * 1_000_000:
        size = f"{unpacked / 1e6:,.0f}".replace(",", ".")
        return Problem(None, None, t("impor.err.xlsx_too_large", lang=lang, size=size, limit=XLSX_MAX_UNPACKED_MB))
    return None


@contextlib.contextmanager
def upload_on_disk(name: str, payload: bytes) -> Iterator[Path]:
    """An uploaded file on disk under its own name, for as long as the importer reads it, in a
    folder of its own (mode 0700; the rejected-rows file is written beside it); deleted after."""
    folder = Path(tempfile.mkdtemp(prefix="impor-"))
    try:
        path = folder / (Path(name).name or "upload")
        path.write_bytes(payload)
        path.chmod(0o600)
        yield path
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def validate(
    cursor: duckdb.DuckDBPyConnection,
    table: str,
    path: Path | str,
    mapping: Mapping | None = None,
    lang: str = "id",
    limit: int = 1000,
    progress: Progress | None = None,
) -> Validation:
    """Check a file against the store without changing anything; the first ``limit`` problems."""
    bad = _check_file(path, lang)
    if bad:
        return Validation(table, problems=[bad], error_count=1)
    try:
        staged, _ = _prepare(cursor, table, path, mapping, lang, progress)
        return _collect(cursor, table, staged.rows, limit)
    except duckdb.Error as exc:
        problem = Problem(None, None, t("impor.err.unreadable", lang=lang, detail=str(exc).splitlines()[0]))
        return Validation(table, problems=[problem], error_count=1)
    finally:
        _cleanup(cursor)


# --------------------------------------------------------------------------- writing


def _classify(cursor, plan: Plan, skip_invalid: bool) -> None:
    """_imp_write: the valid typed rows with their action: new, updated or unchanged."""
    info = plan.info
    key = info.key
    join = " and ".join(f"s.{q(k)} = w.{q(k)}" for k in key)
    same = " and ".join(f"s.{q(c)} is not distinct from w.{q(c)}" for c in plan.present if c not in key) or "true"
    cols = ", ".join(f"w.{q(c)}" for c in plan.present)
    cursor.execute(
        f"create or replace temp table _imp_write as "
        f"select w._row, {cols}, case when s.{q(key[0])} is null then 'new' when {same} then 'unchanged' "
        f"else 'updated' end as _action "
        f"from (select * from _imp_typed where _row not in (select _row from _imp_problems "
        f"where severity = 'error' and _row is not null)) w "
        f"left join {q(info.name)} s on {join}"
    )


def _create_from_mapping(cursor, plan: Plan, mapping: Mapping) -> tuple[int, int]:
    units = services = 0
    if "units" in plan.created_from_mapping:
        before = cursor.execute("select count(*) from units").fetchall()[0][0]
        cursor.execute(
            "insert into units (unit_id, name, kind, parent_id) "
            "select distinct unit_id, substr(unit_id, length($prefix) + 1), $kind, "
            "case when $parent in (select unit_id from units) then $parent end "
            "from _imp_write where unit_id is not null and unit_id not in (select unit_id from units)",
            {"prefix": mapping.unit_prefix, "kind": mapping.unit_kind, "parent": mapping.unit_parent},
        )
        units = cursor.execute("select count(*) from units").fetchall()[0][0] - before
    if "services" in plan.created_from_mapping:
        before = cursor.execute("select count(*) from services").fetchall()[0][0]
        cursor.execute(
            "insert into services (service_id, name, category) "
            "select distinct service_id, substr(service_id, length($prefix) + 1), $category "
            "from _imp_write where service_id is not null and service_id not in (select service_id from services)",
            {"prefix": mapping.service_prefix, "category": mapping.service_category},
        )
        services = cursor.execute("select count(*) from services").fetchall()[0][0] - before
    return units, services


def _write(cursor, plan: Plan, progress: Progress | None, lang: str) -> None:
    info = plan.info
    table = q(info.name)
    cols = ", ".join(q(c) for c in plan.present)
    keys = ", ".join(q(k) for k in info.key)
    # FK columns of referenced tables cannot be in the update list (DuckDB); unchanged there (checked)
    settable = [c for c in plan.present if c not in info.key and not (info.referenced_by and c in info.foreign)]
    conflict = (
        f"on conflict ({keys}) do update set " + ", ".join(f"{q(c)} = excluded.{q(c)}" for c in settable)
        if settable
        else f"on conflict ({keys}) do nothing"
    )
    total = cursor.execute("select count(*) from _imp_write where _action <> 'unchanged'").fetchall()[0][0]
    self_ref = [c for c, (rt, _) in info.foreign.items() if rt == info.name and c in plan.present]
    if self_ref:
        # parents before children: a row may refer only to rows inserted by earlier statements
        parent = q(self_ref[0])
        key = q(info.key[0])
        cursor.execute("alter table _imp_write add column _done boolean default false")
        while True:
            cursor.execute(
                f"create or replace temp table _imp_level as select _row from _imp_write w where not _done "
                f"and _action <> 'unchanged' and (w.{parent} is null or w.{parent} in (select {key} from {table}))"
            )
            if cursor.execute("select count(*) from _imp_level").fetchall()[0][0] == 0:
                break
            cursor.execute(
                f"insert into {table} ({cols}) select {cols} from _imp_write "
                f"where _row in (select _row from _imp_level) {conflict}"
            )
            cursor.execute("update _imp_write set _done = true where _row in (select _row from _imp_level)")
        cursor.execute("drop table if exists _imp_level")
        return
    if total == 0:
        return
    bounds = cursor.execute("select min(_row), max(_row) from _imp_write where _action <> 'unchanged'").fetchall()[0]
    chunk = max(50_000, math.ceil(total / 10))
    # rows are spread over _row evenly enough; step through row ranges of about `chunk` rows
    done = 0
    start = bounds[0]
    while start <= bounds[1]:
        end = start + chunk
        cursor.execute(
            f"insert into {table} ({cols}) select {cols} from _imp_write "
            f"where _action <> 'unchanged' and _row >= $a and _row < $b {conflict}",
            {"a": start, "b": end},
        )
        done = min(total, done + chunk)
        _progress(
            progress,
            0.5 + 0.45 * done / total,
            t(
                "impor.progress_write",
                lang=lang,
                done=f"{done:,}".replace(",", "."),
                total=f"{total:,}".replace(",", "."),
            ),
        )
        start = end


def _record_implied_postings(cursor) -> None:
    """Before a transfer is written: an employee without recorded postings gets their one implied
    posting (view employee_postings) recorded, so the import adds to it instead of replacing it."""
    cursor.execute(
        "insert into postings select nip, unit_id, valid_from, valid_to from employee_postings "
        "where source = 'implied' and nip in (select nip from _imp_typed)"
    )


def _close_postings(cursor) -> None:
    """After a transfer is written: each posting of the imported employees that is open or runs into
    the next one ends on the eve of the next one (a transfer closes the posting before it)."""
    cursor.execute(
        "update postings p set valid_to = n.next_from - interval 1 day from ("
        "select nip, valid_from, lead(valid_from) over (partition by nip order by valid_from) as next_from "
        "from postings where nip in (select nip from _imp_write)) n "
        "where p.nip = n.nip and p.valid_from = n.valid_from and n.next_from is not null "
        "and (p.valid_to is null or p.valid_to >= n.next_from)"
    )


def _write_rejected(cursor, staged: Staged, path: Path) -> Path:
    """Every rejected row with its reasons, next to the input file, as CSV."""
    out = path.with_name(f"{path.stem}.ditolak.csv")
    names = [f"c{i}" for i in range(len(staged.header))]
    select = ", ".join(f"s.{q(n)}" for n in names)
    result = cursor.execute(
        f"select p._row, p.reasons{', ' if select else ''}{select} from (select _row, string_agg(column_name || ': ' "
        f"|| message, ' | ' order by column_name) as reasons from _imp_problems where severity = 'error' "
        f"and _row is not null group by _row) p join _imp_stage s using (_row) order by p._row"
    )
    delimiter = staged.delimiter if staged.delimiter in (",", ";") else ","
    with open(out, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow([neutralise(h) for h in ("baris", "alasan", *staged.header)])
        while batch := result.fetchmany(10_000):
            writer.writerows([[neutralise(v) for v in row] for row in batch])
    return out


def _log(cursor, result: ImportResult, user: str | None) -> None:
    cursor.execute(
        "insert into import_log (imported_at, username, file_name, file_sha256, table_name, rows_new, "
        "rows_updated, rows_unchanged, rows_rejected, outcome, message) values "
        "(current_localtimestamp(), $user, $file, $sha, $table, $new, $upd, $same, $rej, $outcome, $msg)",
        {
            "user": user,
            "file": result.file_name,
            "sha": result.sha256,
            "table": result.table,
            "new": result.new,
            "upd": result.updated,
            "same": result.unchanged,
            "rej": result.rejected,
            "outcome": result.outcome,
            "msg": result.message[:2000],
        },
    )


def import_file(
    cursor: duckdb.DuckDBPyConnection,
    table: str,
    path: Path | str,
    mapping: Mapping | None = None,
    skip_invalid: bool = False,
    lang: str = "id",
    user: str | None = None,
    progress: Progress | None = None,
    rejected_dir: Path | None = None,
) -> ImportResult:
    """Validate and load a file into ``table`` inside the caller's transaction.

    Without ``skip_invalid`` one invalid row rejects the file and nothing but the
    import_log row is written. With it, the valid rows land and the rejected ones are
    written with their reasons to ``<name>.ditolak.csv`` next to the input (or in
    ``rejected_dir``). Every attempt is recorded in import_log.
    """
    path = Path(path)
    if mapping is not None and mapping.table != table:
        raise ValueError(f"mapping {mapping.name!r} is for table {mapping.table}, not {table}")
    bad = _check_file(path, lang)
    if bad:
        return ImportResult(table, path.name, "", problems=[bad], error_count=1, message=bad.message)
    result = ImportResult(table, path.name, file_sha256(path))
    previous = cursor.execute(
        "select max(imported_at) from import_log where file_sha256 = $sha and table_name = $t and outcome <> 'ditolak'",
        {"sha": result.sha256, "t": table},
    ).fetchall()[0][0]
    try:
        staged, plan = _prepare(cursor, table, path, mapping, lang, progress)
        check = _collect(cursor, table, staged.rows, MAX_SHOWN)
        result.rows = staged.rows
        result.problems = check.problems
        result.error_count, result.warning_count = check.error_count, check.warning_count
        if check.error_count and (not skip_invalid or _file_blocked(cursor)):
            result.rejected = check.rejected_rows
            result.message = "; ".join(p.line(lang) for p in check.problems[:5])
            _log(cursor, result, user)
            return result
        _progress(
            progress, 0.5, t("impor.progress_write", lang=lang, done=0, total=f"{staged.rows:,}".replace(",", "."))
        )
        if table == "postings":
            _record_implied_postings(cursor)
        _classify(cursor, plan, skip_invalid)
        if mapping is not None:
            result.created_units, result.created_services = _create_from_mapping(cursor, plan, mapping)
        counts = dict(cursor.execute("select _action, count(*) from _imp_write group by all").fetchall())
        result.new, result.updated, result.unchanged = (counts.get(k, 0) for k in ("new", "updated", "unchanged"))
        _write(cursor, plan, progress, lang)
        if table == "postings":
            _close_postings(cursor)
        if table == "service_logs":
            refresh_facts(cursor, "_imp_write where _action <> 'unchanged'")
        elif table == "services" and result.updated:  # a standard may have changed: every on_standard
            refresh_facts(cursor)
        if check.error_count:
            result.rejected = check.rejected_rows
            target = (rejected_dir / path.name) if rejected_dir else path
            try:
                result.rejected_file = _write_rejected(cursor, staged, target)
            except OSError:  # the input's folder is read-only: the working folder instead
                result.rejected_file = _write_rejected(cursor, staged, Path.cwd() / path.name)
            result.outcome = "sebagian"
        else:
            result.outcome = "berhasil"
        result.problems = [p for p in check.problems if p.severity == "warning"] + (
            [p for p in check.problems if p.severity == "error"] if check.error_count else []
        )
        result.ok = True
        result.demo_ended = _end_demo(cursor)
        result.previous_import = previous
        result.message = " ".join(result.summary(lang)[:3])[:2000]
        _log(cursor, result, user)
        _progress(progress, 1.0, t("impor.progress_done", lang=lang))
        return result
    except duckdb.Error as exc:
        problem = Problem(None, None, t("impor.err.unreadable", lang=lang, detail=str(exc).splitlines()[0]))
        result.problems, result.error_count, result.message = [problem], 1, problem.message
        raise UnreadableFile(result) from exc
    finally:
        _cleanup(cursor)
