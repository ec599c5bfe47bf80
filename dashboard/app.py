"""Entry point: `streamlit run dashboard/app.py`.

Sets the page frame, builds the demo store on first start, draws the shared sidebar
(language, DATA DEMO marker, who is signed in) and hands over to the page chosen in
st.navigation. The menu holds only the pages the signed-in role may open, so a page's
URL opened by anyone else never runs (auth.PAGE_ROLES); pages check unit and employee
scope themselves through dashboard.signin.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import streamlit as st  # noqa: E402

from dashboard.access import (
    auth,  # noqa: E402
    signin,  # noqa: E402
)
from dashboard.core import (
    data,  # noqa: E402
    fmt,  # noqa: E402
    hardening,  # noqa: E402
    ui,  # noqa: E402
)
from dashboard.core.i18n import LANGS, t  # noqa: E402
from dashboard.core.store import db_path  # noqa: E402
from dashboard.navigation import PAGES  # noqa: E402

log = logging.getLogger("dashboard")
hardening.install()

st.set_page_config(page_title="Dasbor Kinerja Gajahmungkur", page_icon="📊", layout="wide")


@st.cache_resource(show_spinner=False)
def _first_start() -> dict:
    """Process-wide state of the first start: a lock and whether the store was checked."""
    import threading

    return {"lock": threading.Lock(), "checked": False}


def ensure_store() -> None:
    """On the first start of the process, build the demo store if the store file does not exist.

    Only then: a store that disappears while the dashboard runs is an error to report, not
    something to replace silently with demo data.
    """
    state = _first_start()
    if state["checked"]:
        return
    with state["lock"]:
        path = db_path()
        if not state["checked"] and not path.exists():
            from dashboard.demo.build import build_demo

            bar = st.progress(0.0, text=t("app.building_demo"))
            build_demo(path, progress=lambda fraction, message: bar.progress(min(fraction, 1.0), text=message))
            bar.empty()
        state["checked"] = True


def sidebar() -> None:
    st.sidebar.segmented_control(
        t("app.language"),
        list(LANGS),
        key="lang",
        format_func=lambda code: {"id": "Bahasa Indonesia", "en": "English"}[code],
        selection_mode="single",
    )
    ui.write_url("lang")
    user = auth.current_user()
    if user.role != "public":
        st.sidebar.markdown(
            t("auth.signed_in_as", name=fmt.plain(user.display_name or user.username), role=t(f"auth.role_{user.role}"))
        )
        if st.sidebar.button(t("auth.sign_out"), key="sign_out"):
            signin.sign_out()
            st.session_state["go_home"] = True
            st.rerun()
    if data.is_demo():
        st.sidebar.warning(t("app.demo_marker"), icon=":material/science:")


def navigation_menu(user: auth.User) -> tuple[dict[str, list], st.Page]:
    """The pages this user may open, grouped by section, and the role's home page (the default)."""
    allowed = [page for page in PAGES if auth.may_open(page[4], user)]
    paths = [page[4] for page in allowed]
    home = auth.HOME.get(user.role) if auth.HOME.get(user.role) in paths else paths[0]
    menu: dict[str, list] = {}
    pages: dict[str, st.Page] = {}
    for section, script, title_key, icon, url_path in allowed:
        pages[url_path] = st.Page(script, title=t(title_key), icon=icon, url_path=url_path, default=url_path == home)
        menu.setdefault(t(section), []).append(pages[url_path])
    return menu, pages[home]


def operations() -> None:
    """Start the process's one scheduler (inbox, backups, digests) and, for the admin, say on every
    page when the last backup is missing, failed or old."""
    from dashboard.ops import gateway, jobs, scheduler

    scheduler.ensure_started(data.settings())
    if auth.role() == "admin":
        problem = jobs.backup_problem(gateway.AppStore())
        if problem:
            st.warning(t(problem), icon=":material/backup:")


def main() -> None:
    ui.url_state("lang", "id", list(LANGS))
    ensure_store()
    operations()
    signin.enforce_idle_timeout()
    menu, home_page = navigation_menu(auth.current_user())
    navigation = st.navigation(menu)
    if st.session_state.pop("go_home", False):  # just signed in or out: open the role's home page
        st.switch_page(home_page)
    st.sidebar.markdown(f"**{t('app.title')}**  \n{t('app.subtitle')}")
    sidebar()
    scope, asked = auth.unit_scope(), st.query_params.get("unit")
    if scope and asked and asked != scope:  # a unit head asking for another unit by URL: refused, audited
        signin.refuse(f"unit:{asked}")
    navigation.run()


try:
    main()
except auth.AccessDenied as denied:  # an individual-level query refused by data.individual_query
    signin.audit("access_denied", str(denied))
    st.error(t("auth.denied"))
except Exception:
    # The user gets a plain message; the traceback, SQL and paths go to the server log only.
    log.exception("page failed")
    st.error(t("app.error"))
