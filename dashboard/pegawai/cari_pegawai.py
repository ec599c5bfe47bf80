"""Cari Pegawai: find an employee by part of the name or NIP; a click opens the record.

Filters live in the URL (?q=budi&kind=pelaksana&grade=II/c&hr_unit=...). A lurah sees only the
employees of their own unit (auth.unit_scope()).
"""

import pandas as pd
import streamlit as st

from dashboard.access import auth
from dashboard.core import data, fmt, ui
from dashboard.core.i18n import current_lang, t
from dashboard.pegawai import hr

lang = current_lang()
ui.header("hr.search_title", "hr.search_lead")

scope = auth.unit_scope()
units = data.query("units")
unit_names = dict(zip(units["unit_id"], units["name"], strict=True))
unit_options = [scope] if scope else ["", *unit_names]
kinds = ["", "struktural", "fungsional", "pelaksana"]
grades = ["", *data.query("hr_grades")["grade"]]


left, mid, right, last = st.columns([3, 2, 1.3, 1])
left.text_input(
    t("hr.search_box"),
    key=ui.keep("q", ""),
    on_change=ui.copy_to("q"),
    placeholder=t("hr.search_placeholder"),
    icon=":material/search:",
    type="search",
    live="300ms",
)
mid.selectbox(
    t("app.unit"),
    unit_options,
    key=ui.keep("hr_unit", unit_options[0], unit_options),
    on_change=ui.copy_to("hr_unit"),
    format_func=lambda u: unit_names.get(u, t("app.all_units")),
    disabled=bool(scope),
)
right.selectbox(
    t("hr.position_kind"),
    kinds,
    key=ui.keep("kind", "", kinds),
    on_change=ui.copy_to("kind"),
    format_func=lambda k: hr.position_kind_label(k, lang) if k else t("hr.all"),
)
last.selectbox(
    t("hr.grade"),
    grades,
    key=ui.keep("grade", "", grades),
    on_change=ui.copy_to("grade"),
    format_func=lambda g: g or t("hr.all"),
)
ui.write_url("q", "hr_unit", "kind", "grade")

query_text = st.session_state["q"].strip()
found = data.query(
    "hr_search",
    search=query_text,
    unit_id=scope or st.session_state["hr_unit"] or None,
    position_kind=st.session_state["kind"] or None,
    grade=st.session_state["grade"] or None,
)
# defence in depth: the query is scoped already; never list someone the user may not open
found = found[[auth.may_see_employee(n, u) for n, u in zip(found["nip"], found["unit_id"], strict=True)]]

if found.empty:
    st.info(t("hr.search_none", q=query_text) if query_text else t("hr.search_none_filters"))
else:
    st.caption(t("hr.search_count", n=fmt.number(len(found))))
    table = pd.DataFrame(
        {
            t("hr.name"): found["name"],
            "NIP": found["nip"],
            t("app.unit"): found["unit_name"],
            t("hr.latest_skp"): [
                fmt.number(v, 2) if pd.notna(v) else t("hr.not_evaluated") for v in found["skp_score"]
            ],
            t("hr.kategori"): found["kategori"].fillna("–"),
            t("hr.latest_predikat"): found["predikat"].fillna("–"),
            t("hr.evaluated_in"): [fmt.semester(p) if pd.notna(p) else "–" for p in found["skp_period"]],
            t("hr.position"): found["position"],
            t("hr.position_kind"): [hr.position_kind_label(k, lang) for k in found["position_kind"]],
            t("hr.grade"): found["grade"].fillna("–"),
            t("hr.status"): [
                t("hr.active") if pd.isna(e) else t("hr.left_on", date=fmt.date(e)) for e in found["end_date"]
            ],
        }
    )
    event = st.dataframe(
        table,
        hide_index=True,
        width="stretch",
        on_select="rerun",
        selection_mode="single-row",
        key="hr_results",
        column_config={t("hr.latest_skp"): st.column_config.TextColumn(alignment="right")},
    )
    st.caption(t("hr.search_click"))
    ui.table_downloads(table, "cari_pegawai", sheet="pegawai")
    rows = event.selection.rows if event is not None else []
    if rows:
        nip = found["nip"].iloc[rows[0]]
        st.session_state["nip"] = nip
        st.switch_page("pegawai/rekam_pegawai.py", query_params={"nip": nip})

ui.footnote(t("hr.search_footnote"))
