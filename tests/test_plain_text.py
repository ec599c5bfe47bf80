"""Text people typed or imported is shown as typed: never as a link, an image, a heading, a
coloured warning or HTML (Tentang Data, Forum Publik, the HR record and Kinerja Saya)."""

from __future__ import annotations

import duckdb
import pytest

from dashboard.access.auth import PUBLIC, User
from dashboard.core import charts, fmt
from tests.fixture_store import NIP_A, build_fixture_store
from tests.pages import open_app

TRACKER = "![ ](http://tracker.example/p.png)"
PHISH = "[Perbarui kata sandi](http://phish.example)"
SPOOF = ":red[**PERINGATAN: akun Anda diblokir**]"
EVIL = f"{TRACKER} {PHISH}\n# {SPOOF}\nwww.phish.example <img src=x onerror=alert(1)>"


def unsafe(markdown: str) -> list[str]:
    """The Markdown constructs in ``markdown`` that would render as more than text."""
    import re

    found = []
    for name, pattern in {
        "image": r"(?<!\\)!(?<!\\)\[",
        "link": r"(?<!\\)\]\(",
        "colour": r"(?<!\\):red(?<!\\)\[",
        "heading": r"(?m)^#",
        "html": r"(?<!\\)<img",
        "www": r"www\.phish",
    }.items():
        if re.search(pattern, markdown):
            found.append(name)
    return found


def test_plain_escapes_every_markdown_construct_and_keeps_ordinary_text():
    assert unsafe(EVIL) == ["image", "link", "colour", "heading", "html", "www"]
    assert unsafe(fmt.plain(EVIL)) == []
    assert fmt.plain("Dra. Sri Wahyuni, M.Si. (Lurah)") == "Dra. Sri Wahyuni, M.Si. (Lurah)"
    assert fmt.plain("baris satu\n  baris dua") == "baris satu  \nbaris dua"
    assert fmt.plain("1. pertama\n- kedua") == "1\\. pertama  \n\\- kedua"
    assert fmt.plain(None) == "" and fmt.plain(float("nan")) == ""


def test_a_policy_event_label_on_a_chart_is_escaped():
    import datetime as dt

    import plotly.graph_objects as go

    fig = charts.add_policy_events(go.Figure(), [(dt.date(2025, 3, 5), '<a href="http://phish">Klik</a>')])
    assert fig.layout.annotations[0].text == "&lt;a href=&quot;http://phish&quot;&gt;Klik&lt;/a&gt;"


@pytest.fixture
def store(tmp_path):
    path = build_fixture_store(tmp_path / "store.duckdb")
    con = duckdb.connect(str(path))
    con.execute("update policy_events set label = $l, description = $d", {"l": f"Mulai {PHISH}", "d": EVIL})
    con.execute(
        "insert into appraisal_responses (nip, period, response, reasons, plan) values ($n, '2025-S1', 'keberatan', $r, $p)",
        {"n": NIP_A, "r": EVIL, "p": SPOOF},
    )
    con.execute("update appraisals set feedback = $f where nip = $n", {"f": EVIL, "n": NIP_A})
    con.close()
    return path


def markdown_of(at) -> str:
    return "\n".join(m.value for m in [*at.markdown, *at.caption, *at.title, *at.subheader])


def test_tentang_data_shows_imported_event_texts_as_text(store, monkeypatch):
    at = open_app(store, monkeypatch, PUBLIC, "datamgmt/tentang_data.py")
    assert not at.exception
    shown = markdown_of(at)
    assert "tracker" in shown and "phish" in shown  # the text is there...
    assert unsafe(shown) == []  # ...as text


@pytest.mark.parametrize("user", [User("hr", "hr"), User("pegawai", "pegawai", nip=NIP_A)])
def test_the_record_shows_feedback_and_the_employees_own_words_as_text(store, monkeypatch, user):
    page = "pegawai/rekam_pegawai.py" if user.role == "hr" else "pegawai/kinerja_saya.py"
    at = open_app(store, monkeypatch, user, page, params={"nip": NIP_A} if user.role == "hr" else None)
    assert not at.exception, at.exception
    shown = markdown_of(at)
    assert "tracker" in shown and "PERINGATAN" in shown
    assert unsafe(shown) == []


def test_the_signed_in_name_in_the_sidebar_is_text(store, monkeypatch):
    at = open_app(store, monkeypatch, User("x", "pegawai", nip=NIP_A, display_name=PHISH))
    shown = "\n".join(m.value for m in at.sidebar.markdown)
    assert "Perbarui kata sandi" in shown and unsafe(shown) == []
