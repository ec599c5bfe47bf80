"""HR: SKP rules on a hand-made employee, realisations computed from the logs, NIP decoding, search, hints.

Figures are computed by hand from tests/fixture_store.py (its docstring lists each log's working
minutes). The extra SKP targets linked to the logs live in this module's own copy of the fixture
(EXTRA_SQL), so the shared fixture keeps the figures other tests pin.
"""

import datetime as dt

import pandas as pd
import pytest

from dashboard.core import queries, rules
from dashboard.core.i18n import TEXT
from dashboard.core.store import open_reader, reader_cursor, refresh_facts
from dashboard.pegawai import hr, selfservice
from dashboard.pegawai.record import VALUE_KEYS
from tests.fixture_store import NIP_A, NIP_B, NIP_C, NIP_D, build_fixture_store

# Linked targets (target_id, nip, period, indicator, aspect, target, typed realisation, metric, service).
# NIP_A's 2025-S1 completed requests: r01 (45 min, on standard), r02 (60, on standard, equal),
# r03 (120, over); 2025-S2: r10 (30 min, no rework). NIP_D's 2025-S2: r05 (no rework), r09 (rework 1).
# NIP_D 2025-S1 gets a hand-made indicator with the waktu branch efisiensi > 24.
EXTRA_SQL = f"""
insert into skp_targets values
    ('h1', '{NIP_A}', '2025-S1', 'Permohonan selesai', 'kuantitas', 3, 'permohonan', 3, null, 'layanan_selesai', null),
    ('h2', '{NIP_A}', '2025-S1', 'Permohonan selesai', 'kualitas', 80, '%', 70, null, 'persen_sesuai_standar', null),
    ('h3', '{NIP_A}', '2025-S1', 'Ahli waris selesai', 'kuantitas', 5, 'permohonan', null, null, 'layanan_selesai', 'S2'),
    ('h4', '{NIP_A}', '2025-S2', 'Kecepatan', 'waktu', 1, 'jam', 0.5, null, 'median_jam_kerja', null),
    ('h5', '{NIP_A}', '2025-S2', 'Kecepatan', 'kualitas', 90, '%', 100, null, 'persen_tanpa_perbaikan', 'S1'),
    ('h6', '{NIP_D}', '2025-S2', 'Tanpa perbaikan', 'kualitas', 90, '%', 50, null, 'persen_tanpa_perbaikan', null),
    ('h7', '{NIP_D}', '2025-S1', 'Rekap data', 'waktu', 10, 'hari', 6, null, null, null),
    ('h8', '{NIP_D}', '2025-S1', 'Rekap data', 'kuantitas', 20, 'laporan', 15, null, null, null);
"""


# A second pelaksana of Kelurahan Dua beside NIP_D (Dewi), with two S1 requests in 2025-S1 (Tue 15 Apr 2025):
# e1 30 minutes (on), e2 90 minutes (over the 60-minute standard). Dewi's own 2025-S1: r04 (S2, on) and r08 (S1,
# open since 3 Mar, past its standard: a miss that counts for her, its handler).
NIP_E = "199508172020121005"
PEER_SQL = f"""
insert into employees values
    ('{NIP_E}', 'Eko Prasetyo', '33.74.09.1002', 'Pengadministrasi Umum', 'pelaksana', 'II/a', '2020-01-01', null);
insert into service_logs values
    ('e1', 'S1', '33.74.09.1002', '{NIP_E}', 'loket', '2025-04-15 09:00', '2025-04-15 09:30', null, 'selesai', 0),
    ('e2', 'S1', '33.74.09.1002', '{NIP_E}', 'loket', '2025-04-15 09:00', '2025-04-15 10:30', null, 'selesai', 0);
"""


def _cursor(path):
    con = open_reader(path, read_only=False)
    return con, reader_cursor(con)


@pytest.fixture(scope="module")
def plain(tmp_path_factory):
    """The shared fixture store as it is."""
    con, cur = _cursor(build_fixture_store(tmp_path_factory.mktemp("hr") / "plain.duckdb"))
    yield cur
    cur.close()
    con.close()


@pytest.fixture(scope="module")
def linked(tmp_path_factory):
    """The fixture store plus the linked targets of EXTRA_SQL."""
    con, cur = _cursor(build_fixture_store(tmp_path_factory.mktemp("hr") / "linked.duckdb"))
    cur.execute(EXTRA_SQL)
    yield cur
    cur.close()
    con.close()


