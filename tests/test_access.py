"""Access control: roles and pages, sign-in, delays, passwords, sessions, idle timeout, secrets at rest, CLI."""

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
import streamlit as st

from dashboard.access import auth
from dashboard.core import data
from dashboard.navigation import PAGES
from tests.fixture_store import NIP_A, build_fixture_store
from tests.pages import open_app, served

ROOT = Path(__file__).resolve().parent.parent
PASSWORDS = {"camat.uji": "camat-rahasia-1", "hr.uji": "hr-rahasia-22", "admin.uji": "admin-rahasia-333"}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = build_fixture_store(tmp_path_factory.mktemp("access") / "store.duckdb")
    con = duckdb.connect(str(path))
    for username, password in PASSWORDS.items():
        auth.add_user(con, username, password, username.split(".")[0], one_time=False)
    auth.add_user(con, "lurah1", "lurah-rahasia-4", "lurah", unit_id="33.74.09.1001", one_time=False)
    auth.add_user(con, "budi", "pegawai-rahasia-55", "pegawai", nip=NIP_A, one_time=False)
    con.close()
    return path


@pytest.fixture
def served_store(store, monkeypatch):
    """The module's store served to the app in one test; the app's connection is released after it."""
    with served(store, monkeypatch):
        yield store


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


def test_admin_page_refused_when_opened_directly(served_store, monkeypatch):
    """The admin page is not registered for the camat's session at all, so its URL cannot run it."""
    at = open_app(served_store, monkeypatch, auth.User("camat", "camat"), timeout=60)
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        at.switch_page("access/pengguna.py")
    assert "Pengguna & Jejak Audit" not in [t.value for t in at.title]


def test_sign_in_and_out(served_store, monkeypatch):
    at = open_app(served_store, monkeypatch, page="access/masuk.py", timeout=60)
    at.text_input[0].input("admin.uji")
    at.text_input[1].input(PASSWORDS["admin.uji"])
    at.button[0].click().run()
    assert at.session_state["user"] == auth.User("admin.uji", "admin", display_name="")
    at.switch_page("access/pengguna.py").run()
    assert "Pengguna & Jejak Audit" in [t.value for t in at.title]
    assert not at.exception and not at.error


def test_wrong_password_message_and_audit(served_store, monkeypatch):
    at = open_app(served_store, monkeypatch, page="access/masuk.py", timeout=60)
    at.text_input[0].input("hr.uji")
    at.text_input[1].input("salah-sekali")
    at.button[0].click().run()
    assert [e.value for e in at.error] == ["Nama pengguna atau kata sandi salah."]
    assert "user" not in at.session_state


def test_delay_counts_the_attempts_made_on_the_sign_in_page(served_store, monkeypatch):
    """Wrong passwords on the Masuk page slow sign-in down from that source: the attempts are
    committed even though the sign-in is refused, and audited; the right password in the same
    burst is not checked while the delay runs (the clock stands still here)."""
    monkeypatch.setattr(auth, "now", lambda: dt.datetime(2029, 6, 1, 9, 0))
    at = open_app(served_store, monkeypatch, timeout=60)
    with data.transaction() as cursor:
        auth.add_user(cursor, "uji.kunci", "kunci-rahasia-2026", "hr", one_time=False)
    at.switch_page("access/masuk.py").run()
    for password in ["salah"] * 5 + ["kunci-rahasia-2026"]:
        at.text_input[0].input("uji.kunci")
        at.text_input[1].input(password)
        at.button[0].click().run()
    assert at.error[-1].value.startswith("Terlalu banyak percobaan gagal")
    assert "user" not in at.session_state
    trail = data.query("audit_log", username="uji.kunci", action=None, limit=50)["action"].tolist()
    assert trail.count("sign_in_failed") == 3 and trail.count("sign_in_delayed") == 3


