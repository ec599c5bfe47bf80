"""The Laporan Kinerja Unit PDF: produced, says what it must (read back with pypdf), renders to images."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from dashboard.camat import report as report_unit
from dashboard.core import pdf, queries
from dashboard.core.store import open_reader, reader_cursor
from tests.fixture_store import build_fixture_store

TODAY = dt.date(2026, 11, 28)


@pytest.fixture(scope="module")
def fetch(tmp_path_factory):
    path = build_fixture_store(tmp_path_factory.mktemp("report") / "fixture.duckdb")
    con = open_reader(path, read_only=False)
    cur = reader_cursor(con)
    queries.run(
        cur,
        "follow_up_insert",
        unit_id="33.74.09.1001",
        meeting_date=dt.date(2025, 7, 7),
        issue="Antrean Senin pagi",
        action="Buka loket kedua pukul 07.30",
        person_in_charge="Siti Aminah",
        due_date=dt.date(2025, 8, 1),
        created_by="camat",
    )
    yield lambda name, **params: queries.run(cur, name, **params)
    cur.close()
    con.close()


def text_of(document: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(document)).pages)


def test_unit_report_names_unit_period_figures_and_signatory(fetch, tmp_path):
    """The report of one unit carries its name, the period, its headline figures and the camat's signature."""
    document = report_unit.build_report(fetch, "2025-S1", "33.74.09.1001", today=TODAY)
    assert document.startswith(b"%PDF")
    text = text_of(document)
    for expected in (
        "PEMERINTAH KOTA SEMARANG",
        "KECAMATAN GAJAHMUNGKUR",
        "LAPORAN KINERJA UNIT",
        "Kelurahan Satu",
        "Semester I 2025",
        "1 Januari 2025",
        "30 Juni 2025",
        "75,0 %",  # on-standard share of Kelurahan Satu (3 of 4)
        "66,75 (Cukup)",  # mean SKP score
        "87,50 (mutu B, indikatif)",  # IKM from 2 respondents, 4 needed for a population of 4
        "IKM (n = 2 responden; minimal 4)",
        "Buka loket kedua pukul 07.30",
        "lewat tenggat",  # the overdue follow-up
        "Semarang, 28 November 2026",
        "Camat Uji, S.Sos.",
        "NIP. 19781130 200501 1 003",
    ):
        assert expected in text, expected
    path = tmp_path / "unit.pdf"
    path.write_bytes(document)
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", "40", "-png", str(path), str(tmp_path / "page")], check=True)
        assert sorted(p.name for p in tmp_path.glob("page-*.png"))


def test_kecamatan_report_has_league_table_without_charts(fetch):
    document = report_unit.build_report(fetch, "2025-S1", None, today=TODAY, charts=False)
    text = text_of(document)
    assert "Kecamatan Gajahmungkur (seluruh unit kerja)" in text
    # 4 of 6: r08 (Kelurahan Dua, open past its 60-minute standard) counts as a miss, no longer 4 of 5 completed
    assert "Sesuai standar (n = 6)" in text and "66,7 %" in text
    assert "Tabel peringkat unit" in text and "Kelurahan Dua" in text


def test_document_frame_helpers():
    assert pdf.tanggal(dt.date(2026, 11, 28)) == "28 November 2026"
    assert pdf.nip_spaced("197604152000121001") == "19760415 200012 1 001"
    doc = pdf.OfficialDocument()
    doc.title_block("JUDUL", "Periode: Semester I 2025")
    doc.section("1. Bagian")
    doc.table(["A", "B"], [["ä ö ü – ≥", "1.234,5"]])
    doc.signature("Semarang, 28 November 2026", "CAMAT", "Nama", "197604152000121001")
    text = text_of(doc.output_bytes())
    assert "ä ö ü – ≥" in text and "NIP. 19760415 200012 1 001" in text
