"""Issue 10 below the pages: the lock rule, responses and self-assessments stored and audited, the
per-unit comparison, the guide's queries against the rule macros, progress sentences, bulk accounts
(function and CLI). On the hand-made fixture store (tests/fixture_store.py)."""

from __future__ import annotations

import csv
import datetime as dt
import stat

import duckdb
import pandas as pd
import pytest

from dashboard import cli
from dashboard.access import auth
from dashboard.core import queries
from dashboard.core.store import open_reader, reader_cursor
from dashboard.pegawai import selfservice
from tests.fixture_store import NIP_A, NIP_B, NIP_D, build_fixture_store

ME = auth.User(NIP_A, "pegawai", nip=NIP_A)
RATINGS = {
    "rating_results": "di_atas",
    "rating_behaviour": "sesuai",
    **dict.fromkeys(selfservice.BERAKHLAK, "sesuai"),
    "kolaboratif": "di_atas",
}


@pytest.fixture
def store(tmp_path):
    return build_fixture_store(tmp_path / "fixture.duckdb")


@pytest.fixture
def cursor(store):
    con = open_reader(store, read_only=False)
    cur = reader_cursor(con)
    yield cur
    cur.close()
    con.close()


def run(cursor, name, **params):
    return queries.run(cursor, name, **params)


def audit_rows(cursor, action):
    return cursor.execute(
        "select username, role, target, detail from audit_log where action = $a order by audit_id", {"a": action}
    ).fetchall()


# ---------------------------------------------------------------- the lock rule


def test_lock_dates_follow_the_documented_rule():
    # a self-assessment belongs to its own semester, a response to the semester after the appraised one
    assert selfservice.lock_date("self", "2026-S2", 30) == dt.date(2027, 1, 31)
    assert selfservice.lock_date("response", "2026-S1", 30) == dt.date(2027, 1, 31)
    assert selfservice.lock_date("response", "2025-S2", 30) == dt.date(2026, 7, 31)
    assert selfservice.lock_date("self", "2026-S1", 0) == dt.date(2026, 7, 1)
    assert selfservice.editable_until("self", "2026-S2", 30) == dt.date(2027, 1, 30)
    demo_today = dt.date(2026, 11, 28)
    assert not selfservice.is_locked("self", "2026-S2", demo_today)
    assert not selfservice.is_locked("response", "2026-S1", demo_today)
    assert selfservice.is_locked("response", "2025-S2", demo_today)
    assert selfservice.is_locked("self", "2026-S1", demo_today)
    assert selfservice.is_locked("self", "2026-S2", dt.date(2027, 1, 31))
    assert not selfservice.is_locked("self", "2026-S2", dt.date(2027, 1, 30))


def test_lock_days_setting():
    assert selfservice.lock_days({}) == 30
    assert selfservice.lock_days({"response_lock_days": "45"}) == 45
    assert selfservice.lock_days({"response_lock_days": "nonsense"}) == 30
    assert selfservice.lock_days({"response_lock_days": "-3"}) == 0


def test_the_store_carries_the_setting(cursor):
    assert dict(run(cursor, "store_settings").values.tolist())["response_lock_days"] == "30"


# ---------------------------------------------------------------- responses


def test_response_is_stored_shown_and_audited(cursor):
    open_day = dt.date(2025, 10, 1)  # the response to 2025-S1 is open until 30 Jan 2026
    selfservice.save_response(
        cursor, ME, NIP_A, "2025-S1", "keberatan", "  Bukti dukung belum dilihat  ", "Ikut bimtek", open_day
    )
    rows = run(cursor, "self_responses", nip=NIP_A)
    assert rows[["period", "response", "reasons", "plan"]].values.tolist() == [
        ["2025-S1", "keberatan", "Bukti dukung belum dilihat", "Ikut bimtek"]
    ]
    assert audit_rows(cursor, "response_save") == [(NIP_A, "pegawai", f"nip:{NIP_A}", "2025-S1 keberatan")]
    # changed later: one row, the new answer, created_at kept
    first = rows["created_at"].iloc[0]
    selfservice.save_response(
        cursor, ME, NIP_A, "2025-S1", "setuju", "", "Ikut bimtek", open_day, now=dt.datetime(2025, 10, 2, 8)
    )
    rows = run(cursor, "self_responses", nip=NIP_A)
    assert len(rows) == 1 and rows["response"].iloc[0] == "setuju" and pd.isna(rows["reasons"].iloc[0])
    assert rows["created_at"].iloc[0] == first and rows["updated_at"].iloc[0] == pd.Timestamp(2025, 10, 2, 8)
    assert len(audit_rows(cursor, "response_save")) == 2


