"""SKP rules that must be defensible: time KPIs, scores of unrealised semesters, realisations from logs.

Hand-made on the shared fixture (tests/fixture_store.py) plus this module's own rows (EXTRA_SQL), so
the shared fixture keeps the figures other tests pin. Working minutes: see the fixture's docstring;
r90 (added here) is received Mon 30 Jun 2025 15:00 and completed Tue 1 Jul 09:00: 60 + 60 = 120
working minutes, over the 60-minute standard of S1, received in 2025-S1 but completed in 2025-S2.
"""

import pandas as pd
import pytest

from dashboard.core import queries
from dashboard.core.store import open_reader, reader_cursor, refresh_facts
from tests.fixture_store import NIP_A, NIP_C, NIP_D, build_fixture_store

EXTRA_SQL = f"""
insert into service_logs values
    ('r90', 'S1', '33.74.09.1001', '{NIP_A}', 'loket', '2025-06-30 15:00', '2025-07-01 09:00', null, 'selesai', 0);

insert into skp_targets values
    -- NIP_A 2025-S1: every request completed in the semester (r01, r02, r03; r90 finished in S2)
    ('k1', '{NIP_A}', '2025-S1', 'Permohonan selesai', 'kuantitas', 3, 'permohonan', 3, null, 'layanan_selesai', null),
    -- NIP_A 2025-S2: an "all services" count beside a count for S1, named twice (g2, g4)
    ('g1', '{NIP_A}', '2025-S2', 'Permohonan lain selesai', 'kuantitas', 10, 'permohonan', null, null,
        'layanan_selesai', null),
    ('g2', '{NIP_A}', '2025-S2', 'Pengantar KTP selesai', 'kuantitas', 5, 'permohonan', null, null,
        'layanan_selesai', 'S1'),
    ('g3', '{NIP_A}', '2025-S2', 'Selesai sesuai standar', 'kuantitas', 5, 'permohonan', null, null,
        'layanan_sesuai_standar', null),
    ('g4', '{NIP_A}', '2025-S2', 'Pengantar KTP selesai (lagi)', 'kuantitas', 5, 'permohonan', null, null,
        'layanan_selesai', 'S1'),
    -- NIP_D 2025-S2: a median processing time of 0,5 hours against a target of 1 hour (50 % faster)
    ('w1', '{NIP_D}', '2025-S2', 'Kecepatan layanan', 'waktu', 1, 'jam', 0.5, null, 'median_jam_kerja', null),
    ('w2', '{NIP_D}', '2025-S2', 'Kecepatan layanan', 'kuantitas', 2, 'permohonan', 2, null, null, null),
    -- NIP_C 2025-S2: targets set, nothing realised yet
    ('u1', '{NIP_C}', '2025-S2', 'Rapat koordinasi', 'kuantitas', 6, 'rapat', null, null, null, null),
    ('u2', '{NIP_C}', '2025-S2', 'Rapat koordinasi', 'waktu', 6, 'bulan', null, null, null, null);
"""


@pytest.fixture(scope="module")
def cur(tmp_path_factory):
    con = open_reader(build_fixture_store(tmp_path_factory.mktemp("skp") / "skp.duckdb"), read_only=False)
    cursor = reader_cursor(con)
    cursor.execute(EXTRA_SQL)
    refresh_facts(cursor)
    yield cursor
    cursor.close()
    con.close()


