"""The camat's view without SQL: funnel limits, kurva wording, the attention list, unit scope.

Figures come from queries/camat_*.sql; these functions only word them (the kurva distribusi
and fair comparison rules, docs/DESIGN.md) and apply who may see what. Pure functions of small DataFrames (one row per unit
or bound), so they are tested directly and reused by the PDF report.
"""

from __future__ import annotations

import datetime as dt
import math
from statistics import NormalDist

import pandas as pd

from dashboard.core import fmt, periods, rules
from dashboard.core.i18n import t

#: The unit comparison, one source: passed to queries/camat_units.sql and camat_funnel_limits.sql as
#: parameters and to the texts that describe the method (Perbandingan Unit, Panduan Evaluasi).
FUNNEL = {
    "min_volume": 20,  # compared requests below this: shown, not ranked (and services per semester for 'slower')
    "tail95": 0.025,  # lower-tail probability of the 95 % limits (upper: 1 - tail)
    "tail998": 0.001,  # lower-tail probability of the 99.8 % limits
    "z95": NormalDist().inv_cdf(0.975),  # normal quantile of the 95 % intervals (Wilson)
    "winsor": 0.10,  # z-scores winsorised at this share in each tail before estimating overdispersion
    "min_units": 5,  # overdispersion is estimated only from at least this many ranked units
    "z_over": NormalDist().inv_cdf(0.95),  # ... and allowed for only when significant at 5 % (chi-square test)
}
#: Units with fewer compared requests than this are shown but not ranked.
MIN_RANKED = FUNNEL["min_volume"]
OUTSIDE = ("above_998", "above_95", "below_998", "below_95")
BELOW = ("below_998", "below_95")
#: A funnel flag (queries/camat_units.sql, funnel_flag) -> its words.
FLAG_KEYS = {
    "above_998": "camat.flag_above_998",
    "above_95": "camat.flag_above_95",
    "below_998": "camat.flag_below_998",
    "below_95": "camat.flag_below_95",
    "within": "camat.flag_within",
    "too_few": "camat.flag_too_few",
    "no_data": "camat.flag_no_data",
    "not_comparable": "camat.flag_not_comparable",
}
#: A follow-up's status (follow_ups.status) -> its words.
STATUS_KEYS = {
    "terbuka": "camat.status_terbuka",
    "proses": "camat.status_proses",
    "selesai": "camat.status_selesai",
    "batal": "camat.status_batal",
}
#: An employee's response to an appraisal (pegawai.selfservice.RESPONSES) -> its words on the camat's pages.
RESPONSE_KEYS = {"setuju": "camat.resp_setuju", "keberatan": "camat.resp_keberatan"}

#: The predikat names as the schema and kurva_bounds spell them, by the queries' count column.
PREDIKAT_COLUMNS = rules.PREDIKAT_COLUMNS
#: An organisation's predikat (rules.ORG_PREDIKAT) -> its words.
ORG_KEYS = {
    "istimewa": "camat.org_istimewa",
    "baik": "camat.org_baik",
    "butuh_perbaikan": "camat.org_butuh_perbaikan",
    "kurang": "camat.org_kurang",
    "sangat_kurang": "camat.org_sangat_kurang",
}

# Thresholds of the attention list: a change must be large enough to be worth a meeting's time.
SLOWER_RATIO = 1.10  # per-service medians on average at least 10 % longer than last half-year
SLOWER_HALF = 50.0  # ... and more than half of the requests past last half-year's median, beyond chance
MIN_BACKLOG = 5  # a backlog this small is noise
BACKLOG_RATIO = 1.25
GENEROUS_SBB = 80.0  # share of Sangat Baik + Baik (%)
GENEROUS_GAP = 10.0  # on-standard share this many points below the share expected for the unit's service mix
#: A kind of attention item -> its sentence.
ATTENTION_KEYS = {
    "below": "camat.att_below",
    "above": "camat.att_above",
    "slower": "camat.att_slower",
    "backlog": "camat.att_backlog",
    "kurva": "camat.att_kurva",
    "generous": "camat.att_generous",
    "overdue": "camat.att_overdue",
}


def unit_comparison(fetch, period: str) -> pd.DataFrame:
    """camat_units for one semester with the funnel parameters of FUNNEL (fetch: data.query or a cursor's run)."""
    return fetch("camat_units", period=period, **FUNNEL)


