"""Downloads a spreadsheet cannot turn into running formulas: every text cell and header that
starts like a formula, also behind spaces or line breaks or with full-width signs, is neutralised."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from dashboard.core import export
from tests.fixture_store import build_fixture_store
from tests.test_importer import run_import

SNEAKY = [" =1+1", '\n=HYPERLINK("http://x")', "\uff1dSUM(A1)", "\uff0b1", "  @A1", "\t", "aman", " aman"]
SAFE = ["' =1+1", '\'\n=HYPERLINK("http://x")', "'\uff1dSUM(A1)", "'\uff0b1", "'  @A1", "'\t", "aman", " aman"]


def test_neutralise_catches_leading_space_line_feed_and_full_width_signs():
    assert [export.neutralise(v) for v in SNEAKY] == SAFE
    assert export.neutralise(-3) == -3


def test_csv_and_xlsx_cells_and_headers_are_neutralised():
    frame = pd.DataFrame({" =kolom": SNEAKY})
    back = pd.read_csv(io.BytesIO(export.to_csv(frame)), encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert list(back.columns) == ["' =kolom"]
    assert back.iloc[:, 0].tolist() == SAFE
    sheet = openpyxl.load_workbook(io.BytesIO(export.to_xlsx(frame, "data"))).active
    assert sheet["A1"].value == "' =kolom"
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == SAFE
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


@pytest.fixture(scope="module")
def fixture_master(tmp_path_factory) -> Path:
    return build_fixture_store(tmp_path_factory.mktemp("safe") / "fixture.duckdb")


def test_rejected_rows_file_header_is_neutralised(fixture_master, tmp_path):
    db = tmp_path / "store.duckdb"
    shutil.copy(fixture_master, db)
    source = tmp_path / "evil.csv"
    source.write_text("service_id,name,category,=cmd|' /C calc'!A0\nX1,,K,1\n", encoding="utf-8")
    result = run_import(db, "services", source, skip_invalid=True)
    header = result.rejected_file.read_text(encoding="utf-8-sig").splitlines()[0]
    assert "'=cmd" in header
