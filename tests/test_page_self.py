"""Kinerja Saya, Panduan Evaluasi and the bulk-account button in AppTest on one small demo store:
a pegawai sees only their own record (another NIP of every kind by URL refused and audited), their response and
self-assessment are stored and shown to HR beside the supervisor's ratings, forms lock once the
semester closes, and the guide's calculators give the macros' numbers."""

from __future__ import annotations

import gc

import duckdb
import pytest
import streamlit as st

from dashboard.access import auth
from dashboard.access.auth import User
from tests.pages import open_app as app

SELF = "pegawai/kinerja_saya.py"
RECORD = "pegawai/rekam_pegawai.py"
GUIDE = "pegawai/panduan_evaluasi.py"
USERS = "access/pengguna.py"
HR = User("hr", "hr")


@pytest.fixture(scope="module")
def demo_path(demo_store_copy):
    path = demo_store_copy  # the session's demo store (tests/conftest.py), copied for this module
    return path


def sql(path, statement: str, params: list | dict | None = None, write: bool = False) -> list[tuple]:
    """Rows from the store, after letting go of the app's cached connection (one process, one handle)."""
    st.cache_data.clear()
    st.cache_resource.clear()
    gc.collect()
    con = duckdb.connect(str(path), read_only=not write)
    try:
        return con.execute(statement, params or []).fetchall()
    finally:
        con.close()


# Every way another NIP can relate to the signed-in pegawai (one NIP each, the lowest): a colleague of the same
# unit, their appraiser, someone they appraised, in the same unit once, and for the rest of the store one of
# every kind of record (unit kind, position kind, left office, moved, appraised, handles services). The refusal
# must not depend on any of these.
OTHER_KINDS = """
    with me as (select nip, unit_id from employees where nip = $nip),
    kinds as (
        select e.nip,
               e.unit_id = (select unit_id from me) as same_unit,
               exists (select 1 from appraisals a where a.nip = $nip and a.appraiser_nip = e.nip) as my_appraiser,
               exists (select 1 from appraisals a where a.appraiser_nip = $nip and a.nip = e.nip) as appraised_by_me,
               exists (select 1 from postings p where p.nip = e.nip
                       and p.unit_id in (select unit_id from postings where nip = $nip)) as shared_a_unit,
               u.kind as unit_kind, e.position_kind, e.end_date is not null as left_office,
               (select count(*) from postings p where p.nip = e.nip) > 1 as moved,
               exists (select 1 from appraisals a where a.nip = e.nip) as appraised,
               exists (select 1 from service_logs l where l.handled_by = e.nip) as handles
        from employees e join units u using (unit_id)
        where e.nip <> $nip
    )
    select min(nip) from kinds
    group by same_unit, my_appraiser, appraised_by_me, shared_a_unit, unit_kind, position_kind, left_office, moved,
             appraised, handles
    order by 1
"""


@pytest.fixture(scope="module")
def me(demo_path):
    """The demo's pegawai account as a User, and another NIP of every kind (OTHER_KINDS)."""
    (nip, name), *_ = sql(demo_path, "select nip, display_name from users where username = 'pegawai'")
    others = [r[0] for r in sql(demo_path, OTHER_KINDS, {"nip": nip})]
    return User("pegawai", "pegawai", nip=nip, display_name=name), others


def texts(at) -> str:
    return "\n".join(m.value for m in [*at.markdown, *at.caption, *at.info, *at.success, *at.warning])


def test_pegawai_lands_on_their_own_record(demo_path, me, monkeypatch):
    user, _ = me
    at = app(demo_path, monkeypatch, user)
    assert not at.exception and not at.error
    assert at.title[0].value == "Kinerja Saya"
    assert any(m.value == f"Halo, **{user.display_name}**" for m in at.markdown)
    headers = [h.value for h in at.header]
    assert headers == [
        "Semester berjalan: Semester II 2026",
        "Sasaran Kinerja Pegawai (SKP)",
        "Riwayat penilaian",
        "Layanan yang ditangani",
        "Laporan Individu",
    ]  # no consistency hints for HR, no per-unit table
    assert "Anda telah menyelesaikan" in "\n".join(p.proto.text for p in at.get("progress"))
    assert "Penilaian diri dan penilaian atasan per unit" not in [e.label for e in at.expander]
    # in English: the same page, worded in English, the forms drawn afresh
    at.session_state["lang"] = "en"
    at.run()
    assert not at.exception and not at.error and at.title[0].value == "My performance"
    assert "You have completed" in "\n".join(p.proto.text for p in at.get("progress"))
    assert at.radio(key="sa_results_2026-S2_en").value == "sesuai"
    assert sql(
        demo_path, "select count(*) from audit_log where action = 'open_own_record' and target = ?", [f"nip:{user.nip}"]
    ) == [(1,)]


