"""Detail Unit: one unit's services against the kecamatan, SKP (aggregated), backlog and trend.

Reached by clicking a unit on Perbandingan Unit and by URL: ?unit=33.74.09.1003&sem=2026-S1.
"""

import pandas as pd
import streamlit as st

from dashboard.access import auth, signin
from dashboard.camat import charts as charts_camat
from dashboard.camat import logic as camat
from dashboard.core import data, fmt, ui
from dashboard.core.i18n import current_lang, t

lang = current_lang()
ui.header("camat.detail_title", "camat.detail_lead")
period = ui.semester_filter()
if period is not None and not st.session_state.get("unit") and not st.query_params.get("unit"):
    # no unit asked for: open the unit furthest below its expected share, the one the camat would look at
    candidates = camat.unit_comparison(data.query, period).query("n_compared > 0")
    if not candidates.empty:
        st.session_state["unit"] = candidates.sort_values("adjusted_diff_pct")["unit_id"].iloc[0]
unit = camat.chosen_unit(include_all=False)
if period is None or unit is None:
    st.info(t("common.no_data"))
    st.stop()
signin.require_unit(unit)

period_label = fmt.semester(period)
names = camat.unit_names(data.query("units"))
unit_name = names.get(unit, unit)
st.subheader(f"{fmt.plain(unit_name)} — {period_label}")

head = data.query("camat_headline", period=period, unit_id=unit)
cur, before = head.iloc[0], head.iloc[1]
for column, measure in zip(st.columns(4), ("on_standard", "median", "backlog", "mean_skp"), strict=True):
    camat.headline_card(column, measure, cur, before)

# ---- services against the kecamatan
services = data.query("camat_unit_services", period=period, unit_id=unit)
st.subheader(t("camat.services_table"))
compared = services.dropna(subset=["on_standard_pct"])
if compared.empty:
    st.info(t("common.no_data"))
else:
    worse = int((compared["on_standard_pct"] < compared["kec_on_standard_pct"]).sum())
    ui.chart(
        ui.figure(charts_camat.unit_services, compared, unit_name, lang, period_label),
        t("camat.services_alt", worse=worse, n=len(compared)),
    )
    ui.table(
        pd.DataFrame(
            {
                t("camat.service"): services["name"],
                t("camat.col_standard"): [fmt.duration(m, working=True) for m in services["standard_minutes"]],
                t("camat.col_requests_all"): services["requests"],
                t("camat.col_requests_known"): services["n_standard"],
                t("camat.col_actual"): services["on_standard_pct"].round(1),
                t("camat.col_kec_actual"): services["kec_on_standard_pct"].round(1),
                t("camat.col_median"): [camat.hours(m) for m in services["median_minutes"]],
                t("camat.col_p90"): [camat.hours(m) for m in services["p90_minutes"]],
                t("camat.col_kec_median"): [camat.hours(m) for m in services["kec_median_minutes"]],
                t("camat.col_rework"): services["rework_pct"].round(1),
            }
        ),
        "layanan_unit",
    )
    # slowest and most reworked, one under the other (the download buttons need the width)
    st.markdown(f"##### {t('camat.slowest')}")
    slow = (
        compared.dropna(subset=["standard_minutes"])
        .assign(ratio=lambda f: f["median_minutes"] / f["standard_minutes"] * 100)
        .nlargest(5, "ratio")
    )
    ui.table(
        pd.DataFrame(
            {
                t("camat.service"): slow["name"],
                t("camat.median_time"): [fmt.duration(m, working=True) for m in slow["median_minutes"]],
                t("camat.col_standard"): [fmt.duration(m, working=True) for m in slow["standard_minutes"]],
                t("camat.col_median_vs_std"): slow["ratio"].round(0),
            }
        ),
        "layanan_terlambat",
    )
    st.markdown(f"##### {t('camat.most_rework')}")
    rework = compared.nlargest(5, "rework_pct")
    ui.table(
        pd.DataFrame(
            {
                t("camat.service"): rework["name"],
                t("camat.col_rework"): rework["rework_pct"].round(1),
                t("camat.col_requests"): rework["completed"],
            }
        ),
        "layanan_perbaikan",
    )

