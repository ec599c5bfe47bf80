"""Access control: roles and pages, sign-in, lockout, idle timeout, secrets at rest, CLI."""

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from dashboard.access import auth
from dashboard.core import data
from dashboard.navigation import PAGES
from tests.fixture_store import NIP_A, build_fixture_store

ROOT = Path(__file__).resolve().parent.parent
PASSWORDS = {"camat": "camat-rahasia-1", "hr": "hr-rahasia-22", "admin": "admin-rahasia-333"}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = build_fixture_store(tmp_path_factory.mktemp("access") / "store.duckdb")
    con = duckdb.connect(str(path))
    for role, password in PASSWORDS.items():
        auth.add_user(con, role, password, role)
    auth.add_user(con, "lurah1", "lurah-rahasia-4", "lurah", unit_id="33.74.09.1001")
    auth.add_user(con, "budi", "budi-rahasia-55", "pegawai", nip=NIP_A)
    con.close()
    return path


@pytest.fixture
def app(store, monkeypatch):
    monkeypatch.setenv("KINERJA_DB", str(store))
    st.cache_data.clear()
    st.cache_resource.clear()
    yield lambda: AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=60)
    st.cache_resource.clear()


def test_no_legacy_pages_folder():
    """A pages/ folder beside app.py would make Streamlit serve page URLs without app.py's checks."""
    assert not (ROOT / "dashboard" / "pages").exists()


def test_page_roles_cover_every_registered_page():
    """Every page is either listed with its roles or deliberately public."""
    public = {"tentang-data", "forum-publik", "masuk"}
    for *_, url_path in PAGES:
        assert url_path in auth.PAGE_ROLES or url_path in public, url_path


@pytest.mark.parametrize(
    ("role", "page", "allowed"),
    [
        ("public", "pengguna", False),
        ("camat", "pengguna", False),
        ("hr", "pengguna", False),
        ("admin", "pengguna", True),
        ("public", "tentang-data", True),
        ("camat", "masuk", False),
        ("public", "masuk", True),
    ],
)
def test_may_open(role, page, allowed):
    assert auth.may_open(page, auth.User(role, role)) is allowed


def test_unit_and_employee_scope():
    lurah = auth.User("l", "lurah", unit_id="U1")
    assert auth.may_see_unit("U1", lurah) and not auth.may_see_unit("U2", lurah) and not auth.may_see_unit(None, lurah)
    assert auth.may_see_employee("n1", "U1", lurah) and not auth.may_see_employee("n2", "U2", lurah)
    me = auth.User("p", "pegawai", nip="n1")
    assert auth.may_see_employee("n1", "U1", me) and not auth.may_see_employee("n2", "U1", me)
    assert auth.may_see_employee("n2", "U2", auth.User("h", "hr"))
    assert not auth.may_see_employee("n2", "U2", auth.User("a", "admin"))
    assert not auth.may_see_employee("n2", "U2", auth.PUBLIC)


def test_admin_page_refused_when_opened_directly(app):
    """The admin page is not registered for the camat's session at all, so its URL cannot run it."""
    at = app()
    at.session_state["user"] = auth.User("camat", "camat")
    at.run()
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        at.switch_page("access/pengguna.py")
    assert "Pengguna & Jejak Audit" not in [t.value for t in at.title]


def test_sign_in_and_out(app, store):
    at = app()
    at.run()
    at.switch_page("access/masuk.py").run()
    at.text_input[0].input("admin")
    at.text_input[1].input(PASSWORDS["admin"])
    at.button[0].click().run()
    assert at.session_state["user"] == auth.User("admin", "admin", display_name="")
    at.switch_page("access/pengguna.py").run()
    assert "Pengguna & Jejak Audit" in [t.value for t in at.title]
    assert not at.exception and not at.error


def test_wrong_password_message_and_audit(app, store):
    at = app()
    at.run()
    at.switch_page("access/masuk.py").run()
    at.text_input[0].input("hr")
    at.text_input[1].input("salah-sekali")
    at.button[0].click().run()
    assert [e.value for e in at.error] == ["Nama pengguna atau kata sandi salah."]
    assert "user" not in at.session_state


def test_lockout_counts_the_attempts_made_on_the_sign_in_page(app, store):
    """Five wrong passwords on the Masuk page lock the account: the attempts are committed even
    though the sign-in is refused (they used to be rolled back with it), and they are audited."""
    at = app()
    at.run()
    with data.transaction() as cursor:
        auth.add_user(cursor, "uji.kunci", "kunci-rahasia-2026", "hr")
    at.switch_page("access/masuk.py").run()
    for password in ["salah"] * 5 + ["kunci-rahasia-2026"]:
        at.text_input[0].input("uji.kunci")
        at.text_input[1].input(password)
        at.button[0].click().run()
    assert at.error[-1].value.startswith("Terlalu banyak percobaan gagal")
    assert "user" not in at.session_state
    trail = data.query("audit_log", username="uji.kunci", action=None, limit=50)["action"].tolist()
    assert trail.count("sign_in_failed") == 5 and trail.count("sign_in_locked") == 1