def test_an_objection_needs_reasons(cursor):
    with pytest.raises(ValueError):
        selfservice.save_response(cursor, ME, NIP_A, "2025-S1", "keberatan", "  ", None, dt.date(2025, 10, 1))
    with pytest.raises(duckdb.ConstraintException):  # the store refuses it too
        run(
            cursor,
            "self_response_upsert",
            nip=NIP_A,
            period="2025-S1",
            response="keberatan",
            reasons=None,
            plan=None,
            changed_at=dt.datetime(2025, 10, 1),
        )


def test_response_locked_after_the_semester_closes(cursor):
    with pytest.raises(selfservice.Locked):
        selfservice.save_response(cursor, ME, NIP_A, "2025-S1", "setuju", None, None, dt.date(2026, 1, 31))
    # a longer window, configured, opens it again
    selfservice.save_response(cursor, ME, NIP_A, "2025-S1", "setuju", None, None, dt.date(2026, 1, 31), days=60)
    assert run(cursor, "self_responses", nip=NIP_A)["response"].tolist() == ["setuju"]


def test_only_the_employee_writes_their_response(cursor):
    for user in (auth.User("hr", "hr"), auth.User(NIP_B, "pegawai", nip=NIP_B)):
        with pytest.raises(selfservice.NotYours):
            selfservice.save_response(cursor, user, NIP_A, "2025-S1", "setuju", None, None, dt.date(2025, 10, 1))
    assert run(cursor, "self_responses", nip=NIP_A).empty
    assert [r[0] for r in audit_rows(cursor, "access_denied")] == ["hr", NIP_B]


# ---------------------------------------------------------------- self-assessments


def test_self_assessment_is_stored_beside_the_supervisor_and_audited(cursor):
    selfservice.save_self_assessment(cursor, ME, NIP_A, "2025-S1", RATINGS, "Target terlampaui", dt.date(2025, 6, 20))
    row = run(cursor, "self_assessments", nip=NIP_A).iloc[0]
    assert (row["rating_results"], row["rating_behaviour"], row["kolaboratif"], row["akuntabel"]) == (
        "di_atas",
        "sesuai",
        "di_atas",
        "sesuai",
    )
    # the supervisor rated sesuai/sesuai (fixture): Baik both ways, but the ratings differ
    assert (row["self_predikat"], row["supervisor_results"], row["supervisor_predikat"]) == ("Baik", "sesuai", "Baik")
    assert bool(row["differs"]) and row["note"] == "Target terlampaui"
    assert audit_rows(cursor, "self_assessment_save") == [(NIP_A, "pegawai", f"nip:{NIP_A}", "2025-S1 di_atas/sesuai")]


def test_self_assessment_locked_and_validated(cursor):
    with pytest.raises(selfservice.Locked):  # 2025-S1 closes on 31 Jul 2025 (30 days after 30 Jun)
        selfservice.save_self_assessment(cursor, ME, NIP_A, "2025-S1", RATINGS, None, dt.date(2025, 7, 31))
    with pytest.raises(ValueError, match="loyal"):
        selfservice.save_self_assessment(
            cursor, ME, NIP_A, "2025-S2", {**RATINGS, "loyal": "luar_biasa"}, None, dt.date(2025, 8, 1)
        )
    assert run(cursor, "self_assessments", nip=NIP_A).empty


