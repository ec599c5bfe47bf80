"""The camat's figures pinned on the hand-made store plus crafted rows: shares, funnel, service mix, kurva."""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd
import pytest

from dashboard.camat import logic as camat
from dashboard.core import periods, queries
from tests.fixture_store import NIP_A, NIP_B, NIP_C, NIP_D, fixture_cursor

# 2025-S2 additions (Wed 10 Sep 2025, a working day; 09:00 + minutes, all in office hours):
#   unit 1001, S1 (standard 60): 60 requests, 54 take 30 min (on), 6 take 90 min (over)
#   unit 1002, S1: 40 requests of 90 min (over); S2 (standard 480): 20 requests of 60 min (on)
# With the fixture's r05 (1002 S2 on), r09 (1002 S1 over), r10 (1001 S1 on):
#   1001: n 61, k 55        1002: n 62 (S1 41, S2 21), k 21        overall: 76 / 123
EXTRA_SQL = f"""
insert into service_logs
select 'a' || i, 'S1', '33.74.09.1001', null, 'loket', timestamp '2025-09-10 09:00',
       timestamp '2025-09-10 09:00' + (case when i <= 54 then 30 else 90 end) * interval 1 minute,
       null, 'selesai', case when i <= 3 then 1 else 0 end
from range(1, 61) t(i);
insert into service_logs
select 'b' || i, 'S1', '33.74.09.1002', null, 'loket', timestamp '2025-09-10 09:00',
       timestamp '2025-09-10 10:30', null, 'selesai', 0
from range(1, 41) t(i);
insert into service_logs
select 'c' || i, 'S2', '33.74.09.1002', null, 'loket', timestamp '2025-09-10 09:00',
       timestamp '2025-09-10 10:00', null, 'selesai', 0
from range(1, 21) t(i);
-- a crafted kurva: the kecamatan rated istimewa in 2025-S2 with 3 of 4 ASN Sangat Baik (75 % > 70 %)
insert into org_ratings values ('33.74.09', '2025-S2', 'istimewa');
insert into appraisals values
    ('{NIP_A}', '2025-S2', 'di_atas', 'di_atas', '{NIP_B}', null, null, '2026-01-10', null),
    ('{NIP_B}', '2025-S2', 'di_atas', 'di_atas', '{NIP_C}', null, null, '2026-01-10', null),
    ('{NIP_C}', '2025-S2', 'di_atas', 'di_atas', null, null, null, '2026-01-10', null),
    ('{NIP_D}', '2025-S2', 'sesuai', 'sesuai', '{NIP_B}', null, null, '2026-01-10', null);
"""


@pytest.fixture(scope="module")
def cursor(tmp_path_factory):
    with fixture_cursor(tmp_path_factory.mktemp("camat") / "camat.duckdb", EXTRA_SQL) as cur:
        yield cur


def run(cursor, name, **params) -> pd.DataFrame:
    return queries.run(cursor, name, **params)


def by_unit(frame: pd.DataFrame) -> dict:
    return {row["unit_id"]: row for _, row in frame.iterrows()}


def test_previous_period():
    assert periods.previous_semester("2025-S1") == "2024-S2"
    assert periods.previous_semester("2025-S2") == "2025-S1"


def test_headline_exact_figures_of_the_fixture(cursor):
    """2025-S1 on the fixture: 4 of 6 requests with a known outcome are on standard (r01, r02, r04, r06 of
    the 5 completed with a standard, and r08, open and past its standard, a miss)."""
    head = run(cursor, "camat_headline", period="2025-S1", unit_id=None)
    cur, prev = head.iloc[0], head.iloc[1]
    assert (cur["period"], prev["period"]) == ("2025-S1", "2024-S2")
    # was 5 and 80 % (4 of 5 completed): the open miss r08 now counts (docs/DESIGN.md, Waktu proses)
    assert cur["completed"] == 6 and cur["n_standard"] == 6
    assert cur["on_standard_pct"] == pytest.approx(400 / 6)
    assert cur["open_missed"] == 1
    assert cur["median_minutes"] == pytest.approx(52.5)  # 20, 30, 45, 60, 60, 120
    assert cur["p90_minutes"] == pytest.approx(90.0)
    assert (cur["backlog"], cur["backlog_past_standard"]) == (1, 1)  # r08, open since 3 Mar
    assert cur["mean_skp"] == pytest.approx((85.5 + 48.0) / 2)  # NIP_A 85.50; NIP_B (96 + 0) / 2
    assert cur["kategori"] == "Cukup"
    assert cur["sangat_baik_pct"] == pytest.approx(100 / 3)
    assert cur["ikm"] == pytest.approx(25 * (4 + 3 + (2 + 3 + 2 + 4 + 3 + 3 + 3 + 2 + 3) / 9) / 3)
    assert prev["completed"] == 0 and pd.isna(prev["on_standard_pct"])


