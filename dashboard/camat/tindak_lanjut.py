"""Tindak Lanjut Rapat: follow-up actions agreed at staff meetings, carried from meeting to meeting.

Stored in the store's follow_ups table through the app's one read-write connection
(data.write), so every session sees a saved action on its next interaction. The camat (and
HR, admin) record actions for any unit; a lurah sees and updates their own unit's.
"""

import datetime as dt

import pandas as pd
import streamlit as st

from dashboard.access import auth
from dashboard.camat import logic as camat
from dashboard.core import data, fmt, queries, ui
from dashboard.core.i18n import t

STATUSES = list(camat.STATUS_KEYS)

ui.header("camat.followup_title", "camat.followup_lead")
scope = auth.unit_scope()
unit = camat.chosen_unit(include_all=True)
units = data.query("units")
names = camat.unit_names(units)
today = ui.today()

# ---- record a new follow-up
if scope is None:
    with st.expander(t("camat.fu_new"), expanded=False), st.form("camat_fu_form", clear_on_submit=True):
        unit_ids = list(units["unit_id"])
        c1, c2 = st.columns(2)
        fu_unit = c1.selectbox(
            t("camat.unit"),
            unit_ids,
            index=unit_ids.index(unit) if unit in unit_ids else 0,
            format_func=lambda u: names.get(u, u),
            key="camat_fu_unit",
        )
        meeting = c2.date_input(t("camat.fu_meeting_date"), value=today, format="DD/MM/YYYY", key="camat_fu_meeting")
        issue = st.text_input(t("camat.fu_issue"), key="camat_fu_issue", max_chars=300)
        action = st.text_area(t("camat.fu_action"), key="camat_fu_action", max_chars=600, height=80)
        c3, c4 = st.columns(2)
        person = c3.text_input(t("camat.fu_pic"), key="camat_fu_pic", max_chars=120)
        due = c4.date_input(
            t("camat.fu_due"), value=today + dt.timedelta(days=30), format="DD/MM/YYYY", key="camat_fu_due"
        )
        if st.form_submit_button(t("camat.fu_save"), type="primary"):
            if not issue.strip() or not action.strip() or not person.strip() or due < meeting:
                st.error(t("camat.fu_missing"))
            else:
                with data.transaction() as cursor:
                    saved = queries.run(
                        cursor,
                        "follow_up_insert",
                        unit_id=fu_unit,
                        meeting_date=meeting,
                        issue=issue.strip(),
                        action=action.strip(),
                        person_in_charge=person.strip(),
                        due_date=due,
                        created_by=auth.current_user().username or None,
                    )
                    auth.audit(
                        cursor, auth.current_user(), "follow_up_add", f"unit:{fu_unit}", f"#{int(saved['id'].iloc[0])}"
                    )
                st.success(t("camat.fu_saved", id=int(saved["id"].iloc[0])))
else:
    st.caption(t("camat.fu_read_only"))

# ---- the list


def employee_responses() -> None:
    """What employees answered to their appraisals (Kinerja Saya): input for the next meeting."""
    st.subheader(t("camat.resp_title"))
    st.caption(t("camat.resp_lead"))
    responses = data.query("follow_up_employee_responses", unit_id=scope or unit, limit=200)
    ui.table(
        pd.DataFrame(
            {
                t("camat.unit"): responses["unit_name"],
                t("camat.resp_name"): responses["name"] if auth.can_see_names() else "–",
                t("camat.resp_period"): [fmt.semester(p) for p in responses["period"]],
                t("camat.resp_predikat"): responses["predikat"].fillna("–"),
                t("camat.resp_response"): [t(camat.RESPONSE_KEYS[r]) for r in responses["response"]],
                t("camat.resp_reasons"): responses["reasons"].fillna(""),
                t("camat.resp_plan"): responses["plan"].fillna(""),
                t("camat.resp_updated"): [fmt.date(d) for d in responses["updated_at"]],
            }
        ),
        "tanggapan_pegawai",
    )


st.subheader(t("camat.fu_list"))
follow_ups = data.query("follow_up_list", unit_id=unit, today=today)
if follow_ups.empty:
    st.info(t("camat.fu_none"))
    employee_responses()
    ui.footnote(t("camat.fu_footnote"))
    st.stop()

open_now = follow_ups["status"].isin(["terbuka", "proses"])
st.markdown(
    t(
        "camat.fu_counts",
        open=fmt.number(int(open_now.sum())),
        overdue=fmt.number(int(follow_ups["overdue"].sum())),
        done=fmt.number(int((follow_ups["status"] == "selesai").sum())),
    )
)
chosen = st.multiselect(
    t("camat.fu_filter_status"),
    STATUSES,
    default=["terbuka", "proses"],
    key="camat_fu_status",
    format_func=lambda s: t(camat.STATUS_KEYS[s]),
)
listed = follow_ups[follow_ups["status"].isin(chosen)] if chosen else follow_ups
ui.table(
    pd.DataFrame(
        {
            t("camat.fu_no"): listed["id"],
            t("camat.unit"): listed["unit_name"],
            t("camat.fu_meeting_date"): [fmt.date(d) for d in listed["meeting_date"]],
            t("camat.fu_issue"): listed["issue"],
            t("camat.fu_action"): listed["action"],
            t("camat.fu_pic"): listed["person_in_charge"],
            t("camat.fu_due"): [fmt.date(d) for d in listed["due_date"]],
            t("camat.fu_status"): [t(camat.STATUS_KEYS[s]) for s in listed["status"]],
            t("camat.fu_overdue"): ["⚠ " + t("camat.yes") if o else t("camat.no") for o in listed["overdue"]],
        }
    ),
    "tindak_lanjut",
)

# ---- change a status
st.markdown(f"##### {t('camat.fu_update')}")
labels = {int(r.id): f"{r.id} · {r.unit_name} · {r.action[:60]}" for r in follow_ups.itertuples()}
c1, c2, c3 = st.columns([3, 1, 1], vertical_alignment="bottom")
pick = c1.selectbox(t("camat.fu_pick"), list(labels), format_func=labels.get, key="camat_fu_pick")
new_status = c2.selectbox(
    t("camat.fu_new_status"), STATUSES, format_func=lambda s: t(camat.STATUS_KEYS[s]), key="camat_fu_new_status"
)
if c3.button(t("camat.fu_update"), key="camat_fu_update"):
    row = follow_ups[follow_ups["id"] == pick]
    if not row.empty and auth.may_see_unit(row["unit_id"].iloc[0]):
        with data.transaction() as cursor:
            queries.run(cursor, "follow_up_set_status", id=pick, status=new_status)
            auth.audit(
                cursor,
                auth.current_user(),
                "follow_up_status",
                f"unit:{row['unit_id'].iloc[0]}",
                f"#{pick} {new_status}",
            )
        st.success(t("camat.fu_updated"))
        st.rerun()

employee_responses()

ui.footnote(t("camat.fu_footnote"))
