"""SQL fragments and script tags in every URL parameter and text input change nothing,
reveal nothing and crash no page (issue 8)."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from dashboard.access import auth
from dashboard.core.i18n import t
from dashboard.core.store import CONTRACT_TABLES
from dashboard.demo.build import build_demo
from dashboard.navigation import PAGES

ROOT = Path(__file__).resolve().parent.parent
PAYLOADS = [
    "2025-S1' OR 1=1; DROP TABLE service_logs; -- <script>alert('x')</script>",
    '33.74.09.1003" UNION SELECT password_hash FROM users -- <img src=x onerror=alert(1)>',
]
# URL keys the pages read: found in the code, plus the shared ones set through ui helpers.
SHARED_KEYS = {"sem", "unit", "nip", "lang", "q", "slide", "mode"}


def url_keys() -> set[str]:
    keys = set(SHARED_KEYS)
    for path in (ROOT / "dashboard").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        keys |= set(re.findall(r'url_state\(\s*"([a-z_]+)"', text))
        keys |= set(re.findall(r'query_params(?:\.get\(|\[)"([a-z_]+)"', text))
    return keys


def counts(store: Path) -> dict[str, int]:
    con = duckdb.connect(str(store), read_only=True)
    try:
        return {
            table: con.execute(f"select count(*) from {table}").fetchone()[0] for table in (*CONTRACT_TABLES, "users")
        }
    finally:
        con.close()


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("inject") / "demo.duckdb"
    build_demo(path, logs=20_000)
    return path


@pytest.fixture
def app(store, monkeypatch):
    monkeypatch.setenv("KINERJA_DB", str(store))
    st.cache_data.clear()
    st.cache_resource.clear()
    yield
    st.cache_resource.clear()  # release the app's connection before the store is read directly


def page_cases() -> list[tuple[str, str]]:
    out = []
    for role in ("camat", "hr", "lurah", "admin", "public"):
        for _, script, _, _, url_path in PAGES:
            if url_path != "masuk" and auth.may_open(url_path, auth.User(role, role)):
                out.append((role, script))
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
def test_payloads_in_url_and_inputs(app, store, role, script):
    """Every page, opened with hostile URL parameters and hostile text typed into its inputs."""
    keys = sorted(url_keys())
    for payload in PAYLOADS:
        at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=120)
        if role != "public":
            at.session_state["user"] = auth.User(role, role, unit_id="33.74.09.1003" if role == "lurah" else None)
        for key in keys:
            at.query_params[key] = payload
        at.run()
        at.switch_page(script).run()
        assert not at.exception, (script, payload, at.exception)
        for text_input in at.text_input:
            if text_input.proto.type == text_input.proto.PASSWORD:
                continue
            text_input.input(payload)
        at.run()
        assert not at.exception, (script, payload, at.exception)
        shown = visible_text(at)
        assert "$argon2" not in shown and "Traceback" not in shown
        assert t("app.error", lang="id") not in shown, (script, payload)
    st.cache_resource.clear()
    import gc

    gc.collect()
    after = counts(store)
    assert after["service_logs"] == 20_000 and after["users"] == len(auth.DEMO_ACCOUNTS)