def test_lockout_after_five_failures_in_15_minutes(store):
    con = duckdb.connect(str(store))
    start = dt.datetime(2030, 1, 1, 9, 0)
    for minute in range(5):
        with pytest.raises(auth.SignInRefused) as refused:
            auth.authenticate(con, "camat", "salah", at=start + dt.timedelta(minutes=minute))
        assert refused.value.reason == "invalid"
    with pytest.raises(auth.SignInRefused) as refused:  # the right password is refused while locked
        auth.authenticate(con, "camat", PASSWORDS["camat"], at=start + dt.timedelta(minutes=6))
    assert refused.value.reason == "locked"
    assert refused.value.until == start + dt.timedelta(minutes=4 + 15)
    user = auth.authenticate(con, "camat", PASSWORDS["camat"], at=start + dt.timedelta(minutes=20))
    assert user.role == "camat"
    actions = [r[0] for r in con.execute("select action from audit_log where username = 'camat'").fetchall()]
    con.close()
    assert actions.count("sign_in_failed") >= 5 and "sign_in_locked" in actions


def test_failures_spread_over_more_than_15_minutes_do_not_lock(store):
    con = duckdb.connect(str(store))
    start = dt.datetime(2031, 1, 1, 9, 0)
    for i in range(5):
        with pytest.raises(auth.SignInRefused):
            auth.authenticate(con, "hr", "salah", at=start + dt.timedelta(minutes=4 * i))
    assert auth.authenticate(con, "hr", PASSWORDS["hr"], at=start + dt.timedelta(minutes=17)).role == "hr"
    con.close()


def test_idle_timeout(app, monkeypatch):
    """A session idle past the limit is signed out on its next interaction (clock controlled)."""
    at = app()
    at.session_state["user"] = auth.User("hr", "hr")
    at.session_state["last_seen"] = dt.datetime(2030, 5, 1, 10, 0)
    monkeypatch.setattr(auth, "now", lambda: dt.datetime(2030, 5, 1, 10, 29))
    at.run()
    assert at.session_state["user"].role == "hr"  # 29 minutes: still signed in
    monkeypatch.setattr(auth, "now", lambda: dt.datetime(2030, 5, 1, 11, 0))
    at.run()
    assert "user" not in at.session_state  # 31 minutes after the last interaction


def test_passwords_never_stored_in_clear(store):
    raw = Path(store).read_bytes()
    for password in PASSWORDS.values():
        assert password.encode() not in raw
    con = duckdb.connect(str(store), read_only=True)
    hashes = [r[0] for r in con.execute("select password_hash from users").fetchall()]
    dump = " ".join(str(r) for r in con.execute("select * from audit_log").fetchall())
    con.close()
    assert all(h.startswith("$argon2id$") for h in hashes)
    assert not any(p in dump for p in PASSWORDS.values())


def test_cli_users_reads_password_from_stdin_only(tmp_path):
    path = build_fixture_store(tmp_path / "cli.duckdb")
    env = {**os.environ, "KINERJA_DB": str(path)}
    cmd = [sys.executable, "-m", "dashboard", "users"]
    added = subprocess.run(
        [*cmd, "add", "kasi", "--role", "lurah", "--unit", "33.74.09.1002", "--password-stdin"],
        input="kasi-rahasia-9\n",
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert added.returncode == 0, added.stderr
    listed = subprocess.run([*cmd, "list"], capture_output=True, text=True, env=env, cwd=ROOT)
    assert "kasi" in listed.stdout and "kasi-rahasia-9" not in listed.stdout
    short = subprocess.run(
        [*cmd, "add", "x1x", "--role", "hr", "--password-stdin"],
        input="pendek\n",
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert short.returncode == 1 and "8 karakter" in short.stderr
    disabled = subprocess.run([*cmd, "disable", "kasi"], capture_output=True, text=True, env=env, cwd=ROOT)
    assert disabled.returncode == 0
    con = duckdb.connect(str(path))
    with pytest.raises(auth.SignInRefused):
        auth.authenticate(con, "kasi", "kasi-rahasia-9")
    con.close()


def test_lurah_asking_for_another_unit_by_url_is_refused_and_audited(app, store):
    """A unit head opening another unit's page through the URL sees a refusal, and it is audited."""
    at = app()
    at.session_state["user"] = auth.User("lurah1", "lurah", unit_id="33.74.09.1001")
    at.query_params["unit"] = "33.74.09.1002"
    at.run()
    assert [e.value for e in at.error] == ["Anda tidak berhak membuka data ini. Percobaan ini dicatat."]
    st.cache_resource.clear()  # close the app's connection before reading the file directly
    import gc

    gc.collect()
    con = duckdb.connect(str(store), read_only=True)
    rows = con.execute(
        "select username, action, target from audit_log where action = 'access_denied' and username = 'lurah1'"
    ).fetchall()
    con.close()
    assert ("lurah1", "access_denied", "unit:33.74.09.1002") in rows


def test_lurah_own_unit_by_url_is_fine(app):
    at = app()
    at.session_state["user"] = auth.User("lurah1", "lurah", unit_id="33.74.09.1001")
    at.query_params["unit"] = "33.74.09.1001"
    at.run()
    assert not at.error and not at.exception
