"""Import templates: for every contract table an XLSX (header, one example row, a sheet that
explains every column in Bahasa Indonesia) and the same header and example as CSV.

Column names, types, keys and required-ness come from the schema (an in-memory DuckDB with
data/schema/ applied), meanings from dashboard/contract.py, choices from the importer's
enumerations, so a template can never disagree with what the importer accepts.
"""

from __future__ import annotations

import csv
import io
from functools import cache
from pathlib import Path

import duckdb

from dashboard.core.i18n import t
from dashboard.core.store import CONTRACT_TABLES, apply_schema
from dashboard.datamgmt import contract, importer

EXAMPLES: dict[str, dict[str, str]] = {
    "units": {"unit_id": "33.74.09.1001", "name": "Kelurahan Karangrejo", "kind": "kelurahan", "parent_id": "33.74.09"},
    "employees": {
        "nip": "198503122010011001",
        "name": "Budi Santoso, S.AP.",
        "unit_id": "33.74.09.1001",
        "position": "Pengadministrasi Umum",
        "position_kind": "pelaksana",
        "grade": "II/c",
        "start_date": "2020-01-01",
        "end_date": "",
    },
    "postings": {"nip": "198503122010011001", "unit_id": "33.74.09.1002", "valid_from": "2025-07-01", "valid_to": ""},
    "services": {
        "service_id": "KTP",
        "name": "Surat pengantar KTP-el",
        "category": "Administrasi Kependudukan",
        "standard_minutes": "60",
        "fee": "0",
    },
    "service_logs": {
        "request_id": "2025-000123",
        "service_id": "KTP",
        "unit_id": "33.74.09.1001",
        "handled_by": "198503122010011001",
        "channel": "loket",
        "received_at": "2025-03-03 09:00",
        "completed_at": "2025-03-03 09:45",
        "due_at": "",
        "status": "selesai",
        "rework_count": "0",
    },
    "skp_targets": {
        "target_id": "2025-S1-198503122010011001-1",
        "nip": "198503122010011001",
        "period": "2025-S1",
        "indicator": "Surat pengantar yang diselesaikan",
        "aspect": "kuantitas",
        "target_value": "200",
        "measure_unit": "dokumen",
        "realization_value": "",
        "evidence": "",
        "source_metric": "layanan_selesai",
        "source_service_id": "",
    },
    "appraisals": {
        "nip": "198503122010011001",
        "period": "2025-S1",
        "rating_results": "sesuai",
        "rating_behaviour": "sesuai",
        "appraiser_nip": "199001052015032002",
        "feedback": "Pelayanan tepat waktu.",
        "recommendation": "Ikuti pelatihan SIAK.",
        "appraised_on": "2025-07-10",
        "predikat_recorded": "Baik",
    },
    "survey_responses": {
        "response_id": "R-2025-0001",
        "unit_id": "33.74.09.1001",
        "service_id": "KTP",
        "responded_on": "2025-03-10",
        **{f"u{i}": "4" if i % 3 else "3" for i in range(1, 10)},
    },
    "org_ratings": {"unit_id": "33.74.09", "period": "2025-S1", "predikat": "baik"},
    "policy_events": {
        "event_date": "2024-07-01",
        "label": "Mulai evaluasi kinerja",
        "description": "Kebijakan evaluasi kinerja berbasis target dimulai.",
    },
}


@cache
def _infos() -> dict[str, importer.TableInfo]:
    con = duckdb.connect(":memory:")
    try:
        apply_schema(con)
        return {name: importer.table_info(con, name) for name in CONTRACT_TABLES}
    finally:
        con.close()


def columns(table: str) -> list[str]:
    return [c.name for c in _infos()[table].columns]


#: A column's kind (importer._kind) -> how to write a value of it.
FORMAT_KEYS = {
    "date": "tpl.fmt_date",
    "timestamp": "tpl.fmt_timestamp",
    "number": "tpl.fmt_number",
    "integer": "tpl.fmt_integer",
    "text": "tpl.fmt_text",
}


def _format_hint(table: str, col: importer.Column, lang: str) -> str:
    allowed = importer.ENUMS.get((table, col.name))
    if allowed:
        return ", ".join(allowed)
    if (table, col.name) in importer.PERIOD_COLUMNS:
        return "TTTT-S1 / TTTT-S2" if lang == "id" else "YYYY-S1 / YYYY-S2"
    kind = importer._kind(col.data_type)
    return t(FORMAT_KEYS[kind], lang=lang)


def csv_bytes(table: str, delimiter: str = ";") -> bytes:
    """Header and example row as CSV (UTF-8 with BOM, semicolons: what Excel in Indonesia writes)."""
    cols = columns(table)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(cols)
    writer.writerow([EXAMPLES[table].get(c, "") for c in cols])
    return buffer.getvalue().encode("utf-8-sig")


def xlsx_bytes(table: str, lang: str = "id") -> bytes:
    """Sheet 'data' (header + example, text-formatted so NIPs keep their 18 digits) and an explanation sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    info = _infos()[table]
    book = Workbook()
    data = book.active
    data.title = t("tpl.sheet_data", lang=lang)
    cols = [c.name for c in info.columns]
    data.append(cols)
    data.append([EXAMPLES[table].get(c, "") or None for c in cols])
    for i, col in enumerate(info.columns, start=1):
        cell = data.cell(row=1, column=i)
        cell.font = Font(bold=True)
        letter = cell.column_letter
        data.column_dimensions[letter].width = max(14, len(col.name) + 4)
        if importer._kind(col.data_type) == "text":
            for row in range(2, 1002):  # text cells: Excel keeps leading zeros and all 18 NIP digits
                data.cell(row=row, column=i).number_format = "@"
    data.freeze_panes = "A2"
    help_sheet = book.create_sheet(t("tpl.sheet_help", lang=lang))
    what = contract.TABLES[table][lang == "en"]
    help_sheet.append([t("tpl.title", lang=lang, table=table, what=what)])
    help_sheet.append([])
    head = [t(k, lang=lang) for k in ("tpl.column", "tpl.type", "tpl.required", "tpl.key", "tpl.meaning", "tpl.format")]
    help_sheet.append(head)
    for cell in help_sheet[3]:
        cell.font = Font(bold=True)
    yes, no = t("tpl.yes", lang=lang), t("tpl.no", lang=lang)
    for col in info.columns:
        required = col.required and col.default is None
        help_sheet.append(
            [
                col.name,
                col.data_type,
                yes if required else no,
                yes if col.name in info.key else no,
                contract.COLUMNS.get((table, col.name), ("", ""))[lang == "en"],
                _format_hint(table, col, lang),
            ]
        )
    for letter, width in zip("ABCDEF", (20, 14, 8, 8, 70, 40), strict=True):
        help_sheet.column_dimensions[letter].width = width
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def write_all(out: Path | str, db: Path | str | None = None) -> list[Path]:
    """Write <table>.xlsx and <table>.csv for every contract table into ``out``."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for table in CONTRACT_TABLES:
        for name, payload in ((f"{table}.xlsx", xlsx_bytes(table)), (f"{table}.csv", csv_bytes(table))):
            path = out / name
            path.write_bytes(payload)
            written.append(path)
    return written
