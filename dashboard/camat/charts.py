"""Chart builders of the camat's pages: DataFrame in, Plotly figure out (no Streamlit).

Every figure uses the product theme (dashboard.charts): Okabe-Ito colours, fixed predikat
and kategori colours, the policy event drawn the same way, Indonesian separators, tooltips
with the exact figure and the n behind it. Shares are in percent points (0-100).
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from dashboard.camat import logic as camat
from dashboard.core import fmt, periods
from dashboard.core.charts import (
    BAD,
    GOOD,
    KATEGORI_COLOURS,
    KATEGORI_ORDER,
    NEUTRAL,
    OKABE_ITO,
    PREDIKAT_COLOURS,
    PREDIKAT_ORDER,
    add_policy_events,
    base_figure,
    month_axis,
    separators,
)
from dashboard.core.i18n import t

# Blue (good) to orange (bad) without red/green: readable for every common colour-vision type.
SHARE_SCALE = [[0.0, "#D55E00"], [0.5, "#F0E442"], [0.8, "#56B4E9"], [1.0, "#0072B2"]]
FEW = "#B8BFC7"

FLAG_STYLE = {  # colour, symbol: the symbol repeats what the colour says
    "above_998": (GOOD, "triangle-up"),
    "above_95": (GOOD, "triangle-up-open"),
    "below_998": (BAD, "triangle-down"),
    "below_95": (BAD, "triangle-down-open"),
    "within": ("#3C4650", "circle"),
    "too_few": (FEW, "circle-open"),
}


def _policy_lines(fig: go.Figure, events: list[tuple[dt.date, str]]) -> None:
    """The product's policy lines, with labels of events close together staggered so they do not overlap."""
    for i, event in enumerate(sorted(events)):
        add_policy_events(fig, [event])
        fig.layout.annotations[-1].update(yshift=16 * (i % 2), xanchor="left" if i % 2 == 0 else "right")


def skp_by_unit(frame: pd.DataFrame, period_label: str, lang: str) -> go.Figure:
    """Horizontal bars of mean SKP score per unit, coloured by kategori, with the Baik threshold (76).

    frame: name, mean_skp, kategori, employees_scored (units without scores are dropped).
    """
    data = frame.dropna(subset=["mean_skp"]).sort_values("mean_skp")
    fig = base_figure(t("camat.skp_chart_title", lang=lang, period=period_label), lang, height=120 + 28 * len(data))
    for kategori in KATEGORI_ORDER:
        part = data[data["kategori"] == kategori]
        if part.empty:
            continue
        fig.add_bar(
            x=part["mean_skp"],
            y=part["name"],
            orientation="h",
            name=kategori,
            marker_color=KATEGORI_COLOURS[kategori],
            text=[fmt.number(v, 1, lang) for v in part["mean_skp"]],
            textposition="outside",
            customdata=np.stack(
                [
                    [fmt.number(v, 2, lang) for v in part["mean_skp"]],
                    [fmt.number(v, lang=lang) for v in part["employees_scored"]],
                ],
                axis=-1,
            ),
            hovertemplate="%{y}<br>"
            + t("camat.mean_skp", lang=lang)
            + ": %{customdata[0]} ("
            + kategori
            + ")<br>"
            + "n = %{customdata[1]} ASN<extra></extra>",
        )
    fig.add_vline(x=76, line_dash="dot", line_color="#444444", line_width=2)
    fig.add_annotation(
        x=76,
        y=1,
        yref="paper",
        text=t("camat.baik_threshold", lang=lang),
        showarrow=False,
        xanchor="right",
        yanchor="bottom",
        font=dict(size=12),
    )
    fig.update_xaxes(title_text=t("camat.skp_axis", lang=lang), range=[0, 110])
    fig.update_yaxes(title_text=None, categoryorder="array", categoryarray=list(data["name"]))
    fig.update_layout(barmode="overlay", margin=dict(t=90))
    return fig


