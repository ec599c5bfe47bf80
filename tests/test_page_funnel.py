"""Pages of the mix-adjusted comparison on the crafted store of tests/test_funnel.py (AppTest).

Perbandingan Unit and Ringkasan Kinerja show the same mix-adjusted flags; Panduan Evaluasi explains the
method and its calculator runs the store's macros (figures recomputed here independently).
"""

from __future__ import annotations

import json
import math

import duckdb
import pytest

from dashboard.access.auth import User
from dashboard.core.store import refresh_facts
from tests.fixture_store import build_fixture_store
from tests.pages import open_app
from tests.test_funnel import EXTRA_SQL, exact_limit, wilson

CAMAT = User("camat", "camat")


def id1(share: float) -> str:
    """A share (fraction) as Indonesian percent points with one decimal: 0.7312 -> '73,1'."""
    return f"{share * 100:.1f}".replace(".", ",")


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = build_fixture_store(tmp_path_factory.mktemp("funnel-pages") / "funnel.duckdb")
    con = duckdb.connect(str(path))
    con.execute(EXTRA_SQL)
    refresh_facts(con)
    con.execute("checkpoint")
    con.close()
    return path


def test_league_table_ranks_only_where_the_interval_allows(store, monkeypatch):
    at = open_app(store, monkeypatch, CAMAT, page="camat/perbandingan_unit.py", params={"sem": "2025-S2"})
    assert not at.exception and not at.error
    table = at.dataframe[0].value.set_index("Unit kerja")
    assert table.loc["Unit X", "Corong"] == "tidak dapat dibandingkan"
    assert table.loc["Unit X", "Dapat dibandingkan"] == 0
    assert table.loc[["Unit E", "Unit H", "Unit M1", "Unit M2", "Unit M3"], "Peringkat"].tolist() == [1] * 5
    assert table.loc["Unit E", "Corong"] == "dalam batas" and table.loc["Unit H", "Corong"] == "dalam batas"
    assert table.loc["Unit E", "Selisih dan rentang 95 % (poin %)"] == "0,0 (-7,4 s.d. 4,5)"
    captions = " ".join(c.value for c in at.caption)
    assert "Batas binomial eksak (Spiegelhalter 2005)" in captions and "φ = 1,00" in captions
    assert "Tidak dapat dibandingkan (satu-satunya unit yang menangani layanannya): Unit X." in captions


def test_overview_attention_list_has_no_service_mix_flags(store, monkeypatch):
    at = open_app(store, monkeypatch, CAMAT, page="camat/ringkasan_kinerja.py", params={"sem": "2025-S2"})
    assert not at.exception and not at.error
    attention = " ".join(m.value for m in at.markdown if m.value.startswith("- "))
    assert "Unit E" not in attention and "Unit H" not in attention


def test_guide_explains_the_funnel_and_its_calculator_uses_the_macros(store, monkeypatch):
    at = open_app(store, monkeypatch, User("hr", "hr"), page="pegawai/panduan_evaluasi.py")
    assert not at.exception and not at.error
    shown = " ".join(m.value for m in at.markdown)
    assert "8. Membandingkan unit secara adil (plot corong)" in " ".join(h.value for h in at.header)
    assert "binomial eksak" in shown and "Spiegelhalter" in shown and "«tidak dapat dibandingkan»" in shown
    assert "unit A tampak «di atas batas 99,8 %»" in shown and "titiknya 65,0 % — «dalam batas», selisih 0,0" in shown
    metrics = {m.label: m.value for m in at.metric}
    # defaults: 150 requests, 105 within, expected 82 %, kecamatan 80 %, phi 1
    assert metrics["Titik pada plot"] == f"{0.8 * (105 / 150) / 0.82 * 100:.1f} %".replace(".", ",")
    low998 = exact_limit(150, 0.8, 0.001)
    assert low998 > 0.8 * 0.7 / 0.82 and metrics["Corong"] == "di bawah batas 99,8 %"
    assert metrics["Selisih dari harapan (poin)"] == "-12,0"
    low, high = wilson(105, 150)
    expected_text = (
        f"Batas 95 %: {id1(exact_limit(150, 0.8, 0.025))} % – {id1(exact_limit(150, 0.8, 0.975))} %; "
        f"batas 99,8 %: {id1(low998)} % – {id1(exact_limit(150, 0.8, 0.999))} %. "
        f"Selisih dari harapan dengan rentang 95 %-nya: -12,0 ({id1(low - 0.82)} s.d. {id1(high - 0.82)}) poin."
    )
    assert expected_text in shown
    # phi widens the limits: with phi 2 the same unit is inside the 99.8 % limits, still below the 95 % one
    at.number_input(key="calc_fp").set_value(2.0).run()
    point = 0.8 * 0.7 / 0.82
    assert 0.8 + math.sqrt(2) * (low998 - 0.8) < point < 0.8 + math.sqrt(2) * (exact_limit(150, 0.8, 0.025) - 0.8)
    assert {m.label: m.value for m in at.metric}["Corong"] == "di bawah batas 95 %"


def test_unit_pdf_uses_the_same_rule(store, monkeypatch):
    """The unit PDF's league table: the shared rank, the interval, 'tidak dapat dibandingkan' for Unit X."""
    import io

    from pypdf import PdfReader

    from dashboard.camat import report
    from dashboard.core import data
    from tests.pages import served

    with served(store, monkeypatch):
        document = report.build_report(data.query, "2025-S2", charts=False)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(document)).pages)
    text = " ".join(text.split())
    assert "Unit X 0 – – – " in text and "tidak dapat dibandingkan" in text
    assert "1 Unit E 100 90,0 % 90,0 % 0,0 (-7,4 s.d. 4,5)" in text
    assert "Unit E" not in text.split("2. Hal yang perlu perhatian")[1].split("4. Tabel")[0]


def test_the_chart_says_which_method_was_used(store, monkeypatch):
    at = open_app(store, monkeypatch, CAMAT, page="camat/perbandingan_unit.py", params={"sem": "2025-S2"})
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    notes = [a["text"] for a in spec["layout"]["annotations"]]
    assert "Disesuaikan campuran layanan · batas binomial eksak · overdispersi φ = 1,00" in notes