# ---- SKP achievement (aggregated, no names)
st.subheader(t("camat.skp_distribution"))
skp = data.query("camat_unit_skp", period=period, unit_id=unit)
if skp.empty:
    st.info(t("camat.not_evaluated").capitalize() + ". " + t("common.no_data"))
else:
    kategori = skp[skp["measure"] == "kategori"]
    ui.chart(
        ui.figure(charts_camat.skp_distribution, skp, lang, period_label),
        t(
            "camat.skp_dist_alt",
            n=int(kategori["employees"].sum()),
            good=int(kategori.loc[kategori["label"].isin(["Baik", "Sangat Baik"]), "employees"].sum()),
        ),
    )

# ---- open backlog
st.subheader(t("camat.backlog_section"))
backlog = data.query("camat_unit_backlog", period=period, unit_id=unit)
if backlog.empty:
    st.info(t("common.no_data"))
else:
    st.markdown(
        t(
            "camat.backlog_summary",
            n=fmt.number(cur["backlog"]),
            cutoff=fmt.datetime(backlog["cutoff"].iloc[0]),
            past=fmt.number(cur["backlog_past_standard"]),
        )
    )
    table = pd.DataFrame(
        {
            t("camat.col_request"): backlog["request_id"],
            t("camat.service"): backlog["service"],
            t("camat.col_received"): [fmt.datetime(d) for d in backlog["received_at"]],
            t("camat.col_age"): [fmt.duration(m, working=True) for m in backlog["age_minutes"]],
            t("camat.col_standard"): [fmt.duration(m, working=True) for m in backlog["standard_minutes"]],
            t("camat.col_past"): [t("camat.yes") if p else t("camat.no") for p in backlog["past_standard"]],
        }
    )
    if auth.can_see_names():
        table[t("camat.col_handler")] = backlog["handler"].fillna("–")
    else:
        st.caption(t("camat.names_hidden"))
    ui.table(table, "tunggakan_unit")

# ---- trend over semesters
st.subheader(t("camat.trend"))
trend = data.query("camat_unit_trend", unit_id=unit)
trend = trend[trend["period"] <= period]
shown = trend.dropna(subset=["on_standard_pct"])
if shown.empty:
    st.info(t("common.no_data"))
else:
    first, last = shown.iloc[0], shown.iloc[-1]
    ui.chart(
        ui.figure(charts_camat.unit_trend, shown, unit_name, camat.policy_events(), lang),
        t(
            "camat.trend_alt",
            first=fmt.percent(first["on_standard_pct"]),
            first_period=fmt.semester(first["period"]),
            last=fmt.percent(last["on_standard_pct"]),
            last_period=fmt.semester(last["period"]),
        ),
        pd.DataFrame(
            {
                t("camat.col_semester"): [fmt.semester(p) for p in trend["period"]],
                t("camat.col_requests"): trend["completed"].astype("Int64"),
                t("camat.col_requests_known"): trend["n_standard"].astype("Int64"),
                t("camat.col_actual"): trend["on_standard_pct"].round(1),
                t("camat.col_median"): [camat.hours(m) for m in trend["median_minutes"]],
                t("camat.col_p90"): [camat.hours(m) for m in trend["p90_minutes"]],
                t("camat.col_rework"): trend["rework_pct"].round(1),
                t("camat.col_skp"): trend["mean_skp"].round(2),
                t("camat.col_ikm"): trend["ikm"].round(2),
            }
        ),
        "tren_unit",
    )

ui.footnote(t("camat.footnote", period=period_label, cutoff=fmt.datetime(cur["cutoff"])))