def predikat_distribution(frame: pd.DataFrame, period_label: str, lang: str) -> go.Figure:
    """100 % stacked bars of the predikat spread per organisation.

    frame: name, appraised and the counts sangat_baik .. sangat_kurang.
    """
    data = frame[frame["appraised"] > 0].iloc[::-1]
    fig = base_figure(t("camat.kurva_chart_title", lang=lang, period=period_label), lang, height=140 + 30 * len(data))
    for column, predikat in camat.PREDIKAT_COLUMNS.items():
        share = data[column] / data["appraised"] * 100
        fig.add_bar(
            x=share,
            y=data["name"],
            orientation="h",
            name=predikat,
            marker_color=PREDIKAT_COLOURS[predikat],
            customdata=np.stack(
                [
                    [fmt.percent(v, lang=lang) for v in share],
                    [fmt.number(v, lang=lang) for v in data[column]],
                    [fmt.number(v, lang=lang) for v in data["appraised"]],
                ],
                axis=-1,
            ),
            hovertemplate="%{y}<br>" + predikat + ": %{customdata[0]} (%{customdata[1]} dari %{customdata[2]} ASN)"
            "<extra></extra>"
            if lang == "id"
            else "%{y}<br>" + predikat + ": %{customdata[0]} (%{customdata[1]} of %{customdata[2]} ASN)<extra></extra>",
        )
    fig.update_layout(barmode="stack", margin=dict(t=100))
    fig.update_xaxes(title_text=t("camat.share_axis", lang=lang), range=[0, 100], ticksuffix=" %")
    fig.update_yaxes(title_text=None)
    return fig