def test_other_nips_of_every_kind_by_url_are_refused_and_audited(demo_path, me, monkeypatch):
    """Another NIP in the URL, whatever its relation to the pegawai (OTHER_KINDS), shows nothing of that record
    and is audited; their own NIP opens their page."""
    user, others = me
    assert len(others) >= 15, others  # the demo's people differ in these ways; and a NIP the store does not hold:
    others = [*others, "199001012020121001"]
    at = app(demo_path, monkeypatch, user)
    for nip in others:
        at.query_params["nip"] = nip
        at.run()
        assert [e.value for e in at.error] == ["Anda tidak berhak membuka data ini. Percobaan ini dicatat."], nip
        assert not [t.value for t in at.title if t.value == "Kinerja Saya"], nip
        assert not at.dataframe, nip
    # their own NIP in the URL is fine
    at.query_params["nip"] = user.nip
    at.run()
    assert not at.error and at.title[0].value == "Kinerja Saya"
    refused = sql(demo_path, "select target from audit_log where action = 'access_denied' and username = 'pegawai'")
    assert sorted(r[0] for r in refused) == sorted(f"nip:{n}" for n in others)
    # the HR pages are not in a pegawai's menu at all: their URLs cannot run
    for page in (RECORD, "pegawai/cari_pegawai.py"):
        with pytest.raises(ValueError, match="Could not find a navigation page"):
            at.switch_page(page)


def test_response_and_self_assessment_stored_and_shown_to_hr(demo_path, me, monkeypatch):
    user, _ = me
    at = app(demo_path, monkeypatch, user)
    # only the latest appraisal (2026-S1, handed over in 2026-S2) is still open to a response
    assert [b.label for b in at.button if b.label == "Kirim tanggapan"] == ["Kirim tanggapan"]
    assert "Masa tanggapan untuk penilaian ini berakhir 30 Jul 2026." in texts(at)
    at.radio(key="resp_kind_2026-S1_id").set_value("keberatan")
    [b for b in at.button if b.label == "Kirim tanggapan"][0].click().run()
    assert [e.value for e in at.error] == ["Tuliskan alasan keberatan Anda."]
    assert sql(demo_path, "select count(*) from appraisal_responses") == [(0,)]
    at.radio(key="resp_kind_2026-S1_id").set_value("keberatan")
    at.text_area(key="resp_reasons_2026-S1_id").input("Bukti dukung rekap register belum dipertimbangkan.")
    at.text_area(key="resp_plan_2026-S1_id").input("Mengikuti pelatihan layanan daring bulan Januari.")
    [b for b in at.button if b.label == "Kirim tanggapan"][0].click().run()
    assert not at.exception and not at.error
    assert "Tanggapan untuk Semester I 2026 tersimpan." in [s.value for s in at.success]

    # the self-assessment of the running semester
    at.radio(key="sa_results_2026-S2_id").set_value("di_atas")
    at.selectbox(key="sa_kolaboratif_2026-S2_id").set_value("di_atas")
    at.text_area(key="sa_note_2026-S2_id").input("Target layanan hampir tercapai.")
    [b for b in at.button if b.label == "Simpan penilaian diri"][0].click().run()
    assert "Penilaian diri Semester II 2026 tersimpan." in [s.value for s in at.success]

    assert sql(demo_path, "select nip, period, response, reasons, plan from appraisal_responses") == [
        (
            user.nip,
            "2026-S1",
            "keberatan",
            "Bukti dukung rekap register belum dipertimbangkan.",
            "Mengikuti pelatihan layanan daring bulan Januari.",
        )
    ]
    assert sql(
        demo_path, "select period, rating_results, rating_behaviour, kolaboratif, note from self_assessments"
    ) == [("2026-S2", "di_atas", "sesuai", "di_atas", "Target layanan hampir tercapai.")]
    actions = [r[0] for r in sql(demo_path, "select action from audit_log where username = 'pegawai'")]
    assert "response_save" in actions and "self_assessment_save" in actions

    # HR (and the appraiser, a lurah of the unit) sees both on the record page
    unit = sql(demo_path, "select unit_id from employees where nip = ?", [user.nip])[0][0]
    for staff in (HR, User("lurah", "lurah", unit_id=unit)):
        hr_view = app(demo_path, monkeypatch, staff, page=RECORD, params={"nip": user.nip})
        assert not hr_view.exception and not hr_view.error
        shown = texts(hr_view)
        assert "**Tanggapan pegawai:** Keberatan" in shown
        assert "**Alasan keberatan:** Bukti dukung rekap register belum dipertimbangkan." in shown
        assert "**Rencana tindak lanjut rekomendasi:** Mengikuti pelatihan layanan daring bulan Januari." in shown
        assert "**Penilaian diri:** hasil kerja di atas ekspektasi, perilaku kerja sesuai ekspektasi" in shown
        assert "belum dinilai atasan" in shown
        assert "**Catatan pegawai:** Target layanan hampir tercapai." in shown
        assert not [b for b in hr_view.button if b.label == "Kirim tanggapan"]  # staff cannot answer for them
        # the per-unit table: no pair yet (2026-S2 is not appraised), one objection in this unit
        gaps = [d.value for d in hr_view.dataframe if "Keberatan" in d.value.columns]
        assert len(gaps) == 1 and gaps[0]["Keberatan"].tolist() == [1]


