"""The regulations' rules, through the store's own SQL macros (capaian per aspek, predikat kinerja, IKM; docs/DESIGN.md)."""

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


def test_efisiensi_exactly_24_takes_the_first_branch_despite_binary_floating_point(con):
    """Biaya target 1,5, realisasi 1,14: efisiensi 24,00 exactly (24,000000000000014 in binary floating
    point took the second branch and scored 76); the first branch gives 76 + 24 = 100."""
    assert scalar(con, "select efisiensi_aspek(1.5, 1.14)") == 24
    assert capaian(con, "biaya", 1.5, 1.14) == pytest.approx(100)
    assert capaian(con, "waktu", 0.1, 0.076) == pytest.approx(100)


@pytest.mark.parametrize("target", [3, 6, 12, 1.3, 0.7])
def test_realisation_equal_to_target_scores_76_and_baik(con, target):
    """Waktu 12/12 scored 75,999... in floating point and was banded Cukup; exactly 76, Baik."""
    assert capaian(con, "waktu", target, target) == 76
    assert scalar(con, "select kategori_capaian(capaian_aspek('waktu', $t, $t))", {"t": target}) == "Baik"


def test_capaian_floored_at_zero(con):
    """Waktu target 10, realisasi 20 (efisiensi -100): 76 - 100 = -24 before the floor; now 0, the same
    as a missing realisation and never below it."""
    assert capaian(con, "waktu", 10, 20) == 0
    assert capaian(con, "biaya", 10, 17.6) == 0  # efisiensi -76: exactly 0
    assert capaian(con, "waktu", 10, 15) == pytest.approx(26)  # efisiensi -50: 76 - 50
    assert capaian(con, "waktu", 10, 20) >= capaian(con, "waktu", 10, None)


@pytest.mark.parametrize(
    ("target", "realization", "expected"),
    [
        (2, 2, 76),  # on target: the regulation's on-target score
        (2, 1.8, 86),  # 10 % faster: 76 + 10
        (2, 1.52, 100),  # 24 % faster: 100
        (2, 1, 100),  # 50 % faster: still 100 (Perka's second branch would give 50)
        (2, 0.2, 100),  # 90 % faster: 100 (second branch: 10)
        (2, 0, 100),  # no waiting at all
        (2, 2.5, 51),  # 25 % slower: 76 - 25
        (2, 4, 0),  # twice as slow: floored at 0
        (2, None, 0),  # not realised
    ],
)
def test_time_kpi_never_punishes_speed(con, target, realization, expected):
    """A target linked to the median processing time (median_jam_kerja): faster than the target never
    scores below the on-target 76, whatever the efisiensi."""
    got = scalar(
        con,
        "select capaian_target('waktu', $t, $r, 'median_jam_kerja')",
        {"t": target, "r": realization},
    )
    assert got == pytest.approx(expected)
    if realization is not None and realization < target:
        assert got >= 76


def test_unlinked_waktu_keeps_the_regulation(con):
    """A typed waktu aspect (a time allowance) keeps Perka BKN 1/2013's second branch."""
    assert scalar(con, "select capaian_target('waktu', 10, 5, null)") == pytest.approx(50)
    assert scalar(con, "select capaian_target('waktu', 10, 5, 'layanan_selesai')") == pytest.approx(50)


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
        (75.999, "Baik"),  # published 76,00
        (75.994, "Cukup"),  # published 75,99
        (90.996, "Sangat Baik"),  # published 91,00, never "91,00 (Baik)"
        (61, "Cukup"),
        (60.5, "Kurang"),
        (51, "Kurang"),
        (50.99, "Buruk"),
        (0, "Buruk"),
    ],
)
def test_kategori_capaian_on_the_published_score(con, score, kategori):
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
