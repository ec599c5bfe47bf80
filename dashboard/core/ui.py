"""The page frame shared by every page: header, filters in the URL, tables, footnote."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import threading
from collections.abc import Callable, Iterator

import pandas as pd
import streamlit as st
from streamlit.runtime.scriptrunner_utils.script_run_context import SCRIPT_RUN_CONTEXT_ATTR_NAME, get_script_run_ctx

from dashboard.access import audit_trail, auth
from dashboard.core import data, export, fmt
from dashboard.core.i18n import t


def url_state(key: str, default: str | None, allowed: list[str] | None = None) -> str | None:
    """Seed st.session_state[key] from the URL once, keeping it among ``allowed``."""
    if key not in st.session_state:
        value = st.query_params.get(key, default)
        st.session_state[key] = value if allowed is None or value in allowed else default
    elif allowed is not None and st.session_state[key] not in allowed:
        st.session_state[key] = default
    return st.session_state[key]


def write_url(*keys: str) -> None:
    """Mirror these session-state values into the URL so a copied link opens the same view."""
    for key in keys:
        value = st.session_state.get(key)
        if value is None or value == "":
            st.query_params.pop(key, None)
        elif st.query_params.get(key) != str(value):
            st.query_params[key] = str(value)


def keep(key: str, default: str, options: list[str] | None = None) -> str:
    """Seed a page choice from the URL once, and its widget ``w_<key>`` from it, so the value survives
    reruns and page switches. Returns the widget key; pair the widget with ``on_change=copy_to(key)``."""
    value = url_state(key, default, options)
    st.session_state[f"w_{key}"] = value
    return f"w_{key}"


def copy_to(key: str):
    """The on_change callback of a ``keep`` widget: its value back into the page choice ``key``."""
    return lambda: st.session_state.__setitem__(key, st.session_state[f"w_{key}"])


def lazy_tabs(key: str, sections: dict[str, tuple[str, Callable[[], None]]]) -> None:
    """Sections as tabs of which only the open one runs and is sent (Streamlit's lazy tabs), so a visit draws
    one section's charts, not all of them. ``sections``: name -> (its label's text key, the section); the first
    is open by default; the open one lives in the URL (``key``) like every filter and survives a language switch."""
    labels = {name: t(label_key) for name, (label_key, _) in sections.items()}
    chosen = url_state(key, next(iter(sections)), list(sections))
    st.session_state[f"w_{key}"] = labels[chosen]  # the label in the reader's language

    def _tab_changed() -> None:
        label = st.session_state[f"w_{key}"]
        st.session_state[key] = next((name for name, text in labels.items() if text == label), chosen)

    tabs = st.tabs(list(labels.values()), key=f"w_{key}", on_change=_tab_changed)
    write_url(key)
    for tab, (_, section) in zip(tabs, sections.values(), strict=True):
        if tab.open:
            with tab:
                section()


def header(title_key: str, lead_key: str) -> None:
    st.title(t(title_key))
    st.caption(t(lead_key))


CSV, XLSX, PDF = "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/pdf"


def download(
    label: str,
    build: Callable[[], bytes],
    file_name: str,
    mime: str,
    *,
    key: str,
    detail: str = "",
    where=None,
    icon: str | None = ":material/download:",
    action: str = "export",
) -> None:
    """The one way a file leaves the dashboard: a download button whose file is built only when it
    is clicked (never on a page run, so nothing waits at /media to be fetched unaudited), and
    audited then, as the user who was shown the button. ``build`` runs in Streamlit's download
    thread with this session's context (its language, its user); it should be cached where
    building is slow. Text files must come from dashboard.core.export (formula-neutralised)."""
    ctx = get_script_run_ctx()
    user = auth.current_user()

    def deliver() -> bytes:
        thread = threading.current_thread()
        before = getattr(thread, SCRIPT_RUN_CONTEXT_ATTR_NAME, None)
        setattr(thread, SCRIPT_RUN_CONTEXT_ATTR_NAME, ctx)  # t(), the session's user and language
        try:
            payload = build()
            if audit_trail.allow(ctx.session_id if ctx else "", user.role):
                with data.transaction() as cursor:
                    auth.audit(cursor, user, action, file_name, detail)
            return payload
        finally:
            setattr(thread, SCRIPT_RUN_CONTEXT_ATTR_NAME, before)

    (where or st).download_button(label, deliver, file_name, mime, key=key, icon=icon, on_click="ignore")


@st.cache_data(show_spinner=False, max_entries=64)
def _table_file(frame: pd.DataFrame, kind: str, sheet: str) -> bytes:
    return export.to_csv(frame) if kind == "csv" else export.to_xlsx(frame, sheet)


def table_downloads(frame: pd.DataFrame, name: str, sheet: str | None = None, detail: str = "") -> None:
    """CSV and XLSX downloads of ``frame`` (formula-neutralised, built when clicked, audited)."""
    left, right, _ = st.columns([1, 1, 4])
    detail = detail or f"{len(frame)} rows"
    download(t("common.download_csv"), lambda: _table_file(frame, "csv", ""), f"{name}.csv", CSV,
             key=f"csv_{name}", detail=detail, where=left)  # fmt: skip
    download(t("common.download_xlsx"), lambda: _table_file(frame, "xlsx", sheet or name), f"{name}.xlsx", XLSX,
             key=f"xlsx_{name}", detail=detail, where=right)  # fmt: skip


def number_columns(frame: pd.DataFrame) -> dict:
    """column_config showing every numeric column in the reader's number format (1.234,5), still sortable."""
    return {
        c: st.column_config.NumberColumn(format="localized")
        for c in frame.columns
        if pd.api.types.is_numeric_dtype(frame[c]) and not pd.api.types.is_bool_dtype(frame[c])
    }