def test_growing_delay_per_source_not_a_lock_for_everyone(store):
    """After 3 failures from one source each further attempt there waits twice as long (2 s, 4 s, ...);
    the camat signing in from another address is not held up by them."""
    con = duckdb.connect(str(store))
    start = dt.datetime(2030, 1, 1, 9, 0)
    at = start
    for _ in range(3):
        with pytest.raises(auth.SignInRefused) as refused:
            auth.authenticate(con, "camat.uji", "salah", at=at, source="10.0.0.66")
        assert refused.value.reason == "invalid"
    with pytest.raises(auth.SignInRefused) as refused:  # the right password is not even checked yet
        auth.authenticate(con, "camat.uji", PASSWORDS["camat.uji"], at=at + dt.timedelta(seconds=1), source="10.0.0.66")
    assert refused.value.reason == "wait" and refused.value.until == at + dt.timedelta(seconds=2)
    with pytest.raises(auth.SignInRefused) as refused:  # the 4th failure: 4 s
        auth.authenticate(con, "camat.uji", "salah", at=at + dt.timedelta(seconds=2), source="10.0.0.66")
    assert refused.value.reason == "invalid"
    with pytest.raises(auth.SignInRefused) as refused:
        auth.authenticate(con, "camat.uji", "salah", at=at + dt.timedelta(seconds=3), source="10.0.0.66")
    assert refused.value.until == at + dt.timedelta(seconds=2 + 4)
    # the real camat, elsewhere, meanwhile
    user = auth.authenticate(
        con, "camat.uji", PASSWORDS["camat.uji"], at=at + dt.timedelta(seconds=3), source="10.1.1.1"
    )
    assert user.role == "camat"
    actions = [r[0] for r in con.execute("select action from audit_log where username = 'camat.uji'").fetchall()]
    con.close()
    assert actions.count("sign_in_failed") == 4 and "sign_in_delayed" in actions


