"""Operasional: the scheduled jobs (inbox imports, backups, e-mail digests), their last results,
and buttons to run each now; SMTP settings and the accounts' e-mail addresses. For the admin."""

import datetime as dt

import pandas as pd
import streamlit as st

from dashboard.access import auth
from dashboard.core import data, fmt, queries, ui
from dashboard.core.i18n import t
from dashboard.core.store import db_path
from dashboard.datamgmt import importer
from dashboard.ops import backup, digest, gateway, inbox, jobs, mail, scheduler

ui.header("ops.nav_title", "ops.lead")
if auth.role() != "admin":
    st.error(t("auth.denied"))
    st.stop()

store = gateway.AppStore()
settings = data.settings()
FLASH = "ops_flash"


def flash(ok: bool, text: str) -> None:
    """Keep a job's result for the next run of the page (the tables above then show it too)."""
    st.session_state[FLASH] = (ok, text)
    st.rerun()


if FLASH in st.session_state:
    ok, text = st.session_state.pop(FLASH)
    (st.success if ok else st.error)(text, icon=":material/check_circle:" if ok else ":material/error:")

# ---- the jobs
st.subheader(t("ops.jobs"))
if scheduler.running() is None:
    st.info(t("ops.scheduler_off"))
plan = scheduler.plan_from(settings)
schedule = {
    "inbox": t("ops.every_minute")
    if scheduler.inbox_seconds() == 60
    else t("ops.every_seconds", n=fmt.number(scheduler.inbox_seconds())),
    "backup": t("ops.daily_at", time=f"{plan.backup[0]:02d}.{plan.backup[1]:02d}"),
    "digest_daily": t("ops.daily_at", time=f"{plan.daily[0]:02d}.{plan.daily[1]:02d}"),
    "digest_weekly": t(
        "ops.weekly_at",
        day=fmt.weekdays(str(scheduler.DAYS.index(plan.weekly[0]) + 1)),
        time=f"{plan.weekly[1]:02d}.{plan.weekly[2]:02d}",
    ),
}
upcoming = scheduler.next_runs()
latest = data.query("ops_runs_latest").set_index("job")
rows = []
for job in ("inbox", "backup", "digest_daily", "digest_weekly", "smtp_test"):
    last = latest.loc[job] if job in latest.index else None
    when = upcoming.get(job)
    rows.append(
        {
            t("ops.col_job"): t(jobs.JOB_KEYS[job]),
            t("ops.col_schedule"): schedule.get(job, "–"),
            t("ops.col_next"): fmt.datetime(when.replace(tzinfo=None)) if when else "–",
            t("ops.col_last"): fmt.datetime(last["finished_at"]) if last is not None else t("ops.never"),
            t("ops.col_result"): (t("ops.ok") if last["ok"] else t("ops.failed")) if last is not None else "–",
            t("ops.col_trigger"): t(jobs.TRIGGER_KEYS[last["trigger"]]) if last is not None else "–",
            t("ops.col_summary"): last["summary"] if last is not None else "",
        }
    )
ui.table(pd.DataFrame(rows), "tugas_operasional")

# ---- backups
st.subheader(t("ops.backups"))
recent_backups = data.query("backup_log_recent", limit=20)
keep = int(settings.get("ops.backup_keep", "14"))
folder = backup.backup_dir(db_path())
good = recent_backups[recent_backups["verified"]]
left, mid, right, button = st.columns([2, 1, 1, 2])
if not good.empty:
    newest = good.iloc[0]
    left.metric(t("ops.last_backup"), fmt.datetime(newest["taken_at"]))
    mid.metric(t("ops.backup_size"), f"{fmt.number(newest['size_bytes'] / 1e6, decimals=1)} MB")
    right.metric(t("ops.backup_verified"), t("ops.yes"))
else:
    left.metric(t("ops.last_backup"), t("ops.never"))
if button.button(t("ops.backup_now"), type="primary", icon=":material/backup:", key="ops_backup_now"):
    with st.spinner(t("ops.backup_now")):
        result = jobs.backup_job(store, "admin")
    if result.ok:
        made = result.detail
        flash(True, t("ops.backup_done", name=made.path.name, size=fmt.number(made.size_bytes / 1e6, decimals=1)))
    else:
        flash(False, t("ops.backup_fail", reason=result.summary))