@pytest.fixture(scope="module")
def with_peer(tmp_path_factory):
    """The fixture store plus a second pelaksana of Kelurahan Dua (PEER_SQL)."""
    con, cur = _cursor(build_fixture_store(tmp_path_factory.mktemp("hr") / "peer.duckdb"))
    cur.execute(PEER_SQL)
    refresh_facts(cur)
    yield cur
    cur.close()
    con.close()


def run(cursor, name, **params):
    return queries.run(cursor, name, **params)


def record_of(cursor, nip):
    return hr.load_record(lambda name, **params: queries.run(cursor, name, nip=nip, **params), nip)


# ---------------------------------------------------------------- SKP rules, by hand


def test_capaian_score_kategori_of_the_worked_example(plain):
    """NIP_A: kuantitas 1/1, kualitas 90/100, waktu 12/12, biaya equal: (100 + 90 + 76 + 76) / 4 = 85.50, Baik."""
    targets = run(plain, "hr_skp_targets", nip=NIP_A).set_index("target_id")
    assert targets.loc[["t1", "t2", "t3", "t4"], "capaian"].tolist() == pytest.approx([100, 90, 76, 76])
    assert targets["indicator_capaian"].tolist() == pytest.approx([85.5] * 4)
    scores = run(plain, "hr_skp_scores", nip=NIP_A)
    assert scores[["period", "indicators", "targets", "evaluated", "kategori"]].values.tolist() == [
        ["2025-S1", 1, 4, True, "Baik"]
    ]
    assert scores["skp_score"].iloc[0] == pytest.approx(85.5)


def test_waktu_efficiency_and_missing_realisation(plain):
    """NIP_B: waktu 5 days, realised 4 (efisiensi 20 <= 24): (1.76 x 5 - 4) / 5 x 100 = 96; a missing
    realisation scores 0; SKP = (96 + 0) / 2 = 48.00, Buruk."""
    targets = run(plain, "hr_skp_targets", nip=NIP_B).set_index("target_id")
    assert targets.loc["t5", "capaian"] == pytest.approx(96.0)
    assert targets.loc["t6", "capaian"] == 0
    assert pd.isna(targets.loc["t6", "realization_value"])
    score = run(plain, "hr_skp_scores", nip=NIP_B).iloc[0]
    assert score["skp_score"] == pytest.approx(48.0)
    assert score["kategori"] == "Buruk"


def test_waktu_efficiency_above_24(linked):
    """NIP_D: waktu 10, realised 6 (efisiensi 40 > 24): 76 - ((1.76 x 10 - 6) / 10 x 100 - 100) = 60;
    kuantitas 15/20 = 75; indicator and SKP (75 + 60) / 2 = 67.50, Cukup."""
    targets = run(linked, "hr_skp_targets", nip=NIP_D).set_index("target_id")
    assert targets.loc["h7", "capaian"] == pytest.approx(60.0)
    assert targets.loc["h8", "capaian"] == pytest.approx(75.0)
    score = run(linked, "hr_skp_scores", nip=NIP_D).set_index("period").loc["2025-S1"]
    assert score["skp_score"] == pytest.approx(67.5)
    assert score["kategori"] == "Cukup"


def test_predikat_from_the_matrix_and_disagreement(plain):
    """sesuai/sesuai -> Baik (recorded Baik); di_atas/di_atas -> Sangat Baik (recorded Baik: disagrees);
    di_bawah/sesuai -> Butuh Perbaikan (nothing recorded)."""
    rows = {nip: run(plain, "hr_appraisals", nip=nip).iloc[0] for nip in (NIP_A, NIP_B, NIP_D)}
    assert (rows[NIP_A]["predikat"], bool(rows[NIP_A]["predikat_disagrees"])) == ("Baik", False)
    assert (rows[NIP_B]["predikat"], bool(rows[NIP_B]["predikat_disagrees"])) == ("Sangat Baik", True)
    assert (rows[NIP_D]["predikat"], bool(rows[NIP_D]["predikat_disagrees"])) == ("Butuh Perbaikan", False)
    assert rows[NIP_A]["appraiser_name"] == "Siti Aminah, S.H."
    assert rows[NIP_B]["appraiser_name"] == "Camat Uji, S.Sos."


# ---------------------------------------------------------------- realisations computed from the logs