def test_headline_for_one_unit(cursor):
    head = run(cursor, "camat_headline", period="2025-S1", unit_id="33.74.09.1001")
    assert head.iloc[0]["on_standard_pct"] == pytest.approx(75.0)  # r01, r02, r06 on; r03 over
    assert head.iloc[0]["backlog"] == 0


def test_headline_counts_the_open_miss_of_its_unit(cursor):
    """Kelurahan Dua 2025-S1: r04 (S2, 60 of 480 minutes) on; r08 (S1, open since Mon 3 Mar 10:00, its
    60 minutes long gone) a miss: 1 of 2 = 50 %, not 1 of 1 = 100 %."""
    cur = run(cursor, "camat_headline", period="2025-S1", unit_id="33.74.09.1002").iloc[0]
    assert cur["on_standard_pct"] == pytest.approx(50.0)
    assert (cur["completed"], cur["n_standard"], cur["open_missed"]) == (1, 2, 1)
    assert (cur["backlog"], cur["backlog_past_standard"]) == (1, 1)


def test_unit_skp_without_the_logs_equals_the_skp_columns_of_the_comparison(cursor):
    """camat_units_skp (the overview's SKP section for an earlier semester) gives camat_units' SKP figures."""
    skp = by_unit(run(cursor, "camat_units_skp", period="2025-S1"))
    assert skp["33.74.09.1001"]["mean_skp"] == pytest.approx((85.5 + 48.0) / 2)
    assert skp["33.74.09.1001"]["employees_scored"] == 2
    columns = ["unit_id", "name", "kind", "mean_skp", "kategori", "employees_scored"]
    for period in ("2024-S2", "2025-S1", "2025-S2", "2026-S1"):
        full = camat.unit_comparison(lambda name, **params: run(cursor, name, **params), period)[columns]
        pd.testing.assert_frame_equal(run(cursor, "camat_units_skp", period=period)[columns], full)


def test_headline_skp_without_the_logs_equals_the_skp_columns_of_the_headline(cursor):
    """camat_headline_skp (the first screen's look back for an evaluated semester) gives camat_headline's SKP
    figures, for the kecamatan and for each unit, in every semester of the store and the one before it."""
    skp = run(cursor, "camat_headline_skp", period="2025-S1", unit_id=None)
    assert skp["period"].tolist() == ["2025-S1", "2024-S2"]
    cur = skp.iloc[0]
    assert (cur["employees_scored"], cur["appraised"]) == (2, 3)  # NIP_A, NIP_B realised; three appraised
    assert cur["mean_skp"] == pytest.approx((85.5 + 48.0) / 2) and cur["sangat_baik_pct"] == pytest.approx(100 / 3)
    columns = list(skp.columns)
    for period in ("2024-S2", "2025-S1", "2025-S2", "2026-S1"):
        for unit in (None, "33.74.09.1001", "33.74.09.1002"):
            head = run(cursor, "camat_headline", period=period, unit_id=unit)[columns]
            pd.testing.assert_frame_equal(run(cursor, "camat_headline_skp", period=period, unit_id=unit), head)