def test_forms_lock_once_the_semester_closes(demo_path, me, monkeypatch):
    user, _ = me
    sql(demo_path, "update settings set value = '2027-02-01' where key = 'demo_as_of'", write=True)
    try:
        at = app(demo_path, monkeypatch, user)
        assert not at.exception and not at.error
        labels = [b.label for b in at.button]
        assert "Kirim tanggapan" not in labels  # 2026-S1's response closed on 31 Jan 2027
        shown = texts(at)
        assert "Masa tanggapan untuk penilaian ini berakhir 30 Jan 2027." in shown
        # 2027-S1 has just begun: its self-assessment is open, 2026-S2's has closed
        assert "Anda belum mengisi penilaian diri Semester I 2027. Dapat diisi dan diubah sampai 30 Jul 2027." in shown
    finally:
        sql(demo_path, "update settings set value = '2026-11-28' where key = 'demo_as_of'", write=True)
    assert "Simpan penilaian diri" in labels


def test_guide_calculators_equal_the_macros(demo_path, me, monkeypatch):
    user, _ = me
    at = app(demo_path, monkeypatch, user, page=GUIDE)
    assert not at.exception and not at.error
    shown = texts(at)
    assert "Capaian indikator = (100 + 90 + 76 + 76) ÷ 4 = **85,50**, kategori **Baik**." in shown
    assert "= **96,00**" in shown and "IKM = **100,00**, mutu **A**" in shown and "hanya 99,90" in shown
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Capaian aspek"] == "96,00"  # default: waktu, target 5, realisation 4
    at.number_input(key="calc_real").set_value(2.0).run()
    assert {m.label: m.value for m in at.metric}["Capaian aspek"] == "40,00"
    at.selectbox(key="calc_aspect").set_value("kualitas").run()
    at.number_input(key="calc_target").set_value(100.0).run()
    at.number_input(key="calc_real").set_value(90.0).run()
    assert {m.label: m.value for m in at.metric}["Capaian aspek"] == "90,00"
    for i in range(1, 10):
        at.number_input(key=f"calc_u{i}").set_value(4.0)
    at.run()
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["IKM"] == "100,00" and metrics["Mutu pelayanan"] == "A (Sangat Baik)"
    at.selectbox(key="calc_results").set_value("di_atas")
    at.selectbox(key="calc_behaviour").set_value("di_bawah").run()
    assert {m.label: m.value for m in at.metric}["Predikat"] == "Kurang/Misconduct"
    matrix = [d.value for d in at.dataframe if "Hasil kerja \\ perilaku kerja" in d.value.columns][0]
    assert matrix.iloc[0].tolist()[1:] == ["Kurang/Misconduct", "Baik", "Sangat Baik"]
    assert "holiday" not in shown.lower()  # Indonesian throughout


