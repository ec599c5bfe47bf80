"""SQL fragments and script tags change nothing, reveal nothing and crash no page.

Three layers, each checked where it can fail: every query binds a hostile text as a value
(every VARCHAR parameter of every read query, on the hand-made store); a URL value outside a
page's choices falls back to the default; and every page, opened with hostile values in every
URL key and typed into every text input, shows no error and changes no row."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from dashboard.access import auth
from dashboard.core import data, queries
from dashboard.core.i18n import t
from dashboard.core.store import CONTRACT_TABLES, open_reader, reader_cursor
from dashboard.navigation import PAGES
from tests.fixture_store import build_fixture_store
from tests.pages import open_app, served
from tests.test_queries import SAMPLE_PARAMS

ROOT = Path(__file__).resolve().parent.parent
PAYLOADS = [
    "2025-S1' OR 1=1; DROP TABLE service_logs; -- <script>alert('x')</script>",
    '33.74.09.1003" UNION SELECT password_hash FROM users -- <img src=x onerror=alert(1)>',
]
# The page sweep types one text that carries both: each page run costs a second, each query a millisecond.
SWEEP_PAYLOAD = " ".join(PAYLOADS)
# URL keys the pages read: found in the code, plus the shared ones set through ui helpers.
SHARED_KEYS = {"sem", "unit", "nip", "lang", "q", "slide", "mode"}
# Who opens each page in the sweep: the first of these roles that may (public pages: a visitor).
SWEEP_ROLES = ("camat", "hr", "admin", "pegawai", "lurah")
PUBLIC_PAGES = {"forum-publik", "tentang-data"}


def url_keys() -> set[str]:
    keys = set(SHARED_KEYS)
    for path in (ROOT / "dashboard").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        keys |= set(re.findall(r'(?:url_state|keep)\(\s*"([a-z_]+)"', text))
        keys |= set(re.findall(r'query_params(?:\.get\(|\[)"([a-z_]+)"', text))
    return keys


def counts(cursor: duckdb.DuckDBPyConnection) -> dict[str, int]:
    return {t: cursor.execute(f"select count(*) from {t}").fetchall()[0][0] for t in (*CONTRACT_TABLES, "users")}


def text_parameters(name: str) -> list[str]:
    return [p for p, kind in queries.load(name).params.items() if kind.upper() == "VARCHAR"]


def read_queries_with_text() -> list[str]:
    """The queries that only read (the data layer's one definition) and take at least one text parameter."""
    return sorted(n for n in data.read_queries() if text_parameters(n))


@pytest.fixture(scope="module")
def cursor(tmp_path_factory):
    con = open_reader(build_fixture_store(tmp_path_factory.mktemp("inject") / "fixture.duckdb"), read_only=False)
    cur = reader_cursor(con)
    yield cur
    cur.close()
    con.close()


@pytest.mark.parametrize("name", read_queries_with_text())
def test_every_text_parameter_is_bound_as_a_value(cursor, name):
    query = queries.load(name)
    texts = text_parameters(name)
    before = counts(cursor)
    for payload in PAYLOADS:
        params = {p: SAMPLE_PARAMS[p] for p in query.params} | dict.fromkeys(texts, payload)
        try:
            frame = queries.run(cursor, name, **params)
        except duckdb.ConversionException:  # a text that must be a number or date is refused as one
            continue
        shown = [str(value) for value in frame.to_numpy().ravel()]
        assert not any("$argon2" in value for value in shown), name
    assert counts(cursor) == before


def test_a_url_value_outside_the_choices_falls_back_to_the_default():
    def page(root):
        import sys

        import streamlit as st

        sys.path.insert(0, root)
        from dashboard.core import ui

        st.text(ui.url_state("sem", "2025-S1", ["2025-S1", "2025-S2"]))
        st.text(ui.url_state("lang", "id", ["id", "en"]))
        st.text(ui.url_state("sem", "2025-S1", ["2025-S1", "2025-S2"]))  # a later run keeps the fallback

    at = AppTest.from_function(page, args=(str(ROOT),))
    at.query_params["sem"] = PAYLOADS[0]
    at.query_params["lang"] = PAYLOADS[1]
    at.run()
    assert not at.exception
    assert [m.value for m in at.text] == ["2025-S1", "id", "2025-S1"]


@pytest.fixture
def store(demo_store_copy, monkeypatch):
    """The module's demo store served to the app in one test; the app's connection is released after it."""
    with served(demo_store_copy, monkeypatch):
        yield demo_store_copy


def page_cases() -> list[tuple[str, str]]:
    out = []
    for _, script, _, _, url_path in PAGES:
        if url_path == "masuk":
            continue
        allowed = [r for r in SWEEP_ROLES if auth.may_open(url_path, auth.User(r, r))]
        out.append(("public" if url_path in PUBLIC_PAGES or not allowed else allowed[0], script))
    return out


def visible_text(at: AppTest) -> str:
    parts = [
        e.value
        for kind in ("markdown", "caption", "title", "subheader", "header", "info", "warning", "error")
        for e in at.get(kind)
        if isinstance(getattr(e, "value", None), str)
    ]
    return "\n".join(parts)


@pytest.mark.parametrize(
    ("role", "script"), page_cases(), ids=[f"{r}-{s.split('/')[-1][:-3]}" for r, s in page_cases()]
)
def test_payloads_in_url_and_inputs(store, monkeypatch, role, script):
    """Every page, opened with hostile URL parameters and hostile text typed into its inputs."""
    user = None if role == "public" else auth.User(role, role, nip=SAMPLE_PARAMS["nip"] if role == "pegawai" else None)
    params = dict.fromkeys(sorted(url_keys()), SWEEP_PAYLOAD)
    at = open_app(store, monkeypatch, user, page=script, params=params, timeout=120)
    assert not at.exception, (script, at.exception)
    for text_input in at.text_input:
        if text_input.proto.type == text_input.proto.PASSWORD:
            continue
        text_input.input(SWEEP_PAYLOAD)
    at.run()
    assert not at.exception, (script, at.exception)
    shown = visible_text(at)
    assert "$argon2" not in shown and "Traceback" not in shown
    assert t("app.error", lang="id") not in shown, script
    st.cache_resource.clear()
    import gc

    gc.collect()
    con = duckdb.connect(str(store), read_only=True)
    try:
        after = counts(con)
    finally:
        con.close()
    assert after["service_logs"] == 20_000 and after["users"] == len(auth.DEMO_ACCOUNTS)
