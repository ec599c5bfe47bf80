"""Self-service for the employee: tanggapan, penilaian diri, progress sentences, bulk accounts.

No SQL here: the writes are queries/self_*_upsert.sql, run on a cursor the caller opened in a
transaction (``data.transaction()`` in the app), together with their audit entry.

The lock rule (configurable with the store setting ``response_lock_days``, default 30):

- a self-assessment (penilaian diri) belongs to its own semester: it can be written while the
  semester runs and until ``response_lock_days`` days after it ends (the month in which the
  supervisor evaluates);
- a response (tanggapan) to the appraisal of semester P belongs to the semester after P, the one in
  which the appraisal is handed over and discussed: it can be written until ``response_lock_days``
  days after that semester ends.

A record is locked from ``lock_date(...)`` on, counted against the app's today (``ui.today()``: on
the demo store its as-of date). Example with 30 days: the self-assessment of 2026-S2 locks on
31 Jan 2027; the response to the appraisal of 2026-S1 locks on 31 Jan 2027 too; the response to
2025-S2 locked on 31 Jul 2026.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Mapping
from pathlib import Path

import duckdb
import pandas as pd

from dashboard.access import auth
from dashboard.core import export, fmt, queries, rules
from dashboard.core.i18n import t
from dashboard.core.periods import Semester

DEFAULT_LOCK_DAYS = 30
RATINGS = rules.RATINGS
RESPONSES = ("setuju", "keberatan")
#: The seven BerAKHLAK core values (SE MenPANRB 20/2021), in their official order.
BERAKHLAK = ("berorientasi_pelayanan", "akuntabel", "kompeten", "harmonis", "loyal", "adaptif", "kolaboratif")
MAX_TEXT = 2000
#: A source metric of SKP targets (skp_source_metrics, queries/skp_metric_realization.sql) -> its words in a sentence.
METRIC_KEYS = {
    "layanan_selesai": "self.metric_layanan_selesai",
    "layanan_sesuai_standar": "self.metric_layanan_sesuai_standar",
    "persen_sesuai_standar": "self.metric_persen_sesuai_standar",
    "persen_tanpa_perbaikan": "self.metric_persen_tanpa_perbaikan",
    "median_jam_kerja": "self.metric_median_jam_kerja",
}


class Locked(Exception):
    """The semester of this response or self-assessment has closed."""


class NotYours(Exception):
    """Only the employee themself may write their response or self-assessment."""


# ---------------------------------------------------------------- semesters and the lock rule


def lock_days(settings: Mapping[str, str]) -> int:
    """The configured ``response_lock_days`` (a non-negative whole number), else the default."""
    try:
        return max(int(settings.get("response_lock_days", DEFAULT_LOCK_DAYS)), 0)
    except (TypeError, ValueError):
        return DEFAULT_LOCK_DAYS


def lock_date(kind: str, period: str, days: int = DEFAULT_LOCK_DAYS) -> dt.date:
    """The day from which the record locks. ``kind`` 'self' (a self-assessment of ``period``) or
    'response' (a response to the appraisal of ``period``)."""
    if kind not in ("self", "response"):
        raise ValueError(kind)
    own = Semester.parse(period) if kind == "self" else Semester.parse(period).next()
    return own.end + dt.timedelta(days=days)


def is_locked(kind: str, period: str, today: dt.date, days: int = DEFAULT_LOCK_DAYS) -> bool:
    return today >= lock_date(kind, period, days)


def editable_until(kind: str, period: str, days: int = DEFAULT_LOCK_DAYS) -> dt.date:
    """The last day the record can still be changed."""
    return lock_date(kind, period, days) - dt.timedelta(days=1)


# ---------------------------------------------------------------- writes


def _text(value: str | None) -> str | None:
    value = (value or "").strip()
    return value[:MAX_TEXT] or None


def _require_own(cursor: duckdb.DuckDBPyConnection, user: auth.User, nip: str, what: str) -> None:
    """Only the employee themself writes their own record: anyone else is audited (same cursor) and refused."""
    if user.role != "pegawai" or user.nip != nip:
        auth.audit(cursor, user, "access_denied", f"nip:{nip}", what)
        raise NotYours(nip)


def save_response(
    cursor: duckdb.DuckDBPyConnection,
    user: auth.User,
    nip: str,
    period: str,
    response: str,
    reasons: str | None,
    plan: str | None,
    today: dt.date,
    days: int = DEFAULT_LOCK_DAYS,
    now: dt.datetime | None = None,
) -> None:
    """Record the employee's response to the appraisal of ``period`` and audit it (same cursor)."""
    _require_own(cursor, user, nip, f"response {period}")
    if response not in RESPONSES:
        raise ValueError(response)
    reasons, plan = _text(reasons), _text(plan)
    if response == "keberatan" and not reasons:
        raise ValueError("reasons")
    if is_locked("response", period, today, days):
        raise Locked(period)
    queries.run(
        cursor,
        "self_response_upsert",
        nip=nip,
        period=period,
        response=response,
        reasons=reasons,
        plan=plan,
        changed_at=now or auth.now(),
    )
    auth.audit(cursor, user, "response_save", f"nip:{nip}", f"{period} {response}")


