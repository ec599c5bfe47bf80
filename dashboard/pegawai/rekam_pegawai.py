"""Rekam Kinerja Pegawai: one employee's identity, SKP across semesters, appraisals (with the
employee's responses and self-assessments), services handled beside their peers, consistency
hints, and the Laporan Individu (PDF, XLSX). The body is dashboard.pegawai.record.render_hr_record
(its sections shared with Kinerja Saya).

Opened from Cari Pegawai or by URL: ?nip=198503122010011001. Every figure is fetched through
data.individual_query, which checks that the signed-in user may see this employee.
"""

import streamlit as st

from dashboard.access import auth, signin
from dashboard.core import ui
from dashboard.core.i18n import current_lang, t
from dashboard.pegawai import hr, record

lang = current_lang()

# ---------------------------------------------------------------- which employee, and may we show them

nip = str(st.query_params.get("nip") or st.session_state.get("nip") or "").replace(" ", "").strip()
if not nip:
    ui.header("hr.record_title", "hr.record_lead")
    st.info(t("hr.record_choose"))
    record.back_link()
    st.stop()
info = hr.decode_nip(nip, lang)
if not info.valid:
    ui.header("hr.record_title", "hr.record_lead")
    st.error(info.error)
    record.back_link()
    st.stop()
if st.session_state.get("nip") != nip:  # a new employee: the semester choices of the last one do not apply
    for key in ("skp_sem", "svc_sem"):
        st.session_state.pop(key, None)
st.session_state["nip"] = nip
ui.write_url("nip")

# The check runs on every rerun (data.individual_query); the opening is audited once per user and employee.
opened = (auth.current_user().username, nip)
if st.session_state.get("hr_opened") != opened:
    signin.require_employee(nip)
    st.session_state["hr_opened"] = opened

record.render_hr_record(nip)
