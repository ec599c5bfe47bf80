"""The one scheduler of the dashboard process (APScheduler 3, a background thread pool).

Started once per process by app.py (``ensure_started``), not per browser session: a module-level
instance behind a lock (a module is imported once per process; Streamlit reruns only the page
scripts). It runs the inbox scan every KINERJA_INBOX_SECONDS (60), the nightly backup, the daily
and the weekly digest at the times in the store's settings (ops.backup_time, ops.digest_daily_time,
ops.digest_weekly), each on the running dashboard's own connection (ops.gateway.AppStore). A job
never overlaps itself, a missed run (the server was asleep) runs once when it can, and the
scheduler is shut down when the process exits.

KINERJA_SCHEDULER=0 turns it off (tests, a second server on the same store); under AppTest it is
off unless KINERJA_SCHEDULER=1 asks for it.
"""

from __future__ import annotations

import atexit
import logging
import os
import sys
import threading
from dataclasses import dataclass

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

THREAD_PREFIX = "kinerja-ops"
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_lock = threading.Lock()
_scheduler: BackgroundScheduler | None = None
log = logging.getLogger(__name__)


class _QuietJobThreads(logging.Filter):
    """Jobs run without a browser session on purpose: drop Streamlit's warning that says so."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not threading.current_thread().name.startswith(THREAD_PREFIX)


for _name in (
    "streamlit.runtime.scriptrunner_utils.script_run_context",
    "streamlit.runtime.state.session_state_proxy",
):
    logging.getLogger(_name).addFilter(_QuietJobThreads())


def enabled() -> bool:
    """KINERJA_SCHEDULER=0: off; =1: on; unset: on, except inside an AppTest run."""
    wanted = os.environ.get("KINERJA_SCHEDULER")
    if wanted is not None:
        return wanted != "0"
    return "streamlit.testing.v1" not in sys.modules


def inbox_seconds() -> int:
    return max(int(os.environ.get("KINERJA_INBOX_SECONDS", "60")), 5)


def inbox_settle_seconds() -> float:
    """How long a file must be unchanged before the inbox takes it (KINERJA_INBOX_SETTLE, 30 s)."""
    return float(os.environ.get("KINERJA_INBOX_SETTLE", "30"))


@dataclass(frozen=True)
class Plan:
    """When each job runs, from the store's settings."""

    backup: tuple[int, int]
    daily: tuple[int, int]
    weekly: tuple[str, int, int]


def _time(text: str, default: tuple[int, int]) -> tuple[int, int]:
    try:
        hour, minute = (int(x) for x in text.strip().split(":"))
    except (AttributeError, ValueError):
        return default
    return (hour, minute) if 0 <= hour < 24 and 0 <= minute < 60 else default


def plan_from(settings: dict[str, str]) -> Plan:
    weekly = (settings.get("ops.digest_weekly") or "mon 07:00").split()
    day = weekly[0].lower() if weekly and weekly[0].lower() in DAYS else "mon"
    return Plan(
        backup=_time(settings.get("ops.backup_time", ""), (1, 30)),
        daily=_time(settings.get("ops.digest_daily_time", ""), (6, 30)),
        weekly=(day, *_time(weekly[1] if len(weekly) > 1 else "", (7, 0))),
    )


def _run_inbox() -> None:
    from dashboard.ops import gateway, inbox

    inbox.inbox_job(gateway.AppStore(), "jadwal", settle_seconds=inbox_settle_seconds())


def _run_backup() -> None:
    from dashboard.ops import gateway, jobs

    jobs.backup_job(gateway.AppStore(), "jadwal")


def _run_digest(kind: str) -> None:
    from dashboard.ops import digest, gateway

    digest.digest_job(gateway.AppStore(), kind, "jadwal")


def _triggers(plan: Plan) -> dict[str, object]:
    return {
        "inbox": IntervalTrigger(seconds=inbox_seconds()),
        "backup": CronTrigger(hour=plan.backup[0], minute=plan.backup[1]),
        "digest_daily": CronTrigger(hour=plan.daily[0], minute=plan.daily[1]),
        "digest_weekly": CronTrigger(day_of_week=plan.weekly[0], hour=plan.weekly[1], minute=plan.weekly[2]),
    }


def _functions() -> dict[str, tuple]:
    return {
        "inbox": (_run_inbox, ()),
        "backup": (_run_backup, ()),
        "digest_daily": (_run_digest, ("digest_daily",)),
        "digest_weekly": (_run_digest, ("digest_weekly",)),
    }


def ensure_started(settings: dict[str, str]) -> BackgroundScheduler | None:
    """Start the process's scheduler the first time (later calls return it); None when disabled."""
    global _scheduler
    if _scheduler is not None or not enabled():
        return _scheduler
    with _lock:
        if _scheduler is None:
            scheduler = BackgroundScheduler(
                executors={"default": ThreadPoolExecutor(2, pool_kwargs={"thread_name_prefix": THREAD_PREFIX})},
                job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 3600},
            )
            triggers = _triggers(plan_from(settings))
            for job_id, (function, args) in _functions().items():
                scheduler.add_job(function, triggers[job_id], args=args, id=job_id, name=job_id)
            scheduler.start()
            atexit.register(stop)
            _scheduler = scheduler
            log.info("scheduler started: %s", ", ".join(_functions()))
    return _scheduler


def running() -> BackgroundScheduler | None:
    return _scheduler


def reschedule(settings: dict[str, str]) -> None:
    """Apply changed times (the admin saved the schedule) to the running scheduler."""
    if _scheduler is None:
        return
    for job_id, trigger in _triggers(plan_from(settings)).items():
        _scheduler.reschedule_job(job_id, trigger=trigger)


def next_runs() -> dict[str, object]:
    """Job id -> its next run time (a datetime, or None when paused); empty when not running."""
    if _scheduler is None:
        return {}
    return {job.id: job.next_run_time for job in _scheduler.get_jobs()}


def stop() -> None:
    """Shut the scheduler down (process exit, tests); a running job is left to finish its transaction."""
    global _scheduler
    with _lock:
        if _scheduler is not None:
            _scheduler.shutdown(wait=False)
            _scheduler = None