# persen_sesuai_standar with requests past their standard (NIP_D, Kelurahan Dua, S1 with its 60-minute standard):
#   r08  received Mon 3 Mar 2025 10:00, still open: past its standard at 11:00 the same day -> a miss in 2025-S1
#   r91  Mon 30 Jun 2025 09:00 -> Wed 2 Jul 09:00 (420 + 480 + 60 = 960 minutes): past its standard at 10:00
#        on 30 Jun -> a miss in 2025-S1, although completed in 2025-S2
#   r92  Mon 30 Jun 2025 15:00 -> Tue 1 Jul 09:00 (60 + 60 = 120): exactly 60 (within) at the end of 2025-S1,
#        past it on 1 Jul -> a miss in 2025-S2
# with the fixture's r04 (2025-S1, S2 on), r05 (2025-S2, S2 on) and r09 (2025-S2, S1 over).
MISSES_SQL = f"""
insert into service_logs values
    ('r91', 'S1', '33.74.09.1002', '{NIP_D}', 'loket', '2025-06-30 09:00', '2025-07-02 09:00', null, 'selesai', 0),
    ('r92', 'S1', '33.74.09.1002', '{NIP_D}', 'loket', '2025-06-30 15:00', '2025-07-01 09:00', null, 'selesai', 0);
insert into skp_targets values
    ('m1', '{NIP_D}', '2025-S1', 'Sesuai standar', 'kualitas', 90, '%', 90, null, 'persen_sesuai_standar', null),
    ('m2', '{NIP_D}', '2025-S2', 'Sesuai standar', 'kualitas', 90, '%', 90, null, 'persen_sesuai_standar', null),
    ('m3', '{NIP_D}', '2025-S1', 'Selesai', 'kuantitas', 1, 'permohonan', 1, null, 'layanan_selesai', null),
    ('m4', '{NIP_D}', '2025-S2', 'Selesai', 'kuantitas', 4, 'permohonan', 4, null, 'layanan_selesai', null);
"""


@pytest.fixture(scope="module")
def misses(tmp_path_factory):
    con = open_reader(build_fixture_store(tmp_path_factory.mktemp("skp") / "misses.duckdb"), read_only=False)
    cursor = reader_cursor(con)
    cursor.execute(MISSES_SQL)
    refresh_facts(cursor)
    yield cursor
    cursor.close()
    con.close()


def run(cursor, name, **params):
    return queries.run(cursor, name, **params)


def test_time_kpi_faster_than_target_is_not_punished(cur):
    """w1: median 0,5 h against 1 h (efisiensi 50): Perka's second branch gave 100 - 50 = 50; the time-KPI
    rule gives 100. Indicator w1 alone 100; SKP (100 + 100) / 2 = 100,00, Sangat Baik."""
    targets = run(cur, "hr_skp_targets", nip=NIP_D).set_index("target_id")
    assert targets.loc["w1", "capaian"] == 100
    score = run(cur, "hr_skp_scores", nip=NIP_D).set_index("period").loc["2025-S2"]
    assert score["skp_score"] == 100
    assert score["kategori"] == "Sangat Baik"


def test_unrealised_semester_has_no_score_and_no_kategori(cur):
    """NIP_C 2025-S2: two targets, no realisation: not evaluated, score and kategori NULL (was 0, Buruk)."""
    row = cur.execute("select * from skp_scores where nip = ? and period = '2025-S2'", [NIP_C]).df().iloc[0]
    assert not bool(row["evaluated"])
    assert pd.isna(row["skp_score"]) and pd.isna(row["kategori"])
    realised = cur.execute("select period, evaluated, skp_score from skp_scores where nip = ? order by 1", [NIP_A])
    # 2025-S1: indicators (100 + 90 + 76 + 76) / 4 = 85,50 and k1 3/3 = 100: 92,75; 2025-S2: nothing typed
    assert realised.fetchall() == [("2025-S1", True, pytest.approx(92.75)), ("2025-S2", False, None)]
    scores = run(cur, "hr_skp_scores", nip=NIP_C)
    assert scores[["period", "evaluated", "targets"]].values.tolist() == [["2025-S2", False, 2]]


def test_work_counts_in_the_semester_it_was_completed(cur):
    """r90 was received in 2025-S1 and completed in 2025-S2: it counts in S2, not in S1."""
    s1 = run(cur, "skp_metric_realization", nip=NIP_A, period="2025-S1").set_index("target_id")
    assert s1.loc["k1", ["requests", "computed_value"]].tolist() == [3, 3.0]  # r01, r02, r03
    evidence = run(cur, "hr_evidence_requests", nip=NIP_A, target_id="g2")
    assert evidence["request_id"].tolist() == ["r90", "r10"]  # by time received