def table(frame: pd.DataFrame, name: str, column_config: dict | None = None) -> None:
    """A table, its numbers in the reader's format, with CSV and XLSX downloads under it; a message instead
    when empty. ``column_config`` adds to or overrides the number format per column."""
    if frame.empty:
        st.info(t("common.no_data"))
        return
    st.dataframe(frame, hide_index=True, width="stretch", column_config=number_columns(frame) | (column_config or {}))
    table_downloads(frame, name)


def footnote(*lines: str) -> None:
    """Source, period, exclusions; says 'demo' when the demo store is in use."""
    source = [t("common.source_demo"), t("common.standards_demo")] if data.is_demo() else [t("common.source_store")]
    st.divider()
    st.caption(" ".join([*source, *lines]))


def today() -> dt.date:
    """Today, or on the demo store the day its data was generated for, so ages stay true."""
    as_of = data.settings().get("demo_as_of") if data.is_demo() else None
    return dt.date.fromisoformat(as_of) if as_of else dt.date.today()


def format_dates(frame: pd.DataFrame, *columns: str) -> pd.DataFrame:
    """Copy of frame with date columns as Indonesian/English text ('28 Nov 2026')."""
    out = frame.copy()
    for column in columns:
        out[column] = [fmt.date(v) if pd.notna(v) else "–" for v in out[column]]
    return out


def _persistent_select(key: str, label: str, options: list[str], format_func, default: str | None) -> str | None:
    """A sidebar selectbox whose value survives page switches and lives in the URL.

    Widget state is dropped by Streamlit on pages that do not draw the widget, so the
    value is kept under a plain session key and the widget is re-seeded from it.
    """
    if not options:
        return None
    st.sidebar.selectbox(
        label, options, key=keep(key, default, options), format_func=format_func, on_change=copy_to(key)
    )
    write_url(key)
    return st.session_state[key]


def semester_filter() -> str | None:
    """The shared semester filter (URL 'sem'); default the latest semester with data."""
    periods = data.query("semesters")["period"].tolist()
    return _persistent_select("sem", t("app.semester"), periods, fmt.semester, periods[0] if periods else None)


def unit_filter(include_all: bool = True) -> str | None:
    """The shared unit filter (URL 'unit'); '' means all units."""
    units = data.query("units")
    names = dict(zip(units["unit_id"], units["name"], strict=True))
    options = ([""] if include_all else []) + list(names)
    value = _persistent_select("unit", t("app.unit"), options, lambda u: names.get(u, t("app.all_units")), options[0])
    return value or None


def figure(builder, *args, **kwargs):
    """``builder(*args, **kwargs)``, built once per distinct input and kept for every session (chart builders are
    pure: DataFrame in, figure out). A repeat visit or a change elsewhere on the page then costs no
    figure building. The figure is shared: draw it, never change it."""
    return _figure(f"{builder.__module__}.{builder.__qualname__}", builder, args, tuple(sorted(kwargs.items())))


@st.cache_resource(show_spinner=False, max_entries=512)
def _figure(name: str, _builder, args: tuple, kwargs: tuple):  # keyed by the builder's name and the inputs
    return _builder(*args, **dict(kwargs))


@functools.cache
def _empty_figure():
    import plotly.graph_objects as go

    return go.Figure()


@contextlib.contextmanager
def hidden_place() -> Iterator[None]:
    """The one place in the sidebar that is never shown, sent on every run (so the elements after it keep their
    places): for what the browser needs but nobody reads (the chart library's early start, the session cookie's
    hand-over)."""
    with st.sidebar.container(key="hidden_place"):
        st.html("<style>.st-key-hidden_place {display: none;}</style>")
        yield


def chart_library(warm: bool) -> None:
    """When ``warm``, an empty chart (call it in ``hidden_place``). A new browser document (the sign-in page, a
    reload, an address opened) opening a page that draws charts then starts loading the chart library (Plotly's
    bundle: about 0,6 s to parse and 0,9 s to start on the browser's main thread on this machine) as soon as the
    sidebar arrives, while the page's figures are still being computed, instead of after its first chart has
    arrived."""
    from dashboard.core.charts import PLOTLY_CONFIG

    if warm:
        st.plotly_chart(_empty_figure(), config=PLOTLY_CONFIG)


def chart(fig, alt_text: str, frame: pd.DataFrame | None = None, name: str | None = None) -> None:
    """A chart with its text alternative under it and, given a frame, its data as downloads."""
    from dashboard.core.charts import PLOTLY_CONFIG

    st.plotly_chart(fig, width="stretch", config=PLOTLY_CONFIG)
    st.caption(alt_text)
    if frame is not None and name is not None and not frame.empty:
        with st.expander(t("common.chart_data")):
            table(frame, name)
