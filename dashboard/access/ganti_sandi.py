"""Ganti Kata Sandi: the signed-in user replaces their own password (a one-time password first)."""

import streamlit as st

from dashboard.access import auth, signin
from dashboard.core import data
from dashboard.core.i18n import t

user = auth.current_user()
st.title(t("auth.pw_title"))
st.caption(t("auth.pw_lead"))
if user.must_change_password:
    st.warning(t("auth.pw_must"), icon=":material/key:")

with st.form("change_password", clear_on_submit=True):
    current = st.text_input(t("auth.pw_current"), type="password", max_chars=200, autocomplete="current-password")
    new = st.text_input(t("auth.pw_new"), type="password", max_chars=200, autocomplete="new-password")
    repeat = st.text_input(t("auth.pw_repeat"), type="password", max_chars=200, autocomplete="new-password")
    submitted = st.form_submit_button(t("auth.pw_submit"), type="primary")

if submitted:
    if new != repeat:
        st.error(t("auth.pw_mismatch"))
    else:
        keep = (signin.session_token() or "") if signin.served() else ""
        try:
            with data.transaction(commit_on=(auth.SignInRefused,)) as cursor:
                auth.change_own_password(cursor, user, current, new, keep=keep)
        except auth.SignInRefused:
            st.error(t("auth.pw_wrong_current"))
        except auth.WeakPassword as weak:
            st.error(t(weak.key))
        else:
            st.session_state["user"] = auth.User(**{**user.__dict__, "must_change_password": False})
            if user.must_change_password:  # the other pages open now: go to the role's home page
                st.session_state["go_home"] = True
            else:
                st.session_state["pw_changed"] = True
            st.rerun()
if st.session_state.pop("pw_changed", False):
    st.success(t("auth.pw_done"))
