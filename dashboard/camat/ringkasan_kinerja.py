"""Ringkasan Kinerja: the camat's semester overview against the previous semester."""

import pandas as pd
import streamlit as st

from dashboard.access import auth
from dashboard.camat import charts as charts_camat
from dashboard.camat import logic as camat
from dashboard.core import data, fmt, periods, ui
from dashboard.core.i18n import current_lang, t


@st.cache_data(show_spinner=False, max_entries=16)
def unit_report(version: tuple, period: str, unit: str | None, today, scope: str | None) -> bytes:
    """The unit PDF as this viewer may see it, built once per store version and choice."""
    from dashboard.camat import report as report_unit

    return report_unit.report_for_viewer(data.query, period, unit, scope, today=today)


lang = current_lang()
ui.header("camat.overview_title", "camat.overview_lead")
period = ui.semester_filter()
unit = camat.chosen_unit(include_all=True)
scope = auth.unit_scope()
if period is None:
    st.info(t("common.no_data"))
    st.stop()

prev = periods.previous_semester(period)
period_label = fmt.semester(period)
units_all = data.query("units")
names = camat.unit_names(units_all)
scope_label = names[unit] if unit else t("camat.whole_kecamatan")

# ---- what needs attention: first, so a phone's first screen says something
units = camat.unit_comparison(data.query, period)
kurva = data.query("camat_kurva", period=period)
follow_ups = data.query("follow_up_list", unit_id=scope, today=ui.today())
items = camat.attention_items(units, kurva, follow_ups, names)
if scope is not None:
    items = [item for item in items if item[1] == scope]
elif unit is not None:
    items = [item for item in items if item[1] in (unit, "ALL")]
st.subheader(t("camat.attention"))
if items:
    st.markdown("\n".join(f"- {sentence}" for _, _, sentence in items))
else:
    st.success(t("camat.attention_none"))


# ---- headline figures
head = data.query("camat_headline", period=period, unit_id=unit)
cur, before = head.iloc[0], head.iloc[1]
# The running semester's SKP is evaluated only at its end: until then the SKP figures and sections show the
# latest evaluated semester, labelled with it, beside the running semester's service figures.
skp_period, skp_cur, skp_before = camat.latest_evaluated(period, unit, cur, before)
skp_note = None if skp_period == period else fmt.semester(skp_period)
st.subheader(t("camat.headline", period=f"{period_label} — {scope_label}"))
st.caption(
    t("camat.vs_prev", prev=fmt.semester(prev)) if before["completed"] or before["appraised"] else t("camat.no_prev")
)
# the running semester's service figures first (durations need the width); then the SKP cards, wider for
# their semester's name when it is an earlier one, beside IKM and the backlog
for column, measure in zip(st.columns(3), ("on_standard", "median", "p90"), strict=True):
    camat.headline_card(column, measure, cur, before)
c1, c2, c3, c4 = st.columns([1.5, 1.5, 1, 1])
camat.headline_card(c1, "mean_skp", skp_cur, skp_before, note=skp_note)
sbb = None if pd.isna(skp_cur["sangat_baik_pct"]) else skp_cur["sangat_baik_pct"] + skp_cur["baik_pct"]
sbb_prev = None if pd.isna(skp_before["sangat_baik_pct"]) else skp_before["sangat_baik_pct"] + skp_before["baik_pct"]
c2.metric(
    "Sangat Baik + Baik" + (f" ({skp_note})" if skp_note else ""),
    fmt.percent(sbb) if sbb is not None else "–",
    camat.delta_text(sbb, sbb_prev, "pct"),
    delta_color="off",
    help=t("camat.predikat_share_help", n=fmt.number(skp_cur["appraised"])),
    border=True,
)
camat.headline_card(c3, "ikm", cur, before)
camat.headline_card(c4, "backlog", cur, before)
st.caption(
    t(
        "camat.backlog_line",
        n=fmt.number(cur["backlog"]),
        past=fmt.number(cur["backlog_past_standard"]),
        cutoff=fmt.datetime(cur["cutoff"]),
        prev=fmt.number(before["backlog_past_standard"]),
    )
)
if skp_note:
    st.caption(t("camat.skp_from", period=skp_note, current=period_label))
elif not cur["employees_scored"] and not cur["appraised"]:
    st.caption(t("camat.not_evaluated_line"))
if skp_cur["appraised"]:
    st.caption(
        t("camat.predikat_share")
        + (f" {skp_note}" if skp_note else "")
        + ": "
        + " · ".join(
            f"{label} {fmt.percent(skp_cur[column + '_pct'])}" for column, label in camat.PREDIKAT_COLUMNS.items()
        )
        + f" (n = {fmt.number(skp_cur['appraised'])})"
    )

# ---- the three views of the semester, as tabs: only the open one runs and is drawn (a first screen with one chart)
skp_label = fmt.semester(skp_period)