def test_all_services_target_counts_the_other_services(cur):
    """g1 (all services) beside g2 (S1): g1 counts the services no other layanan_selesai target names,
    so r10 and r90 (S1) count once, in g2; g1 counts 0. g2 and g4 name the same service: flagged."""
    s2 = run(cur, "skp_metric_realization", nip=NIP_A, period="2025-S2").set_index("target_id")
    assert s2.loc["g2", ["requests", "computed_value"]].tolist() == [2, 2.0]
    assert s2.loc["g1", ["requests", "computed_value"]].tolist() == [0, 0.0]
    assert run(cur, "hr_evidence_requests", nip=NIP_A, target_id="g1").empty
    assert list(s2.loc["g2", "overlaps_with"]) == ["g4"]
    assert list(s2.loc["g4", "overlaps_with"]) == ["g2"]
    assert s2.loc["g1", "overlaps_with"] is None or pd.isna(s2.loc["g1", "overlaps_with"])


def test_metric_requests_completed_within_standard(cur):
    """layanan_sesuai_standar, NIP_A 2025-S2: r10 (30 of 60 minutes) within, r90 (120) not: 1."""
    s2 = run(cur, "skp_metric_realization", nip=NIP_A, period="2025-S2").set_index("target_id")
    assert s2.loc["g3", ["requests", "computed_value"]].tolist() == [2, 1.0]
    metrics = run(cur, "hr_source_metrics").set_index("metric_id")
    assert metrics.loc["layanan_sesuai_standar", "measure_unit"] == "permohonan"
    assert metrics.loc["layanan_sesuai_standar", "targets"] == 1


def test_record_warns_about_overlapping_targets(cur):
    """g2 and g4 both count layanan_selesai of S1 in 2025-S2: one hint naming both, none for g1."""
    from dashboard.pegawai import hr

    record = hr.load_record(lambda name, **params: queries.run(cur, name, nip=NIP_A, **params), NIP_A)
    hints = [sentence for period, sentence in hr.consistency_hints(record, "id") if "lebih dari sekali" in sentence]
    assert hints == [
        "Semester II 2025: target 'Pengantar KTP selesai', 'Pengantar KTP selesai (lagi)' memakai metrik dan "
        "layanan yang sama, sehingga permohonan yang sama terhitung lebih dari sekali; gabungkan atau pilih "
        "layanan yang berbeda."
    ]


def test_a_miss_counts_in_the_semester_it_went_past_the_standard(misses):
    """persen_sesuai_standar, NIP_D. 2025-S1: r04 on, r08 (open) and r91 (completed in S2) past their standard
    in S1: 1 of 3 (was 1 of 1, the completed r04 alone). 2025-S2: r05 on, r09 and r92 over: 1 of 3 (was r05, r09,
    r91, r92: 1 of 4). The counts of completed requests stay by completion: S1 r04, S2 r05, r09, r91, r92."""
    done = run(misses, "skp_metric_realization", nip=NIP_D, period=None).set_index("target_id")
    assert done.loc["m1", ["requests", "computed_value"]].tolist() == [3, pytest.approx(100 / 3)]
    assert done.loc["m2", ["requests", "computed_value"]].tolist() == [3, pytest.approx(100 / 3)]
    assert done.loc["m3", ["requests", "computed_value"]].tolist() == [1, 1.0]
    assert done.loc["m4", ["requests", "computed_value"]].tolist() == [4, 4.0]
    s1 = run(misses, "hr_evidence_requests", nip=NIP_D, target_id="m1")
    assert s1["request_id"].tolist() == ["r08", "r04", "r91"]
    assert s1["on_standard"].tolist() == [False, True, False]
    assert s1["is_open"].tolist() == [True, False, False]
    assert s1["working_minutes"].iloc[2] == pytest.approx(960)
    s2 = run(misses, "hr_evidence_requests", nip=NIP_D, target_id="m2")
    assert s2["request_id"].tolist() == ["r92", "r09", "r05"]
    assert s2["working_minutes"].tolist() == pytest.approx([120, 120, 120])
    assert run(misses, "hr_evidence_requests", nip=NIP_D, target_id="m4")["request_id"].tolist() == [
        "r91", "r92", "r09", "r05"
    ]  # fmt: skip