def test_an_asn_without_a_realisation_counts_in_no_skp_figure(cursor):
    """SKP figures count only ASN with a realisation entered in the semester (skp_scores.evaluated, the rule's one
    definition): targets set but not yet realised change no headline, unit, trend or search figure."""
    asked = [
        ("camat_headline", {"period": "2025-S1", "unit_id": None}),
        ("camat_headline", {"period": "2025-S1", "unit_id": "33.74.09.1002"}),
        ("camat_units_skp", {"period": "2025-S1"}),
        ("camat_unit_skp", {"period": "2025-S1", "unit_id": "33.74.09.1002"}),
        ("camat_unit_trend", {"unit_id": "33.74.09.1002"}),
        ("hr_search", {"search": NIP_D, "unit_id": None, "position_kind": None, "grade": None}),
    ]
    before = [run(cursor, name, **params) for name, params in asked]
    assert before[0].iloc[0]["employees_scored"] == 2 and before[1].iloc[0]["employees_scored"] == 0
    cursor.execute("begin transaction")
    try:
        cursor.execute(
            "insert into skp_targets (target_id, nip, period, indicator, aspect, target_value, measure_unit) "
            "values ('belum', $nip, '2025-S1', 'Pelayanan surat', 'kuantitas', 10, 'surat')",
            {"nip": NIP_D},
        )
        assert run(cursor, "hr_skp_targets", nip=NIP_D)["target_id"].tolist() == ["belum"]
        for (name, params), frame in zip(asked, before, strict=True):
            pd.testing.assert_frame_equal(run(cursor, name, **params), frame, obj=name)
    finally:
        cursor.execute("rollback")


def test_on_standard_shares_per_unit(cursor):
    units = units_of(cursor, "2025-S2")
    assert (units["33.74.09.1001"]["n_standard"], units["33.74.09.1001"]["k_standard"]) == (61, 55)
    assert (units["33.74.09.1002"]["n_standard"], units["33.74.09.1002"]["k_standard"]) == (62, 21)
    assert units["33.74.09.1001"]["on_standard_pct"] == pytest.approx(55 / 61 * 100)
    assert units["33.74.09.1002"]["on_standard_pct"] == pytest.approx(21 / 62 * 100)
    assert units["33.74.09.1001"]["overall_pct"] == pytest.approx(76 / 123 * 100)
    assert units["33.74.09.1001"]["rework_pct"] == pytest.approx(3 / 61 * 100)


def units_of(cursor, period):
    return by_unit(camat.unit_comparison(lambda name, **p: run(cursor, name, **p), period))


def test_funnel_flags_on_the_mix_adjusted_share(cursor):
    """S2 is handled by Kelurahan Dua alone: only S1 is compared (1001: 55 of 61, 1002: 0 of 41), target 55/102."""
    units = units_of(cursor, "2025-S2")
    assert units["33.74.09.1001"]["target_pct"] == pytest.approx(55 / 102 * 100)
    assert (units["33.74.09.1002"]["n_compared"], units["33.74.09.1002"]["k_compared"]) == (41, 0)
    assert units["33.74.09.1001"]["funnel_flag"] == "above_998"
    assert units["33.74.09.1002"]["funnel_flag"] == "below_998"


def test_units_with_few_or_incomparable_requests_are_not_ranked(cursor):
    units = units_of(cursor, "2025-S1")
    # 2025-S1: S1 has two providers, 1001 (4 completed) and 1002 (r08, open past its standard, a miss);
    # both have fewer than 20 compared requests. Was 'not_comparable' for both, when the open r08 was left out.
    assert units["33.74.09.1001"]["funnel_flag"] == "too_few"
    assert units["33.74.09.1002"]["funnel_flag"] == "too_few"
    assert units["33.74.09.PEL"]["funnel_flag"] == "no_data"  # r07: service without a standard


def test_the_open_miss_counts_in_the_funnel_and_the_expected_share(cursor):
    """2025-S1 by hand. S1: 1001 r01, r02, r06 on, r03 over (3 of 4); 1002 r08 open past its standard (0 of 1):
    kecamatan share of S1 3 of 5 = 60 %. S2: r04 of 1002 alone (1 of 1), not compared.
    1001: observed 3 of 4 = 75 %, expected 4 x 0,6 / 4 = 60 %; 1002: all requests 1 of 2 = 50 %, compared
    0 of 1 against 60 %. Target 3 of 5 = 60 %; overall (every unit's known outcomes) 4 of 6."""
    units = units_of(cursor, "2025-S1")
    one, two = units["33.74.09.1001"], units["33.74.09.1002"]
    assert (one["n_standard"], one["k_standard"], one["n_compared"], one["k_compared"]) == (4, 3, 4, 3)
    assert (two["n_standard"], two["k_standard"], two["n_compared"], two["k_compared"]) == (2, 1, 1, 0)
    assert one["on_standard_pct"] == pytest.approx(75.0) and two["on_standard_pct"] == pytest.approx(50.0)
    assert one["expected_pct"] == pytest.approx(60.0) and two["expected_pct"] == pytest.approx(60.0)
    assert one["adjusted_diff_pct"] == pytest.approx(15.0) and two["adjusted_diff_pct"] == pytest.approx(-60.0)
    assert one["target_pct"] == pytest.approx(60.0)
    assert one["overall_pct"] == pytest.approx(400 / 6)


