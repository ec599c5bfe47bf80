"""Automated imports from a folder (the inbox, $KINERJA_INBOX, default data/inbox/).

A file named after its table (``service_logs-2026-11-28.csv``, ``survey_responses-minggu48.xlsx``)
is imported with the importer's full validation, all or nothing, in one transaction that also
writes the import history (import_log) and the audit trail; then it moves to ``done/``. A refused
file moves to ``refused/`` beside a report (``<file>.laporan.txt``) listing every problem by row
and column. A column mapping of data/mappings/ is named by a sub-folder (``inbox/boston311/...``)
or a sidecar file (``<file>.mapping`` holding the mapping's name); the mapping then says the table.

- Nothing half-imported: the import is one transaction; the file moves only after it committed.
- Nothing lost: files are moved, never deleted; a file whose import committed but whose move did
  not happen (the process was killed in between) is recognised by its SHA-256 next time.
- Never twice: a file whose SHA-256 was imported into that table before goes to ``done/`` with a
  report saying when, without a second import.
- Still being written: a file changed in the last ``settle_seconds`` is left for the next scan, and
  names a writer uses while writing (``*.part``, ``*.tmp``, ``~$*``, hidden files) are never picked up.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from dashboard import DATA_DIR
from dashboard.core.i18n import t
from dashboard.core.store import CONTRACT_TABLES

DONE, REFUSED = "done", "refused"
SUFFIXES = (".csv", ".txt", ".xlsx", ".xlsm")
IN_PROGRESS = (".part", ".tmp", ".crdownload", ".partial")
SETTLE_SECONDS = 30
INBOX_USERNAME = "inbox"  # who the import history and the audit trail name for automated imports
_lock = threading.Lock()  # one scan at a time in this process (the schedule and the admin's button)


def inbox_dir() -> Path:
    """$KINERJA_INBOX, default data/inbox/."""
    configured = os.environ.get("KINERJA_INBOX")
    return Path(configured) if configured else DATA_DIR / "inbox"


@dataclass
class Outcome:
    """What happened to one file: 'berhasil' (imported), 'ditolak' (refused), 'sudah' (imported before)."""

    file_name: str
    table: str | None
    outcome: str
    moved_to: Path
    report: Path | None
    summary: str


def table_for(name: str) -> str | None:
    """The contract table a file name starts with (``service_logs-...`` is service_logs, not services)."""
    lower = name.lower()
    for table in sorted(CONTRACT_TABLES, key=len, reverse=True):
        if lower.startswith(table) and (len(lower) == len(table) or lower[len(table)] in "-_. "):
            return table
    return None


def _mapping_names() -> list[str]:
    from dashboard.datamgmt import mapping

    return mapping.available()


def pending(folder: Path, now: dt.datetime, settle_seconds: float = SETTLE_SECONDS) -> list[tuple[Path, str | None]]:
    """The files ready to import: (file, mapping name or None), oldest first.

    The inbox itself and one sub-folder per mapping; ``done/`` and ``refused/`` are not looked in.
    """
    places: list[tuple[Path, str | None]] = [(folder, None)]
    places += [(folder / name, name) for name in _mapping_names() if (folder / name).is_dir()]
    ready = []
    for place, mapping_name in places:
        for path in place.iterdir():
            name = path.name
            if not path.is_file() or name.startswith((".", "~$")) or name.lower().endswith(IN_PROGRESS):
                continue
            if path.suffix.lower() not in SUFFIXES:
                continue  # sidecars (.mapping), reports and anything else stay where they are
            if now.timestamp() - path.stat().st_mtime < settle_seconds:
                continue  # still being written (or just finished): the next scan takes it
            ready.append((path, mapping_name))
    return sorted(ready, key=lambda item: item[0].stat().st_mtime)


def _move(path: Path, folder: Path, stamp: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{stamp}-{path.name}"
    os.replace(path, target)
    sidecar = path.with_name(path.name + ".mapping")
    if sidecar.exists():
        os.replace(sidecar, folder / f"{stamp}-{sidecar.name}")
    return target


def _write_report(target: Path, title: str, lines: list[str]) -> Path:
    report = target.with_name(target.name + ".laporan.txt")
    report.write_text("\n".join([title, "", *lines, ""]), encoding="utf-8")
    return report


def import_one(store, path: Path, mapping_name: str | None, now: dt.datetime, lang: str = "id") -> Outcome:
    """Import one inbox file into the store behind ``store`` (ops.gateway) and move it."""
    from dashboard.access import auth
    from dashboard.datamgmt import importer, mapping

    root = path.parent.parent if mapping_name else path.parent
    stamp = now.strftime("%Y%m%d-%H%M%S")
    sidecar = path.with_name(path.name + ".mapping")
    if mapping_name is None and sidecar.exists():
        mapping_name = sidecar.read_text(encoding="utf-8").strip() or None
    inbox_user = auth.User(INBOX_USERNAME, "admin", display_name=t("ops.inbox_user", lang=lang))

    def refuse(table: str | None, lines: list[str], summary: str) -> Outcome:
        target = _move(path, root / REFUSED, stamp)
        report = _write_report(target, t("ops.report_title", lang=lang, file=path.name), lines)
        with store.transaction() as cursor:
            auth.audit(cursor, inbox_user, "import", table or "-", f"{path.name}: ditolak")
        return Outcome(path.name, table, "ditolak", target, report, summary)

    chosen = None
    if mapping_name:
        try:
            chosen = mapping.load(mapping_name)
        except mapping.MappingError as exc:
            return refuse(None, [str(exc)], str(exc))
        table = chosen.table
    else:
        table = table_for(path.name)
    if table is None:
        message = t("ops.no_table", lang=lang, tables=", ".join(CONTRACT_TABLES))
        return refuse(None, [message], message)

    earlier = store.read("import_sha_done", sha=importer.file_sha256(path), table_name=table)
    if not earlier.empty:
        when = earlier["imported_at"].iloc[0]
        from dashboard.core import fmt

        message = t("ops.already", lang=lang, when=fmt.datetime(when, lang=lang), file=earlier["file_name"].iloc[0])
        target = _move(path, root / DONE, stamp)
        report = _write_report(target, t("ops.report_title", lang=lang, file=path.name), [message])
        return Outcome(path.name, table, "sudah", target, report, message)

    try:
        with store.transaction() as cursor:  # the import, its import_log row and its audit entry: one commit
            result = importer.import_file(cursor, table, path, mapping=chosen, lang=lang, user=INBOX_USERNAME)
            auth.audit(cursor, inbox_user, "import", table, f"{path.name}: {result.outcome}")
    except importer.UnreadableFile as exc:
        return refuse(table, [p.line(lang) for p in exc.result.problems], exc.result.message)
    if result.ok:
        target = _move(path, root / DONE, stamp)
        return Outcome(path.name, table, result.outcome, target, None, result.summary(lang)[0])
    # refused: every problem, not only the first ones the import result keeps
    with store.transaction() as cursor:
        check = importer.validate(cursor, table, path, mapping=chosen, lang=lang, limit=1_000_000)
    lines = [t("ops.report_counts", lang=lang, rows=check.rows, errors=check.error_count)]
    lines += [p.line(lang) for p in check.problems]
    target = _move(path, root / REFUSED, stamp)
    report = _write_report(target, t("ops.report_title", lang=lang, file=path.name), lines)
    return Outcome(path.name, table, "ditolak", target, report, result.summary(lang)[0])


def scan(
    store, folder: Path | None = None, now: dt.datetime | None = None, settle_seconds: float = SETTLE_SECONDS
) -> list[Outcome]:
    """Import every ready file of the inbox, oldest first; the outcome of each."""
    folder = Path(folder) if folder else inbox_dir()
    now = now or dt.datetime.now()
    folder.mkdir(parents=True, exist_ok=True)
    with _lock:
        return [import_one(store, path, name, now) for path, name in pending(folder, now, settle_seconds)]


def inbox_job(store, trigger: str, folder: Path | None = None, settle_seconds: float = SETTLE_SECONDS):
    """The scheduled job: scan the inbox, record one line in ops_runs (files imported, refused)."""
    from dashboard.ops import jobs

    folder = Path(folder) if folder else inbox_dir()
    folder.mkdir(parents=True, exist_ok=True)
    if trigger == "jadwal" and not pending(folder, dt.datetime.now(), settle_seconds):
        # a scheduled scan that finds nothing is not recorded (one a minute would bury the runs that did something)
        return jobs.RunResult("inbox", True, t("ops.inbox_empty", lang=jobs.LANG), [])

    def work() -> jobs.RunResult:
        outcomes = scan(store, folder, settle_seconds=settle_seconds)
        counts = {"berhasil": 0, "ditolak": 0, "sudah": 0}
        for o in outcomes:
            counts["berhasil" if o.outcome == "sebagian" else o.outcome] += 1
        if not outcomes:
            return jobs.RunResult("inbox", True, t("ops.inbox_empty", lang=jobs.LANG), outcomes)
        summary = t(
            "ops.inbox_summary", lang=jobs.LANG, ok=counts["berhasil"], refused=counts["ditolak"], again=counts["sudah"]
        )
        names = "; ".join(f"{o.file_name}: {o.outcome}" for o in outcomes)
        return jobs.RunResult("inbox", counts["ditolak"] == 0, f"{summary} ({names})", outcomes)

    return jobs.run(store, "inbox", trigger, work)
