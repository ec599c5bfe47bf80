"""Page speed work: the fast number formatter, the cheap store-opening check, fragments and the first screen."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import duckdb
import numpy as np
import pytest
from babel.numbers import format_decimal
from streamlit.testing.v1 import AppTest

from dashboard.access.auth import User
from dashboard.core import fmt, store
from tests.fixture_store import build_fixture_store
from tests.pages import open_app


def test_number_formats_exactly_as_babel():
    """fmt.number's fast path gives Babel's text (rounding half to even on the decimal value) in both languages."""
    rng = random.Random(42)
    values = [0, -0.0, 0.05, -0.05, 2.675, 1.005, 12.5, -12.5, 99.95, 1234567, -1234567.891, 1e12, 0.00049]
    values += [np.float64(2.5), np.int64(1234), np.float32(1.1), float("inf")]
    values += [rng.uniform(-1e6, 1e6) for _ in range(3000)] + [round(rng.uniform(0, 100), 3) for _ in range(3000)]
    for lang, locale in (("id", "id_ID"), ("en", "en_US")):
        for decimals in (0, 1, 2):
            pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
            for value in values:
                assert fmt.number(value, decimals, lang) == format_decimal(value, format=pattern, locale=locale), value


# ---------------------------------------------------------------- opening a store


@pytest.fixture(scope="module")
def fixture_master(tmp_path_factory) -> Path:
    return build_fixture_store(tmp_path_factory.mktemp("speed-work") / "fixture.duckdb")


def test_opening_keeps_a_verified_fingerprint_and_trusts_it_while_storage_is_unchanged(fixture_master, tmp_path):
    """The first open runs the full check and keeps the storage fingerprint; the next open finds it unchanged."""
    path = tmp_path / "store.duckdb"
    shutil.copy(fixture_master, path)
    con = duckdb.connect(str(path))
    assert store.facts_checked(con)
    kept = con.execute("select value from settings where key = 'facts_verified_storage'").fetchone()
    assert kept is not None and kept[0] == store.storage_fingerprint(con)
    con.close()
    con = duckdb.connect(str(path))
    assert store.storage_fingerprint(con) == kept[0]
    assert store.facts_checked(con)
    con.close()


@pytest.mark.parametrize(
    "edit",
    [
        "update service_logs set completed_at = completed_at + interval 6 hour where request_id = 'r01'",
        "update service_logs set rework_count = rework_count + 1 where request_id = 'r01'",
        "delete from service_logs where request_id = 'r01'",
        "insert into service_logs select 'x1', service_id, unit_id, handled_by, channel, received_at, completed_at, "
        "due_at, status, rework_count from service_logs where request_id = 'r01'",
        "update services set standard_minutes = 30 where service_id = 'S1'",
        "delete from service_log_facts where request_id = 'r01'",
    ],
)
def test_a_direct_edit_after_the_fingerprint_was_kept_is_still_noticed(fixture_master, tmp_path, edit):
    """Another tool writes the logs, the facts or a standard and closes the store (a checkpoint):
    the kept fingerprint no longer matches and the full check finds the facts out of step."""
    path = tmp_path / "store.duckdb"
    shutil.copy(fixture_master, path)
    con = duckdb.connect(str(path))
    assert store.facts_checked(con)
    con.close()
    con = duckdb.connect(str(path))
    con.execute(edit)
    assert not store.facts_checked(con), "before the checkpoint"
    con.close()
    con = duckdb.connect(str(path))
    assert not store.facts_checked(con), "after the checkpoint"
    store.refresh_facts(con)
    assert store.facts_checked(con)
    con.close()


# ---------------------------------------------------------------- Kecepatan Layanan: sections as fragments


@pytest.fixture(scope="module")
def demo_path(demo_store_copy) -> Path:
    return demo_store_copy  # the session's demo store (tests/conftest.py), copied for this module


def open_speed_page(path: Path, monkeypatch) -> AppTest:
    at = open_app(path, monkeypatch, User("camat", "camat"), page="speed/kecepatan_layanan.py")
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_the_ecdf_sends_each_point_once(demo_path, monkeypatch):
    """The ECDF's tooltip text is a duration per point, the service's name and n once per line: the chart
    stays small on the wire (it was most of the page's websocket payload)."""
    at = open_speed_page(demo_path, monkeypatch)
    specs = [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]
    ecdf = next(s for s in specs if all(trace.get("line", {}).get("shape") == "hv" for trace in s["data"]))
    for trace in ecdf["data"]:
        assert "hovertext" not in trace
        assert trace["name"] in trace["hovertemplate"] and "n = " in trace["hovertemplate"]
        assert all(("menit" in d or "jam" in d or "hari" in d) for d in trace["customdata"])
    assert len(json.dumps(ecdf)) < 60_000


# ---------------------------------------------------------------- the camat's first screen


def test_the_first_screen_shows_the_latest_evaluated_semesters_skp_beside_the_running_service_figures(
    demo_path, monkeypatch
):
    """On the demo the running semester (II 2026) is not evaluated yet: the SKP cards and sections show
    Semester I 2026, labelled with it, and what needs attention comes first."""
    at = open_app(demo_path, monkeypatch, User("camat", "camat"))
    assert not at.exception, [e.value for e in at.exception]
    cards = {m.label: m.value for m in at.metric}
    assert cards["Rata-rata nilai SKP (Semester I 2026)"] not in ("–", "")
    assert cards["Sangat Baik + Baik (Semester I 2026)"].endswith("%")
    assert "Sesuai standar" in cards  # the running semester's service figures beside them
    headers = [h.value for h in at.subheader]
    assert headers[0] == "Perlu perhatian camat"
    assert headers[1].startswith("Angka utama Semester II 2026")
    assert "Capaian semester per unit — Semester I 2026" in headers
    captions = " ".join(c.value for c in at.caption)
    assert "semester terakhir yang sudah dinilai; Semester II 2026 belum dinilai" in captions
    assert "Belum dinilai. " not in " ".join(i.value for i in at.info)


def test_the_schema_is_applied_at_open_only_when_it_changed(fixture_master, tmp_path):
    """apply_schema records what it applied; the app's open skips it while schema, migrations and DuckDB are
    the same, and runs it for a store that never recorded it (an earlier release) or recorded another."""
    path = tmp_path / "store.duckdb"
    shutil.copy(fixture_master, path)
    con = duckdb.connect(str(path))
    assert store.schema_current(con)  # the fixture was built through apply_schema
    con.execute("delete from settings where key = 'schema_digest'")
    assert not store.schema_current(con)
    store.apply_schema(con)
    assert store.schema_current(con)
    con.execute("update settings set value = 'an older schema' where key = 'schema_digest'")
    assert not store.schema_current(con)
    con.close()
