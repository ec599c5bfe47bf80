"""Operasional page (AppTest on a small demo store): the admin sees the jobs and the missing backup on
every page, backs up, checks the inbox and sends the digests to the outbox from the page; other roles
cannot open it; the scheduler starts once per process and not under AppTest unless asked."""

from __future__ import annotations

import os
import shutil
import time

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.access.auth import User
from dashboard.ops import scheduler
from tests.pages import open_app, served

ADMIN = User("admin", "admin", display_name="Admin Sistem")
OPERASIONAL = "ops/operasional.py"


@pytest.fixture
def store(demo_store_path, tmp_path, monkeypatch):
    path = tmp_path / "demo.duckdb"
    shutil.copy(demo_store_path, path)  # the session's demo store (tests/conftest.py), copied per test
    for name, folder in (("KINERJA_BACKUPS", "backups"), ("KINERJA_INBOX", "inbox"), ("KINERJA_OUTBOX", "outbox")):
        monkeypatch.setenv(name, str(tmp_path / folder))
    monkeypatch.setenv("KINERJA_INBOX_SETTLE", "0")
    with served(path, monkeypatch):
        yield path


def _texts(at: AppTest, kind: str) -> list[str]:
    return [e.value for e in getattr(at, kind)]


def test_missing_backup_is_shown_to_the_admin_on_every_page_until_fixed(store, monkeypatch) -> None:
    """No backup yet: the admin's home page warns; after "Cadangkan sekarang" the warning is gone."""
    at = open_app(store, monkeypatch, ADMIN)
    assert not at.exception
    assert any("Belum ada cadangan" in w for w in _texts(at, "warning"))
    at.switch_page(OPERASIONAL).run()
    at.button(key="ops_backup_now").click().run()
    assert not at.exception
    assert any(s.startswith("Cadangan dibuat dan terverifikasi: demo-") for s in _texts(at, "success"))
    assert not any("cadangan" in w.lower() for w in _texts(at, "warning"))
    assert len(list((store.parent / "backups").glob("demo-*.duckdb"))) == 1
    jobs_table = at.dataframe[0].value
    backup_row = jobs_table[jobs_table["Tugas"] == "Cadangan basis data"].iloc[0]
    assert (backup_row["Hasil"], backup_row["Dijalankan oleh"]) == ("berhasil", "admin")


def test_inbox_and_digest_buttons(store, monkeypatch) -> None:
    """The daily digest goes to the outbox; a file dropped in the inbox is imported from the button
    (the digest first: the first real import into a demo store removes its demo accounts)."""
    at = open_app(store, monkeypatch, ADMIN, OPERASIONAL)
    at.button(key="ops_send_daily").click().run()
    assert not at.exception
    assert any("ke folder keluar" in s for s in _texts(at, "success"))
    assert list((store.parent / "outbox").glob("*lurah*.eml"))

    box = store.parent / "inbox"
    box.mkdir()
    (box / "policy_events-2026.csv").write_text(
        "event_date,label,description\n2026-11-02,Uji kotak masuk,Impor otomatis\n",
        encoding="utf-8",
    )
    past = time.time() - 120
    os.utime(box / "policy_events-2026.csv", (past, past))
    at.button(key="ops_inbox_now").click().run()
    assert not at.exception
    [message] = [m for m in _texts(at, "success") + _texts(at, "error") if "berkas" in m]
    assert message.startswith("1 berkas diimpor, 0 ditolak"), message
    assert [p.name.split("-", 2)[-1] for p in (box / "done").iterdir()] == ["policy_events-2026.csv"]


def test_other_roles_cannot_open_it(store, monkeypatch) -> None:
    """The page itself refuses a camat, whatever the navigation shows."""
    at = open_app(store, monkeypatch, User("camat", "camat"), script=OPERASIONAL, timeout=60)
    assert not at.exception
    assert at.error


def test_scheduler_starts_once_per_process_only_when_asked(store, monkeypatch) -> None:
    """Under AppTest nothing starts; with KINERJA_SCHEDULER=1 one scheduler with the four jobs, shared by sessions."""
    monkeypatch.delenv("KINERJA_SCHEDULER", raising=False)
    open_app(store, monkeypatch, ADMIN, fresh=False)
    assert scheduler.running() is None
    monkeypatch.setenv("KINERJA_SCHEDULER", "1")
    monkeypatch.setenv("KINERJA_INBOX_SECONDS", "3600")
    try:
        open_app(store, monkeypatch, ADMIN, fresh=False)
        first = scheduler.running()
        open_app(store, monkeypatch, ADMIN, fresh=False)  # a second session
        assert scheduler.running() is first
        assert sorted(scheduler.next_runs()) == ["backup", "digest_daily", "digest_weekly", "inbox"]
    finally:
        scheduler.stop()
    assert scheduler.running() is None
