"""Sending e-mail: through the SMTP server the admin configured, else into an outbox folder.

The server (host, port, STARTTLS, user, sender) is kept in the store's settings; the password is
not: it lives in a file readable by the dashboard's user only (``smtp_password_file``), outside the
store, its backups and the settings any page shows, and it is never logged. A refused or
unreachable server is tried ``attempts`` times and reported per message; nothing here raises into
the dashboard. With no server configured each message is written as an ``.eml`` file to the
outbox ($KINERJA_OUTBOX, default data/outbox/), where the admin (or a mail client) can pick it up.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import smtplib
import socket
import time
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

from dashboard import DATA_DIR

SETTING_KEYS = ("ops.smtp_host", "ops.smtp_port", "ops.smtp_starttls", "ops.smtp_user", "ops.smtp_sender")
DEFAULT_SENDER = "dasbor-kinerja@gajahmungkur.example"
ATTEMPTS = 3
RETRY_SECONDS = (2.0, 10.0)  # waits before the 2nd and 3rd attempt
#: How a mail was delivered (Delivery.delivered) -> its words.
DELIVERED_KEYS = {"smtp": "ops.delivered_smtp", "outbox": "ops.delivered_outbox", "gagal": "ops.delivered_gagal"}
TIMEOUT_SECONDS = 20


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int = 587
    starttls: bool = True
    user: str = ""
    password: str = ""
    sender: str = DEFAULT_SENDER

    def __repr__(self) -> str:  # never print the password (logs, tracebacks)
        return f"SmtpConfig(host={self.host!r}, port={self.port}, starttls={self.starttls}, user={self.user!r})"


@dataclass
class Delivery:
    recipient: str
    subject: str
    delivered: str  # 'smtp' | 'outbox' | 'gagal'
    attempts: int
    error: str = ""
    path: Path | None = None  # the .eml file, for the outbox


def outbox_dir() -> Path:
    configured = os.environ.get("KINERJA_OUTBOX")
    return Path(configured) if configured else DATA_DIR / "outbox"


def smtp_password_file(store_path: Path | str) -> Path:
    """Where the SMTP password is kept: ``.secrets/<store>.smtp-password`` beside the store (mode 0600)."""
    store_path = Path(store_path).resolve()
    return store_path.parent / ".secrets" / f"{store_path.stem}.smtp-password"


def save_password(store_path: Path | str, password: str) -> None:
    path = smtp_password_file(store_path)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)
    part = path.with_name(path.name + ".part")
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(password)
    os.replace(part, path)


def config_from(settings: dict[str, str], store_path: Path | str) -> SmtpConfig | None:
    """The configured server, or None (digests then go to the outbox)."""
    host = settings.get("ops.smtp_host", "").strip()
    if not host:
        return None
    secret = smtp_password_file(store_path)
    return SmtpConfig(
        host=host,
        port=int(settings.get("ops.smtp_port") or 587),
        starttls=settings.get("ops.smtp_starttls", "true") == "true",
        user=settings.get("ops.smtp_user", ""),
        password=secret.read_text(encoding="utf-8") if secret.exists() else "",
        sender=settings.get("ops.smtp_sender") or DEFAULT_SENDER,
    )


def _deliver_smtp(config: SmtpConfig, message: EmailMessage) -> None:
    with smtplib.SMTP(config.host, config.port, timeout=TIMEOUT_SECONDS) as server:
        if config.starttls:
            server.starttls()
        if config.user:
            server.login(config.user, config.password)
        server.send_message(message)


def _safe_error(exc: BaseException, config: SmtpConfig) -> str:
    text = f"{type(exc).__name__}: {exc}".splitlines()[0][:300]
    return text.replace(config.password, "***") if config.password else text


def send(
    messages: list[EmailMessage],
    config: SmtpConfig | None,
    outbox: Path | None = None,
    attempts: int = ATTEMPTS,
    retry_seconds: tuple[float, ...] = RETRY_SECONDS,
) -> list[Delivery]:
    """Deliver each message (SMTP, or an .eml in the outbox); one Delivery per message, never raises."""
    done: list[Delivery] = []
    unreachable = False  # after a server that never answered, the remaining messages get one try each
    for message in messages:
        recipient, subject = str(message["To"]), str(message["Subject"])
        if config is None:
            folder = outbox or outbox_dir()
            folder.mkdir(parents=True, exist_ok=True)
            name = re.sub(r"[^A-Za-z0-9._-]+", "_", f"{dt.datetime.now():%Y%m%d-%H%M%S}-{recipient}")
            path = folder / f"{name}.eml"
            n = 1
            while path.exists():
                n += 1
                path = folder / f"{name}-{n}.eml"
            path.write_bytes(bytes(message))
            done.append(Delivery(recipient, subject, "outbox", 1, path=path))
            continue
        if "From" not in message:
            message["From"] = config.sender
        error, tries = "", 1 if unreachable else attempts
        for attempt in range(1, tries + 1):
            try:
                _deliver_smtp(config, message)
                done.append(Delivery(recipient, subject, "smtp", attempt))
                unreachable = False
                break
            except (smtplib.SMTPException, OSError) as exc:
                error = _safe_error(exc, config)
                # no server at all (refused, timed out, unknown host, dropped): not a refusal of this message
                connection_failed = isinstance(
                    exc,
                    ConnectionError
                    | TimeoutError
                    | socket.gaierror
                    | smtplib.SMTPConnectError
                    | smtplib.SMTPServerDisconnected,
                )
                if attempt < tries:
                    time.sleep(retry_seconds[min(attempt - 1, len(retry_seconds) - 1)] if retry_seconds else 0)
        else:
            unreachable = connection_failed
            done.append(Delivery(recipient, subject, "gagal", tries, error))
    return done
