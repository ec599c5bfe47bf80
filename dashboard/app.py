"""Entry point: `streamlit run dashboard/app.py`.

Sets the page frame, builds the demo store on first start, draws the shared sidebar
(language, DATA DEMO marker) and hands over to the page chosen in st.navigation.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import streamlit as st  # noqa: E402

from dashboard import data, ui  # noqa: E402
from dashboard.i18n import LANGS, t  # noqa: E402
from dashboard.store import db_path  # noqa: E402

log = logging.getLogger("dashboard")

st.set_page_config(page_title="Dasbor Kinerja Gajahmungkur", page_icon="📊", layout="wide")


@st.cache_resource(show_spinner=False)
def _build_lock():
    import threading

    return threading.Lock()


def ensure_store() -> None:
    """Build the demo store when the configured store file does not exist yet."""
    path = db_path()
    if path.exists():
        return
    from dashboard.demo import build_demo

    with _build_lock():
        if path.exists():  # another session built it while we waited
            return
        bar = st.progress(0.0, text=t("app.building_demo"))
        build_demo(path, progress=lambda fraction, message: bar.progress(min(fraction, 1.0), text=message))
        bar.progress(1.0, text=t("app.building_done"))
        bar.empty()


def sidebar() -> None:
    st.sidebar.segmented_control(
        t("app.language"),
        list(LANGS),
        key="lang",
        format_func=lambda code: {"id": "Bahasa Indonesia", "en": "English"}[code],
        selection_mode="single",
    )
    ui.write_url("lang")
    if data.is_demo():
        st.sidebar.warning(t("app.demo_marker"), icon="🧪")


ui.url_state("lang", "id", list(LANGS))
ensure_store()

# The product's pages: (navigation section, script, title text key, icon, URL path).
# The first page is the default one.
PAGES = [
    ("nav.data", "pages/tentang_data.py", "about.title", "📚", "tentang-data"),
]


def navigation_menu() -> dict[str, list]:
    menu: dict[str, list] = {}
    for section, script, title_key, icon, url_path in PAGES:
        menu.setdefault(t(section), []).append(st.Page(script, title=t(title_key), icon=icon, url_path=url_path))
    return menu


navigation = st.navigation(navigation_menu())
st.sidebar.markdown(f"**{t('app.title')}**  \n{t('app.subtitle')}")
sidebar()
try:
    navigation.run()
except Exception:
    log.exception("page %s failed", navigation.url_path)
    st.error(t("app.error"))
