"""Cari Pegawai and Rekam Kinerja Pegawai in AppTest on a small demo store: every employee's record
renders, search messages, scope of a lurah, a malformed NIP, and the Laporan Individu downloads."""

from __future__ import annotations

import gc
import io

import duckdb
import openpyxl
import pytest
import streamlit as st
from pypdf import PdfReader
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest

from dashboard.access.auth import User
from dashboard.core import fmt
from tests.pages import open_app

HR = User("hr", "hr")
RECORD = "pegawai/rekam_pegawai.py"
SEARCH = "pegawai/cari_pegawai.py"
LAGGING = "33.74.09.1003"


@pytest.fixture(scope="module")
def demo_path(demo_store_copy):
    path = demo_store_copy  # the session's demo store (tests/conftest.py), copied for this module
    return path


def read(path, sql: str, params: list | None = None) -> list[tuple]:
    """Rows from the store, after letting go of the app's cached connection (one process, one handle)."""
    st.cache_resource.clear()
    gc.collect()
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


@pytest.fixture(scope="module")
def employees(demo_path):
    return read(demo_path, "select nip, name, unit_id from employees order by nip")


# One employee per kind of record: what decides which sections and branches a record draws (position,
# unit kind, targets linked to the logs, appraisals, services handled, a transfer, leaving office, the
# SKP categories and ratings of hasil kerja received). Opening all 107 demo employees took 35 s and ran no line
# of the dashboard that these 52 do not (measured with coverage).
RECORD_KINDS = """
    with kinds as (
        select e.nip, e.name, e.position_kind, u.kind as unit_kind, e.end_date is not null as left_office,
               exists (select 1 from skp_targets t where t.nip = e.nip and t.source_metric is not null) as linked,
               exists (select 1 from appraisals a where a.nip = e.nip) as appraised,
               exists (select 1 from service_logs l where l.handled_by = e.nip) as handles,
               (select count(*) from postings p where p.nip = e.nip) > 1 as moved,
               (select string_agg(distinct s.kategori, ',' order by s.kategori) from skp_scores s where s.nip = e.nip)
                   as categories,
               (select string_agg(distinct a.rating_results, ',' order by a.rating_results) from appraisals a
                where a.nip = e.nip) as ratings
        from employees e join units u using (unit_id)
    )
    select min(nip) as nip, arg_min(name, nip) as name
    from kinds
    group by position_kind, unit_kind, left_office, linked, appraised, handles, moved, categories, ratings
    order by nip
"""


@pytest.fixture(scope="module")
def record_kinds(demo_path):
    return read(demo_path, RECORD_KINDS)


@pytest.fixture
def downloads(monkeypatch):
    """The callables behind deferred download buttons, by file id (Streamlit runs them on click)."""
    captured: dict[str, object] = {}
    original = MediaFileManager.add_deferred

    def spy(self, data_callable, *args, **kwargs):
        file_id = original(self, data_callable, *args, **kwargs)
        captured[file_id] = data_callable
        return file_id

    monkeypatch.setattr(MediaFileManager, "add_deferred", spy)
    return captured


def app(path, monkeypatch, user=HR, page: str | None = None, params: dict | None = None) -> AppTest:
    return open_app(path, monkeypatch, user, page, params)


def test_record_renders_for_every_kind_of_employee(demo_path, record_kinds, monkeypatch):
    """Rekam Kinerja Pegawai opens for one employee of every kind of record in the demo store (RECORD_KINDS),
    without an exception or error box."""
    assert len(record_kinds) >= 40  # the demo's people differ in all these ways (52 kinds of 107 people)
    at = app(demo_path, monkeypatch, page=RECORD)
    assert [i.value for i in at.info][:1] == ["Belum ada pegawai yang dipilih. Cari pegawai lalu klik barisnya."]
    for nip, name in record_kinds:
        at.query_params["nip"] = nip
        at.run()
        assert not at.exception, (nip, [e.value for e in at.exception])
        assert not at.error, (nip, [e.value for e in at.error])
        assert at.title[0].value == name
        assert [h.value for h in at.header] == [
            "Sasaran Kinerja Pegawai (SKP)",
            "Riwayat penilaian",
            "Layanan yang ditangani",
            "Catatan untuk rapat penilaian",
            "Laporan Individu",
        ]
        assert at.session_state["nip"] == nip


