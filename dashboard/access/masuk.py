"""Masuk: sign in with user name and password."""

import streamlit as st

from dashboard.access import signin
from dashboard.core import data
from dashboard.core.i18n import t

st.title(t("auth.sign_in"))
st.caption(t("auth.sign_in_lead"))
if st.session_state.pop("signed_out_idle", False):
    st.info(t("auth.idle"))

with st.form("sign_in", enter_to_submit=True):
    username = st.text_input(t("auth.username"), max_chars=40, autocomplete="username")
    password = st.text_input(t("auth.password"), type="password", max_chars=200, autocomplete="current-password")
    submitted = st.form_submit_button(t("auth.submit"), type="primary")

if submitted and signin.sign_in(username, password):
    st.session_state["go_home"] = True
    st.rerun()

if data.is_demo():
    st.caption(t("auth.demo_accounts"))
