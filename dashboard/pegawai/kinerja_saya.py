"""Kinerja Saya: the signed-in employee's own record (the HR record, filtered to self), worded for
them: progress in the running semester, evidence, appraisal history with a response form under each
appraisal, self-assessment, services against the standard. Only for the role pegawai.

Any other NIP asked for in the URL (?nip=...) is refused and audited; the record itself is fetched
through data.individual_query, which lets a pegawai see their own NIP only.
"""

import streamlit as st

from dashboard.access import auth, signin
from dashboard.core.i18n import t
from dashboard.pegawai import record

user = auth.current_user()
asked = str(st.query_params.get("nip") or "").replace(" ", "").strip()
if asked and asked != user.nip:
    signin.refuse(f"nip:{asked}", "kinerja-saya")
if user.role != "pegawai" or not user.nip:
    st.title(t("self.title"))
    st.info(t("self.no_nip"))
    st.stop()

if st.session_state.get("self_opened") != (user.username, user.nip):  # audited once per session
    for key in ("skp_sem", "svc_sem"):  # semester choices made on another record do not apply
        st.session_state.pop(key, None)
    signin.audit("open_own_record", f"nip:{user.nip}")
    st.session_state["self_opened"] = (user.username, user.nip)

record.render_own_record(user.nip)
