"""Forum Publik in AppTest: open to the public, six slides stepped with the buttons, the slide
in the URL, presentation mode, and no employee name or NIP in any text or chart JSON."""

from __future__ import annotations

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.access import auth
from tests.pages import open_app


@pytest.fixture(scope="module")
def demo(demo_store_copy):
    path = demo_store_copy  # the session's demo store (tests/conftest.py), copied for this module
    con = duckdb.connect(str(path), read_only=True)
    people = con.execute("select nip, name from employees").fetchall()
    con.close()
    return path, people


def open_public(path, monkeypatch, params: dict | None = None) -> AppTest:
    """The app as a visitor who is not signed in: the Forum Publik is the home page."""
    at = open_app(path, monkeypatch, auth.PUBLIC, params=params)
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    return at


def page_text(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption] + [i.value for i in at.info]
    parts += [str(chart.proto.spec) for chart in at.get("plotly_chart")]
    return "\n".join(parts)


def test_public_steps_through_six_slides_without_personal_data(demo, monkeypatch):
    """Every slide renders for the public; buttons step forward and back; the URL keeps the slide;
    no name or NIP appears in any markdown, caption or chart JSON (tooltips included)."""
    path, people = demo
    at = open_public(path, monkeypatch)
    assert at.title[0].value == "Forum Publik"
    assert at.button(key="pub_prev").disabled
    texts = []
    for number in range(1, 7):
        assert at.query_params["slide"] == str(number)
        text = page_text(at)
        assert f"{number} / 6" in text
        if number > 1:
            assert at.get("plotly_chart"), f"slide {number} has no chart"
        texts.append(text)
        if number < 6:
            at.button(key="pub_next").click().run()
            assert not at.exception and not at.error
    assert at.button(key="pub_next").disabled
    assert "Peningkatan terbesar: pengurusan" in texts[0] and "IKM" in texts[3]
    everything = "\n".join(texts)
    for nip, name in people:
        assert nip not in everything
        assert name not in everything and name.split(",")[0] not in everything, name
    at.button(key="pub_prev").click().run()
    assert at.query_params["slide"] == "5"


def test_presentation_mode_hides_the_frame_and_exits(demo, monkeypatch):
    """?mode=presentasi&slide=3 opens slide 3 without the page header, with the chrome hidden by CSS; Keluar leaves."""
    path, _ = demo
    at = open_public(path, monkeypatch, {"mode": "presentasi", "slide": "3"})
    assert not at.title  # no page title: the slide is the screen
    styles = "\n".join(m.value for m in at.markdown)
    assert '[data-testid="stSidebar"]' in styles and 'header[data-testid="stHeader"]' in styles
    assert "3 / 6" in page_text(at)
    assert "pub_start" not in [b.key for b in at.button]
    at.button(key="pub_exit").click().run()
    assert at.title[0].value == "Forum Publik"
    assert "mode" not in at.query_params
    at.button(key="pub_start").click().run()
    assert at.query_params["mode"] == "presentasi"


def test_elapsed_time_choice_changes_the_words(demo, monkeypatch):
    """The presenter's choice of elapsed time reaches slide 2's caption and the URL."""
    path, _ = demo
    at = open_public(path, monkeypatch, {"slide": "2"})
    assert "waktu kerja" in page_text(at)
    at.segmented_control(key="w_ukuran").set_value("elapsed").run()
    assert "waktu kalender" in page_text(at)
    assert at.query_params["ukuran"] == "elapsed"