def test_rating_gaps_per_unit(cursor):
    day = dt.date(2025, 6, 1)
    # NIP_A (Kelurahan Satu): differs (di_atas vs sesuai), self higher; NIP_D (Kelurahan Dua): same as supervisor
    selfservice.save_self_assessment(cursor, ME, NIP_A, "2025-S1", RATINGS, None, day)
    dewi = auth.User(NIP_D, "pegawai", nip=NIP_D)
    same = {**RATINGS, "rating_results": "di_bawah", "rating_behaviour": "sesuai"}
    selfservice.save_self_assessment(cursor, dewi, NIP_D, "2025-S1", same, None, day)
    selfservice.save_self_assessment(cursor, dewi, NIP_D, "2025-S2", same, None, dt.date(2025, 12, 1))  # no appraisal
    selfservice.save_response(
        cursor, dewi, NIP_D, "2025-S1", "keberatan", "Tidak sesuai bukti", None, dt.date(2025, 9, 1)
    )
    gaps = run(cursor, "self_rating_gaps_by_unit", unit_id=None)
    assert gaps[
        ["unit_id", "pairs", "differ_results", "differ_behaviour", "differ_any", "self_higher", "objections"]
    ].values.tolist() == [
        ["33.74.09.1001", 1, 1, 0, 1, 1, 0],
        ["33.74.09.1002", 1, 0, 0, 0, 0, 1],
    ]
    assert gaps["differ_pct"].tolist() == [100.0, 0.0]
    assert run(cursor, "self_rating_gaps_by_unit", unit_id="33.74.09.1002")["unit_id"].tolist() == ["33.74.09.1002"]


# ---------------------------------------------------------------- the guide's queries equal the macros


def macro(cursor, sql, params=None):
    return cursor.execute(sql, params or {}).fetchall()[0][0]


def test_capaian_worked_examples(cursor):
    example = run(
        cursor,
        "guide_capaian",
        aspects=["kuantitas", "kualitas", "waktu", "biaya"],
        targets=[1.0, 100.0, 12.0, 170_395_000.0],
        realizations=[1.0, 90.0, 12.0, 170_395_000.0],
    )
    assert example["capaian"].round(2).tolist() == [100.0, 90.0, 76.0, 76.0]
    assert round(example["indicator_capaian"].iloc[0], 2) == 85.50
    assert example["kategori"].iloc[0] == "Baik"
    waktu = run(cursor, "guide_capaian", aspects=["waktu"], targets=[5.0], realizations=[4.0]).iloc[0]
    assert (round(waktu["capaian"], 2), round(waktu["efisiensi"], 2), waktu["branch"]) == (96.0, 20.0, "le24")
    assert waktu["capaian"] == macro(cursor, "select capaian_aspek('waktu', 5::double, 4::double)")
    assert waktu["capaian"] == pytest.approx(macro(cursor, "select capaian_aspek('waktu', 5, 4)"))
    loose = run(cursor, "guide_capaian", aspects=["biaya"], targets=[5.0], realizations=[2.0]).iloc[0]
    assert (round(loose["capaian"], 2), loose["branch"]) == (40.0, "gt24")
    assert loose["capaian"] == macro(cursor, "select capaian_aspek('biaya', 5::double, 2::double)")
    zero = run(cursor, "guide_capaian", aspects=["kuantitas"], targets=[5.0], realizations=[0.0]).iloc[0]
    assert zero["capaian"] == 0


def test_capaian_calculator_equals_the_macro_on_a_grid(cursor):
    cases = [
        (a, tgt, real) for a in ("kuantitas", "kualitas", "waktu", "biaya") for tgt in (5, 12) for real in (0, 3, 9)
    ]
    got = run(
        cursor,
        "guide_capaian",
        aspects=[c[0] for c in cases],
        targets=[float(c[1]) for c in cases],
        realizations=[float(c[2]) for c in cases],
    )["capaian"].tolist()
    want = [
        macro(cursor, "select capaian_aspek($a, $t::double, $r::double)", {"a": a, "t": tg, "r": r})
        for a, tg, r in cases
    ]
    assert got == pytest.approx(want)


