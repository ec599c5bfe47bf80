"""Lineage: what a query reads (followed through views and macros) and which pages ask it."""

from __future__ import annotations

import subprocess
import sys

import duckdb

from dashboard import ROOT
from dashboard.core import lineage
from dashboard.core.store import apply_schema


def schema_catalog(*extra_sql: str) -> lineage.Catalog:
    con = duckdb.connect(":memory:")
    apply_schema(con)
    for sql in extra_sql:
        con.execute(sql)
    return lineage.read_catalog(con)


def test_query_tables_follow_views_and_table_macros() -> None:
    catalog = schema_catalog()
    # skp_scores -> skp_indicator_scores -> skp_capaian -> skp_targets; service_logs_timed -> service_log_facts
    tables = lineage.query_tables(catalog, "camat_units")
    assert {"skp_targets", "service_log_facts", "units", "appraisals", "survey_responses"} <= tables
    assert "follow_ups" not in tables
    assert lineage.query_tables(catalog, "store_tables") <= catalog.tables | {lineage.EVERYTHING}


def test_a_scalar_macro_with_a_subquery_counts_as_reading_its_table() -> None:
    catalog = schema_catalog(
        "create macro open_follow_ups() as (select count(*) from follow_ups where status = 'terbuka')",
        "create view busy as select open_follow_ups() as n",
    )
    assert catalog.tables_read("busy") == frozenset(["follow_ups"])


def test_cli_prints_tree_tables_callers_and_pages() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "dashboard", "lineage", "hr_skp_scores"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "- skp_scores [view/macro]" in out
    assert "tables: skp_targets" in out
    assert "called from: dashboard/pegawai/hr.py" in out
    assert "rekam-pegawai" in out.splitlines()[-1]
    missing = subprocess.run(
        [sys.executable, "-m", "dashboard", "lineage", "no_such_query"], cwd=ROOT, capture_output=True, text=True
    )
    assert missing.returncode == 1 and "no_such_query" in missing.stderr
