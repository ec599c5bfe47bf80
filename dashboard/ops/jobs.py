"""The operations jobs, each runnable from the scheduler, the admin's button or the CLI, on the
store it is given (ops.gateway): every run is recorded in ops_runs with a one-line result; a job
never raises into its caller (a failed backup or an unreachable mail server must not stop the
dashboard), it reports.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass

from dashboard.core import queries

log = logging.getLogger(__name__)

JOBS = ("inbox", "backup", "digest_daily", "digest_weekly", "smtp_test")
TRIGGERS = ("jadwal", "admin", "cli")
#: A job -> its name.
JOB_KEYS = {
    "inbox": "ops.job_inbox",
    "backup": "ops.job_backup",
    "digest_daily": "ops.job_digest_daily",
    "digest_weekly": "ops.job_digest_weekly",
    "smtp_test": "ops.job_smtp_test",
}
#: What started a job run -> its name.
TRIGGER_KEYS = {"jadwal": "ops.trigger_jadwal", "admin": "ops.trigger_admin", "cli": "ops.trigger_cli"}
LANG = "id"  # jobs run outside any session: their one-line results are in Bahasa Indonesia
#: A backup older than this (or none, or one that failed) is shown to the admin on every page.
BACKUP_MAX_AGE = dt.timedelta(hours=26)


@dataclass
class RunResult:
    job: str
    ok: bool
    summary: str
    detail: object = None  # what the job returns (a Backup, a list of inbox outcomes, the mails)


def settings(store) -> dict[str, str]:
    frame = store.read("store_settings")
    return dict(zip(frame["key"], frame["value"], strict=True))


def record(store, job: str, trigger: str, started: dt.datetime, ok: bool, summary: str) -> None:
    with store.transaction() as cursor:
        queries.run(
            cursor,
            "ops_run_insert",
            job=job,
            started_at=started,
            finished_at=dt.datetime.now(),
            ok=ok,
            trigger=trigger,
            summary=summary[:1000],
        )


def run(store, job: str, trigger: str, work: Callable[[], RunResult]) -> RunResult:
    """Run ``work`` and record its result; an exception becomes a failed run, never propagates."""
    started = dt.datetime.now()
    try:
        result = work()
    except Exception as exc:  # noqa: BLE001 - a job reports its failure, the dashboard keeps running
        log.warning("job %s failed", job, exc_info=True)
        result = RunResult(job, False, f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"[:500])
    try:
        record(store, job, trigger, started, result.ok, result.summary)
    except Exception:  # noqa: BLE001 - the store itself is unwell: the log still says what happened
        log.exception("could not record the run of %s", job)
    return result


# ---------------------------------------------------------------- backup


def backup_job(store, trigger: str, folder=None, keep: int | None = None) -> RunResult:
    """Take a backup (ops.backup.take), record it in backup_log and ops_runs."""
    from dashboard.core import fmt
    from dashboard.ops import backup

    def work() -> RunResult:
        keep_n = keep if keep is not None else int(settings(store).get("ops.backup_keep", "14"))
        taken_at = dt.datetime.now()
        try:
            made = backup.take(store, folder, keep_n, taken_at)
        except Exception as exc:
            _log_backup(store, taken_at, "", 0, False, 0, str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
            raise
        _log_backup(store, taken_at, str(made.path), made.size_bytes, True, made.rows_total, "")
        size = fmt.number(made.size_bytes / 1e6, decimals=1, lang=LANG)
        rows = fmt.number(made.rows_total, lang=LANG)
        return RunResult("backup", True, f"{made.path.name} ({size} MB, {rows} baris)", made)

    return run(store, "backup", trigger, work)


def _log_backup(store, taken_at, path: str, size: int, verified: bool, rows: int, message: str) -> None:
    with store.transaction() as cursor:
        queries.run(
            cursor,
            "backup_log_insert",
            taken_at=taken_at,
            path=path,
            size_bytes=size,
            verified=verified,
            rows_total=rows,
            message=message[:500],
        )


def backup_problem(store, now: dt.datetime | None = None) -> str | None:
    """Why the admin must look at the backups (text key and values), or None when the last one is fine.

    Missing (never taken, or its file is gone), failed (did not verify) or too old (BACKUP_MAX_AGE).
    """
    from pathlib import Path

    now = now or dt.datetime.now()
    last = store.read("backup_log_recent", limit=1)
    if last.empty:
        return "ops.backup_none"
    row = last.iloc[0]
    if not bool(row["verified"]):
        return "ops.backup_failed"
    if not Path(row["path"]).exists():
        return "ops.backup_missing"
    if now - row["taken_at"].to_pydatetime() > BACKUP_MAX_AGE:
        return "ops.backup_old"
    return None