def test_predikat_matrix_from_the_macro(cursor):
    matrix = run(cursor, "guide_predikat_matrix")
    assert len(matrix) == 9
    grid = matrix.pivot(index="row_no", columns="column_no", values="predikat").values.tolist()
    assert (
        grid
        == [  # predikat kinerja (PermenPANRB 6/2022): rows di atas, sesuai, di bawah; columns perilaku di bawah, sesuai, di atas
            ["Kurang/Misconduct", "Baik", "Sangat Baik"],
            ["Kurang/Misconduct", "Baik", "Baik"],
            ["Sangat Kurang", "Butuh Perbaikan", "Butuh Perbaikan"],
        ]
    )
    for row in matrix.itertuples():
        assert (
            row.predikat
            == run(cursor, "guide_predikat", rating_results=row.rating_results, rating_behaviour=row.rating_behaviour)[
                "predikat"
            ].iloc[0]
        )


def test_ikm_worked_example_exact_weight(cursor):
    all_four = run(cursor, "guide_ikm", nrr=[4.0] * 9).iloc[0]
    assert round(all_four["ikm"], 2) == 100.00 and all_four["mutu"] == "A"
    assert round(all_four["ikm_rounded_weight"], 2) == 99.90
    mixed = [3.2, 3.1, 2.9, 3.6, 3.3, 3.2, 3.4, 3.0, 2.8]
    got = run(cursor, "guide_ikm", nrr=mixed).iloc[0]
    assert got["ikm"] == pytest.approx(macro(cursor, "select nilai_ikm(" + ", ".join(map(str, mixed)) + ")"))
    assert got["mutu"] == macro(cursor, "select mutu_ikm($x)", {"x": got["ikm"]})


def test_kurva_calculator(cursor):
    ok = run(cursor, "guide_kurva_check", org_predikat="baik", predikat_counts=[2, 6, 1, 1, 0])
    # rows: the majority (Baik more than half), then bounds 1 and 2
    assert ok["holds"].tolist() == [True, True, True] and ok["share_pct"].tolist() == [60.0, 60.0, 20.0]
    broken = run(cursor, "guide_kurva_check", org_predikat="baik", predikat_counts=[1, 8, 0, 0, 0])
    assert broken["holds"].tolist() == [True, False, False]  # 88,9 % Baik > 70 %; no Butuh Perbaikan / Kurang
    none = run(cursor, "guide_kurva_check", org_predikat="sangat_kurang", predikat_counts=[1, 0, 1, 1, 7])
    assert none["holds"].tolist() == [True, True, False]  # any Sangat Baik breaks "no Sangat Baik"


def test_working_time_calculator_equals_the_view(cursor):
    # every completed log of the fixture: the guide's query gives the view's working minutes
    logs = cursor.execute(
        "select received_at, completed_at, working_minutes, standard_minutes, on_standard from service_logs_timed "
        "where completed_at is not null and standard_minutes is not null order by request_id"
    ).fetchall()
    assert logs
    for received, completed, minutes, standard, on_standard in logs:
        got = run(
            cursor, "guide_working_time", received_at=received, completed_at=completed, standard_minutes=standard
        ).iloc[0]
        assert got["working_minutes"] == pytest.approx(minutes)
        assert bool(got["on_standard"]) == on_standard
    # r03 of the fixture: Friday 15:00 to Monday 09:00 = 60 + 60 working minutes, the weekend not counted
    r03 = run(
        cursor,
        "guide_working_time",
        received_at=dt.datetime(2025, 3, 7, 15),
        completed_at=dt.datetime(2025, 3, 10, 9),
        standard_minutes=60,
    ).iloc[0]
    assert (r03["working_minutes"], bool(r03["on_standard"]), r03["days_closed"]) == (120, False, 2)


