"""E-mail digests: what each person should look at, sent to the address on their account.

- weekly, to the camat: the unit report PDF of the running semester (dashboard.camat.report) and
  the attention list of Ringkasan Kinerja (dashboard.camat.logic.attention_items);
- daily, to each unit head (lurah, kepala seksi: role lurah): their unit's open requests past or
  near their service standard, and the meeting follow-ups due within DUE_SOON_DAYS;
- daily, to an employee who opted in: a reminder when the window to respond to an appraisal
  closes within REMIND_DAYS (the lock rule of dashboard.pegawai.selfservice).

Each mail holds only what its recipient may already see in the dashboard (their unit, their own
record; request numbers and services, no citizens' or colleagues' names) and is written in the
recipient's language (users.lang, Bahasa Indonesia by default).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage

import pandas as pd

from dashboard.core import fmt, periods, queries
from dashboard.core.i18n import t

NEAR_SHARE = 0.8  # an open request at 80 % of its standard is "near"
DUE_SOON_DAYS = 3
REMIND_DAYS = 7
KINDS = ("digest_daily", "digest_weekly")


@dataclass
class Mail:
    kind: str  # 'daily_unit' | 'reminder' | 'weekly_camat' | 'test'
    username: str
    message: EmailMessage


def today_of(settings: dict[str, str]) -> dt.date:
    """Today, or on the demo store the day its data was generated for (as the pages do)."""
    as_of = settings.get("demo_as_of") if settings.get("is_demo") == "true" else None
    return dt.date.fromisoformat(as_of) if as_of else dt.date.today()


# Python folds a long Subject onto its own line ("Subject:\n Pengingat ..."), which some clients show
# with a leading space: keep headers on one line up to RFC 5322's 998 characters.
_POLICY = policy.default.clone(max_line_length=998)


def _message(to: str, subject: str, lines: list[str], lang: str) -> EmailMessage:
    message = EmailMessage(policy=_POLICY)
    message["To"] = to
    message["Subject"] = subject
    message.set_content("\n".join([*lines, "", t("ops.mail_footer", lang=lang)]) + "\n")
    return message


def _greeting(row, lang: str) -> str:
    name = row.display_name if isinstance(row.display_name, str) and row.display_name else row.username
    return t("ops.mail_greeting", lang=lang, name=name)


def unit_mail(store, row, today: dt.date, now_at: dt.datetime) -> Mail | None:
    """The daily mail of one unit head, or None when nothing of theirs is near, past or due."""
    lang = row.lang if row.lang in ("id", "en") else "id"
    requests = store.read("digest_unit_open_requests", unit_id=row.unit_id, now_at=now_at, near_share=NEAR_SHARE)
    follow_ups = store.read("follow_up_list", unit_id=row.unit_id, today=today)
    soon = today + dt.timedelta(days=DUE_SOON_DAYS)
    due_dates = pd.to_datetime(follow_ups["due_date"]).dt.date
    due = follow_ups[follow_ups["status"].isin(["terbuka", "proses"]) & (due_dates <= soon)]
    if requests.empty and due.empty:
        return None
    unit = row.unit_name if isinstance(row.unit_name, str) else row.unit_id
    lines = [_greeting(row, lang), "", t("ops.mail_daily_intro", lang=lang, unit=unit, day=fmt.date(today, lang=lang))]
    past = requests[requests["past_standard"]]
    near = requests[~requests["past_standard"]]
    for title_key, part in (("ops.mail_past", past), ("ops.mail_near", near)):
        if part.empty:
            continue
        lines += ["", t(title_key, lang=lang, n=fmt.number(len(part), lang=lang))]
        for r in part.itertuples():
            lines.append(
                t(
                    "ops.mail_request_line",
                    lang=lang,
                    request=r.request_id,
                    service=r.service,
                    received=fmt.datetime(r.received_at, lang=lang),
                    age=fmt.duration(r.age_minutes, working=True, lang=lang),
                    standard=fmt.duration(r.standard_minutes, working=True, lang=lang),
                )
            )
    if not due.empty:
        lines += ["", t("ops.mail_followups", lang=lang, n=fmt.number(len(due), lang=lang))]
        for f in due.itertuples():
            late = f" · {t('ops.mail_overdue', lang=lang)}" if f.overdue else ""
            lines.append(
                t("ops.mail_followup_line", lang=lang, action=f.action, due=fmt.date(f.due_date, lang=lang), late=late)
            )
    subject = t("ops.mail_daily_subject", lang=lang, unit=unit, day=fmt.date(today, lang=lang))
    return Mail("daily_unit", row.username, _message(row.email, subject, lines, lang))


def reminder_mail(store, row, today: dt.date, lock_days: int) -> Mail | None:
    """An opted-in employee's reminder when a response window closes within REMIND_DAYS, else None."""
    from dashboard.pegawai import selfservice

    lang = row.lang if row.lang in ("id", "en") else "id"
    last = periods.Semester.of(today).previous()  # responses belong to the semester after the appraised one
    candidates = [str(last), str(last.previous())]
    for period in candidates:
        last_day = selfservice.editable_until("response", period, lock_days)
        if not (today <= last_day <= today + dt.timedelta(days=REMIND_DAYS)):
            continue
        if store.read("digest_response_due", nip=row.nip, period=period).empty:
            continue
        semester = fmt.semester(period, lang=lang)
        lines = [
            _greeting(row, lang),
            "",
            t("ops.mail_reminder", lang=lang, semester=semester, day=fmt.date(last_day, lang=lang)),
        ]
        subject = t("ops.mail_reminder_subject", lang=lang, semester=semester, day=fmt.date(last_day, lang=lang))
        return Mail("reminder", row.username, _message(row.email, subject, lines, lang))
    return None