def test_computed_realisations_equal_a_hand_count(linked):
    """Each supported metric on the fixture logs, against a count made by hand from the docstring."""
    a = run(linked, "skp_metric_realization", nip=NIP_A, period=None).set_index("target_id")
    assert a.loc["h1", ["requests", "computed_value"]].tolist() == [3, 3.0]  # r01, r02, r03
    assert a.loc["h2", "computed_value"] == pytest.approx(200 / 3)  # r01, r02 of 3 within 60 minutes
    assert a.loc["h3", ["requests", "computed_value"]].tolist() == [0, 0.0]  # no S2 request handled
    assert a.loc["h4", "computed_value"] == pytest.approx(0.5)  # r10: 30 working minutes
    assert a.loc["h5", "computed_value"] == pytest.approx(100.0)  # r10 without rework
    d = run(linked, "skp_metric_realization", nip=NIP_D, period="2025-S2").set_index("target_id")
    assert d.index.tolist() == ["h6"]
    assert d.loc["h6", ["requests", "computed_value"]].tolist() == [2, pytest.approx(50.0)]  # r05 ok, r09 rework


def test_computed_count_equals_an_independent_count_on_the_raw_table(linked):
    """layanan_selesai equals a count over service_logs itself (not the view), and the evidence lists those rows."""
    independent = linked.execute(
        """select request_id from service_logs
           where handled_by = ? and status = 'selesai'
             and received_at >= '2025-01-01' and received_at < '2025-07-01'
           order by received_at""",
        [NIP_A],
    ).fetchall()
    computed = run(linked, "skp_metric_realization", nip=NIP_A, period="2025-S1").set_index("target_id")
    assert computed.loc["h1", "computed_value"] == len(independent) == 3
    evidence = run(linked, "hr_evidence_requests", nip=NIP_A, target_id="h1")
    assert evidence["request_id"].tolist() == [r[0] for r in independent] == ["r01", "r02", "r03"]
    assert evidence["on_standard"].tolist() == [True, True, False]
    assert evidence["working_minutes"].tolist() == pytest.approx([45, 60, 120])


def test_evidence_of_every_linked_target(linked):
    """The evidence list has exactly the requests counted; none for a service not handled; none for another NIP."""
    assert run(linked, "hr_evidence_requests", nip=NIP_A, target_id="h3").empty
    assert run(linked, "hr_evidence_requests", nip=NIP_A, target_id="h4")["request_id"].tolist() == ["r10"]
    assert run(linked, "hr_evidence_requests", nip=NIP_D, target_id="h6")["request_id"].tolist() == ["r09", "r05"]
    assert run(linked, "hr_evidence_requests", nip=NIP_D, target_id="h1").empty  # h1 is NIP_A's
    computed = run(linked, "skp_metric_realization", nip=NIP_A, period=None)
    for target in computed.itertuples():
        evidence = run(linked, "hr_evidence_requests", nip=NIP_A, target_id=target.target_id)
        assert len(evidence) == target.requests


def test_record_marks_a_typed_value_that_differs_from_the_logs(linked):
    """h2 typed 70 % against 66,7 % from the logs differs; h1 typed 3 equals the count."""
    record = record_of(linked, NIP_A)
    targets = record.targets.set_index("target_id")
    assert bool(targets.loc["h2", "differs"]) and not bool(targets.loc["h1", "differs"])
    assert pd.isna(targets.loc["t1", "computed_value"]) and not bool(targets.loc["t1", "differs"])
    hints = [sentence for _, sentence in hr.consistency_hints(record, "id")]
    assert any("diisi 70 %" in h and "66,67 %" in h for h in hints), hints


def test_services_vs_peers_on_the_fixture(plain):
    """NIP_A 2025-S1: 3 completed (45, 60, 120 min): median 60, p90 108, 66,7 % within, no rework, no peers."""
    rows = run(plain, "hr_services_vs_peers", nip=NIP_A, z95=1.96).set_index("period")
    s1 = rows.loc["2025-S1"]
    assert s1["volume"] == 3
    assert s1["median_minutes"] == pytest.approx(60)
    assert s1["p90_minutes"] == pytest.approx(108)
    assert s1["on_standard_pct"] == pytest.approx(200 / 3)
    assert s1["rework_pct"] == 0
    assert s1["peer_n"] == 0  # NIP_B in the same unit is struktural
    assert rows.loc["2025-S2", "volume"] == 1
    assert "Tidak dibandingkan" in hr.peer_note(s1, "id")
    assert [r[2] for r in hr.peer_rows(s1, "id")] == ["–"] * 6