def funnel_grid(fetch, units: pd.DataFrame) -> pd.DataFrame:
    """The funnel limits (fractions) for the chart: around the units' target share, with their overdispersion."""
    compared = units[units["n_compared"] > 0]
    if compared.empty:
        return pd.DataFrame(columns=["n", "lower95", "upper95", "lower998", "upper998"])
    return fetch(
        "camat_funnel_limits",
        target_share=float(compared["target_pct"].iloc[0]) / 100,
        phi=float(compared["phi"].iloc[0]),
        n_max=int(max(float(compared["n_compared"].max()) * 1.08, 30.0)),
        tail95=FUNNEL["tail95"],
        tail998=FUNNEL["tail998"],
    )


def method_values(units: pd.DataFrame, lang: str | None = None) -> dict[str, str]:
    """The figures the method texts quote: minimum volume, limits, phi and how many units estimated it."""
    phi = units["phi"].dropna()
    estimate = units["phi_estimate"].dropna()
    ranked = units["units_ranked"].dropna()
    return {
        "min": fmt.number(FUNNEL["min_volume"], lang=lang),
        "winsor": fmt.percent(FUNNEL["winsor"] * 100, decimals=0, lang=lang),
        "min_units": fmt.number(FUNNEL["min_units"], lang=lang),
        "phi": fmt.number(float(phi.iloc[0]) if len(phi) else 1.0, 2, lang),
        "estimate": fmt.number(float(estimate.iloc[0]) if len(estimate) else 1.0, 2, lang),
        "units": fmt.number(int(ranked.iloc[0]) if len(ranked) else 0, lang=lang),
    }


def ranked_units(units: pd.DataFrame) -> pd.DataFrame:
    """Units with requests, ranked ones first by rank then difference; the rest (too few, not comparable) after."""
    shown = units[units["n_standard"] > 0].copy()
    shown["_order"] = shown["rank"].fillna(10**6)
    return shown.sort_values(["_order", "adjusted_diff_pct"], ascending=[True, False], na_position="last").drop(
        columns="_order"
    )


def diff_text(row, lang: str | None = None) -> str:
    """The difference from the expected share with its 95 % interval: '-12,3 poin (-18,0 s.d. -6,1)'."""
    if pd.isna(row.adjusted_diff_pct):
        return "–"
    return t(
        "camat.diff_interval",
        lang=lang,
        diff=fmt.number(row.adjusted_diff_pct, 1, lang),
        low=fmt.number(row.diff_low_pct, 1, lang),
        high=fmt.number(row.diff_high_pct, 1, lang),
    )


def org_predikat_label(org_predikat: str, lang: str | None = None) -> str:
    return t(ORG_KEYS[org_predikat], lang=lang)


def kurva_sentence(row, lang: str | None = None) -> str:
    """A broken kurva bound in words: 'Sangat Baik 75,0 % melebihi batas 70 % untuk organisasi berpredikat Istimewa'."""
    names = f" {t('camat.and_or', lang=lang)} ".join(row.predikat_set)
    org = org_predikat_label(row.org_predikat, lang)
    share = fmt.percent(row.share_pct, lang=lang)
    if getattr(row, "kind", "bound") == "majority":
        return t("camat.kurva_majority", lang=lang, set=names, share=share, org=org)
    if row.need_some and row.n_in_set == 0:
        return t("camat.kurva_need", lang=lang, set=names, org=org)
    if pd.notna(row.max_share) and row.share_pct > row.max_share * 100 + 1e-7:
        return t("camat.kurva_max", lang=lang, set=names, share=share, limit=_limit(row.max_share, lang), org=org)
    return t("camat.kurva_min", lang=lang, set=names, share=share, limit=_limit(row.min_share, lang), org=org)


def _limit(fraction: float, lang: str | None) -> str:
    return fmt.percent(fraction * 100, decimals=0, lang=lang)


def kurva_allowed(row, lang: str | None = None) -> str:
    """What a bound allows, in words ('paling banyak 70 %', 'harus ada', 'sebagian besar (> 50 %)')."""
    if getattr(row, "kind", "bound") == "majority":
        return t("camat.kurva_allowed_majority", lang=lang)
    if row.need_some:
        return t("camat.kurva_allowed_some", lang=lang)
    if pd.notna(row.max_share):
        return t("camat.kurva_allowed_max", lang=lang, limit=_limit(row.max_share, lang))
    return t("camat.kurva_allowed_min", lang=lang, limit=_limit(row.min_share, lang))


def kurva_violations(kurva: pd.DataFrame, names: dict[str, str], lang: str | None = None) -> list[tuple[str, str]]:
    """(unit name, sentence) for every kurva rule not met (bounds and the majority), per organisation."""
    broken = kurva[kurva["broken"]]
    return [(names.get(row.unit_id, row.unit_id), kurva_sentence(row, lang)) for row in broken.itertuples()]


