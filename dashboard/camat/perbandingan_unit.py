"""Perbandingan Unit: a fair comparison of units (funnel plot, mix-adjusted league table, calibration).

A lurah sees the other units as anonymous grey points ('Unit lain') in the charts, so they
know where they stand, and only their own unit in the tables.
"""

import pandas as pd
import streamlit as st

from dashboard.access import auth
from dashboard.camat import charts as charts_camat
from dashboard.camat import logic as camat
from dashboard.core import data, fmt, ui
from dashboard.core.charts import PLOTLY_CONFIG
from dashboard.core.i18n import current_lang, t

lang = current_lang()
ui.header("camat.compare_title", "camat.compare_lead")
period = ui.semester_filter()
scope = auth.unit_scope()
if scope is not None:
    st.caption(t("camat.scope_note"))
if period is None:
    st.info(t("common.no_data"))
    st.stop()
period_label = fmt.semester(period)

units = camat.unit_comparison(data.query, period)
shown = camat.anonymise(units, scope)
with_requests = shown[shown["n_standard"] > 0]

# ---- funnel plot
st.subheader(t("camat.funnel"))
if with_requests.empty:
    st.info(t("common.no_data"))
else:
    event = st.plotly_chart(
        ui.figure(charts_camat.funnel, shown, camat.funnel_grid(data.query, units), lang, period_label),
        width="stretch",
        config=PLOTLY_CONFIG,
        on_select="rerun",
        selection_mode="points",
        key="camat_funnel",
    )
    clicked = camat.clicked_unit(event)
    if clicked and auth.may_see_unit(clicked):
        camat.open_detail(clicked)
    outside = with_requests[with_requests["funnel_flag"].isin(camat.OUTSIDE)]
    apart = with_requests[with_requests["funnel_flag"] == "not_comparable"]
    st.caption(
        t(
            "camat.funnel_alt",
            p=fmt.percent(units["target_pct"].dropna().iloc[0]) if units["target_pct"].notna().any() else "–",
            outside=", ".join(f"{r.name} ({camat.flag_label(r.funnel_flag)})" for r in outside.itertuples())
            or t("camat.none"),
        )
        + (" " + t("camat.not_comparable_note", units=", ".join(apart["name"])) if not apart.empty else "")
        + " "
        + t("camat.click_hint")
    )
    st.caption(
        t(
            "camat.funnel_method",
            target=fmt.percent(units["target_pct"].dropna().iloc[0]) if units["target_pct"].notna().any() else "–",
            **camat.method_values(units),
        )
    )

# ---- league table
st.subheader(t("camat.league"))
st.caption(t("camat.league_lead"))
league = camat.ranked_units(camat.in_scope(units, scope))
league_table = pd.DataFrame(
    {
        t("camat.col_rank"): league["rank"].astype("Int64"),
        t("camat.unit"): league["name"],
        t("camat.col_requests_known"): league["n_standard"],
        t("camat.col_compared"): league["n_compared"],
        t("camat.col_actual"): league["compared_pct"].round(1),
        t("camat.col_expected"): league["expected_pct"].round(1),
        t("camat.col_diff"): league["adjusted_diff_pct"].round(1),
        t("camat.col_diff_range"): [camat.diff_text(r) for r in league.itertuples()],
        t("camat.col_funnel"): [camat.flag_label(f) for f in league["funnel_flag"]],
        t("camat.col_median"): [camat.hours(m) for m in league["median_minutes"]],
        t("camat.col_p90"): [camat.hours(m) for m in league["p90_minutes"]],
        t("camat.col_rework"): league["rework_pct"].round(1),
        t("camat.col_backlog"): league["backlog"],
        t("camat.col_ikm"): league["ikm"].round(2),
        t("camat.col_mutu"): [
            camat.mutu_text(m, i) for m, i in zip(league["mutu"], league["ikm_indicative"], strict=True)
        ],
    }
)
ui.table(league_table, "peringkat_unit")
if not league.empty:

    def _remember_choice() -> None:
        st.session_state["camat_goto"] = st.session_state["camat_league_pick"]
        st.session_state["camat_league_pick"] = ""

    league_names = dict(zip(league["unit_id"], league["name"], strict=True))
    st.selectbox(
        t("camat.open_detail"),
        [""] + list(league["unit_id"]),
        key="camat_league_pick",
        on_change=_remember_choice,
        format_func=lambda u: league_names.get(u, "—"),
    )
    goto = st.session_state.pop("camat_goto", None)
    if goto:
        camat.open_detail(goto)

# ---- calibration
st.subheader(t("camat.calibration"))
calibrated = shown.dropna(subset=["on_standard_pct", "sb_b_pct"])
calibrated = calibrated[calibrated["n_standard"] >= camat.MIN_RANKED]
if calibrated.empty:
    st.info(t("camat.not_evaluated").capitalize() + ". " + t("common.no_data"))
else:
    ui.chart(
        ui.figure(charts_camat.calibration, calibrated, lang, period_label),
        t("camat.calibration_alt", n=len(calibrated)),
        pd.DataFrame(
            {
                t("camat.unit"): calibrated["name"],
                t("camat.col_actual"): calibrated["on_standard_pct"].round(1),
                t("camat.col_sbb"): calibrated["sb_b_pct"].round(1),
                t("camat.appraised"): calibrated["appraised"],
            }
        ),
        "kalibrasi_predikat",
    )

ui.footnote(t("camat.compare_footnote"))
