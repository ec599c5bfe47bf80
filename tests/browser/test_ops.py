"""Running it every day, in a real browser: the admin configures SMTP (a real SMTP server in this
test process), sends a test mail and the daily digest, backs up, and drops a file in the inbox that
the dashboard's own scheduler imports; then the camat sees the imported data."""

from __future__ import annotations

import email
import os
import time
from email import policy

import duckdb
import pytest
from aiosmtpd.controller import Controller
from playwright.sync_api import Page, expect

from dashboard.access import auth
from dashboard.core.i18n import t
from tests.browser.conftest import private_copy, serve
from tests.browser.helpers import MAIN, assert_no_error, screenshot, wait_for_app
from tests.browser.test_pages import PASSWORDS, open_page, sign_in, sign_out
from tests.ports import free_port


class Keep:
    def __init__(self) -> None:
        self.port = free_port()
        self.messages: list[tuple[list[str], email.message.EmailMessage]] = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(
            (list(envelope.rcpt_tos), email.message_from_bytes(envelope.content, policy=policy.default))
        )
        return "250 Message accepted"


def click(page: Page, label: str) -> None:
    page.locator(MAIN).get_by_role("button", name=label).click()
    wait_for_app(page)


@pytest.fixture
def smtp():
    handler = Keep()
    controller = Controller(handler, hostname="127.0.0.1", port=handler.port)
    controller.start()
    try:
        yield handler
    finally:
        controller.stop()


OFFICE_PASSWORD = "Kantor-Gajahmungkur-2026"
OFFICE_ACCOUNTS = (  # user name, role, unit, e-mail
    ("admin.kecamatan", "admin", None, "admin@gajahmungkur.example"),
    ("camat.gajahmungkur", "camat", None, "camat@gajahmungkur.example"),
    ("lurah.bendanngisor", "lurah", "33.74.09.1003", "lurah@gajahmungkur.example"),
)


def office_store(path):
    """The demo's data as a real office's store: no demo mark, no demo accounts, the office's own
    accounts (the first real import into a demo store would remove its demo accounts)."""
    con = duckdb.connect(str(path))
    try:
        con.execute("update settings set value = 'false' where key = 'is_demo'")
        con.execute("delete from users")
        for username, role, unit, address in OFFICE_ACCOUNTS:
            auth.add_user(con, username, OFFICE_PASSWORD, role, unit_id=unit, one_time=False)
            con.execute("update users set email = $e where username = $u", {"e": address, "u": username})
        con.execute("checkpoint")
    finally:
        con.close()
    return path


def test_admin_runs_the_day_and_the_camat_sees_the_import(browsers, demo_store_path, tmp_path, monkeypatch, smtp):
    """SMTP set on the page, test mail and daily digest received, a verified backup, an inbox file imported
    by the scheduler; all shown on Operasional; the camat then finds the imported policy event."""
    folders = {"KINERJA_INBOX": "inbox", "KINERJA_OUTBOX": "outbox", "KINERJA_BACKUPS": "backups"}
    for name, folder in folders.items():
        monkeypatch.setenv(name, str(tmp_path / folder))
    monkeypatch.setenv("KINERJA_SCHEDULER", "1")
    monkeypatch.setenv("KINERJA_INBOX_SECONDS", "5")
    monkeypatch.setenv("KINERJA_INBOX_SETTLE", "1")
    store = office_store(private_copy(demo_store_path, tmp_path))
    page = browsers.open(timeout=60_000)
    try:
        with serve(store) as base_url:
            sign_in(page, "admin.kecamatan", OFFICE_PASSWORD, at=base_url)
            expect(page.locator(MAIN)).to_contain_text(t("ops.backup_none", lang="id"))
            open_page(page, t("ops.nav_title", lang="id"))

            # SMTP settings on the page
            form = page.locator('[data-testid="stForm"]', has_text=t("ops.smtp_save", lang="id"))
            form.get_by_label(t("ops.smtp_host", lang="id")).fill("127.0.0.1")
            form.get_by_label(t("ops.smtp_port", lang="id")).fill(str(smtp.port))
            form.get_by_text(t("ops.smtp_starttls", lang="id")).click()  # no TLS on the test server
            form.get_by_role("button", name=t("ops.smtp_save", lang="id")).click()
            wait_for_app(page)
            expect(page.locator(MAIN)).to_contain_text(t("ops.smtp_saved", lang="id"))
            expect(page.locator(MAIN)).to_contain_text(f"127.0.0.1:{smtp.port}")

            click(page, t("ops.test_send", lang="id"))
            expect(page.locator(MAIN)).to_contain_text("1 terkirim, 0 ke folder keluar, 0 gagal.")
            assert ["admin@gajahmungkur.example"] in [rcpt for rcpt, _ in smtp.messages]

            click(page, t("ops.send_daily", lang="id"))
            expect(page.locator(MAIN)).to_contain_text("0 gagal")
            daily = [m for rcpt, m in smtp.messages if rcpt == ["lurah@gajahmungkur.example"]]
            assert daily and daily[0]["Subject"].startswith("Ringkasan harian Kelurahan Bendan Ngisor")

            click(page, t("ops.backup_now", lang="id"))
            expect(page.locator(MAIN)).to_contain_text("Cadangan dibuat dan terverifikasi")
            expect(page.locator(MAIN)).not_to_contain_text(t("ops.backup_none", lang="id"))
            assert len(list((tmp_path / "backups").glob("*.duckdb"))) == 1

            # a file in the inbox, imported by the dashboard's own scheduler (no button)
            dropped = tmp_path / "inbox" / "policy_events-rapat-desember.csv"
            dropped.parent.mkdir(exist_ok=True)
            dropped.write_text("event_date,label,description\n2026-11-02,Uji kotak masuk,Impor otomatis\n")
            os.utime(dropped, (time.time() - 60, time.time() - 60))
            deadline = time.monotonic() + 60  # the scheduler scans every 5 s; the file moves to done/ once imported
            while not list((tmp_path / "inbox" / "done").glob("*policy_events-rapat-desember.csv")):
                assert time.monotonic() < deadline, "the scheduler did not import the inbox file within 60 s"
                time.sleep(0.2)  # waiting on the server's files, outside the page
            last_inbox = page.get_by_test_id("stCaptionContainer").filter(has_text="policy_events-rapat-desember.csv")
            for _ in range(10):  # the run is noted as the file moves: a rerun or two shows it
                open_page(page, t("ops.nav_title", lang="id"))
                if last_inbox.count():
                    break
            expect(last_inbox).to_contain_text("1 berkas diimpor, 0 ditolak")
            assert_no_error(page)
            screenshot(page, "ops-operasional-admin")

            sign_out(page)
            sign_in(page, "camat.gajahmungkur", OFFICE_PASSWORD)
            open_page(page, t("about.title", lang="id"))
            expect(page.locator(MAIN)).to_contain_text("Uji kotak masuk")
            assert_no_error(page)
    finally:
        browsers.close(page)


def test_backup_warning_is_for_the_admin_only(browsers, app_server) -> None:
    """The camat does not see the backup warning (the admin's job), on the shared demo server."""
    page = browsers.open()
    try:
        sign_in(page, "camat", PASSWORDS["camat"], at=app_server)
        assert t("ops.backup_none", lang="id") not in page.locator(MAIN).inner_text()
    finally:
        browsers.close(page)