def save_self_assessment(
    cursor: duckdb.DuckDBPyConnection,
    user: auth.User,
    nip: str,
    period: str,
    ratings: Mapping[str, str],
    note: str | None,
    today: dt.date,
    days: int = DEFAULT_LOCK_DAYS,
    now: dt.datetime | None = None,
) -> None:
    """Record the employee's self-assessment of ``period`` and audit it (same cursor).

    ``ratings`` holds 'rating_results', 'rating_behaviour' and each BerAKHLAK value, each one of RATINGS.
    """
    _require_own(cursor, user, nip, f"self-assessment {period}")
    fields = ("rating_results", "rating_behaviour", *BERAKHLAK)
    bad = [f for f in fields if ratings.get(f) not in RATINGS]
    if bad:
        raise ValueError(", ".join(bad))
    if is_locked("self", period, today, days):
        raise Locked(period)
    queries.run(
        cursor,
        "self_assessment_upsert",
        nip=nip,
        period=period,
        note=_text(note),
        changed_at=now or auth.now(),
        **{f: ratings[f] for f in fields},
    )
    auth.audit(
        cursor,
        user,
        "self_assessment_save",
        f"nip:{nip}",
        f"{period} {ratings['rating_results']}/{ratings['rating_behaviour']}",
    )


# ---------------------------------------------------------------- the running semester, in words


def time_left(period: str, today: dt.date, lang: str | None = None) -> str:
    """'3 bulan tersisa', '12 hari tersisa', or 'semester sudah berakhir'."""
    days = (Semester.parse(period).end - today).days
    if days <= 0:
        return t("self.time_over", lang=lang)
    if days < 31:
        return t("self.days_left", lang=lang, n=days)
    months = round(days / 30.44)
    return t("self.month_left" if months == 1 else "self.months_left", lang=lang, n=months)


def progress_lines(targets: pd.DataFrame, today: dt.date, lang: str | None = None) -> list[tuple[str, float | None]]:
    """Sentences on the running semester's targets linked to the service logs, each with the share
    of the target reached so far (0-1, for a progress bar; None where a share means nothing).

    ``targets`` are the semester's rows of hr.merge_computed (target_value, computed_value,
    source_metric, measure_unit, indicator, period).
    """
    lines: list[tuple[str, float | None]] = []
    linked = targets[targets["source_metric"].notna()]
    for row in linked.itertuples():
        left = time_left(row.period, today, lang)
        target = float(row.target_value)
        done = None if pd.isna(row.computed_value) else float(row.computed_value)
        if row.source_metric in ("layanan_selesai", "layanan_sesuai_standar"):
            done = done or 0.0
            share = done / target if target else None
            lines.append(
                (
                    t(
                        "self.progress_count"
                        if row.source_metric == "layanan_selesai"
                        else "self.progress_count_layanan_sesuai_standar",
                        lang=lang,
                        done=fmt.number(done, 0, lang),
                        target=fmt.number(target, 0, lang),
                        pct=fmt.percent(100 * share if share is not None else None, lang=lang),
                        left=left,
                    ),
                    min(share, 1.0) if share is not None else None,
                )
            )
        elif done is None:
            lines.append((t("self.progress_none", lang=lang, indicator=fmt.plain(row.indicator)), None))
        elif row.source_metric == "median_jam_kerja":
            key = "self.progress_time_ok" if done <= target else "self.progress_time_over"
            lines.append(
                (
                    t(
                        key,
                        lang=lang,
                        value=fmt.number(done, 1, lang),
                        target=fmt.number(target, 1, lang),
                    ),
                    None,
                )
            )
        else:  # a share in percent: persen_sesuai_standar, persen_tanpa_perbaikan
            key = "self.progress_share_ok" if done >= target else "self.progress_share_below"
            lines.append(
                (
                    t(
                        key,
                        lang=lang,
                        what=t(METRIC_KEYS[row.source_metric], lang=lang),
                        value=fmt.percent(done, lang=lang),
                        target=fmt.percent(target, lang=lang),
                    ),
                    min(done / target, 1.0) if target else None,
                )
            )
    return lines


# ---------------------------------------------------------------- accounts in bulk


def one_time_password() -> str:
    """12 random URL-safe characters (72 bits), starting with a letter or digit so that a
    spreadsheet never reads it as a formula (and export.to_csv leaves it as it is)."""
    while True:
        password = secrets.token_urlsafe(9)
        if password[0].isalnum():
            return password


def username_for(nip: str) -> str:
    """A pegawai's user name: their NIP (unique, and what they know by heart)."""
    return nip


def create_pegawai_accounts(
    cursor: duckdb.DuckDBPyConnection, creator: auth.User, today: dt.date, unit_id: str | None = None
) -> pd.DataFrame:
    """Create a pegawai account, with a random one-time password, for every employee in post on
    ``today`` who has none (optionally of one unit); audited. Returns username, nip, name, unit,
    password (the only place the clear passwords exist: hand them out, then discard the file)."""
    missing = queries.run(cursor, "self_accounts_missing", today=today, unit_id=unit_id)
    rows = []
    for person in missing.itertuples():
        password = one_time_password()
        username = username_for(person.nip)
        auth.add_user(cursor, username, password, "pegawai", None, person.nip, person.name)
        rows.append((username, person.nip, person.name, person.unit_name, password))
    auth.audit(cursor, creator, "user_bulk_pegawai", unit_id or "semua", f"{len(rows)} akun")
    return pd.DataFrame(rows, columns=["username", "nip", "name", "unit", "password"])


def accounts_csv(accounts: pd.DataFrame, lang: str | None = None) -> bytes:
    """The new accounts as a CSV for distribution (headers in the chosen language)."""
    frame = accounts.rename(
        columns={
            "username": t("self.csv_username", lang=lang),
            "nip": "NIP",
            "name": t("self.csv_name", lang=lang),
            "unit": t("self.csv_unit", lang=lang),
            "password": t("self.csv_password", lang=lang),
        }
    )
    return export.to_csv(frame)


def write_accounts_csv(accounts: pd.DataFrame, path: Path, lang: str | None = None) -> None:
    """Write the CSV readable by its owner only."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch(mode=0o600, exist_ok=True)
    path.chmod(0o600)
    path.write_bytes(accounts_csv(accounts, lang))
