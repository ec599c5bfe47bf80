"""E-mail digests through a real SMTP server in the test process (aiosmtpd): recipients, texts,
the camat's PDF, the employee's opt-in reminder; a refused or unreachable server is retried and
reported, never raised; with no server the mails land as .eml files in the outbox; the SMTP
password stays out of the settings, the logs and the store."""

from __future__ import annotations

import datetime as dt
import email
import shutil
import stat
import subprocess
import sys
from email import policy
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from dashboard.access import auth
from dashboard.core import queries
from dashboard.ops import digest, gateway, mail
from tests.fixture_store import NIP_A, NIP_B, NIP_D, build_fixture_store
from tests.ports import free_port

REPO = Path(__file__).resolve().parents[1]
PASSWORD = "rahasia-smtp-uji-7"


class Inbox:
    """An SMTP handler that keeps every message (or refuses every recipient)."""

    def __init__(self, refuse: bool = False) -> None:
        self.refuse = refuse
        self.port = free_port()
        self.messages: list[tuple[list[str], email.message.EmailMessage]] = []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.refuse:
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        parsed = email.message_from_bytes(envelope.content, policy=policy.default)
        self.messages.append((list(envelope.rcpt_tos), parsed))
        return "250 Message accepted"


def _authenticator(server, session, envelope, mechanism, auth_data):
    ok = (
        isinstance(auth_data, LoginPassword)
        and auth_data.login == b"dasbor"
        and auth_data.password == PASSWORD.encode()
    )
    return AuthResult(success=ok)


@pytest.fixture
def smtp_server():
    handler = Inbox()
    controller = Controller(
        handler, hostname="127.0.0.1", port=handler.port, authenticator=_authenticator, auth_require_tls=False
    )
    controller.start()
    try:
        yield handler
    finally:
        controller.stop()


@pytest.fixture(scope="module")
def master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = build_fixture_store(tmp_path_factory.mktemp("ops-digest") / "kinerja.duckdb")
    with gateway.FileStore(path) as store, store.transaction() as cur:
        auth.add_user(cur, "camat.uji", "Kantor-Gajahmungkur-2026", "camat", display_name="Camat Uji")
        auth.add_user(
            cur, "lurah1", "lurah-uji-2026-panjang", "lurah", unit_id="33.74.09.1002", display_name="Lurah Dua"
        )
        auth.add_user(cur, "budi", "Kantor-Gajahmungkur-2026", "pegawai", nip=NIP_A, display_name="Budi Santoso")
        auth.add_user(cur, "siti", "Kantor-Gajahmungkur-2026", "pegawai", nip=NIP_B, display_name="Siti Aminah")
        queries.run(cur, "users_demo_emails")
        cur.execute("update users set digest_opt_in = true where username = 'budi'")
        cur.execute("update users set lang = 'en' where username = 'camat.uji'")
        queries.run(
            cur,
            "follow_up_insert",
            unit_id="33.74.09.1002",
            meeting_date=dt.date(2025, 3, 3),
            issue="Antrean loket",
            action="Buka loket kedua pada Senin",
            person_in_charge="Lurah Satu",
            due_date=dt.date(2025, 3, 5),
            created_by="camat",
        )
    return path


@pytest.fixture
def store(master: Path, tmp_path: Path):
    path = tmp_path / "kinerja.duckdb"
    shutil.copy(master, path)
    with gateway.FileStore(path) as opened:
        yield opened


def _configure(store, port: int, user: str = "dasbor") -> None:
    with store.transaction() as cur:
        for key, value in (
            ("ops.smtp_host", "127.0.0.1"),
            ("ops.smtp_port", str(port)),
            ("ops.smtp_starttls", "false"),
            ("ops.smtp_user", user),
            ("ops.smtp_sender", "dasbor@gajahmungkur.example"),
        ):
            queries.run(cur, "setting_set", key=key, value=value)
    mail.save_password(store.path, PASSWORD)


def _body(message) -> str:
    return message.get_body(preferencelist=("plain",)).get_content()


def test_daily_digest_to_the_unit_head(store, smtp_server) -> None:
    """The lurah of Kelurahan Dua gets their open request past its standard and the follow-up due; nobody else."""
    _configure(store, smtp_server.port)
    result = digest.digest_job(
        store, "digest_daily", "admin", today=dt.date(2025, 3, 4), now_at=dt.datetime(2025, 3, 4, 10, 0)
    )
    assert result.ok, result.summary
    assert result.summary == "1 terkirim, 0 ke folder keluar, 0 gagal."
    [(rcpt, message)] = smtp_server.messages
    assert rcpt == ["lurah1@gajahmungkur.example"]
    assert message["From"] == "dasbor@gajahmungkur.example"
    assert message["Subject"] == "Ringkasan harian Kelurahan Dua, 4 Mar 2025"
    body = _body(message)
    assert "Melewati standar pelayanan (1):" in body
    # r08: received Mon 3 Mar 10:00, still open; Tue 4 Mar 10:00 = 6 h + 2 h = 480 working minutes
    assert "- r08 · Surat pengantar KTP-el · masuk 3 Mar 2025 10.00 · sudah 1,0 hari kerja (standar 1 jam)" in body
    assert "- Buka loket kedua pada Senin · tenggat 5 Mar 2025" in body
    assert "Dewi" not in body and NIP_D not in body  # the handler's name stays in the dashboard