def weekly_mail(store, row, today: dt.date, charts: bool = True) -> Mail:
    """The camat's weekly mail: the attention list in the text, the unit report PDF attached."""
    from dashboard.camat import logic as camat
    from dashboard.camat import report

    lang = row.lang if row.lang in ("id", "en") else "id"
    period = periods.semester_of(today)
    names = camat.unit_names(store.read("units"), lang)
    items = camat.attention_items(
        camat.unit_comparison(store.read, period),
        store.read("camat_kurva", period=period),
        store.read("follow_up_list", unit_id=None, today=today),
        names,
        lang,
    )
    semester = fmt.semester(period, lang=lang)
    lines = [_greeting(row, lang), "", t("ops.mail_weekly_intro", lang=lang, semester=semester), ""]
    if items:
        lines += [t("ops.mail_attention", lang=lang)] + [f"- {report._plain(s)}" for _, _, s in items]
    else:
        lines.append(t("ops.mail_attention_none", lang=lang))
    subject = t("ops.mail_weekly_subject", lang=lang, semester=semester, day=fmt.date(today, lang=lang))
    message = _message(row.email, subject, lines, lang)
    pdf = report.build_report(store.read, period, None, today=today, charts=charts)
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename=f"laporan-kinerja-{period}.pdf")
    return Mail("weekly_camat", row.username, message)


def compose(store, kind: str, today: dt.date | None = None, now_at: dt.datetime | None = None, charts: bool = True):
    """Every mail of a 'digest_daily' or 'digest_weekly' run."""
    from dashboard.ops import jobs
    from dashboard.pegawai import selfservice

    settings = jobs.settings(store)
    today = today or today_of(settings)
    now_at = now_at or dt.datetime.combine(today, dt.datetime.now().time())
    recipients = store.read("mail_recipients")
    mails: list[Mail | None] = []
    for row in recipients.itertuples():
        if kind == "digest_weekly" and row.role == "camat":
            mails.append(weekly_mail(store, row, today, charts))
        elif kind == "digest_daily" and row.role == "lurah" and isinstance(row.unit_id, str):
            mails.append(unit_mail(store, row, today, now_at))
        elif kind == "digest_daily" and row.role == "pegawai" and row.digest_opt_in and isinstance(row.nip, str):
            mails.append(reminder_mail(store, row, today, selfservice.lock_days(settings)))
    return [m for m in mails if m is not None]


def log_deliveries(store, kind: str, deliveries) -> None:
    with store.transaction() as cursor:
        for d in deliveries:
            queries.run(
                cursor,
                "mail_log_insert",
                sent_at=dt.datetime.now(),
                kind=kind,
                recipient=d.recipient,
                subject=d.subject[:300],
                delivered=d.delivered,
                attempts=d.attempts,
                error=d.error,
            )


def _summary(deliveries, lang: str) -> str:
    counts = {k: sum(d.delivered == k for d in deliveries) for k in ("smtp", "outbox", "gagal")}
    text = t("ops.mail_result", lang=lang, sent=counts["smtp"], outbox=counts["outbox"], failed=counts["gagal"])
    failed = [f"{d.recipient}: {d.error}" for d in deliveries if d.delivered == "gagal"]
    return text + (" " + "; ".join(failed) if failed else "")


def digest_job(
    store,
    kind: str,
    trigger: str,
    outbox=None,
    today: dt.date | None = None,
    now_at: dt.datetime | None = None,
    charts: bool = True,
    **send_options,
):
    """Compose and send one digest run; recorded in mail_log and ops_runs; never raises."""
    from dashboard.ops import jobs, mail

    def work() -> jobs.RunResult:
        config = mail.config_from(jobs.settings(store), store.path)
        mails = compose(store, kind, today=today, now_at=now_at, charts=charts)
        deliveries = mail.send([m.message for m in mails], config, outbox, **send_options)
        log_deliveries(store, kind, deliveries)
        ok = not any(d.delivered == "gagal" for d in deliveries)
        return jobs.RunResult(kind, ok, _summary(deliveries, jobs.LANG), deliveries)

    return jobs.run(store, kind, trigger, work)


def send_test_mail(store, to: str, trigger: str, outbox=None, **send_options):
    """Send one test mail to ``to`` through the configured server (the admin's "Kirim uji")."""
    from dashboard.ops import jobs, mail

    def work() -> jobs.RunResult:
        config = mail.config_from(jobs.settings(store), store.path)
        message = _message(
            to, t("ops.mail_test_subject", lang=jobs.LANG), [t("ops.mail_test_body", lang=jobs.LANG)], jobs.LANG
        )
        deliveries = mail.send([message], config, outbox, **send_options)
        log_deliveries(store, "smtp_test", deliveries)
        ok = deliveries[0].delivered != "gagal"
        return jobs.RunResult("smtp_test", ok, _summary(deliveries, jobs.LANG), deliveries)

    return jobs.run(store, "smtp_test", trigger, work)
