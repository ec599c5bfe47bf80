"""Employees' responses to their appraisals reach the camat's follow-up list."""

from __future__ import annotations

import duckdb
import streamlit as st

from dashboard.access import auth
from tests.fixture_store import NIP_A, NIP_D, build_fixture_store
from tests.pages import open_app


def test_objections_first_on_the_follow_up_page(tmp_path, monkeypatch):
    store = build_fixture_store(tmp_path / "store.duckdb")
    con = duckdb.connect(str(store))
    con.execute(
        "insert into appraisal_responses (nip, period, response, reasons, plan) values "
        "($a, '2025-S1', 'setuju', null, 'Ikut pelatihan'), ($d, '2025-S1', 'keberatan', 'Beban loket tinggi', null)",
        {"a": NIP_A, "d": NIP_D},
    )
    con.close()
    at = open_app(store, monkeypatch, auth.User("camat", "camat"), page="camat/tindak_lanjut.py")
    assert not at.exception and not at.error
    table = next(df.value for df in at.dataframe if "Tanggapan" in df.value.columns)
    assert table["Tanggapan"].tolist() == ["Keberatan", "Setuju"]
    assert table["Alasan"].tolist() == ["Beban loket tinggi", ""]
    assert table["Pegawai"].tolist() == ["Dewi Lestari", "Budi Santoso"]
    assert table["Predikat"].tolist() == ["Butuh Perbaikan", "Baik"]
    st.cache_resource.clear()
