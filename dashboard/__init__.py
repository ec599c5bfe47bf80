"""Dasbor Kinerja Gajahmungkur: performance analytics for Kecamatan Gajahmungkur's ASN."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
QUERY_DIR = ROOT / "queries"