def unit_names(units: pd.DataFrame, lang: str | None = None) -> dict[str, str]:
    """unit_id -> name, with 'ALL' for the whole kecamatan."""
    names = dict(zip(units["unit_id"], units["name"], strict=True))
    names["ALL"] = t("camat.whole_kecamatan", lang=lang)
    return names


def hours(minutes: float | None) -> float | None:
    """Working minutes as hours (for tables that sort numerically)."""
    return None if minutes is None or pd.isna(minutes) else round(float(minutes) / 60.0, 2)


def attention_items(
    units: pd.DataFrame,
    kurva: pd.DataFrame,
    follow_ups: pd.DataFrame,
    names: dict[str, str],
    lang: str | None = None,
) -> list[tuple[str, str, str]]:
    """What needs the camat's attention, as (kind, unit_id, sentence in Markdown), worst first.

    units: camat_units rows; kurva: camat_kurva rows; follow_ups: follow_up_list rows.
    Kinds: below/above (outside the funnel), slower, backlog, kurva, generous, overdue.
    """
    items: list[tuple[str, str, str]] = []

    def add(kind: str, unit_id: str, **values) -> None:
        items.append((kind, unit_id, t(ATTENTION_KEYS[kind], lang=lang, **values)))

    for row in units.itertuples():
        if row.funnel_flag in BELOW:
            add(
                "below",
                row.unit_id,
                unit=names.get(row.unit_id, row.unit_id),
                share=fmt.percent(row.compared_pct, lang=lang),
                n=fmt.number(row.n_compared, lang=lang),
                expected=fmt.percent(row.expected_pct, lang=lang),
                limit=_funnel_limit(row.funnel_flag, lang),
            )
    for row in units.itertuples():
        if is_slower(row):
            add(
                "slower",
                row.unit_id,
                unit=names.get(row.unit_id),
                share=fmt.percent(row.slower_share_pct, lang=lang),
                n=fmt.number(row.slower_n, lang=lang),
                ratio=fmt.number(row.slower_ratio, 2, lang),
            )
    for row in units.itertuples():
        if row.backlog >= MIN_BACKLOG and row.backlog > row.prev_backlog * BACKLOG_RATIO:
            add(
                "backlog",
                row.unit_id,
                unit=names.get(row.unit_id),
                prev=fmt.number(row.prev_backlog, lang=lang),
                cur=fmt.number(row.backlog, lang=lang),
                past=fmt.number(row.backlog_past_standard, lang=lang),
            )
    for row in kurva[kurva["broken"]].itertuples():
        add("kurva", row.unit_id, unit=names.get(row.unit_id, row.unit_id), text=kurva_sentence(row, lang))
    for row in units.itertuples():
        if (
            row.appraised > 0
            and row.n_compared >= MIN_RANKED
            and pd.notna(row.sb_b_pct)
            and row.sb_b_pct >= GENEROUS_SBB
            and (row.funnel_flag in BELOW or row.adjusted_diff_pct < -GENEROUS_GAP)
        ):
            add(
                "generous",
                row.unit_id,
                unit=names.get(row.unit_id),
                sbb=fmt.percent(row.sb_b_pct, lang=lang),
                share=fmt.percent(row.compared_pct, lang=lang),
                expected=fmt.percent(row.expected_pct, lang=lang),
            )
    for row in follow_ups[follow_ups["overdue"]].itertuples() if not follow_ups.empty else []:
        add(
            "overdue",
            row.unit_id,
            unit=names.get(row.unit_id),
            action=row.action,
            due=fmt.date(row.due_date, lang=lang),
            status=t(STATUS_KEYS[row.status], lang=lang),
        )
    for row in units.itertuples():
        if row.funnel_flag in ("above_998", "above_95"):
            add(
                "above",
                row.unit_id,
                unit=names.get(row.unit_id),
                share=fmt.percent(row.compared_pct, lang=lang),
                n=fmt.number(row.n_compared, lang=lang),
                expected=fmt.percent(row.expected_pct, lang=lang),
                limit=_funnel_limit(row.funnel_flag, lang),
            )
    return items


def is_slower(row) -> bool:
    """Slower than last half-year for the same services, beyond chance (queries/camat_units.sql, 'slower').

    Enough requests compared with last half-year's median of their own service, the per-service medians on
    average at least SLOWER_RATIO times longer, and the share of requests past last half-year's median
    above one half even at the lower end of its 95 % interval.
    """
    return bool(
        row.slower_n >= MIN_RANKED
        and pd.notna(row.slower_ratio)
        and row.slower_ratio >= SLOWER_RATIO
        and pd.notna(row.slower_low_pct)
        and row.slower_low_pct > SLOWER_HALF
    )