def test_an_open_miss_counts_for_the_officer_who_has_it(plain):
    """NIP_D 2025-S1: r04 (S2, 60 of 480 minutes) on, r08 (S1, open since 3 Mar, past its 60 minutes) a miss:
    1 of 2 = 50 % (was 1 of 1 = 100 %, the completed r04 alone); volume and times stay the completed r04."""
    rows = run(plain, "hr_services_vs_peers", nip=NIP_D, z95=1.96).set_index("period")
    s1 = rows.loc["2025-S1"]
    assert s1["on_standard_pct"] == pytest.approx(50.0)
    assert (s1["volume"], s1["n_standard"]) == (1, 2)
    assert s1["median_minutes"] == pytest.approx(60)
    assert (rows.loc["2025-S2", "n_standard"], rows.loc["2025-S2", "on_standard_pct"]) == (2, pytest.approx(50.0))


def test_an_open_miss_counts_in_the_peers_shares_and_the_expected_share(with_peer):
    """2025-S1, pelaksana of Kelurahan Dua. Eko: e1 on, e2 over (S1): 1 of 2. His one peer Dewi: r04 on, r08 open
    past its standard: 1 of 2 = 50 % (was 100 %). The peers' S1 is r08 alone, 0 of 1, so Eko's expected share
    for his two S1 requests is 0 % (was no comparison: the peers had completed no S1). For Dewi, the S1 she
    shares with Eko is r08: 0 of 1 against Eko's S1 share 50 % (was nothing compared, r04's S2 is hers alone)."""
    eko = run(with_peer, "hr_services_vs_peers", nip=NIP_E, z95=1.96).set_index("period").loc["2025-S1"]
    assert (eko["peer_n"], eko["peer_volume"]) == (1, 1)
    assert eko["peer_on_standard_pct"] == pytest.approx(50.0)
    assert (eko["compared_n"], eko["compared_pct"], eko["peer_expected_pct"]) == (2, pytest.approx(50.0), 0.0)
    assert (eko["volume"], eko["n_standard"], eko["on_standard_pct"]) == (2, 2, pytest.approx(50.0))
    dewi = run(with_peer, "hr_services_vs_peers", nip=NIP_D, z95=1.96).set_index("period").loc["2025-S1"]
    assert (dewi["peer_n"], dewi["peer_on_standard_pct"]) == (1, pytest.approx(50.0))  # Eko
    assert (dewi["compared_n"], dewi["compared_pct"]) == (1, pytest.approx(0.0))
    assert dewi["peer_expected_pct"] == pytest.approx(50.0)


# ---------------------------------------------------------------- NIP


@pytest.mark.parametrize(
    ("nip", "birth", "tmt", "sex"),
    [
        (NIP_A, dt.date(1985, 3, 12), dt.date(2010, 1, 1), "1"),
        (NIP_B, dt.date(1990, 1, 5), dt.date(2015, 3, 1), "2"),
        (NIP_C, dt.date(1978, 11, 30), dt.date(2005, 1, 1), "1"),
        ("19920714 201902 2 004", dt.date(1992, 7, 14), dt.date(2019, 2, 1), "2"),  # printed with spaces
    ],
)
def test_decode_valid_nips(nip, birth, tmt, sex):
    info = hr.decode_nip(nip, "id")
    assert (info.valid, info.birth_date, info.tmt_cpns, info.sex) == (True, birth, tmt, sex)


def test_nip_summary_and_years_of_service():
    info = hr.decode_nip(NIP_A, "id")
    assert hr.nip_summary(info, "id") == "Lahir 12 Mar 1985 · TMT CPNS Jan 2010 · laki-laki"
    assert hr.nip_summary(hr.decode_nip(NIP_B, "en"), "en") == "Born 5 Jan 1990 · TMT CPNS Mar 2015 · female"
    assert hr.service_length(dt.date(2010, 1, 1), dt.date(2026, 11, 28)) == (16, 10)
    assert hr.service_length_text(dt.date(2015, 3, 1), dt.date(2026, 2, 28), "id") == "10 tahun 11 bulan"


