"""Table downloads (CSV, XLSX) that a spreadsheet cannot turn into running formulas."""

from __future__ import annotations

import io
import unicodedata

import pandas as pd

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def neutralise(value: object) -> object:
    """Prefix text that a spreadsheet would run as a formula with an apostrophe.

    A formula also runs behind leading spaces or line breaks, and from the full-width signs
    (＝ ＋ － ＠) that spreadsheets fold to their ASCII forms, so those count as well.
    """
    if not isinstance(value, str):
        return value
    head = unicodedata.normalize("NFKC", value.lstrip()[:1])
    if value.startswith(_FORMULA_START) or head.startswith(_FORMULA_START):
        return "'" + value
    return value


def safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy whose text cells are neutralised (numbers stay numbers)."""
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(neutralise)
    out.columns = [str(neutralise(str(c))) for c in out.columns]
    return out


def to_csv(frame: pd.DataFrame) -> bytes:
    """UTF-8 CSV with a byte-order mark, so Excel opens it with the right characters."""
    return safe_frame(frame).to_csv(index=False).encode("utf-8-sig")


def to_xlsx(frame: pd.DataFrame, sheet: str = "data") -> bytes:
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        safe_frame(frame).to_excel(writer, index=False, sheet_name=sheet[:31])
    return buffer.getvalue()