def achievement() -> None:
    """Semester achievement per unit: the mean SKP score of each unit (the latest evaluated semester)."""
    st.subheader(t("camat.achievement") + (f" — {skp_label}" if skp_note else ""))
    shown = camat.in_scope(units if skp_period == period else data.query("camat_units_skp", period=skp_period), scope)
    scored = shown.dropna(subset=["mean_skp"])
    if scored.empty:
        st.info(t("camat.not_evaluated").capitalize() + ". " + t("common.no_data"))
        return
    top, low = scored.loc[scored["mean_skp"].idxmax()], scored.loc[scored["mean_skp"].idxmin()]
    ui.chart(
        ui.figure(charts_camat.skp_by_unit, scored, skp_label, lang),
        t(
            "camat.skp_alt",
            below=int((scored["mean_skp"].round(2) < 76).sum()),
            n=len(scored),
            top=top["name"],
            top_score=fmt.number(top["mean_skp"], 2),
            low=low["name"],
            low_score=fmt.number(low["mean_skp"], 2),
        ),
        pd.DataFrame(
            {
                t("camat.unit"): scored["name"],
                t("camat.col_skp"): scored["mean_skp"].round(2),
                t("camat.appraised"): scored["employees_scored"],
            }
        ),
        "nilai_skp_per_unit",
    )


def kurva_distribusi() -> None:
    """The predikat distribution per unit against the kurva distribusi its organisation rating allows."""
    st.subheader(t("camat.kurva") + (f" — {skp_label}" if skp_note else ""))
    st.caption(t("camat.kurva_lead"))
    distribution = camat.in_scope(data.query("camat_predikat_distribution", period=skp_period), scope)
    distribution = distribution[distribution["appraised"] > 0]
    kurva_shown = camat.in_scope(kurva if skp_period == period else data.query("camat_kurva", period=skp_period), scope)
    if distribution.empty:
        st.info(t("common.no_data"))
        return
    distribution = distribution.assign(name=[names.get(u, u) for u in distribution["unit_id"]])
    violations = camat.kurva_violations(kurva_shown, names)
    if distribution["org_predikat"].isna().all():
        st.info(t("camat.kurva_no_rating"))
    ui.chart(
        ui.figure(charts_camat.predikat_distribution, distribution, skp_label, lang),
        t("camat.kurva_alt", broken=len(violations), orgs=kurva_shown.loc[kurva_shown["broken"], "unit_id"].nunique())
        if violations
        else t("camat.kurva_ok"),
    )
    if violations:
        st.markdown("\n".join(f"- **{name}**: {sentence}" for name, sentence in violations))
    if not kurva_shown.empty:
        ui.table(
            pd.DataFrame(
                {
                    t("camat.unit"): [names.get(u, u) for u in kurva_shown["unit_id"]],
                    t("camat.org_predikat"): [camat.org_predikat_label(p) for p in kurva_shown["org_predikat"]],
                    t("camat.bound"): [f" {t('camat.and_or')} ".join(s) for s in kurva_shown["predikat_set"]],
                    t("camat.actual"): [
                        f"{fmt.percent(s)} ({fmt.number(k)}/{fmt.number(n)})"
                        for s, k, n in zip(
                            kurva_shown["share_pct"], kurva_shown["n_in_set"], kurva_shown["appraised"], strict=True
                        )
                    ],
                    t("camat.allowed"): [camat.kurva_allowed(row) for row in kurva_shown.itertuples()],
                    t("camat.verdict"): [
                        ("⚠ " + t("camat.broken")) if b else ("✓ " + t("camat.met")) for b in kurva_shown["broken"]
                    ],
                }
            ),
            "kurva_distribusi",
        )


def monthly_share() -> None:
    """The on-standard share per unit and month of the chosen semester (a heatmap with the policy events)."""
    st.subheader(t("camat.monthly"))
    monthly = data.query("camat_monthly_unit", period=period, unit_id=scope)
    if monthly.empty:
        st.info(t("common.no_data"))
        return
    order = [n for u, n in zip(units_all["unit_id"], units_all["name"], strict=True)]
    last_month = monthly["month"].max()
    latest = monthly[monthly["month"] == last_month]
    low, top = latest.loc[latest["on_standard_pct"].idxmin()], latest.loc[latest["on_standard_pct"].idxmax()]
    ui.chart(
        ui.figure(charts_camat.monthly_heatmap, monthly, order, camat.policy_events(), period_label, lang),
        t(
            "camat.heatmap_alt",
            month=fmt.month(last_month),
            low=low["name"],
            low_share=fmt.percent(low["on_standard_pct"]),
            top=top["name"],
            top_share=fmt.percent(top["on_standard_pct"]),
        ),
        pd.DataFrame(
            {
                t("camat.unit"): monthly["name"],
                t("camat.month"): [fmt.month(m) for m in monthly["month"]],
                t("camat.col_requests"): monthly["n"],
                t("camat.col_actual"): monthly["on_standard_pct"].round(1),
            }
        ),
        "sesuai_standar_per_bulan",
    )


ui.lazy_tabs(
    "rk_tab",
    {
        "achievement": ("camat.achievement", achievement),
        "kurva": ("camat.kurva", kurva_distribusi),
        "monthly": ("camat.monthly", monthly_share),
    },
)

# ---- the unit report (PDF)
st.subheader(t("camat.pdf"))
st.caption(t("camat.pdf_note", scope=scope_label, period=period_label))
file_name = f"laporan-kinerja-{(unit or 'kecamatan').replace('.', '-')}-{period}.pdf"
ui.download(
    t("camat.pdf_download"),
    lambda: unit_report(data.version(), period, unit, ui.today(), scope),
    file_name,
    ui.PDF,
    key="camat_pdf_download",
    icon=":material/picture_as_pdf:",
    detail=f"unit:{unit or 'semua'} {period}",
)

ui.footnote(t("camat.footnote", period=period_label, cutoff=fmt.datetime(cur["cutoff"])))