@pytest.mark.parametrize(
    ("nip", "says"),
    [
        ("12345", "harus 18 angka"),
        (None, "harus 18 angka"),
        ("19850312201001100X", "harus 18 angka"),
        ("198513122010011001", "tanggal lahir"),  # month 13
        ("198502302010011001", "tanggal lahir"),  # 30 February
        ("198503122010131001", "TMT CPNS"),  # month 13
        ("198503122010013001", "angka ke-15"),  # sex 3
        ("198503121980011001", "sebelum tanggal lahir"),
    ],
)
def test_malformed_nip_is_reported_not_raised(nip, says):
    info = hr.decode_nip(nip, "id")
    assert not info.valid
    assert info.error.startswith("NIP tidak valid: ")
    assert says in info.error
    assert hr.nip_summary(info, "id") == info.error


def test_every_stored_value_has_its_written_out_text_key():
    """The label dicts (a screen label greps to its key) cover every value the store allows, no more."""
    assert tuple(hr.RATING_KEYS) == rules.RATINGS
    assert tuple(hr.ASPECT_KEYS) == rules.ASPECTS
    assert tuple(hr.KIND_KEYS) == ("struktural", "fungsional", "pelaksana")  # employees.position_kind
    assert tuple(hr.SEX_KEYS) == ("1", "2")  # digit 15 of a valid NIP
    assert tuple(VALUE_KEYS) == selfservice.BERAKHLAK
    for keys in (hr.RATING_KEYS, hr.ASPECT_KEYS, hr.KIND_KEYS, hr.SEX_KEYS, VALUE_KEYS):
        assert set(keys.values()) <= set(TEXT)
    assert hr.sex_label("2", "en") == "female" and hr.rating_label("di_atas", "id") == "di atas ekspektasi"


# ---------------------------------------------------------------- search


def search(cursor, text, unit_id=None, position_kind=None, grade=None):
    frame = run(cursor, "hr_search", search=text, unit_id=unit_id, position_kind=position_kind, grade=grade)
    return frame["nip"].tolist()


def test_search_by_partial_name_ignoring_case(plain):
    assert search(plain, "budi") == [NIP_A]
    assert search(plain, "BUDI") == [NIP_A]
    assert search(plain, "  sAnToS ") == [NIP_A]
    assert search(plain, "i") == [NIP_A, NIP_C, NIP_D, NIP_B]  # by name: Budi, Camat, Dewi, Siti


def test_search_by_partial_nip(plain):
    assert search(plain, "19900105") == [NIP_B]
    assert search(plain, "19900105 2015") == [NIP_B]  # as printed, with a space
    assert search(plain, "2004") == [NIP_D]


def test_search_no_match(plain):
    assert search(plain, "zzz") == []


def test_search_filters_and_latest_figures(plain):
    assert search(plain, "", unit_id="33.74.09.1001") == [NIP_A, NIP_B]
    assert search(plain, "", position_kind="struktural") == [NIP_C, NIP_B]
    assert search(plain, "", grade="II/b") == [NIP_D]
    rows = run(plain, "hr_search", search="", unit_id=None, position_kind=None, grade=None).set_index("nip")
    assert rows.loc[NIP_A, ["skp_period", "kategori", "predikat"]].tolist() == ["2025-S1", "Baik", "Baik"]
    assert rows.loc[NIP_A, "skp_score"] == pytest.approx(85.5)
    assert pd.isna(rows.loc[NIP_C, "skp_score"])  # no targets
    assert rows.loc[NIP_B, "predikat"] == "Sangat Baik"


# ---------------------------------------------------------------- consistency hints


def _record(rating: str, own: float, peer: float, peer_n: int, volume: int = 50, score: float = 80.0):
    return hr.Record(
        nip=NIP_A,
        identity=pd.DataFrame(),
        targets=pd.DataFrame({"period": [], "differs": []}),
        scores=pd.DataFrame(
            {"period": ["2025-S1"], "skp_score": [score], "kategori": [hr_kategori(score)], "evaluated": [True]}
        ),
        appraisals=pd.DataFrame(
            {
                "period": ["2025-S1"],
                "rating_results": [rating],
                "rating_behaviour": ["sesuai"],
                "predikat": ["Baik"],
                "predikat_recorded": ["Baik"],
                "predikat_disagrees": [False],
            }
        ),
        services=pd.DataFrame(
            {
                "period": ["2025-S1"],
                "volume": [volume],
                "n_standard": [volume],  # the share's n: the completed requests, no open miss here
                "on_standard_pct": [own],
                "peer_on_standard_pct": [peer],
                "peer_n": [peer_n],
                # the same services as the peers: the peers' share is the expected one
                "compared_n": [volume],
                "compared_pct": [own],
                "peer_expected_pct": [peer],
                "compared_diff_low_pct": [_wilson(own, volume, -1) - peer],
                "compared_diff_high_pct": [_wilson(own, volume, 1) - peer],
            }
        ),
    )