def test_mix_adjusted_expected_share_by_hand(cursor):
    units = units_of(cursor, "2025-S2")
    p_s1 = 55 / 102  # S1: 1001 55 of 61, 1002 0 of 41; S2 (1002 alone) cannot be compared
    assert units["33.74.09.1001"]["expected_pct"] == pytest.approx(p_s1 * 100)
    assert units["33.74.09.1002"]["expected_pct"] == pytest.approx(p_s1 * 100)
    assert units["33.74.09.1002"]["adjusted_diff_pct"] == pytest.approx(0 - p_s1 * 100)


def test_kurva_broken_for_a_crafted_distribution(cursor):
    """2025-S2, organisation istimewa: Sangat Baik 3 of 4 breaks "at most 70 %" but is the majority."""
    kurva = run(cursor, "camat_kurva", period="2025-S2")
    broken = kurva[kurva["broken"]]
    assert set(kurva["unit_id"]) == {"33.74.09"}  # no whole-kecamatan row
    assert broken["kind"].tolist() == ["bound"]
    row = broken.iloc[0]
    assert row["share_pct"] == pytest.approx(75.0) and row["max_share"] == pytest.approx(0.70)
    sentence = camat.kurva_sentence(row, lang="id")
    assert sentence == "Sangat Baik 75,0 % melebihi batas 70 % untuk organisasi berpredikat Istimewa"
    assert camat.kurva_sentence(row, lang="en").startswith("Sangat Baik 75.0 % exceeds the limit of 70 %")


def test_kurva_bounds_met_but_majority_missing(cursor):
    """2025-S1, organisation baik: Baik 1 of 3 (at most 70 %) and one Butuh Perbaikan (some needed) meet
    the bounds, but Baik is not "sebagian besar" (1 of 3 is not more than half): a warning."""
    kurva = run(cursor, "camat_kurva", period="2025-S1")
    assert set(kurva["unit_id"]) == {"33.74.09"}
    assert not kurva.loc[kurva["kind"] == "bound", "broken"].any()
    majority = kurva[kurva["kind"] == "majority"].iloc[0]
    assert bool(majority["broken"]) and (majority["n_in_set"], majority["appraised"]) == (1, 3)
    assert camat.kurva_sentence(majority, lang="id").startswith("Baik hanya 33,3 %, bukan sebagian besar")
    distribution = by_unit(run(cursor, "camat_predikat_distribution", period="2025-S1"))
    assert distribution["33.74.09"]["appraised"] == 3
    assert (
        distribution["ALL"]["sangat_baik"],
        distribution["ALL"]["baik"],
        distribution["ALL"]["butuh_perbaikan"],
    ) == (1, 1, 1)


def test_kurva_need_some_is_named():
    row = pd.Series(
        {
            "unit_id": "X",
            "org_predikat": "baik",
            "predikat_set": ["Butuh Perbaikan", "Kurang/Misconduct"],
            "min_share": float("nan"),
            "max_share": float("nan"),
            "need_some": True,
            "n_in_set": 0,
            "appraised": 5,
            "share_pct": 0.0,
            "broken": True,
        }
    )
    assert camat.kurva_sentence(pd.DataFrame([row]).iloc[0], lang="id") == (
        "tidak ada ASN berpredikat Butuh Perbaikan dan/atau Kurang/Misconduct, padahal organisasi berpredikat Baik "
        "harus memilikinya"
    )