def test_guide_is_open_to_every_signed_in_role(demo_path, monkeypatch):
    for role in ("camat", "lurah", "admin"):
        at = app(demo_path, monkeypatch, User(role, role, unit_id="33.74.09.1003"), page=GUIDE)
        assert not at.exception and not at.error and at.title[0].value == "Panduan Evaluasi"
    assert not auth.may_open("panduan-evaluasi", auth.PUBLIC)
    assert not auth.may_open("kinerja-saya", User("hr", "hr"))


def test_admin_creates_pegawai_accounts_in_bulk(demo_path, monkeypatch):
    unit = "33.74.09.1003"
    missing = sql(
        demo_path,
        "select count(*) from employees e where unit_id = ? and end_date is null "
        "and not exists (select 1 from users u where u.nip = e.nip and u.role = 'pegawai')",
        [unit],
    )[0][0]
    at = app(demo_path, monkeypatch, User("admin", "admin"), page=USERS)
    at.selectbox(key="bulk_unit").set_value(unit).run()
    assert any(m.value.endswith("pegawai aktif belum punya akun.") for m in at.markdown)
    at.button(key="bulk_create").click().run()
    assert not at.exception and not at.error
    assert any(s.value.endswith("akun pegawai dibuat.") for s in at.success)
    assert [b.proto.label for b in at.get("download_button") if "kata sandi" in b.proto.label] == [
        "Unduh daftar akun dan kata sandi (CSV)"
    ]
    made = sql(
        demo_path,
        "select count(*) from users u join employees e using (nip) where u.role = 'pegawai' "
        "and e.unit_id = ? and u.username = u.nip",
        [unit],
    )[0][0]
    assert made >= missing > 0


def test_guide_explains_the_floor_and_the_time_kpi_rule_with_the_macros(demo_path, me, monkeypatch):
    """The floor at 0 and the processing-time rule are explained, and the time-KPI calculator runs the
    store's macros: a median of 1 hour against 2 (efisiensi 50 %) gives 100 by the rule, 50 by the Perka as
    written; 2,5 hours (25 % slower) gives 51 by both; the capaian calculator floors waktu 5 / 10 at 0."""
    user, _ = me
    at = app(demo_path, monkeypatch, user, page=GUIDE)
    assert not at.exception and not at.error
    shown = texts(at)
    assert "Batas bawah 0" in shown and "aturan waktu proses" in shown and "layanan lainnya" in shown
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Capaian (aturan waktu proses)"] == "100,00" and metrics["Rumus Perka apa adanya"] == "50,00"
    at.number_input(key="calc_kpi_median").set_value(2.5).run()
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Capaian (aturan waktu proses)"] == "51,00" and metrics["Rumus Perka apa adanya"] == "51,00"
    at.number_input(key="calc_real").set_value(10.0).run()  # waktu, target 5: efisiensi -100
    assert {m.label: m.value for m in at.metric}["Capaian aspek"] == "0,00"
    assert "dibatasi 0" in texts(at)


def test_guide_ikm_minimum_sample_calculator_runs_the_macro(demo_path, me, monkeypatch):
    """Population 1.000 needs 278 respondents (Krejcie-Morgan): 250 is indicative, 278 is enough."""
    user, _ = me
    at = app(demo_path, monkeypatch, user, page=GUIDE)
    assert {m.label: m.value for m in at.metric}["Sampel minimum"] == "278"
    assert any("mutu hanya indikatif" in w.value for w in at.warning)
    at.number_input(key="calc_respondents").set_value(278).run()
    assert any("mutu dapat dipakai" in s.value for s in at.success)