def test_record_sections_and_downloads(demo_path, monkeypatch, downloads):
    """A front-line employee: trend chart, targets with computed realisations and evidence, peers, and the
    PDF and XLSX downloads hold the NIP and the SKP score."""
    nip, score, period, target_id, requests = read(
        demo_path,
        """select s.nip, s.skp_score, s.period, t.target_id,
                  (select count(*) from service_logs l
                   where l.handled_by = t.nip and l.status = 'selesai' and period_of(l.completed_at) = t.period
                     and (l.service_id = t.source_service_id
                          or (t.source_service_id is null and l.service_id not in (
                              select o.source_service_id from skp_targets o
                              where o.nip = t.nip and o.period = t.period and o.source_metric = t.source_metric
                                and o.source_service_id is not null)))) as requests
           from skp_scores s
           join skp_targets t on t.nip = s.nip and t.period = s.period and t.source_metric is not null
           where t.realization_value is not null
           order by s.period desc, s.nip, t.target_id limit 1""",
    )[0]
    at = app(demo_path, monkeypatch, page=RECORD, params={"nip": nip})
    assert not at.exception and not at.error
    assert at.metric[0].label.startswith(f"Nilai SKP {fmt.semester(period, 'id')} · ")
    assert at.metric[0].value == fmt.number(score, 2, "id")
    assert len(at.get("plotly_chart")) >= 1
    assert any(t.value == f"Rincian SKP {fmt.semester(period, 'id')}" for t in at.subheader)
    assert any(e.label.startswith(("Jumlah permohonan", "Persentase", "Median")) for e in at.expander)
    # evidence is fetched when its expander is opened: exactly the requests counted
    at.session_state[f"ev_{target_id}"] = True
    at.run()
    evidence = [d.value for d in at.dataframe if "Nomor permohonan" in d.value.columns]
    assert len(evidence) == 1 and len(evidence[0]) == requests
    buttons = {b.proto.label: b.proto.deferred_file_id for b in at.get("download_button")}
    pdf_bytes = downloads[buttons["Laporan Individu (PDF)"]]()
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf_bytes)).pages)
    spaced = f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"
    assert spaced in text and nip in text
    assert fmt.number(score, 2, "id") in text
    assert "LAPORAN KINERJA INDIVIDU" in text and "Pejabat Penilai Kinerja" in text
    book = openpyxl.load_workbook(io.BytesIO(downloads[buttons["Rekam lengkap (XLSX)"]]()))
    assert book.sheetnames == ["Identitas", "Nilai SKP", "Target SKP", "Penilaian", "Layanan", "Catatan"]
    identity = {row[0]: row[1] for row in book["Identitas"].iter_rows(min_row=2, values_only=True)}
    assert identity["NIP"] == spaced
    scores = list(book["Nilai SKP"].iter_rows(min_row=2, values_only=True))
    assert (fmt.semester(period, "id"), round(score, 2)) in [(r[0], r[3]) for r in scores]


def test_search_messages_and_filters(demo_path, employees, monkeypatch):
    """Search by part of a name in any case, by part of a NIP, and a friendly message for no match."""
    at = app(demo_path, monkeypatch)  # HR's home page is Cari Pegawai
    assert at.title[0].value == "Cari Pegawai"
    assert at.dataframe[0].value.shape[0] == len(employees)
    nip, name, _ = employees[0]
    part = name.split()[0][1:4]
    at.text_input(key="w_q").input(part.upper()).run()
    found = at.dataframe[0].value
    assert nip in found["NIP"].tolist()
    assert all(part.lower() in n.lower() or part in p for n, p in zip(found["Nama"], found["NIP"], strict=True))
    at.text_input(key="w_q").input(nip[:10]).run()
    assert nip in at.dataframe[0].value["NIP"].tolist()
    at.text_input(key="w_q").input("qxqxqx").run()
    assert not at.dataframe
    assert "“qxqxqx”" in at.info[0].value
    assert at.query_params["q"] in ("qxqxqx", ["qxqxqx"])  # the search is in the URL


def test_lurah_sees_only_their_unit(demo_path, employees, monkeypatch):
    """A lurah lists only their own staff and is refused (audited) another unit's record."""
    lurah = User("lurah", "lurah", unit_id=LAGGING)
    at = app(demo_path, monkeypatch, user=lurah, page=SEARCH)
    assert at.title[0].value == "Cari Pegawai"
    own = {n for n, _, u in employees if u == LAGGING}
    assert set(at.dataframe[0].value["NIP"]) == own
    other = next(n for n, _, u in employees if u != LAGGING)
    at.query_params["nip"] = other
    at.switch_page(RECORD)
    at.run()
    assert [e.value for e in at.error] == ["Anda tidak berhak membuka data ini. Percobaan ini dicatat."]
    assert not at.title  # nothing of the record is shown
    refused = read(
        demo_path, "select count(*) from audit_log where action = 'access_denied' and target = ?", [f"nip:{other}"]
    )
    assert refused[0][0] >= 1


def test_malformed_nip_in_the_url(demo_path, monkeypatch):
    """A malformed NIP in the link is reported in words, not crashed on."""
    at = app(demo_path, monkeypatch, page=RECORD, params={"nip": "1985031220100"})
    assert [e.value for e in at.error] == ["NIP tidak valid: harus 18 angka, tertulis 13 karakter."]
    assert not at.exception


def test_tentang_data_lists_the_log_metrics(demo_path, monkeypatch):
    """The data dictionary names the five metrics computed from the service logs, with their definitions."""
    at = app(demo_path, monkeypatch, page="datamgmt/tentang_data.py")
    assert "Metrik SKP dari log layanan" in [s.value for s in at.subheader]
    ids = set()
    for frame in at.dataframe:
        if "Kode metrik" in frame.value.columns:
            ids = set(frame.value["Kode metrik"])
    assert ids == {
        "layanan_selesai",
        "layanan_sesuai_standar",
        "persen_sesuai_standar",
        "persen_tanpa_perbaikan",
        "median_jam_kerja",
    }
    definitions = [f for f in at.dataframe if "Kode metrik" in f.value.columns][0].value.set_index("Kode metrik")
    assert definitions.loc["layanan_sesuai_standar", "Cara menghitung"].startswith("Jumlah permohonan tersebut yang")