def flag_label(flag: str, lang: str | None = None) -> str:
    """A funnel flag in words ('di bawah batas 99,8 %', '< 20 permohonan, tidak diperingkat')."""
    return t(FLAG_KEYS[flag], lang=lang, min=FUNNEL["min_volume"])


def _funnel_limit(flag: str, lang: str | None) -> str:
    """The funnel limit a unit is outside of, as the attention list words it ('99,8 %' / '99.8 %', '95 %')."""
    limit = "99,8 %" if flag.endswith("_998") else "95 %"
    return limit if lang != "en" else limit.replace(",", ".")


def in_scope(frame: pd.DataFrame, scope: str | None, column: str = "unit_id") -> pd.DataFrame:
    """Rows of the scoped unit only (a lurah); every row when scope is None."""
    return frame if scope is None else frame[frame[column] == scope]


def anonymise(frame: pd.DataFrame, scope: str | None, lang: str | None = None) -> pd.DataFrame:
    """For a lurah: other units keep their figures but lose their identity ('Unit lain'), no id to click."""
    if scope is None:
        return frame
    out = frame.copy()
    other = out["unit_id"] != scope
    out.loc[other, "name"] = t("camat.other_unit", lang=lang)
    out.loc[other, "unit_id"] = ""
    return out


#: Decimals a change is shown with, by kind (points and IKM: 2); a change below half the last one is no change.
DELTA_DECIMALS = {"pct": 1, "minutes": 0, "count": 0}


def delta_text(current: float | None, previous: float | None, kind: str, lang: str | None = None) -> str | None:
    """The change since last half-year for st.metric, formatted like its figure; None when unknown.

    kind: 'points' (SKP score), 'pct' (share), 'minutes' (working time), 'count', 'ikm'.
    """
    if current is None or previous is None or _nan(current) or _nan(previous):
        return None
    diff = float(current) - float(previous)
    if abs(diff) < 0.5 * 10 ** -DELTA_DECIMALS.get(kind, 2):
        return None  # no change as shown: no arrow (st.metric would draw "-0,0" as a fall, "±0" as a rise)
    sign = "+" if diff > 0 else "-"  # ASCII minus: st.metric reads the direction from it
    size = abs(diff)
    if kind == "pct":
        body = t("camat.pct_points", lang=lang, n=fmt.number(size, 1, lang))
    elif kind == "minutes":
        body = fmt.duration(size, working=True, lang=lang)
    elif kind == "count":
        body = fmt.number(size, lang=lang)
    else:
        body = fmt.number(size, 2, lang)
    return f"{sign}{body}"


def _nan(x: object) -> bool:
    try:
        return math.isnan(float(x))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return True


def report_date(today: dt.date | None = None) -> dt.date:
    return today or dt.date.today()


# ---------------------------------------------------------------- page helpers (Streamlit)


def chosen_unit(include_all: bool) -> str | None:
    """The unit the page shows: a lurah's own unit (no choice), else the shared unit filter (URL 'unit')."""
    import streamlit as st

    from dashboard.access import auth
    from dashboard.core import ui

    scope = auth.unit_scope()
    if scope is not None:
        st.session_state["unit"] = scope
        ui.write_url("unit")
        st.caption(t("camat.scope_note"))
        return scope
    return ui.unit_filter(include_all=include_all)


def ikm_indicative(row) -> bool:
    """Whether an IKM has fewer respondents than the minimum sample (camat_headline.ikm_indicative)."""
    return pd.notna(row["ikm"]) and bool(row.get("ikm_indicative", False))


def mutu_text(mutu, indicative: bool, lang: str | None = None) -> str:
    """'B', or 'B (indikatif)' when the unit had fewer respondents than the minimum sample; '–' without IKM."""
    if not isinstance(mutu, str):
        return "–"
    return t("camat.mutu_indicative", lang=lang, mutu=mutu) if indicative else mutu


def ikm_sample_note(row, lang: str | None = None) -> str:
    """'Sampel minimum 80 responden (PermenPANRB 14/2017, populasi 100 permohonan); ...indikatif.'"""
    if pd.isna(row.get("ikm_min_sample")):
        return t("camat.ikm_no_population", lang=lang)
    note = t(
        "camat.ikm_min_sample",
        lang=lang,
        min=fmt.number(row["ikm_min_sample"], lang=lang),
        population=fmt.number(row["population"], lang=lang),
    )
    return note + (" " + t("camat.ikm_indicative", lang=lang) if ikm_indicative(row) else "")


