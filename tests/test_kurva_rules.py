"""Kurva distribusi (SE MenPANRB 03/2023): the majority at the organisation's own predikat, no whole-kecamatan check.

Hand-made on the shared fixture plus this module's 2026-S1 rows: the kecamatan rated baik, Kelurahan Satu
rated istimewa on its own. Kelurahan Satu: NIP_A and NIP_B both Sangat Baik. Kecamatan (with the unrated
Kelurahan Dua): NIP_C Baik, NIP_D Butuh Perbaikan.
"""

import pytest

from dashboard.core import queries
from dashboard.core.store import open_reader, reader_cursor
from tests.fixture_store import NIP_A, NIP_B, NIP_C, NIP_D, build_fixture_store

EXTRA_SQL = f"""
insert into org_ratings values ('33.74.09', '2026-S1', 'baik'), ('33.74.09.1001', '2026-S1', 'istimewa');
insert into appraisals values
    ('{NIP_A}', '2026-S1', 'di_atas', 'di_atas', '{NIP_B}', null, null, '2026-07-10', null),
    ('{NIP_B}', '2026-S1', 'di_atas', 'di_atas', '{NIP_C}', null, null, '2026-07-10', null),
    ('{NIP_C}', '2026-S1', 'sesuai', 'sesuai', null, null, null, '2026-07-10', null),
    ('{NIP_D}', '2026-S1', 'di_bawah', 'sesuai', '{NIP_B}', null, null, '2026-07-10', null);
"""


@pytest.fixture(scope="module")
def cur(tmp_path_factory):
    con = open_reader(build_fixture_store(tmp_path_factory.mktemp("kurva") / "kurva.duckdb"), read_only=False)
    cursor = reader_cursor(con)
    cursor.execute(EXTRA_SQL)
    yield cursor
    cursor.close()
    con.close()


def run(cursor, name, **params):
    return queries.run(cursor, name, **params)


def test_each_organisation_by_its_own_curve_and_no_whole_kecamatan_row(cur):
    """Kelurahan Satu (istimewa): Sangat Baik 2/2 breaks "at most 70 %", and is the majority.
    Kecamatan (baik): Baik 1/2 within 70 %, a Butuh Perbaikan present, but 1 of 2 is not MORE than half.
    The old whole-kecamatan row applied the baik curve to Kelurahan Satu's staff too."""
    kurva = run(cur, "camat_kurva", period="2026-S1")
    got = [(r.unit_id, r.kind, r.bound_no, r.n_in_set, r.appraised, bool(r.broken)) for r in kurva.itertuples()]
    assert got == [
        ("33.74.09", "majority", 0, 1, 2, True),
        ("33.74.09", "bound", 1, 1, 2, False),
        ("33.74.09", "bound", 2, 1, 2, False),
        ("33.74.09.1001", "majority", 0, 2, 2, False),
        ("33.74.09.1001", "bound", 1, 2, 2, True),
    ]


@pytest.mark.parametrize(
    ("org", "counts", "majority_holds"),
    [
        ("baik", [0, 3, 1, 0, 0], True),  # Baik 3 of 4
        ("baik", [0, 2, 2, 0, 0], False),  # exactly half is not "sebagian besar"
        ("baik", [1, 1, 1, 0, 0], False),
        ("istimewa", [2, 1, 0, 0, 0], True),
        ("istimewa", [1, 2, 0, 0, 0], False),
    ],
)
def test_guide_calculator_checks_the_majority(cur, org, counts, majority_holds):
    rows = run(cur, "guide_kurva_check", org_predikat=org, predikat_counts=counts)
    majority = rows[rows["kind"] == "majority"]
    assert len(majority) == 1
    assert bool(majority["holds"].iloc[0]) is majority_holds


def test_no_majority_row_where_a_bound_already_asks_for_60_percent(cur):
    """Butuh Perbaikan, Kurang and Sangat Kurang organisations: the bound of at least 60 % is the majority."""
    rules = cur.execute("select org_predikat from kurva_rules() where kind = 'majority' order by 1").fetchall()
    assert rules == [("baik",), ("istimewa",)]