def test_follow_ups_write_list_overdue_and_status(cursor):
    new = run(
        cursor,
        "follow_up_insert",
        unit_id="33.74.09.1002",
        meeting_date=dt.date(2025, 9, 1),
        issue="Tunggakan SKTM",
        action="Tambah petugas verifikasi",
        person_in_charge="Lurah Dua",
        due_date=dt.date(2025, 10, 1),
        created_by="camat",
    )
    fid = int(new["id"].iloc[0])
    listed = run(cursor, "follow_up_list", unit_id="33.74.09.1002", today=dt.date(2025, 10, 2))
    row = listed[listed["id"] == fid].iloc[0]
    assert row["status"] == "terbuka" and bool(row["overdue"]) and row["unit_name"] == "Kelurahan Dua"
    assert not run(cursor, "follow_up_list", unit_id="33.74.09.1001", today=dt.date(2025, 10, 2))["id"].eq(fid).any()
    assert run(cursor, "follow_up_set_status", id=fid, status="selesai")["id"].tolist() == [fid]
    listed = run(cursor, "follow_up_list", unit_id=None, today=dt.date(2025, 10, 2))
    assert not bool(listed.loc[listed["id"] == fid, "overdue"].iloc[0])
    with pytest.raises(duckdb.ConstraintException):
        run(cursor, "follow_up_set_status", id=fid, status="hilang")


def test_attention_list_names_what_the_data_shows(cursor):
    units = camat.unit_comparison(lambda name, **p: run(cursor, name, **p), "2025-S2")
    kurva = run(cursor, "camat_kurva", period="2025-S2")
    names = camat.unit_names(run(cursor, "units"), lang="id")
    follow_ups = pd.DataFrame(
        [
            {
                "unit_id": "33.74.09.1001",
                "action": "Rapikan arsip",
                "due_date": dt.date(2025, 8, 1),
                "status": "proses",
                "overdue": True,
            }
        ]
    )
    items = camat.attention_items(units, kurva, follow_ups, names, lang="id")
    kinds = {(kind, unit) for kind, unit, _ in items}
    assert ("below", "33.74.09.1002") in kinds
    assert ("above", "33.74.09.1001") in kinds
    assert ("kurva", "33.74.09") in kinds
    assert ("overdue", "33.74.09.1001") in kinds
    text = " ".join(sentence for _, _, sentence in items)
    assert (
        "**Kelurahan Dua**: sesuai standar 0,0 % dari 41 permohonan yang dapat dibandingkan, padahal menurut "
        "campuran layanannya diharapkan 53,9 %; di bawah batas 99,8 % corong." in text
    )
    assert "Rapikan arsip" in text and "1 Agu 2025" in text


def test_signatory_from_settings_else_the_camat(cursor):
    assert run(cursor, "camat_signatory").iloc[0].tolist() == ["Camat Uji, S.Sos.", NIP_C]
    cursor.execute(
        "insert or replace into settings values ('camat_name', 'Drs. Pejabat Baru'), "
        "('camat_nip', '197001012000031001')"
    )
    try:
        assert run(cursor, "camat_signatory").iloc[0].tolist() == ["Drs. Pejabat Baru", "197001012000031001"]
    finally:
        cursor.execute("delete from settings where key in ('camat_name', 'camat_nip')")


def test_unit_detail_queries(cursor):
    services = run(cursor, "camat_unit_services", period="2025-S2", unit_id="33.74.09.1002")
    s1 = services.set_index("service_id").loc["S1"]
    assert s1["on_standard_pct"] == pytest.approx(0.0) and s1["kec_on_standard_pct"] == pytest.approx(55 / 102 * 100)
    backlog = run(cursor, "camat_unit_backlog", period="2025-S1", unit_id="33.74.09.1002")
    assert backlog["request_id"].tolist() == ["r08"] and bool(backlog["past_standard"].iloc[0])
    skp = run(cursor, "camat_unit_skp", period="2025-S1", unit_id="33.74.09.1001")
    assert dict(zip(skp["label"], skp["employees"], strict=True)) == {"Baik": 1, "Buruk": 1, "Sangat Baik": 1}
    trend = run(cursor, "camat_unit_trend", unit_id="33.74.09.1001")
    assert trend["period"].tolist() == ["2025-S1", "2025-S2"]