def test_a_burst_of_concurrent_attempts_is_checked_one_by_one(store):
    """23 wrong passwords and then the right one, all at once from one source: attempts for one name
    run one after the other, so the delay stops the burst and the right password does not get through."""
    import threading

    from dashboard.core.store import open_app_connection, reader_cursor

    app_con = open_app_connection(store)  # as the app signs people in: a cursor and a transaction each
    at = dt.datetime(2032, 3, 1, 9, 0)
    outcomes: list[str] = []
    barrier = threading.Barrier(23)

    def attempt(cursor: duckdb.DuckDBPyConnection, password: str) -> None:
        barrier.wait()
        with auth.attempt_lock("hr.uji"):  # as signin.sign_in: the lock spans the transaction
            cursor.execute("begin transaction")
            try:
                auth.authenticate(cursor, "hr.uji", password, at=at, source="10.0.0.7")
                outcomes.append("ok")
            except auth.SignInRefused as refused:
                outcomes.append(refused.reason)
            finally:
                cursor.execute("commit")
                cursor.close()

    threads = [threading.Thread(target=attempt, args=(reader_cursor(app_con), "salah")) for _ in range(23)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    app_con.close()
    con = duckdb.connect(str(store))
    checked = con.execute(
        "select count(*) from login_attempts where username = 'hr.uji' and attempted_at = $at", {"at": at}
    ).fetchall()[0][0]
    with pytest.raises(auth.SignInRefused) as refused:  # and then the right one, a second later
        auth.authenticate(con, "hr.uji", PASSWORDS["hr.uji"], at=at + dt.timedelta(seconds=1), source="10.0.0.7")
    con.close()
    assert refused.value.reason == "wait"
    assert checked == 3 and sorted(outcomes) == ["invalid"] * 3 + ["wait"] * 20


def test_unknown_and_disabled_users_are_checked_against_a_hash(store, monkeypatch):
    """Response time must not tell which user names exist: every attempt runs one argon2 check."""
    calls = []
    real = auth.verify_password
    monkeypatch.setattr(auth, "verify_password", lambda h, p: calls.append(h) or real(h, p))
    con = duckdb.connect(str(store))
    at = dt.datetime(2033, 1, 1, 9, 0)
    for name in ("tidak.ada", "budi"):
        with pytest.raises(auth.SignInRefused):
            auth.authenticate(con, name, "salah-sekali", at=at, source=name)
    auth.set_active(con, "lurah1", False)
    try:
        with pytest.raises(auth.SignInRefused):
            auth.authenticate(con, "lurah1", "lurah-rahasia-4", at=at, source="x")
    finally:
        auth.set_active(con, "lurah1", True)
        con.close()
    assert len(calls) == 3 and all(h.startswith("$argon2id$") for h in calls)


def test_password_strength():
    assert auth.password_problem("pendek") == "auth.pw_short"
    assert auth.password_problem("aaaaaaaaaaaa") == "auth.pw_repetitive"
    assert auth.password_problem("Password1") == "auth.pw_short"
    assert auth.password_problem("gajahmungkur1") == "auth.pw_common"
    assert auth.password_problem("budi-rahasia-55", "budi") == "auth.pw_username"
    assert auth.password_problem("kopi-tubruk-pagi") is None
    with pytest.raises(auth.WeakPassword):
        auth.hash_password("12345678")


def test_one_time_password_must_be_changed_and_expires(store, monkeypatch):
    con = duckdb.connect(str(store))
    monkeypatch.setattr(auth, "now", lambda: dt.datetime(2034, 1, 1, 8, 0))
    auth.add_user(con, "baru.hr", "sekali-pakai-77", "hr")  # set by the admin: a one-time password
    user = auth.authenticate(con, "baru.hr", "sekali-pakai-77", at=dt.datetime(2034, 1, 2, 9, 0))
    assert user.must_change_password
    with pytest.raises(auth.SignInRefused) as refused:  # 7 days later
        auth.authenticate(con, "baru.hr", "sekali-pakai-77", at=dt.datetime(2034, 1, 8, 8, 0), source="y")
    assert refused.value.reason == "expired"
    with pytest.raises(auth.WeakPassword):
        auth.change_own_password(con, user, "sekali-pakai-77", "sekali-pakai-77")
    auth.change_own_password(con, user, "sekali-pakai-77", "sandi-milik-sendiri-8")
    again = auth.authenticate(con, "baru.hr", "sandi-milik-sendiri-8", at=dt.datetime(2034, 2, 1, 9, 0), source="z")
    con.close()
    assert not again.must_change_password


def test_changing_a_password_keeps_only_a_session_of_that_user(store, monkeypatch):
    """The browser that changes its password stays signed in; every other session of the user ends, and a
    token of someone else (a client that took the Streamlit session over brings its own cookie) is not kept."""
    from dashboard.access import sessions

    con = duckdb.connect(str(store))
    at = dt.datetime(2034, 1, 1, 8, 0)
    monkeypatch.setattr(auth, "now", lambda: at)
    auth.add_user(con, "sandi.a", "kopi-tubruk-pagi", "hr", one_time=False)
    auth.add_user(con, "sandi.b", "teh-manis-hangat-7", "camat", one_time=False)
    mine, other_tab = sessions.start(con, "sandi.a", at), sessions.start(con, "sandi.a", at)
    theirs = sessions.start(con, "sandi.b", at)
    user = auth.authenticate(con, "sandi.a", "kopi-tubruk-pagi", at=at)
    auth.change_own_password(con, user, "kopi-tubruk-pagi", "sandi-milik-sendiri-8", keep=mine)
    assert sessions.user_of(con, mine, at)[0]["username"] == "sandi.a"
    assert sessions.user_of(con, other_tab, at) == (None, "unknown")
    auth.change_own_password(con, user, "sandi-milik-sendiri-8", "sandi-milik-sendiri-9", keep=theirs)
    owners = con.execute("select username from user_sessions order by 1").fetchall()
    con.close()
    assert owners == [("sandi.b",)]  # their own session only: the token was not made one of sandi.a's


def test_one_time_password_opens_only_the_password_page(served_store, monkeypatch):
    at = open_app(served_store, monkeypatch, auth.User("hr.uji", "hr", must_change_password=True), timeout=60)
    assert [t.value for t in at.title] == ["Ganti Kata Sandi"]
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        at.switch_page("pegawai/cari_pegawai.py")


def test_hash_made_with_old_parameters_is_replaced_at_sign_in(store):
    from argon2 import PasswordHasher

    con = duckdb.connect(str(store))
    old = PasswordHasher(time_cost=1, memory_cost=8192).hash("lama-tapi-kuat-1")
    con.execute("insert into users (username, password_hash, role) values ('lama.hr', $h, 'hr')", {"h": old})
    auth.authenticate(con, "lama.hr", "lama-tapi-kuat-1", at=dt.datetime(2035, 1, 1))
    new = con.execute("select password_hash from users where username = 'lama.hr'").fetchone()[0]
    con.close()
    assert new != old and not auth._hasher.check_needs_rehash(new)


def test_sign_out_clears_the_whole_session_state(served_store, monkeypatch):
    """The next person at the desk inherits nothing: not HR's last NIP, not unsent one-time passwords."""
    state = {"nip": NIP_A, "bulk_csv": (1, b"username;password\nx;rahasia\n"), "lang": "id"}
    at = open_app(served_store, monkeypatch, auth.User("admin.uji", "admin"), state=state, timeout=60)
    at.button(key="sign_out").click().run()
    assert "nip" not in at.session_state and "bulk_csv" not in at.session_state and "user" not in at.session_state
    assert at.session_state["lang"] == "id"


def test_disable_and_reset_end_every_session(store):
    from dashboard.access import sessions

    con = duckdb.connect(str(store))
    at = dt.datetime(2036, 1, 1, 9, 0)
    tokens = [sessions.start(con, "budi", at) for _ in range(2)]
    assert all(sessions.user_of(con, token, at)[0]["role"] == "pegawai" for token in tokens)
    auth.reset_password(con, "budi", "diatur-ulang-admin-3")
    assert [sessions.user_of(con, token, at) for token in tokens] == [(None, "unknown")] * 2
    token = sessions.start(con, "budi", at)
    auth.set_active(con, "budi", False)
    assert sessions.user_of(con, token, at) == (None, "unknown")
    auth.set_active(con, "budi", True)
    con.execute("update users set must_change_password = false where username = 'budi'")
    con.close()


def test_session_idle_limit_and_touch(store, monkeypatch):
    from dashboard.access import sessions

    monkeypatch.setenv("KINERJA_IDLE_MINUTES", "30")
    con = duckdb.connect(str(store))
    at = dt.datetime(2037, 1, 1, 9, 0)
    token = sessions.start(con, "hr.uji", at)
    row, _ = sessions.user_of(con, token, at + dt.timedelta(minutes=29))  # used: idle time starts again
    assert row["username"] == "hr.uji"
    row, _ = sessions.user_of(con, token, at + dt.timedelta(minutes=58), touch=False)  # automatic: not use
    assert row is not None
    assert sessions.user_of(con, token, at + dt.timedelta(minutes=60)) == (None, "idle")
    assert sessions.user_of(con, token, at + dt.timedelta(minutes=61)) == (None, "unknown")
    stored = con.execute("select token_sha256 from user_sessions").fetchall()
    con.close()
    assert token not in str(stored)


def test_grant_code_gives_the_token_once():
    from dashboard.access import sessions

    code = sessions.grant("geheim-token")
    assert sessions.pending(code) and not sessions.pending("salah")
    assert sessions.redeem("salah") is None
    assert sessions.redeem(code) == "geheim-token"
    assert not sessions.pending(code)  # the sign-in page stops sending its script
    assert sessions.redeem(code) is None
    bound = sessions.grant("token-dua", bound="xsrf-peramban-ini")
    assert sessions.redeem(bound, "xsrf-klien-lain") is None  # a client that took the session over
    bound = sessions.grant("token-dua", bound="xsrf-peramban-ini")
    assert sessions.redeem(bound, "xsrf-peramban-ini") == "token-dua"


def test_demo_names_refused_outside_demo_mode(store, monkeypatch):
    con = duckdb.connect(str(store))
    auth.add_user(con, "camat", "camat-demo-2026", "camat", one_time=False, demo=True)
    monkeypatch.delenv("KINERJA_DEMO", raising=False)
    with pytest.raises(auth.SignInRefused) as refused:
        auth.authenticate(con, "camat", "camat-demo-2026", at=dt.datetime(2038, 1, 1), source="d")
    assert refused.value.reason == "invalid"
    with pytest.raises(ValueError, match="demo"):
        auth.add_user(con, "admin", "admin-sungguhan-2026", "admin")
    monkeypatch.setenv("KINERJA_DEMO", "1")
    assert auth.authenticate(con, "camat", "camat-demo-2026", at=dt.datetime(2038, 1, 2), source="d").role == "camat"
    con.execute("delete from users where username = 'camat'")
    con.close()


def test_idle_timeout(served_store, monkeypatch):
    """A session idle past the limit is signed out on its next interaction (clock controlled)."""
    monkeypatch.setattr(auth, "now", lambda: dt.datetime(2030, 5, 1, 10, 29))
    state = {"last_seen": dt.datetime(2030, 5, 1, 10, 0)}
    at = open_app(served_store, monkeypatch, auth.User("hr.uji", "hr"), state=state, timeout=60)
    assert at.session_state["user"].role == "hr"  # 29 minutes: still signed in
    monkeypatch.setattr(auth, "now", lambda: dt.datetime(2030, 5, 1, 11, 0))
    at.run()
    assert "user" not in at.session_state  # 31 minutes after the last interaction


def test_automatic_reruns_do_not_keep_a_session_alive(served_store, monkeypatch):
    """Forum Publik advancing its slides on its own reruns the app: that is not the user's activity."""
    from dashboard.access import signin

    monkeypatch.setattr(auth, "now", lambda: dt.datetime(2030, 5, 1, 10, 20))
    state = {"last_seen": dt.datetime(2030, 5, 1, 10, 0), signin.AUTO_RUN: True}
    at = open_app(served_store, monkeypatch, auth.User("hr.uji", "hr"), state=state, timeout=60)
    assert at.session_state["last_seen"] == dt.datetime(2030, 5, 1, 10, 0)
    monkeypatch.setattr(auth, "now", lambda: dt.datetime(2030, 5, 1, 10, 31))
    at.session_state[signin.AUTO_RUN] = True
    at.run()
    assert "user" not in at.session_state


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
        input="lurah-rahasia-9\n",
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert added.returncode == 0, added.stderr
    listed = subprocess.run([*cmd, "list"], capture_output=True, text=True, env=env, cwd=ROOT)
    assert "kasi" in listed.stdout and "lurah-rahasia-9" not in listed.stdout
    short = subprocess.run(
        [*cmd, "add", "x1x", "--role", "hr", "--password-stdin"],
        input="pendek\n",
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert short.returncode == 1 and "10 karakter" in short.stderr
    disabled = subprocess.run([*cmd, "disable", "kasi"], capture_output=True, text=True, env=env, cwd=ROOT)
    assert disabled.returncode == 0
    con = duckdb.connect(str(path))
    with pytest.raises(auth.SignInRefused):
        auth.authenticate(con, "kasi", "lurah-rahasia-9")
    con.close()


def test_lurah_asking_for_another_unit_by_url_is_refused_and_audited(served_store, monkeypatch):
    """A unit head opening another unit's page through the URL sees a refusal, and it is audited."""
    lurah = auth.User("lurah1", "lurah", unit_id="33.74.09.1001")
    at = open_app(served_store, monkeypatch, lurah, params={"unit": "33.74.09.1002"}, timeout=60)
    assert [e.value for e in at.error] == ["Anda tidak berhak membuka data ini. Percobaan ini dicatat."]
    st.cache_resource.clear()  # close the app's connection before reading the file directly
    import gc

    gc.collect()
    con = duckdb.connect(str(served_store), read_only=True)
    rows = con.execute(
        "select username, action, target from audit_log where action = 'access_denied' and username = 'lurah1'"
    ).fetchall()
    con.close()
    assert ("lurah1", "access_denied", "unit:33.74.09.1002") in rows


def test_lurah_own_unit_by_url_is_fine(served_store, monkeypatch):
    lurah = auth.User("lurah1", "lurah", unit_id="33.74.09.1001")
    at = open_app(served_store, monkeypatch, lurah, params={"unit": "33.74.09.1001"}, timeout=60)
    assert not at.error and not at.exception
