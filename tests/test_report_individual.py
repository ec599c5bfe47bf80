"""Laporan Individu (PDF and XLSX) on the hand-made fixture store: the text read back with pypdf,
the workbook with openpyxl."""

import datetime as dt
import io

import openpyxl
import pytest
from pypdf import PdfReader

from dashboard.core import queries
from dashboard.core.store import open_reader, reader_cursor
from dashboard.pegawai import hr
from dashboard.pegawai import report as report_individual
from tests.fixture_store import NIP_A, NIP_B, NIP_C, build_fixture_store

TODAY = dt.date(2026, 11, 28)
# NIP_A's second appraisal carries text a spreadsheet would run as a formula.
EXTRA_SQL = f"""
insert into appraisals values
    ('{NIP_A}', '2025-S2', 'di_atas', 'sesuai', '{NIP_B}', '=HYPERLINK("http://contoh")', '+tetap', '2026-01-10', null);
"""


@pytest.fixture(scope="module")
def cursor(tmp_path_factory):
    path = build_fixture_store(tmp_path_factory.mktemp("report") / "fixture.duckdb")
    con = open_reader(path, read_only=False)
    cur = reader_cursor(con)
    cur.execute(EXTRA_SQL)
    yield cur
    cur.close()
    con.close()


def build(cursor, nip, charts=False):
    record = hr.load_record(lambda name, **params: queries.run(cursor, name, nip=nip, **params), nip)
    names = report_individual.metric_names(queries.run(cursor, "hr_source_metrics"))
    return (
        record,
        report_individual.build_pdf(record, names, TODAY, charts=charts),
        report_individual.build_xlsx(record, names, TODAY),
    )


def pdf_text(data: bytes) -> str:
    """The text of every page, with line breaks of narrow table cells folded into spaces."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages).split())


def test_pdf_holds_identity_skp_appraisals_and_signatures(cursor):
    """NIP_A: identity read from the NIP, SKP 85,50 (Baik), both appraisals, signature blocks of both people."""
    _, pdf, _ = build(cursor, NIP_A, charts=True)
    assert pdf.startswith(b"%PDF")
    text = pdf_text(pdf)
    for expected in [
        "PEMERINTAH KOTA SEMARANG",
        "KECAMATAN GAJAHMUNGKUR",
        "LAPORAN KINERJA INDIVIDU",
        "Budi Santoso",
        "19850312 201001 1 001",
        NIP_A,  # the footer
        "12 Mar 1985",
        "Jan 2010",
        "laki-laki",
        "16 tahun 10 bulan",
        "85,50",
        "Semester I 2025",
        "Pegawai yang dinilai",
        "Pejabat Penilai Kinerja",
        "Siti Aminah, S.H.",  # the appraiser of the latest appraisal signs
        "NIP. 19900105 201503 2 002",
        "Semarang, 28 November 2026",
    ]:
        assert expected in text, expected
    assert "**" not in text


def test_pdf_notes_a_recorded_predikat_that_differs(cursor):
    """NIP_B: Sangat Baik by the matrix, Baik recorded; SKP 48,00 Buruk."""
    _, pdf, _ = build(cursor, NIP_B)
    text = pdf_text(pdf)
    assert "Sangat Baik (tercatat: Baik)" in text
    assert "48,00" in text and "Buruk" in text
    assert "predikat tercatat “Baik”, menurut matriks “Sangat Baik”" in text


def test_pdf_of_an_employee_without_records(cursor):
    """NIP_C has no targets, appraisals or requests: the report says so instead of failing."""
    _, pdf, xlsx = build(cursor, NIP_C)
    text = pdf_text(pdf)
    assert "Belum ada target SKP" in text and "Belum ada penilaian" in text
    assert "tidak tercatat menangani permohonan" in text
    book = openpyxl.load_workbook(io.BytesIO(xlsx))
    assert book["Nilai SKP"].max_row == 1  # header only


def test_xlsx_sheets_values_and_formula_neutralised(cursor):
    """Several sheets; the NIP and the score as values; text that starts like a formula is neutralised."""
    _, _, xlsx = build(cursor, NIP_A)
    book = openpyxl.load_workbook(io.BytesIO(xlsx))
    assert book.sheetnames == ["Identitas", "Nilai SKP", "Target SKP", "Penilaian", "Layanan", "Catatan"]
    identity = dict(book["Identitas"].iter_rows(min_row=2, values_only=True))
    assert identity["NIP"] == "19850312 201001 1 001"
    assert identity["Masa kerja"] == "16 tahun 10 bulan"
    scores = list(book["Nilai SKP"].iter_rows(values_only=True))
    assert scores[0] == ("Semester", "Target", "Indikator", "Nilai SKP", "Kategori", "Predikat")
    assert scores[1] == ("Semester I 2025", 4, 1, 85.5, "Baik", "Baik")
    targets = list(book["Target SKP"].iter_rows(min_row=2, values_only=True))
    assert len(targets) == 4 and {row[8] for row in targets} == {100, 90, 76}
    appraisals = list(book["Penilaian"].iter_rows(min_row=2, values_only=True))
    feedback = {row[0]: (row[7], row[8]) for row in appraisals}
    assert feedback["Semester II 2025"] == ('\'=HYPERLINK("http://contoh")', "'+tetap")
    services = list(book["Layanan"].iter_rows(min_row=2, values_only=True))
    assert services[0][:2] == ("Semester I 2025", 3)
    assert services[0][6] == 0 and services[0][7] is None  # no peers, so no peer median


def test_xlsx_in_english(cursor):
    record, _, _ = build(cursor, NIP_A)
    book = openpyxl.load_workbook(io.BytesIO(report_individual.build_xlsx(record, {}, TODAY, lang="en")))
    assert book.sheetnames == ["Identity", "SKP scores", "SKP targets", "Appraisals", "Services", "Notes"]
    assert dict(book["Identity"].iter_rows(min_row=2, values_only=True))["Years of service"] == "16 years 10 months"