def test_unit_detail_counts_the_open_miss(cursor):
    """Kelurahan Dua 2025-S1: S1 is r08 alone, open past its standard: 0 of 1 (was no share, nothing completed);
    the kecamatan's S1: r01, r02, r06 on, r03 over, r08 a miss: 3 of 5 = 60 % (was 3 of 4 = 75 %)."""
    services = run(cursor, "camat_unit_services", period="2025-S1", unit_id="33.74.09.1002").set_index("service_id")
    s1, s2 = services.loc["S1"], services.loc["S2"]
    assert s1["on_standard_pct"] == pytest.approx(0.0)
    assert s1["kec_on_standard_pct"] == pytest.approx(60.0)
    assert (s1["requests"], s1["completed"], s1["n_standard"], s1["open_missed"]) == (1, 0, 1, 1)
    assert s1["kec_n_standard"] == 5
    assert s1["diff_pct"] == pytest.approx(-60.0)
    assert (s2["n_standard"], s2["on_standard_pct"]) == (1, pytest.approx(100.0))  # r04
    trend = run(cursor, "camat_unit_trend", unit_id="33.74.09.1002").set_index("period")
    # 2025-S1: r04 on, r08 a miss (was 100 %, r04 alone); 2025-S2: r05 on, r09 over, 40 b-rows over, 20 c-rows on
    assert trend.loc["2025-S1", "on_standard_pct"] == pytest.approx(50.0)
    assert (trend.loc["2025-S1", "completed"], trend.loc["2025-S1", "n_standard"]) == (1, 2)
    assert trend.loc["2025-S2", "on_standard_pct"] == pytest.approx(21 / 62 * 100)


def test_monthly_share_counts_the_open_miss(cursor):
    """March 2025: Kelurahan Dua has only r08, open past its standard: 0 of 1 (was no cell); Kelurahan Satu
    r01, r02, r06 on, r03 over: 3 of 4. May: r04 on."""
    monthly = run(cursor, "camat_monthly_unit", period="2025-S1", unit_id=None)
    assert {(r.unit_id, r.month.isoformat()): (r.n, r.on_standard_pct) for r in monthly.itertuples()} == {
        ("33.74.09.1001", "2025-03-01"): (4, pytest.approx(75.0)),
        ("33.74.09.1002", "2025-03-01"): (1, pytest.approx(0.0)),
        ("33.74.09.1002", "2025-05-01"): (1, pytest.approx(100.0)),
    }
    cells = {(r.unit_id, r.month.isoformat()): (r.n, r.open_missed, r.on_standard_pct) for r in monthly.itertuples()}
    assert cells == {
        ("33.74.09.1001", "2025-03-01"): (4, 0, pytest.approx(75.0)),
        ("33.74.09.1002", "2025-03-01"): (1, 1, pytest.approx(0.0)),
        ("33.74.09.1002", "2025-05-01"): (1, 0, pytest.approx(100.0)),
    }
    only = run(cursor, "camat_monthly_unit", period="2025-S1", unit_id="33.74.09.1002")
    assert only["month"].astype(str).tolist() == ["2025-03-01", "2025-05-01"]


def test_delta_text_and_scope():
    assert camat.delta_text(80.0, 75.0, "pct", lang="id") == "+5,0 poin %"
    assert camat.delta_text(30.0, 90.0, "minutes", lang="id") == "-1 jam"
    assert camat.delta_text(30.2, 30.0, "minutes", lang="id") is None
    # a change that rounds to nothing at the figure's precision is no change, not a red "-0,0"
    assert camat.delta_text(79.48, 79.52, "pct", lang="id") is None
    assert camat.delta_text(79.5, 79.4, "pct", lang="id") == "+0,1 poin %"
    assert camat.delta_text(89.012, 89.014, "points", lang="id") is None
    assert camat.delta_text(89.01, 89.86, "points", lang="id") == "-0,85"
    assert camat.delta_text(None, 1.0, "count") is None
    frame = pd.DataFrame({"unit_id": ["a", "b"], "name": ["A", "B"]})
    assert camat.in_scope(frame, "a")["unit_id"].tolist() == ["a"]
    assert camat.anonymise(frame, "a", lang="id")["name"].tolist() == ["A", "Unit lain"]