# ---------------------------------------------------------------- progress in words


def test_progress_sentence():
    targets = pd.DataFrame(
        {
            "period": ["2026-S2"] * 3,
            "indicator": ["Layanan selesai", "Sesuai standar", "Kecepatan"],
            "source_metric": ["layanan_selesai", "persen_sesuai_standar", "median_jam_kerja"],
            "target_value": [200.0, 85.0, 2.0],
            "computed_value": [142.0, 90.0, float("nan")],
            "measure_unit": ["permohonan", "%", "jam"],
        }
    )
    lines = selfservice.progress_lines(targets, dt.date(2026, 10, 1), "id")
    assert lines[0] == (
        "Anda telah menyelesaikan **142** dari target **200** layanan (71,0 %) dengan 3 bulan tersisa.",
        0.71,
    )
    assert lines[1][0].startswith("Permohonan selesai sesuai standar pelayanan: sejauh ini **90,0 %**, sudah")
    assert lines[2] == ("Kecepatan: belum ada permohonan selesai yang dihitung.", None)
    on_standard = targets.iloc[[0]].assign(source_metric="layanan_sesuai_standar", computed_value=100.0)
    assert selfservice.progress_lines(on_standard, dt.date(2026, 10, 1), "id") == [
        (
            "Anda telah menyelesaikan **100** permohonan sesuai standar dari target **200** (50,0 %) dengan "
            "3 bulan tersisa.",
            0.5,
        )
    ]
    assert selfservice.time_left("2026-S2", dt.date(2026, 11, 28), "id") == "1 bulan tersisa"
    assert selfservice.time_left("2026-S2", dt.date(2026, 12, 20), "id") == "12 hari tersisa"
    assert selfservice.time_left("2026-S1", dt.date(2026, 11, 28), "id") == "semester sudah berakhir"


# ---------------------------------------------------------------- accounts in bulk


def test_bulk_accounts_once_per_active_employee(cursor):
    admin = auth.User("admin", "admin")
    created = selfservice.create_pegawai_accounts(cursor, admin, dt.date(2025, 6, 1), "33.74.09.1001")
    assert sorted(created["nip"]) == sorted([NIP_A, NIP_B]) and (created["username"] == created["nip"]).all()
    assert created["password"].str.len().eq(12).all() and created["password"].nunique() == 2
    user = auth.authenticate(cursor, NIP_A, created.set_index("nip").loc[NIP_A, "password"])
    assert (user.role, user.nip) == ("pegawai", NIP_A)
    again = selfservice.create_pegawai_accounts(cursor, admin, dt.date(2025, 6, 1), None)
    assert again["nip"].tolist() != [] and not set(again["nip"]) & {NIP_A, NIP_B}
    assert selfservice.create_pegawai_accounts(cursor, admin, dt.date(2025, 6, 1), None).empty
    assert [r[2:] for r in audit_rows(cursor, "user_bulk_pegawai")] == [
        ("33.74.09.1001", "2 akun"),
        ("semua", f"{len(again)} akun"),
        ("semua", "0 akun"),
    ]


def test_bulk_accounts_cli_writes_a_private_csv(store, tmp_path, capsys):
    out = tmp_path / "akun.csv"
    assert cli.main(["users", "bulk-pegawai", "--db", str(store), "--unit", "33.74.09.1001", "--out", str(out)]) == 0
    printed = capsys.readouterr()
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert sorted(r["NIP"] for r in rows) == sorted([NIP_A, NIP_B])
    for row in rows:  # the passwords are in the file only, never printed
        assert row["kata_sandi_sekali_pakai"] not in printed.out + printed.err
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert "2 akun pegawai dibuat" in printed.out
    con = duckdb.connect(str(store), read_only=True)
    try:
        assert con.execute("select count(*) from users where role = 'pegawai'").fetchall() == [(2,)]
    finally:
        con.close()