def _wilson(pct: float, n: int, sign: int, z: float = 1.96) -> float:
    y = pct / 100
    centre = (y + z * z / (2 * n)) / (1 + z * z / n)
    half = z / (1 + z * z / n) * (y * (1 - y) / n + z * z / (4 * n * n)) ** 0.5
    return (centre + sign * half) * 100


def hr_kategori(score: float) -> str:
    return (
        "Sangat Baik"
        if score >= 91
        else "Baik"
        if score >= 76
        else "Cukup"
        if score >= 61
        else "Kurang"
        if score >= 51
        else "Buruk"
    )


def test_hint_high_rating_with_low_share_against_peers():
    hints = hr.consistency_hints(_record("di_atas", 55.0, 72.0, 5), "id")
    assert hints == [
        (
            "2025-S1",
            "Semester I 2025: hasil kerja dinilai di atas ekspektasi, sedangkan 55,0 % dari 50 permohonan yang "
            "diselesaikan sesuai standar (untuk layanan yang juga ditangani sejawat: 55,0 % dari 50, sedangkan "
            "bagian 5 sejawat pada layanan yang sama 72,0 %). Mungkin perlu dibicarakan.",
        )
    ]


def test_hint_low_rating_with_high_share_and_the_quiet_cases():
    assert len(hr.consistency_hints(_record("di_bawah", 85.0, 70.0, 5), "id")) == 1
    assert hr.consistency_hints(_record("di_atas", 65.0, 72.0, 5), "id") == []  # within 10 points
    assert hr.consistency_hints(_record("di_atas", 40.0, 72.0, 5, volume=5), "id") == []  # too few requests
    # fewer than 5 peers: fixed levels (below 60 % low)
    assert "acuan 60 %" in hr.consistency_hints(_record("di_atas", 50.0, 90.0, 2), "id")[0][1]
    assert hr.consistency_hints(_record("sesuai", 20.0, 90.0, 5), "id") == []


def test_hint_rating_against_skp_score():
    hints = hr.consistency_hints(_record("di_atas", 70.0, 72.0, 5, score=48.0), "id")
    assert [h for _, h in hints] == [
        "Semester I 2025: hasil kerja dinilai di atas ekspektasi, sedangkan nilai SKP 48,00 (Buruk)."
    ]


def test_hint_recorded_predikat(plain):
    hints = hr.consistency_hints(record_of(plain, NIP_B), "id")
    assert ("2025-S1", "Semester I 2025: predikat tercatat “Baik”, menurut matriks “Sangat Baik”.") in hints
    assert hr.consistency_hints(record_of(plain, NIP_A), "id") == []


def test_peer_figures_need_five_peers():
    """A median over three or four colleagues comes close to one colleague's own figure: withheld."""
    row = pd.Series(
        {
            "volume": 50, "median_minutes": 60.0, "p90_minutes": 120.0, "n_standard": 50, "on_standard_pct": 70.0,
            "rework_pct": 2.0,
            "peer_volume": 40, "peer_median_minutes": 55.0, "peer_p90_minutes": 100.0, "peer_on_standard_pct": 72.0,
            "peer_rework_pct": 1.0, "peer_n": 4, "compared_n": 0, "compared_pct": None, "peer_expected_pct": None,
            "compared_diff_low_pct": None, "compared_diff_high_pct": None,
        }
    )  # fmt: skip
    assert [r[2] for r in hr.peer_rows(row, "id")] == ["–"] * 6  # five figures and the expected share
    assert "minimal 5" in hr.peer_note(row, "id")
    assert "acuan" in hr.consistency_hints(_record("di_atas", 50.0, 90.0, 4), "id")[0][1]  # fixed levels, no peers
    assert hr.peer_rows(pd.Series({**row, "peer_n": 5}), "id")[3][2] == "72,0 %"
