"""The regulations' rules, through the store's own SQL macros (DESIGN.md rules 1, 2, 4)."""

import duckdb
import pytest

from dashboard.core.store import apply_schema


@pytest.fixture(scope="module")
def con():
    connection = duckdb.connect()
    apply_schema(connection)
    yield connection
    connection.close()


def scalar(con, sql, params=None):
    return con.execute(sql, params or {}).fetchone()[0]


def capaian(con, aspect, target, realization):
    return scalar(con, "select capaian_aspek($a, $t, $r)", {"a": aspect, "t": target, "r": realization})


def test_worked_example_85_50(con):
    """Kuantitas 1/1, kualitas 90/100, waktu 12/12, biaya 170.395.000/170.395.000 gives 85,50."""
    parts = [
        capaian(con, "kuantitas", 1, 1),
        capaian(con, "kualitas", 100, 90),
        capaian(con, "waktu", 12, 12),
        capaian(con, "biaya", 170_395_000, 170_395_000),
    ]
    assert parts == pytest.approx([100, 90, 76, 76])
    assert round(sum(parts) / 4, 2) == 85.50


def test_waktu_efisiensi_20_percent_gives_96(con):
    """Waktu target 5 days, realisasi 4 days (efisiensi 20 %) gives 96."""
    assert capaian(con, "waktu", 5, 4) == pytest.approx(96)


def test_efisiensi_branch_boundary(con):
    """Efisiensi exactly 24 uses the first formula; above 24 the second."""
    # target 100, realisasi 76: efisiensi 24 -> (176 - 76)/100*100 = 100
    assert capaian(con, "biaya", 100, 76) == pytest.approx(100)
    # target 10, realisasi 5: efisiensi 50 -> 76 - ((17.6 - 5)/10*100 - 100) = 50
    assert capaian(con, "waktu", 10, 5) == pytest.approx(50)
    # target 100, realisasi 75: efisiensi 25 -> 76 - (101 - 100) = 75
    assert capaian(con, "biaya", 100, 75) == pytest.approx(75)


@pytest.mark.parametrize("aspect", ["kuantitas", "kualitas", "waktu", "biaya"])
def test_missing_or_zero_realisation_scores_zero(con, aspect):
    assert capaian(con, aspect, 10, None) == 0
    assert capaian(con, aspect, 10, 0) == 0


@pytest.mark.parametrize(
    ("score", "kategori"),
    [
        (100, "Sangat Baik"),
        (91, "Sangat Baik"),
        (90.99, "Baik"),
        (76, "Baik"),
        (75.999, "Cukup"),
        (61, "Cukup"),
        (60.5, "Kurang"),
        (51, "Kurang"),
        (50.99, "Buruk"),
        (0, "Buruk"),
    ],
)
def test_kategori_capaian_on_unrounded_score(con, score, kategori):
    assert scalar(con, "select kategori_capaian($s)", {"s": score}) == kategori


@pytest.mark.parametrize(
    ("results", "behaviour", "predikat"),
    [
        ("di_atas", "di_bawah", "Kurang/Misconduct"),
        ("di_atas", "sesuai", "Baik"),
        ("di_atas", "di_atas", "Sangat Baik"),
        ("sesuai", "di_bawah", "Kurang/Misconduct"),
        ("sesuai", "sesuai", "Baik"),
        ("sesuai", "di_atas", "Baik"),
        ("di_bawah", "di_bawah", "Sangat Kurang"),
        ("di_bawah", "sesuai", "Butuh Perbaikan"),
        ("di_bawah", "di_atas", "Butuh Perbaikan"),
    ],
)
def test_predikat_matrix_all_nine_cells(con, results, behaviour, predikat):
    """PermenPANRB 6/2022: every cell of the hasil kerja x perilaku kerja matrix."""
    assert scalar(con, "select predikat_kinerja($r, $b)", {"r": results, "b": behaviour}) == predikat


def test_ikm_all_fours_is_100_with_exact_weight(con):
    """All answers 4 give 100,00 (the rounded weight 0,111 would give 99,90)."""
    assert scalar(con, "select nilai_ikm(4, 4, 4, 4, 4, 4, 4, 4, 4)") == pytest.approx(100.0)
    assert scalar(con, "select mutu_ikm(nilai_ikm(4, 4, 4, 4, 4, 4, 4, 4, 4))") == "A"
    assert round(25 * sum(4 * 0.111 for _ in range(9)), 2) == 99.90  # the error the exact weight avoids


def test_ikm_all_ones_is_25(con):
    assert scalar(con, "select nilai_ikm(1, 1, 1, 1, 1, 1, 1, 1, 1)") == pytest.approx(25.0)


@pytest.mark.parametrize(
    ("ikm", "mutu"),
    [(25.0, "D"), (64.99, "D"), (65.0, "C"), (76.60, "C"), (76.61, "B"), (88.30, "B"), (88.31, "A"), (100, "A")],
)
def test_mutu_ikm_grades(con, ikm, mutu):
    assert scalar(con, "select mutu_ikm($x)", {"x": ikm}) == mutu


def test_ikm_from_nrr_values(con):
    """NRR 3,2 on every element: 25 x 3,2 = 80,00, grade B."""
    assert scalar(con, "select nilai_ikm(3.2, 3.2, 3.2, 3.2, 3.2, 3.2, 3.2, 3.2, 3.2)") == pytest.approx(80.0)


def test_period_macros(con):
    assert scalar(con, "select period_of(date '2025-06-30')") == "2025-S1"
    assert scalar(con, "select period_of(timestamp '2025-07-01 00:00')") == "2025-S2"
    assert str(scalar(con, "select period_start('2025-S2')")) == "2025-07-01"