def headline_card(column, measure: str, cur: pd.Series, before: pd.Series, note: str | None = None) -> None:
    """One figure of camat_headline as a bordered st.metric in ``column``, with its change since ``before``.

    measure: 'on_standard', 'median', 'p90', 'backlog', 'mean_skp' or 'ikm'. Longer times and a
    larger backlog are shown as a worsening (inverse delta colour). ``note``: said after the label
    (the semester, when the figure is from another one than the page's).
    """
    if measure == "on_standard":
        field, kind, label = "on_standard_pct", "pct", t("camat.on_standard")
        value = fmt.percent(cur[field])
        help_text = t("camat.on_standard_help", n=fmt.number(cur["n_standard"]), open=fmt.number(cur["open_missed"]))
    elif measure in ("median", "p90"):
        field, kind = f"{measure}_minutes", "minutes"
        label = t("camat.median_time" if measure == "median" else "camat.p90_time")
        value = fmt.duration(cur[field], working=True)
        help_text = t("camat.time_help", n=fmt.number(cur["completed"]))
    elif measure == "backlog":
        field, kind, label = "backlog", "count", t("camat.backlog")
        value = fmt.number(cur[field])
        help_text = t("camat.backlog_help", cutoff=fmt.datetime(cur["cutoff"]))
    elif measure == "mean_skp":
        field, kind, label = "mean_skp", "points", t("camat.mean_skp")
        value = fmt.number(cur[field], 2) if pd.notna(cur[field]) else "–"
        help_text = t("camat.mean_skp_help", n=fmt.number(cur["employees_scored"]), kategori=cur["kategori"] or "–")
    elif measure == "ikm":
        field, kind, label = "ikm", "ikm", t("camat.ikm")
        value = fmt.number(cur[field], 2)
        help_text = t("camat.ikm_help", n=fmt.number(cur["respondents"]), mutu=cur["mutu"] or "–")
        help_text += " " + ikm_sample_note(cur)
        if ikm_indicative(cur):
            label = t("camat.ikm_indicative_label")
    else:
        raise ValueError(measure)
    column.metric(
        f"{label} ({note})" if note else label,
        value,
        delta_text(cur[field], before[field], kind),
        delta_color="inverse" if kind in ("minutes", "count") else "normal",
        help=help_text,
        border=True,
    )


def evaluated(row: pd.Series) -> bool:
    """Whether a camat_headline (or camat_headline_skp) row holds SKP figures (some ASN scored or appraised)."""
    return bool(row["employees_scored"]) or bool(row["appraised"])


#: How far back the first screen looks for an evaluated semester (each look is one cached query).
EVALUATED_LOOKBACK = 4


def latest_evaluated(
    period: str, unit_id: str | None, cur: pd.Series, before: pd.Series
) -> tuple[str, pd.Series, pd.Series]:
    """The semester whose SKP figures the overview shows, with its SKP row and the row of the semester before
    it: ``period`` itself (``cur``, ``before``: camat_headline rows) when evaluated, else the latest earlier
    semester that is (camat_headline_skp rows: the SKP columns only), else ``period`` (nothing evaluated yet)."""
    from dashboard.core import data

    if evaluated(cur):
        return period, cur, before
    asked = period
    for _ in range(EVALUATED_LOOKBACK):
        asked = periods.previous_semester(asked)
        head = data.query("camat_headline_skp", period=asked, unit_id=unit_id)
        if evaluated(head.iloc[0]):
            return asked, head.iloc[0], head.iloc[1]
    return period, cur, before


def policy_events() -> list[tuple[dt.date, str]]:
    from dashboard.core import data

    events = data.query("policy_events")
    return [(d, label) for d, label in zip(events["event_date"], events["label"], strict=True)]


def open_detail(unit_id: str) -> None:
    """Go to Detail Unit for unit_id, keeping the semester (URL ?unit=...&sem=...)."""
    import streamlit as st

    st.session_state["unit"] = unit_id
    params = {"unit": unit_id}
    if st.session_state.get("sem"):
        params["sem"] = st.session_state["sem"]
    if st.session_state.get("lang"):
        params["lang"] = st.session_state["lang"]
    st.switch_page("camat/detail_unit.py", query_params=params)


def clicked_unit(event) -> str | None:
    """The unit_id (customdata[0]) of the first point selected in a plotly selection event."""
    try:
        points = event.selection.points  # type: ignore[union-attr]
    except AttributeError:
        try:
            points = event["selection"]["points"]
        except (KeyError, TypeError):
            return None
    for point in points or []:
        custom = point.get("customdata") if isinstance(point, dict) else None
        if custom and custom[0]:
            return str(custom[0])
    return None