def test_weekly_digest_to_the_camat_in_english_with_the_pdf(store, smtp_server) -> None:
    """The camat (English chosen) gets the attention list and the unit report of the running semester as PDF."""
    _configure(store, smtp_server.port)
    result = digest.digest_job(store, "digest_weekly", "cli", today=dt.date(2025, 8, 20), charts=False)
    assert result.ok, result.summary
    [(rcpt, message)] = smtp_server.messages
    assert rcpt == ["camat.uji@gajahmungkur.example"]
    assert message["Subject"] == "Weekly performance digest, H2 2025 (as of 20 Aug 2025)"
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == "laporan-kinerja-2025-S2.pdf"
    assert attachment.get_content().startswith(b"%PDF")
    assert "Attached is the unit performance report for H2 2025" in _body(message)


def test_reminder_only_to_the_employee_who_opted_in(store, smtp_server) -> None:
    """Responses to 2025-S1 close after 30 Jan 2026: Budi (opted in, no response) is reminded; Siti (not opted in) not."""
    _configure(store, smtp_server.port)
    result = digest.digest_job(store, "digest_daily", "jadwal", today=dt.date(2026, 1, 25))
    assert result.ok
    recipients = [rcpt for rcpt, _ in smtp_server.messages]
    assert ["budi@gajahmungkur.example"] in recipients
    assert ["siti@gajahmungkur.example"] not in recipients
    reminder = next(m for rcpt, m in smtp_server.messages if rcpt == ["budi@gajahmungkur.example"])
    assert reminder["Subject"] == "Pengingat: tanggapan atas penilaian Semester I 2025 ditutup 30 Jan 2026"


def test_a_refusing_server_is_retried_and_reported(store) -> None:
    """Every recipient refused (550): three attempts, the run recorded as failed, no exception."""
    handler = Inbox(refuse=True)
    controller = Controller(handler, hostname="127.0.0.1", port=handler.port)
    controller.start()
    try:
        _configure(store, handler.port, user="")
        result = digest.send_test_mail(store, "admin@gajahmungkur.example", "admin", retry_seconds=(0, 0))
    finally:
        controller.stop()
    assert not result.ok
    [delivery] = result.detail
    assert (delivery.delivered, delivery.attempts) == ("gagal", 3)
    assert "550" in delivery.error
    runs = store.read("ops_runs_latest")
    assert runs[["job", "ok"]].values.tolist() == [["smtp_test", False]]
    assert store.read("mail_log_recent", limit=5)["delivered"].tolist() == ["gagal"]


def test_an_unreachable_server_is_retried_and_reported(store) -> None:
    _configure(store, free_port())  # nothing listens there
    result = digest.digest_job(
        store,
        "digest_daily",
        "jadwal",
        today=dt.date(2025, 3, 4),
        now_at=dt.datetime(2025, 3, 4, 10, 0),
        retry_seconds=(0, 0),
    )
    assert not result.ok
    assert result.summary.startswith("0 terkirim, 0 ke folder keluar, 1 gagal.")
    assert [d.attempts for d in result.detail] == [3]


def test_without_smtp_the_digests_go_to_the_outbox(store, tmp_path: Path) -> None:
    """No server configured: each mail is an .eml file in the outbox folder."""
    result = digest.digest_job(
        store,
        "digest_daily",
        "cli",
        outbox=tmp_path / "outbox",
        today=dt.date(2025, 3, 4),
        now_at=dt.datetime(2025, 3, 4, 10, 0),
    )
    assert result.ok and result.summary == "0 terkirim, 1 ke folder keluar, 0 gagal."
    [eml] = list((tmp_path / "outbox").glob("*.eml"))
    parsed = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert parsed["To"] == "lurah1@gajahmungkur.example"


def test_smtp_cli_keeps_the_password_out_of_settings_and_logs(master: Path, tmp_path: Path, smtp_server) -> None:
    """`python -m dashboard smtp ... --password-stdin --test` stores the password in a 0600 file only, and logs in with it."""
    path = tmp_path / "kinerja.duckdb"
    shutil.copy(master, path)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "dashboard",
            "smtp",
            "--host",
            "127.0.0.1",
            "--port",
            str(smtp_server.port),
            "--user",
            "dasbor",
            "--password-stdin",
            "--test",
            "admin@gajahmungkur.example",
            "--db",
            str(path),
        ],
        input=PASSWORD + "\n",
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert PASSWORD not in done.stdout + done.stderr
    assert [rcpt for rcpt, _ in smtp_server.messages] == [["admin@gajahmungkur.example"]]
    secret = mail.smtp_password_file(path)
    assert secret.read_text() == PASSWORD
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600
    assert PASSWORD.encode() not in path.read_bytes()
    with gateway.FileStore(path) as store:
        settings = store.read("store_settings")
        assert PASSWORD not in " ".join(settings["value"])
        assert settings.set_index("key").loc["ops.smtp_user", "value"] == "dasbor"
    assert PASSWORD not in repr(mail.config_from({"ops.smtp_host": "h"}, path))


def test_an_unreachable_server_is_not_retried_for_every_message(tmp_path: Path) -> None:
    """The first message is tried three times; after that the server is known to be down: one try each."""
    config = mail.SmtpConfig("127.0.0.1", free_port(), starttls=False)  # nothing listens there
    messages = [digest._message(f"u{i}@gajahmungkur.example", "Uji", ["isi"], "id") for i in range(3)]
    done = mail.send(messages, config, retry_seconds=(0, 0))
    assert [(d.delivered, d.attempts) for d in done] == [("gagal", 3), ("gagal", 1), ("gagal", 1)]