def monthly_heatmap(
    frame: pd.DataFrame, order: list[str], events: list[tuple[dt.date, str]], period_label: str, lang: str
) -> go.Figure:
    """Heatmap unit x month of the on-standard share, policy events marked.

    frame: name, month, n, on_standard_pct; order: unit names top to bottom.
    """
    months = sorted(frame["month"].unique())
    names = [n for n in order if n in set(frame["name"])]
    share = frame.pivot_table(index="name", columns="month", values="on_standard_pct").reindex(
        index=names, columns=months
    )
    count = frame.pivot_table(index="name", columns="month", values="n").reindex(index=names, columns=months)
    text = [
        [
            t("camat.hover_share_n", lang=lang, share=fmt.percent(s, lang=lang), n=fmt.number(c, lang=lang))
            if pd.notna(s)
            else "–"
            for s, c in zip(srow, crow, strict=True)
        ]
        for srow, crow in zip(share.values, count.values, strict=True)
    ]
    month_names = [fmt.month(m, lang) for m in months]
    fig = base_figure(t("camat.heatmap_title", lang=lang, period=period_label), lang, height=160 + 30 * len(names))
    fig.add_heatmap(
        x=[m.isoformat() for m in months],
        y=names,
        z=share.values,
        zmin=0,
        zmax=100,
        colorscale=SHARE_SCALE,
        customdata=np.stack([text, [month_names] * len(names)], axis=-1),
        hovertemplate="%{y}, %{customdata[1]}<br>%{customdata[0]}<extra></extra>",
        colorbar=dict(title=dict(text=t("camat.share_standard_axis", lang=lang), side="right"), ticksuffix=" %"),
        xgap=1,
        ygap=1,
    )
    start, end = months[0], months[-1]
    _policy_lines(fig, [(d, label) for d, label in events if start <= d <= end])
    every = max(1, len(months) // 12)
    month_axis(fig, months, lang, every=every)
    fig.update_xaxes(title_text=t("camat.month", lang=lang))
    fig.update_yaxes(autorange="reversed", title_text=None)
    fig.update_layout(margin=dict(t=110))
    return fig


def funnel(frame: pd.DataFrame, limits: pd.DataFrame, lang: str, period_label: str) -> go.Figure:
    """Funnel plot of the mix-adjusted share against comparable requests, exact binomial limits around the target.

    frame (camat_units rows): unit_id, name, n_compared, compared_pct, expected_pct, adjusted_pct, target_pct,
    funnel_flag. limits (camat_funnel_limits rows, fractions): n, lower95, upper95, lower998, upper998.
    A point's customdata[0] is its unit_id ('' for anonymised units), for click-through.
    """
    data = frame[frame["n_compared"] > 0]
    fig = base_figure(t("camat.funnel_title", lang=lang, period=period_label), lang, height=520)
    if data.empty:
        return fig
    target = float(data["target_pct"].iloc[0])
    n_max = max(float(data["n_compared"].max()) * 1.08, 30.0)
    for key, dash, (low, high) in (
        ("camat.limit998", "dot", ("lower998", "upper998")),
        ("camat.limit95", "dash", ("lower95", "upper95")),
    ):
        for column, show in ((high, True), (low, False)):
            fig.add_scatter(
                x=limits["n"],
                y=limits[column] * 100,
                mode="lines",
                name=t(key, lang=lang),
                legendgroup=key,
                showlegend=show,
                line=dict(color=NEUTRAL, dash=dash, width=1.5),
                hoverinfo="skip",
            )
    fig.add_hline(y=target, line_color="#1B1F24", line_width=1)
    fig.add_annotation(  # the method, on the chart itself (also in the PDF's image)
        x=0,
        xref="paper",
        y=1.0,
        yref="paper",
        text=t("camat.funnel_chart_method", lang=lang, phi=fmt.number(float(data["phi"].iloc[0]), 2, lang)),
        showarrow=False,
        xanchor="left",
        yanchor="bottom",
        font=dict(size=11, color=NEUTRAL),
    )
    fig.add_annotation(
        x=1,
        xref="paper",
        y=target,
        text=t("camat.overall_line", lang=lang, p=fmt.percent(target, lang=lang)),
        showarrow=False,
        xanchor="right",
        yanchor="bottom",
    )
    for flag, (colour, symbol) in FLAG_STYLE.items():
        part = data[data["funnel_flag"] == flag]
        if part.empty:
            continue
        label = camat.flag_label(flag, lang)
        fig.add_scatter(
            x=part["n_compared"],
            y=part["adjusted_pct"],
            mode="markers+text" if flag in camat.BELOW else "markers",
            name=label,
            marker=dict(color=colour, symbol=symbol, size=13, line=dict(width=1.5, color=colour)),
            text=list(part["name"]) if flag in camat.BELOW else None,
            textposition="bottom center",
            textfont=dict(size=11),
            customdata=np.stack(
                [
                    part["unit_id"],
                    part["name"],
                    [
                        t(
                            "camat.hover_adjusted",
                            lang=lang,
                            share=fmt.percent(r.compared_pct, lang=lang),
                            n=fmt.number(r.n_compared, lang=lang),
                            expected=fmt.percent(r.expected_pct, lang=lang),
                            adjusted=fmt.percent(r.adjusted_pct, lang=lang),
                        )
                        for r in part.itertuples()
                    ],
                    [label] * len(part),
                ],
                axis=-1,
            ),
            hovertemplate="<b>%{customdata[1]}</b><br>%{customdata[2]}<br>%{customdata[3]}<extra></extra>",
        )
    low_y = max(0.0, min(float(data["adjusted_pct"].min()), target - 25) - 5)
    high_y = max(102.0, float(data["adjusted_pct"].max()) + 2)
    fig.update_xaxes(title_text=t("camat.compared_axis", lang=lang), range=[0, n_max], separatethousands=True)
    fig.update_yaxes(title_text=t("camat.adjusted_axis", lang=lang), range=[low_y, high_y], ticksuffix=" %")
    fig.update_layout(
        margin=dict(t=60, b=10), clickmode="event+select", legend=dict(orientation="h", yanchor="top", y=-0.18, x=0)
    )
    return fig


def calibration(frame: pd.DataFrame, lang: str, period_label: str) -> go.Figure:
    """Scatter of the share of Sangat Baik + Baik against the on-standard share, one point per unit.

    frame: unit_id, name, on_standard_pct, sb_b_pct, appraised, n_standard, overall_pct.
    """
    data = frame.dropna(subset=["on_standard_pct", "sb_b_pct"])
    fig = base_figure(t("camat.calibration_title", lang=lang, period=period_label), lang, height=480)
    if data.empty:
        return fig
    distance = (data["on_standard_pct"] - data["overall_pct"]).abs()
    outliers = set(data.loc[distance.nlargest(3).index, "unit_id"])
    fig.add_scatter(
        x=data["on_standard_pct"],
        y=data["sb_b_pct"],
        mode="markers+text",
        # Labels only where they say something: the three units farthest from the kecamatan's
        # share (the rest cluster and their names would overprint; hover names every point).
        # Anonymised units (a lurah's view) carry none: a cloud of "Unit lain" says nothing.
        text=[
            name if unit_id and unit_id in outliers else ""
            for name, unit_id in zip(data["name"], data["unit_id"], strict=True)
        ],
        cliponaxis=False,
        hovertext=data["name"],
        textposition="top center",
        textfont=dict(size=11),
        marker=dict(size=12, color=OKABE_ITO[4]),
        customdata=np.stack(
            [
                data["unit_id"],
                [fmt.percent(v, lang=lang) for v in data["on_standard_pct"]],
                [fmt.number(v, lang=lang) for v in data["n_standard"]],
                [fmt.percent(v, lang=lang) for v in data["sb_b_pct"]],
                [t("camat.hover_appraised", lang=lang, n=fmt.number(v, lang=lang)) for v in data["appraised"]],
            ],
            axis=-1,
        ),
        hovertemplate="<b>%{hovertext}</b><br>"
        + t("camat.on_standard", lang=lang)
        + ": %{customdata[1]} (n = %{customdata[2]})<br>Sangat Baik + Baik: %{customdata[3]} (%{customdata[4]})"
        "<extra></extra>",
        showlegend=False,
    )
    p = float(data["overall_pct"].iloc[0])
    fig.add_vline(x=p, line_dash="dot", line_color=NEUTRAL)
    fig.update_xaxes(title_text=t("camat.share_standard_axis", lang=lang), ticksuffix=" %")
    fig.update_yaxes(title_text=t("camat.sbb_axis", lang=lang), ticksuffix=" %", range=[0, 105])
    return fig


def unit_services(frame: pd.DataFrame, unit_name: str, lang: str, period_label: str) -> go.Figure:
    """Grouped bars per service: the unit's on-standard share beside the kecamatan's.

    frame: name, on_standard_pct, n_standard, kec_on_standard_pct, kec_n_standard (n: the requests with a known
    outcome, open misses included).
    """
    data = frame.dropna(subset=["on_standard_pct"]).iloc[::-1]
    fig = base_figure(
        t("camat.services_title", lang=lang, unit=unit_name, period=period_label), lang, height=160 + 44 * len(data)
    )
    for label, column, n_column, colour in (
        (t("camat.kecamatan", lang=lang), "kec_on_standard_pct", "kec_n_standard", NEUTRAL),
        (t("camat.this_unit", lang=lang), "on_standard_pct", "n_standard", OKABE_ITO[4]),
    ):
        fig.add_bar(
            x=data[column],
            y=data["name"],
            orientation="h",
            name=label,
            marker_color=colour,
            customdata=np.stack(
                [[fmt.percent(v, lang=lang) for v in data[column]], [fmt.number(v, lang=lang) for v in data[n_column]]],
                axis=-1,
            ),
            hovertemplate="%{y}<br>" + label + ": %{customdata[0]} (n = %{customdata[1]})<extra></extra>",
        )
    fig.update_layout(barmode="group", legend=dict(traceorder="reversed"), margin=dict(t=100))
    fig.update_xaxes(title_text=t("camat.share_standard_axis", lang=lang), range=[0, 100], ticksuffix=" %")
    fig.update_yaxes(title_text=None)
    return fig


def skp_distribution(frame: pd.DataFrame, lang: str, period_label: str) -> go.Figure:
    """Two bar panels: ASN per SKP kategori and per predikat (counts only).

    frame: measure ('kategori' / 'predikat'), label, employees.
    """
    fig = make_subplots(
        rows=1, cols=2, subplot_titles=(t("camat.measure_kategori", lang=lang), t("camat.measure_predikat", lang=lang))
    )
    for col, (measure, order, colours) in enumerate(
        (("kategori", KATEGORI_ORDER, KATEGORI_COLOURS), ("predikat", PREDIKAT_ORDER, PREDIKAT_COLOURS)), start=1
    ):
        part = frame[frame["measure"] == measure].set_index("label").reindex(order).fillna({"employees": 0})
        fig.add_bar(
            x=order,
            y=part["employees"],
            marker_color=[colours[o] for o in order],
            showlegend=False,
            text=[fmt.number(v, lang=lang) for v in part["employees"]],
            textposition="outside",
            hovertemplate="%{x}: %{y} ASN<extra></extra>",
            row=1,
            col=col,
        )
    fig.update_layout(
        title_text=t("camat.skp_dist_title", lang=lang, period=period_label),
        height=420,
        separators=separators(lang),
        margin=dict(t=100),
    )
    fig.update_yaxes(title_text=t("camat.employees_axis", lang=lang), row=1, col=1)
    top = float(frame["employees"].max()) if not frame.empty else 1.0
    fig.update_yaxes(range=[0, top * 1.25 + 1])
    return fig


def unit_trend(frame: pd.DataFrame, unit_name: str, events: list[tuple[dt.date, str]], lang: str) -> go.Figure:
    """On-standard share (left axis) and median working time in hours (right axis) per semester.

    frame: period, completed, n_standard, on_standard_pct, median_minutes. x is the semester's first day; the
    share's n is n_standard (open misses included), the median's the completed requests.
    """
    data = frame.dropna(subset=["on_standard_pct"]).sort_values("period")
    starts = [periods.Semester.parse(p).start for p in data["period"]]
    fig = make_subplots(specs=[[{"secondary_y": True}]])
    labels = [fmt.semester(p, lang) for p in data["period"]]
    fig.add_scatter(
        x=starts,
        y=data["on_standard_pct"],
        mode="lines+markers",
        name=t("camat.on_standard", lang=lang),
        line=dict(color=OKABE_ITO[4], width=3),
        customdata=np.stack(
            [
                labels,
                [fmt.percent(v, lang=lang) for v in data["on_standard_pct"]],
                [fmt.number(v, lang=lang) for v in data["n_standard"]],
            ],
            axis=-1,
        ),
        hovertemplate="%{customdata[0]}: %{customdata[1]} (n = %{customdata[2]})<extra></extra>",
        secondary_y=False,
    )
    fig.add_scatter(
        x=starts,
        y=data["median_minutes"] / 60,
        mode="lines+markers",
        name=t("camat.median_time", lang=lang),
        line=dict(color=OKABE_ITO[0], width=2, dash="dash"),
        marker=dict(symbol="square"),
        customdata=np.stack(
            [
                labels,
                [fmt.duration(v, working=True, lang=lang) for v in data["median_minutes"]],
                [fmt.number(v, lang=lang) for v in data["completed"]],
            ],
            axis=-1,
        ),
        hovertemplate="%{customdata[0]}: %{customdata[1]} (n = %{customdata[2]})<extra></extra>",
        secondary_y=True,
    )
    fig.update_layout(
        title_text=t("camat.trend_title", lang=lang, unit=unit_name),
        height=440,
        separators=separators(lang),
        margin=dict(t=100),
    )
    if starts:
        _policy_lines(fig, [(d, label) for d, label in events if starts[0] <= d <= starts[-1]])
    fig.update_xaxes(tickvals=[s.isoformat() for s in starts], ticktext=labels)
    fig.update_yaxes(
        title_text=t("camat.share_standard_axis", lang=lang), range=[0, 100], ticksuffix=" %", secondary_y=False
    )
    fig.update_yaxes(
        title_text=t("camat.median_axis", lang=lang),
        rangemode="tozero",
        secondary_y=True,
        showgrid=False,
        tickformat=",.1f",
    )
    return fig