st.caption(t("ops.backup_folder", path=str(folder), keep=fmt.number(keep)))
ui.table(
    pd.DataFrame(
        {
            t("ops.col_time"): [fmt.datetime(d) for d in recent_backups["taken_at"]],
            t("ops.col_file"): [str(p).rsplit("/", 1)[-1] for p in recent_backups["path"]],
            t("ops.backup_size"): [f"{fmt.number(s / 1e6, decimals=1)} MB" for s in recent_backups["size_bytes"]],
            t("ops.backup_verified"): [t("ops.yes") if v else t("ops.no") for v in recent_backups["verified"]],
            t("ops.col_rows"): [fmt.number(n) for n in recent_backups["rows_total"]],
            t("ops.col_message"): recent_backups["message"].fillna(""),
        }
    ),
    "cadangan",
)
with st.expander(t("ops.restore_title")):
    example = backup.list_backups(folder)
    st.markdown(t("ops.restore_steps", example=str(example[0]) if example else f"{folder}/…duckdb", db=str(db_path())))

# ---- inbox
st.subheader(t("ops.inbox"))
box = inbox.inbox_dir()
st.caption(t("ops.inbox_lead", path=str(box)))
if st.button(t("ops.inbox_now"), icon=":material/move_to_inbox:", key="ops_inbox_now"):
    with st.spinner(t("ops.inbox_now")):
        result = inbox.inbox_job(store, "admin", settle_seconds=scheduler.inbox_settle_seconds())
    flash(result.ok, result.summary)
if "inbox" in latest.index:
    last = latest.loc["inbox"]
    st.caption(
        t(
            "ops.last_run",
            when=fmt.datetime(last["finished_at"]),
            result=t("ops.ok") if last["ok"] else t("ops.failed"),
            summary=last["summary"],
        )
    )
imports = data.query("import_log_recent", limit=10)
ui.table(
    pd.DataFrame(
        {
            t("ops.col_time"): [fmt.datetime(d) for d in imports["imported_at"]],
            t("users.col_username"): imports["username"].fillna(""),
            t("ops.col_file"): imports["file_name"],
            t("impor.table"): imports["table_name"],
            t("ops.col_result"): [t(importer.OUTCOME_KEYS[o]) for o in imports["outcome"]],
            t("ops.col_rows"): [fmt.number(n) for n in imports["rows_new"]],
        }
    ),
    "impor_terakhir",
)

# ---- e-mail
st.subheader(t("ops.mail"))
config = mail.config_from(settings, db_path())
if config is None:
    st.info(t("ops.smtp_none", path=str(mail.outbox_dir())))
else:
    st.caption(t("ops.smtp_current", host=config.host, port=config.port))
smtp_col, test_col = st.columns(2)
with smtp_col, st.form("ops_smtp"):
    host = st.text_input(t("ops.smtp_host"), settings.get("ops.smtp_host", ""), key="ops_smtp_host")
    port = st.number_input(t("ops.smtp_port"), 1, 65535, int(settings.get("ops.smtp_port") or 587), key="ops_smtp_port")
    starttls = st.checkbox(
        t("ops.smtp_starttls"), settings.get("ops.smtp_starttls", "true") == "true", key="ops_smtp_tls"
    )
    user = st.text_input(t("ops.smtp_user"), settings.get("ops.smtp_user", ""), key="ops_smtp_user")
    password = st.text_input(t("ops.smtp_password"), type="password", key="ops_smtp_password")
    sender = st.text_input(
        t("ops.smtp_sender"), settings.get("ops.smtp_sender") or mail.DEFAULT_SENDER, key="ops_smtp_sender"
    )
    if st.form_submit_button(t("ops.smtp_save"), type="primary"):
        with data.transaction() as cursor:
            for key, value in (
                ("ops.smtp_host", host.strip()),
                ("ops.smtp_port", str(int(port))),
                ("ops.smtp_starttls", "true" if starttls else "false"),
                ("ops.smtp_user", user.strip()),
                ("ops.smtp_sender", sender.strip()),
            ):
                queries.run(cursor, "setting_set", key=key, value=value)
            auth.audit(cursor, auth.current_user(), "smtp_settings", host.strip())
        if password:
            mail.save_password(db_path(), password)
        flash(True, t("ops.smtp_saved"))
