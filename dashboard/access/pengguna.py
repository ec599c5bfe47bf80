"""Pengguna & Jejak Audit: accounts and the audit trail, for the admin."""

import pandas as pd
import streamlit as st

from dashboard.access import auth
from dashboard.core import data, fmt, ui
from dashboard.core.i18n import t
from dashboard.pegawai import selfservice

ui.header("users.title", "users.lead")

st.subheader(t("users.accounts"))
accounts = data.query("users_list")
ui.table(
    pd.DataFrame(
        {
            t("users.col_username"): accounts["username"],
            t("users.col_name"): accounts["display_name"].fillna(""),
            t("users.col_role"): [t(auth.ROLE_KEYS[r]) for r in accounts["role"]],
            t("users.col_unit"): accounts["unit_name"].fillna(""),
            t("users.col_active"): [t("about.yes") if a else t("about.no") for a in accounts["active"]],
            t("users.col_created"): [fmt.datetime(d) for d in accounts["created_at"]],
        }
    ),
    "akun",
)

units = data.query("units")
unit_names = dict(zip(units["unit_id"], units["name"], strict=True))
left, right = st.columns(2)
with left, st.form("add_user", clear_on_submit=True):
    st.markdown(f"**{t('users.add')}**")
    username = st.text_input(t("users.col_username"), max_chars=40)
    display_name = st.text_input(t("users.display_name"), max_chars=120)
    role = st.selectbox(t("users.role"), auth.ROLES[1:], format_func=lambda r: t(auth.ROLE_KEYS[r]))
    unit = st.selectbox(t("users.unit"), ["", *unit_names], format_func=lambda u: unit_names.get(u, "–"))
    nip = st.text_input(t("users.nip"), max_chars=18)
    password = st.text_input(t("users.password_new"), type="password")
    if st.form_submit_button(t("users.add"), type="primary"):
        try:
            with data.transaction() as cursor:
                auth.add_user(cursor, username, password, role, unit or None, nip or None, display_name or None)
                auth.audit(cursor, auth.current_user(), "user_add", username, role)
            st.success(t("users.created", username=username))
        except auth.WeakPassword as weak:
            st.error(t("users.failed", reason=t(weak.key)))
        except Exception as error:  # a constraint or a short password: say which, without internals
            reason = str(error).splitlines()[0][:160]
            st.error(t("users.failed", reason=reason))

with right, st.form("change_user"):
    names = accounts["username"].tolist()
    chosen = st.selectbox(t("users.pick"), names) if names else None
    new_password = st.text_input(t("users.reset"), type="password")
    col_a, col_b, col_c = st.columns(3)
    disable = col_a.form_submit_button(t("users.disable"))
    enable = col_b.form_submit_button(t("users.enable"))
    reset = col_c.form_submit_button(t("users.reset"))
    if chosen and (disable or enable or reset):
        try:
            with data.transaction() as cursor:
                if reset:
                    auth.reset_password(cursor, chosen, new_password)
                    auth.audit(cursor, auth.current_user(), "user_reset_password", chosen)
                else:
                    auth.set_active(cursor, chosen, enable)
                    auth.audit(cursor, auth.current_user(), "user_enable" if enable else "user_disable", chosen)
            st.success(t("users.changed", username=chosen))
        except auth.WeakPassword as weak:
            st.error(t("users.failed", reason=t(weak.key)))
        except ValueError as error:
            st.error(t("users.failed", reason=str(error)))

# ---- pegawai accounts in bulk: one-time passwords offered once, as a CSV download
st.subheader(t("self.bulk_header"))
st.caption(t("self.bulk_lead"))
bulk_unit = st.selectbox(
    t("self.bulk_unit"), ["", *unit_names], format_func=lambda u: unit_names.get(u, t("users.all")), key="bulk_unit"
)
missing = data.query("self_accounts_missing", today=ui.today(), unit_id=bulk_unit or None)
if missing.empty and "bulk_csv" not in st.session_state:
    st.info(t("self.bulk_none"))
elif not missing.empty:
    st.markdown(t("self.bulk_missing", n=fmt.number(len(missing))))
    if st.button(t("self.bulk_button"), icon=":material/group_add:", key="bulk_create"):
        with st.spinner(t("self.bulk_button")), data.transaction() as cursor:
            created = selfservice.create_pegawai_accounts(cursor, auth.current_user(), ui.today(), bulk_unit or None)
        st.session_state["bulk_csv"] = (len(created), selfservice.accounts_csv(created))
        st.rerun()
if st.session_state.pop("bulk_delivered", False):  # the passwords left once; not kept in the session after
    st.session_state.pop("bulk_csv", None)
if "bulk_csv" in st.session_state:
    n_created, csv_bytes = st.session_state["bulk_csv"]
    st.success(t("self.bulk_done", n=fmt.number(n_created)), icon=":material/check_circle:")

    def deliver_accounts(content: bytes = csv_bytes) -> bytes:
        st.session_state["bulk_delivered"] = True
        return content

    ui.download(
        t("self.bulk_download"),
        deliver_accounts,
        "akun_pegawai.csv",
        ui.CSV,
        key="bulk_download",
        detail=f"{n_created} akun, kata sandi sekali pakai",
    )

st.subheader(t("users.audit"))
filter_user, filter_action = st.columns(2)
who = filter_user.selectbox(t("users.audit_filter_user"), ["", *names], format_func=lambda u: u or t("users.all"))
actions = [
    "",
    "sign_in",
    "sign_in_failed",
    "sign_in_delayed",
    "sign_in_expired_password",
    "password_change",
    "password_change_failed",
    "sign_out",
    "idle_timeout",
    "open_record",
    "export",
    "import",
    "access_denied",
    "user_add",
    "user_disable",
    "user_enable",
    "user_reset_password",
    "user_bulk_pegawai",
    "open_own_record",
    "response_save",
    "self_assessment_save",
    "follow_up_add",
    "follow_up_status",
]
what = filter_action.selectbox(t("users.audit_filter_action"), actions, format_func=lambda a: a or t("users.all"))
trail = data.query("audit_log", username=who or None, action=what or None, limit=2000)
ui.table(
    pd.DataFrame(
        {
            t("users.col_time"): [fmt.datetime(d) for d in trail["logged_at"]],
            t("users.col_username"): trail["username"],
            t("users.col_role"): trail["role"],
            t("users.col_action"): trail["action"],
            t("users.col_target"): trail["target"].fillna(""),
            t("users.col_detail"): trail["detail"].fillna(""),
        }
    ),
    "jejak_audit",
)
ui.footnote(t("users.footnote"))
