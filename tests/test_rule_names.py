"""The regulations' names are defined once: dashboard/core/rules.py equals what the store's macros and rule data give."""

import duckdb
import pytest

from dashboard.core import charts, rules
from dashboard.core.store import apply_schema
from dashboard.datamgmt import importer


@pytest.fixture(scope="module")
def con():
    connection = duckdb.connect()
    apply_schema(connection)
    yield connection
    connection.close()


def test_predikat_equal_the_macros(con):
    assert tuple(con.execute("select predikat_list()").fetchone()[0]) == rules.PREDIKAT
    ranked = con.execute("select predikat_rank(p) from unnest($p) t(p)", {"p": list(rules.PREDIKAT)}).fetchall()
    assert [r[0] for r in ranked] == [1, 2, 3, 4, 5]
    matrix = {
        con.execute("select predikat_kinerja($r, $b)", {"r": r, "b": b}).fetchone()[0]
        for r in rules.RATINGS
        for b in rules.RATINGS
    }
    assert matrix == set(rules.PREDIKAT)


def test_kategori_equal_the_macro(con):
    assert tuple(con.execute("select kategori_list()").fetchone()[0]) == rules.KATEGORI
    bands = [con.execute("select kategori_capaian($s)", {"s": s}).fetchone()[0] for s in (95, 80, 70, 55, 10)]
    assert tuple(bands) == rules.KATEGORI


def test_org_predikat_equal_the_rule_data(con):
    orgs = {r[0] for r in con.execute("select distinct org_predikat from kurva_bounds").fetchall()}
    assert orgs == set(rules.ORG_PREDIKAT)
    majority = dict(con.execute("select org_predikat, predikat from kurva_majority").fetchall())
    assert [majority[o] for o in rules.ORG_PREDIKAT] == list(rules.PREDIKAT)


def test_every_module_reads_the_one_definition():
    assert list(rules.PREDIKAT) == charts.PREDIKAT_ORDER and list(rules.KATEGORI) == charts.KATEGORI_ORDER
    assert importer.ENUMS[("appraisals", "predikat_recorded")] == rules.PREDIKAT
    assert importer.ENUMS[("org_ratings", "predikat")] == rules.ORG_PREDIKAT
    assert tuple(rules.PREDIKAT_COLUMNS.values()) == rules.PREDIKAT