with test_col:
    me = data.query("users_contact")
    mine = me.loc[me["username"] == auth.current_user().username, "email"]
    default_to = mine.iloc[0] if len(mine) and isinstance(mine.iloc[0], str) else ""
    to = st.text_input(t("ops.test_to"), default_to, key="ops_test_to")
    if st.button(t("ops.test_send"), icon=":material/send:", key="ops_test_send", disabled=not to.strip()):
        with st.spinner(t("ops.test_send")):
            result = digest.send_test_mail(store, to.strip(), "admin")
        flash(result.ok, result.summary)
    if st.button(t("ops.send_daily"), icon=":material/today:", key="ops_send_daily"):
        with st.spinner(t("ops.send_daily")):
            result = digest.digest_job(store, "digest_daily", "admin")
        flash(result.ok, result.summary)
    if st.button(t("ops.send_weekly"), icon=":material/date_range:", key="ops_send_weekly"):
        with st.spinner(t("ops.send_weekly")):
            result = digest.digest_job(store, "digest_weekly", "admin")
        flash(result.ok, result.summary)

mails = data.query("mail_log_recent", limit=20)
st.markdown(f"**{t('ops.recent_mail')}**")
ui.table(
    pd.DataFrame(
        {
            t("ops.col_time"): [fmt.datetime(d) for d in mails["sent_at"]],
            t("ops.col_kind"): [t(jobs.JOB_KEYS[k]) if k in jobs.JOB_KEYS else k for k in mails["kind"]],
            t("ops.col_recipient"): mails["recipient"],
            t("ops.col_subject"): mails["subject"],
            t("ops.col_delivered"): [t(mail.DELIVERED_KEYS[d]) for d in mails["delivered"]],
            t("ops.col_message"): mails["error"].fillna(""),
        }
    ),
    "email_terakhir",
)

# ---- the accounts' e-mail settings and the schedule
contacts_col, schedule_col = st.columns(2)
with contacts_col, st.form("ops_contact"):
    st.markdown(f"**{t('ops.contact_title')}**")
    accounts = data.query("users_contact")
    names = accounts["username"].tolist()
    chosen = st.selectbox(t("users.pick"), names, key="ops_contact_user") if names else None
    row = accounts.set_index("username").loc[chosen] if chosen else None
    address = st.text_input(
        t("ops.contact_email"), (row["email"] if row is not None and isinstance(row["email"], str) else "")
    )
    lang = st.selectbox(
        t("app.language"),
        ["id", "en"],
        index=1 if row is not None and row["lang"] == "en" else 0,
        format_func=lambda c: {"id": "Bahasa Indonesia", "en": "English"}[c],
    )
    opt_in = st.checkbox(t("ops.contact_opt_in"), bool(row["digest_opt_in"]) if row is not None else False)
    if st.form_submit_button(t("ops.contact_save")) and chosen:
        with data.transaction() as cursor:
            queries.run(cursor, "user_set_contact", username=chosen, email=address, lang=lang, digest_opt_in=opt_in)
            auth.audit(cursor, auth.current_user(), "user_contact", chosen)
        flash(True, t("users.changed", username=chosen))
with schedule_col, st.form("ops_schedule"):
    st.markdown(f"**{t('ops.schedule_title')}**")
    backup_time = st.time_input(t("ops.schedule_backup"), dt.time(*plan.backup), key="ops_backup_time")
    keep_n = st.number_input(t("ops.schedule_keep"), 1, 365, keep, key="ops_keep")
    daily_time = st.time_input(t("ops.schedule_daily"), dt.time(*plan.daily), key="ops_daily_time")
    weekly_day = st.selectbox(
        t("ops.schedule_weekly_day"),
        scheduler.DAYS,
        index=scheduler.DAYS.index(plan.weekly[0]),
        format_func=lambda d: fmt.weekdays(str(scheduler.DAYS.index(d) + 1)),
        key="ops_weekly_day",
    )
    weekly_time = st.time_input(t("ops.schedule_weekly_time"), dt.time(*plan.weekly[1:]), key="ops_weekly_time")
    if st.form_submit_button(t("ops.schedule_save")):
        chosen_settings = {
            "ops.backup_time": f"{backup_time:%H:%M}",
            "ops.backup_keep": str(int(keep_n)),
            "ops.digest_daily_time": f"{daily_time:%H:%M}",
            "ops.digest_weekly": f"{weekly_day} {weekly_time:%H:%M}",
        }
        with data.transaction() as cursor:
            for key, value in chosen_settings.items():
                queries.run(cursor, "setting_set", key=key, value=value)
        scheduler.reschedule({**settings, **chosen_settings})
        flash(True, t("ops.schedule_saved"))

ui.footnote(t("ops.footnote"))
