"""Entry point: `streamlit run dashboard/app.py`.

Imported by the server, this file is an ``st.App`` that adds the session-cookie routes; run
for a browser session, it decides who is signed in from the session cookie (dashboard.access.
signin), serves the demo store only in demo mode ($KINERJA_DEMO=1, building it when missing), draws the shared sidebar
(language, DATA DEMO marker, who is signed in) and hands over to the page chosen in
st.navigation. The menu holds only the pages the signed-in role may open, so a page's
URL opened by anyone else never runs (auth.PAGE_ROLES); pages check unit and employee
scope themselves through dashboard.signin.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import streamlit as st  # noqa: E402
from streamlit.runtime.scriptrunner import get_script_run_ctx  # noqa: E402

from dashboard.access import auth, signin  # noqa: E402
from dashboard.core import data, fmt, hardening, ui  # noqa: E402
from dashboard.core.i18n import LANGS, t  # noqa: E402
from dashboard.core.store import db_path  # noqa: E402
from dashboard.demo import mode  # noqa: E402
from dashboard.navigation import PAGES, WARM_CHARTS  # noqa: E402

log = logging.getLogger("dashboard")
hardening.install()


def ensure_store() -> bool:
    """Whether the store can be served: in demo mode the demo store is built first if missing.

    Outside demo mode ($KINERJA_DEMO unset) a missing store is reported and nothing is built, and
    a store marked as demo is not served (its accounts' passwords are published in the README).
    """
    path = db_path()
    if mode.pending(path):  # the first run of the process only, whatever a visitor clears later
        bar = st.empty()
        if not path.exists():
            bar.progress(0.0, text=t("app.building_demo"))
        mode.ensure_demo_store(path, lambda fraction, message: bar.progress(min(fraction, 1.0), text=message))
        bar.empty()
    if not path.exists():
        if mode.was_served(path):  # vanished under the running app: a fault for the log, a plain message
            raise FileNotFoundError("the store file disappeared while the dashboard was running")
        st.error(t("auth.no_store", path=path.name))
        return False
    mode.note_served(path)
    if data.is_demo() and not auth.demo_mode():
        st.error(t("auth.demo_store_refused"))
        return False
    return True


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
            t(
                "auth.signed_in_as",
                name=fmt.plain(user.display_name or user.username),
                role=t(auth.ROLE_KEYS[user.role]),
            )
        )
        if st.sidebar.button(t("auth.sign_out"), key="sign_out"):
            signin.sign_out()  # served: the browser drops its cookie and reloads (the run stops here)
            st.session_state["go_home"] = True
            st.rerun()
    if data.is_demo():
        st.sidebar.warning(t("app.demo_marker"), icon=":material/science:")


def navigation_menu(user: auth.User) -> tuple[dict[str, list], dict[str, st.Page], st.Page]:
    """The pages this user may open, grouped by section and by URL path, and the role's home page (the default)."""
    allowed = [page for page in PAGES if auth.may_open(page[4], user)]
    if user.must_change_password:  # signed in with a one-time password: change it first
        allowed = [page for page in allowed if page[4] == "ganti-sandi"]
    paths = [page[4] for page in allowed]
    home = auth.HOME.get(user.role) if auth.HOME.get(user.role) in paths else paths[0]
    menu: dict[str, list] = {}
    pages: dict[str, st.Page] = {}
    for section, script, title_key, icon, url_path in allowed:
        pages[url_path] = st.Page(script, title=t(title_key), icon=icon, url_path=url_path, default=url_path == home)
        menu.setdefault(t(section), []).append(pages[url_path])
    return menu, pages, pages[home]


def operations() -> None:
    """Start the process's one scheduler (inbox, backups, digests) and, for the admin, say on every
    page when the last backup is missing, failed or old."""
    from dashboard.ops import gateway, jobs, scheduler

    scheduler.ensure_started(data.settings())
    if auth.role() == "admin":
        problem = jobs.backup_problem(gateway.AppStore())
        if problem:
            st.warning(t(problem), icon=":material/backup:")


def idle_watch() -> None:
    """Clear the screen of a session that ended (idle limit, signed out elsewhere, account
    disabled) within a minute, not only at the next click; these checks are not activity."""

    @st.fragment(run_every=signin.watch_every())
    def watcher() -> None:
        if signin.session_over():
            st.rerun(scope="app")

    watcher()


def main() -> None:
    ui.url_state("lang", "id", list(LANGS))
    if not ensure_store():
        st.stop()
    signin.resolve()
    operations()
    if auth.current_user().role != "public":
        idle_watch()
    menu, pages, home_page = navigation_menu(auth.current_user())
    navigation = st.navigation(menu)
    if st.session_state.pop("go_home", False):  # just signed in or out: open the role's home page
        st.switch_page(home_page)
    st.sidebar.markdown(f"**{t('app.title')}**  \n{t('app.subtitle')}")
    sidebar()
    if signin.served():  # a browser: the chart library starts loading early; a sign-in hands its cookie over
        with ui.hidden_place():
            ui.chart_library(warm=any(pages.get(path) is navigation for path in WARM_CHARTS))
            signin.hand_over_cookie()
    scope, asked = auth.unit_scope(), st.query_params.get("unit")
    if scope and asked and asked != scope:  # a unit head asking for another unit by URL: refused, audited
        signin.refuse(f"unit:{asked}")
    navigation.run()


def run() -> None:
    """One run of the app for one browser session."""
    st.set_page_config(page_title="Dasbor Kinerja Gajahmungkur", page_icon="📊", layout="wide")
    try:
        main()
    except auth.AccessDenied as denied:  # an individual-level query refused by data.individual_query
        signin.audit("access_denied", str(denied))
        st.error(t("auth.denied"))
    except Exception:
        # The user gets a plain message; the traceback, SQL and paths go to the server log only.
        log.exception("page failed")
        st.error(t("app.error"))


def warm_imports() -> None:
    """Import every module the pages use (Plotly, the features' logic, charts, reports) at the server's
    start, so the first visitor does not wait for it (about a second); the page scripts themselves
    run only for a visitor."""
    import importlib
    import pkgutil

    package = Path(__file__).resolve().parent
    scripts = {"dashboard." + script.removesuffix(".py").replace("/", ".") for _, script, *_ in PAGES}
    skip = scripts | {"dashboard.app", "dashboard.cli", "dashboard.__main__"}
    for module in pkgutil.walk_packages([str(package)], "dashboard."):
        if module.name not in skip and not module.name.startswith("dashboard.demo."):
            importlib.import_module(module.name)


@contextlib.asynccontextmanager
async def _lifespan(_app):
    """The server's start and stop: the pages' modules imported and the store opened before the first
    visitor; the process's one scheduler (inbox imports, nightly backups, e-mail digests) starts with
    the server, so the jobs run after a restart even when nobody opens the dashboard, and stops with it."""
    from dashboard.ops import scheduler

    warm_imports()
    auth.dummy_hash()
    # What is loaded now lives as long as the process: out of the garbage collector's sight, so the full
    # collection Streamlit runs after every script run (runner.postScriptGC) takes about 0,1 s less
    gc.freeze()
    if db_path().exists():  # a store still to be built (demo mode) starts it at the first page view
        scheduler.ensure_started(data.settings())
    try:
        yield None
    finally:
        scheduler.stop()


if get_script_run_ctx() is None:
    # Imported by the server (`streamlit run dashboard/app.py` finds this st.App and serves it):
    # the same file runs as the Streamlit script; the server gets the routes that set and clear the
    # HttpOnly session cookie (dashboard/access/sessions.py) and starts the scheduler.
    from dashboard.access import sessions  # noqa: E402

    app = st.App(__file__, routes=sessions.routes(), lifespan=_lifespan)
else:
    run()
