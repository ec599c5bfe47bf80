"""IKM minimum sample (PermenPANRB 14/2017, Krejcie-Morgan table) beside the respondents; grade indicative below it.

Population = the requests a unit received in the semester (tests/fixture_store.py): Kelurahan Satu 2025-S1
r01, r02, r03, r06 = 4; the kecamatan 2025-S1 r01..r08 without r05 = 7; Kelurahan Dua 2025-S2 r05, r09 = 2.
Respondents: Kelurahan Satu 2025-S1 q1, q2 = 2; Kelurahan Dua 2025-S2 gets two here (EXTRA_SQL).
"""

import pytest

from dashboard.core import queries
from dashboard.core.store import open_reader, reader_cursor
from tests.fixture_store import build_fixture_store

EXTRA_SQL = """
insert into survey_responses values
    ('x1', '33.74.09.1002', 'S1', '2025-08-20', 3, 3, 3, 3, 3, 3, 3, 3, 3),
    ('x2', '33.74.09.1002', 'S1', '2025-08-21', 4, 4, 4, 4, 4, 4, 4, 4, 4);
"""

# Entries of the Krejcie-Morgan table printed in PermenPANRB 14/2017 (population -> sample).
TABLE = {
    10: 10, 15: 14, 50: 44, 100: 80, 150: 108, 200: 132, 280: 162, 500: 217, 1000: 278, 2000: 322,
    5000: 357, 10000: 370, 20000: 377, 50000: 381, 75000: 382, 1000000: 384,
}  # fmt: skip


@pytest.fixture(scope="module")
def cur(tmp_path_factory):
    con = open_reader(build_fixture_store(tmp_path_factory.mktemp("ikm") / "ikm.duckdb"), read_only=False)
    cursor = reader_cursor(con)
    cursor.execute(EXTRA_SQL)
    yield cursor
    cursor.close()
    con.close()


@pytest.mark.parametrize(("population", "sample"), sorted(TABLE.items()))
def test_minimum_sample_equals_the_krejcie_morgan_table(cur, population, sample):
    assert cur.execute("select sampel_minimum_ikm($n)", {"n": population}).fetchone()[0] == sample


def test_ikm_by_unit_period_carries_population_minimum_and_indicative(cur):
    rows = cur.execute(
        "select unit_id, period, respondents, population, min_sample, indicative from ikm_by_unit_period order by 1, 2"
    ).fetchall()
    assert rows == [
        ("33.74.09.1001", "2025-S1", 2, 4, 4, True),  # 2 of the 4 needed
        ("33.74.09.1002", "2025-S1", 1, 2, 2, True),  # q3; received r04, r08
        ("33.74.09.1002", "2025-S2", 2, 2, 2, False),  # x1, x2: enough
    ]


def test_headline_names_the_minimum_and_marks_the_grade_indicative(cur):
    unit = queries.run(cur, "camat_headline", period="2025-S1", unit_id="33.74.09.1001").iloc[0]
    assert (unit["respondents"], unit["population"], unit["ikm_min_sample"]) == (2, 4, 4)
    assert bool(unit["ikm_indicative"])
    whole = queries.run(cur, "camat_headline", period="2025-S1", unit_id=None).iloc[0]
    assert (whole["respondents"], whole["population"], whole["ikm_min_sample"]) == (3, 7, 7)
    dua = queries.run(cur, "camat_headline", period="2025-S2", unit_id="33.74.09.1002").iloc[0]
    assert (dua["respondents"], dua["ikm_min_sample"], bool(dua["ikm_indicative"])) == (2, 2, False)
    from dashboard.camat import logic as camat

    assert camat.ikm_sample_note(unit, lang="id") == (
        "Sampel minimum 4 responden (PermenPANRB 14/2017, tabel Krejcie-Morgan; populasi 4 permohonan). "
        "Responden kurang dari sampel minimum: mutu hanya indikatif."
    )


def test_public_ikm_names_the_minimum_sample_of_the_whole_kecamatan(cur):
    """The public slides pool every unit: population = every request received in the semester."""
    frame = queries.run(cur, "public_ikm_by_semester").set_index("period")
    s1 = frame.loc["2025-S1"]
    assert s1["population"] == 7  # r01, r02, r03, r04, r06, r07, r08
    assert s1["min_sample"] == cur.execute("select sampel_minimum_ikm(7)").fetchall()[0][0] == 7
    assert s1["respondents"] == 3 and bool(s1["indicative"])  # q1, q2 (Kelurahan Satu), q3 (Kelurahan Dua)


def test_public_slide_says_when_the_ikm_is_only_indicative():
    from dashboard.public import logic as public

    row = {"respondents": 925, "min_sample": 330, "indicative": False}
    assert public.ikm_sample_caption(row, "id") == (
        "925 responden memenuhi sampel minimum 330 responden (PermenPANRB 14/2017)."
    )
    row = {"respondents": 12, "min_sample": 44, "indicative": True}
    assert public.ikm_sample_caption(row, "id").startswith(
        "Angka ini indikatif: 12 responden, di bawah sampel minimum 44"
    )


def test_unit_comparison_marks_an_indicative_grade(cur):
    """Kelurahan Satu 2025-S1: 2 respondents against a minimum of 4 (population 4): 'A (indikatif)'."""
    from dashboard.camat import logic as camat

    units = camat.unit_comparison(lambda name, **params: queries.run(cur, name, **params), "2025-S1")
    row = units.set_index("unit_id").loc["33.74.09.1001"]
    assert (row["respondents"], bool(row["ikm_indicative"])) == (2, True)
    assert camat.mutu_text(row["mutu"], row["ikm_indicative"], "id") == f"{row['mutu']} (indikatif)"
    assert camat.mutu_text(None, False, "id") == "–"
