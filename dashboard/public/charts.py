"""Projector-sized chart builders for the Forum Publik slides: large type, high contrast.

Pure functions (DataFrame in, figure out). They use the product's theme (dashboard.charts)
and restyle it with ``projector``; the before/after dumbbell is the Kecepatan Layanan one
(charts_speed.dumbbell_chart), restyled and labelled with its change and n. The slide
heading above each chart states its question, so the single-chart slides carry no Plotly
title; two-chart slides title each half. Suppressed figures ("data terlalu sedikit") are
drawn as a label where the bar or point would be.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import pandas as pd
import plotly.graph_objects as go

from dashboard.core import fmt
from dashboard.core.charts import GOOD, MUTU_COLOURS, NEUTRAL, add_policy_events, base_figure, month_axis
from dashboard.core.i18n import t
from dashboard.speed.charts import dumbbell_chart, in_range

INK = "#111418"
GRID = "#C9D1DA"
#: A measure (speed.logic.MEASURES) -> its plain wordings for the public: name (a choice) and axis.
MEASURE_KEYS = {
    "working": {"name": "public.measure_working", "axis": "public.axis_time_working"},
    "elapsed": {"name": "public.measure_elapsed", "axis": "public.axis_time_elapsed"},
}
NOW_COLOUR = "#E69F00"
BASE_SIZE = 22
TICK_SIZE = 20
HEIGHT = 660


def projector(fig: go.Figure, height: int = HEIGHT, title: str = "") -> go.Figure:
    """Restyle a themed figure for a hall: 20-26 px type, dark ink, firm grid, a fixed height."""
    fig.update_layout(
        title_text=title,
        title_font=dict(size=26, color=INK),
        height=height,
        font=dict(size=BASE_SIZE, color=INK),
        legend=dict(font=dict(size=BASE_SIZE), orientation="h", yanchor="bottom", y=1.01, x=0),
        hoverlabel=dict(font=dict(size=20)),
        margin=dict(l=10, r=30, t=80 if title else 50, b=10),
    )
    fig.update_xaxes(tickfont=dict(size=TICK_SIZE, color=INK), title_font=dict(size=BASE_SIZE, color=INK))
    fig.update_yaxes(
        tickfont=dict(size=TICK_SIZE, color=INK), title_font=dict(size=BASE_SIZE, color=INK), gridcolor=GRID
    )
    for annotation in fig.layout.annotations:
        size = annotation.font.size if annotation.font and annotation.font.size else 12
        annotation.font = dict(size=max(size, TICK_SIZE), color=annotation.font.color if annotation.font else INK)
    return fig


def _suppressed(lang: str) -> str:
    return t("public.suppressed", lang=lang)


def dumbbell(services: pd.DataFrame, measure: str, lang: str, event_label: str) -> go.Figure:
    """Median before (open) and after (filled) per service, largest gain on top, with change and n on the right.

    services: the comparable rows of ``public.before_after`` (speed.before_after, suppressed).
    """
    from dashboard.speed.logic import signed_percent

    fig = dumbbell_chart(services, measure, lang, event_label)
    rows = services[services["comparable"]]
    fig.update_traces(selector=dict(mode="lines"), line_width=7)
    fig.update_traces(selector=dict(mode="markers"), marker_size=24, marker_line_width=4)
    for r in rows.itertuples():
        fig.add_annotation(
            x=1.0,
            xref="paper",
            y=r.service_name,
            yref="y",
            xanchor="left",
            showarrow=False,
            align="left",
            text=f"<b>{signed_percent(r.change, lang)}</b>  "
            + t("public.n_label", lang=lang, nb=fmt.number(r.n_before, lang=lang), na=fmt.number(r.n_after, lang=lang)),
        )
    projector(fig, height=max(HEIGHT, 110 + 38 * len(rows)))
    fig.update_xaxes(title_text=t(MEASURE_KEYS[measure]["axis"], lang=lang), showgrid=True, gridcolor=GRID)
    fig.update_yaxes(title_text="", automargin=True)
    fig.update_layout(margin=dict(r=330))
    return fig


def on_standard_line(monthly: pd.DataFrame, events: Iterable[tuple[dt.date, str]], lang: str) -> go.Figure:
    """Monthly on-standard share (fixed service mix) with the policy event; suppressed months leave a gap."""
    fig = base_figure("", lang)
    months = [m.isoformat() for m in monthly["month"]]
    share = monthly["on_standard_share_fixed_mix"]
    label = t("public.series_on_standard", lang=lang)
    fig.add_trace(
        go.Scatter(
            x=months,
            y=share,
            mode="lines+markers",
            name=label,
            line=dict(color=GOOD, width=6),
            marker=dict(size=11, color=GOOD),
            connectgaps=False,
            hovertext=[
                f"{fmt.month(m, lang)}<br>{label}: "
                + (_suppressed(lang) if pd.isna(v) else f"{fmt.percent(v, 1, lang)}<br>n = {fmt.number(n, lang=lang)}")
                for m, v, n in zip(monthly["month"], share, monthly["n_with_standard"], strict=True)
            ],
            hoverinfo="text",
            showlegend=False,
        )
    )
    hidden = monthly[monthly["suppressed"]]
    if not hidden.empty:
        fig.add_trace(
            go.Scatter(
                x=[m.isoformat() for m in hidden["month"]],
                y=[5] * len(hidden),
                mode="markers",
                marker=dict(symbol="x-thin", size=14, color=NEUTRAL, line=dict(width=3, color=NEUTRAL)),
                name=_suppressed(lang),
                hovertext=[f"{fmt.month(m, lang)}: {_suppressed(lang)}" for m in hidden["month"]],
                hoverinfo="text",
            )
        )
    add_policy_events(fig, in_range(events, monthly["month"]))
    projector(fig)
    fig.update_xaxes(title_text=t("public.axis_month", lang=lang))
    fig.update_yaxes(title_text=t("public.axis_on_standard", lang=lang), range=[0, 100], ticksuffix=" %", dtick=20)
    month_axis(fig, monthly["month"], lang, every=max(1, len(monthly) // 8))
    return fig


def ikm_bars(ikm: pd.DataFrame, lang: str) -> go.Figure:
    """IKM per semester, each bar in its grade's colour and labelled 'IKM · grade'; suppressed semesters marked."""
    fig = base_figure("", lang)
    labels = [fmt.semester(p, lang) for p in ikm["period"]]
    shown = ~ikm["suppressed"]
    fig.add_trace(
        go.Bar(
            x=labels,
            y=ikm["ikm"].where(shown, 0),
            marker_color=[
                MUTU_COLOURS.get(m, NEUTRAL) if s else NEUTRAL for m, s in zip(ikm["mutu"], shown, strict=True)
            ],
            text=[
                f"<b>{fmt.number(v, 1, lang)}</b><br>{m}" if s else _suppressed(lang)
                for v, m, s in zip(ikm["ikm"], ikm["mutu"], shown, strict=True)
            ],
            textposition="outside",
            textfont=dict(size=TICK_SIZE, color=INK),
            cliponaxis=False,
            hovertext=[
                f"{lbl}<br>IKM {fmt.number(v, 2, lang)} ({m})<br>"
                + t("public.respondents", lang=lang, n=fmt.number(n, lang=lang))
                if s
                else f"{lbl}: {_suppressed(lang)}"
                for lbl, v, m, n, s in zip(labels, ikm["ikm"], ikm["mutu"], ikm["respondents"], shown, strict=True)
            ],
            hoverinfo="text",
            showlegend=False,
        )
    )
    projector(fig, title=t("public.ikm_chart", lang=lang))
    fig.update_yaxes(title_text=t("public.axis_ikm", lang=lang), range=[0, 112], tickvals=[0, 25, 50, 75, 100])
    fig.update_xaxes(tickangle=-35 if len(ikm) > 6 else 0)
    return fig


def ikm_elements(elements: pd.DataFrame, period_label: str, lang: str) -> go.Figure:
    """NRR (1-4) of the nine IKM elements of one semester, first element on top."""
    frame = elements.iloc[::-1]
    fig = base_figure("", lang)
    fig.add_trace(
        go.Bar(
            x=frame["nrr"],
            y=frame["element"],
            orientation="h",
            marker_color=GOOD,
            text=[fmt.number(v, 2, lang) for v in frame["nrr"]],
            textposition="outside",
            textfont=dict(size=TICK_SIZE, color=INK),
            cliponaxis=False,
            hovertext=[
                f"{e}: NRR {fmt.number(v, 2, lang)}" for e, v in zip(frame["element"], frame["nrr"], strict=True)
            ],
            hoverinfo="text",
            showlegend=False,
        )
    )
    projector(fig, title=t("public.elements_chart", lang=lang, period=period_label))
    fig.update_xaxes(title_text=t("public.axis_nrr", lang=lang), range=[1, 4.4], tickvals=[1, 2, 3, 4])
    fig.update_yaxes(automargin=True)
    return fig


def served_bars(frame: pd.DataFrame, title: str, lang: str) -> go.Figure:
    """Completed requests per service or kelurahan (rows of query public_requests_served, suppressed)."""
    rows = frame.assign(_sort=frame["n"].fillna(-1)).sort_values("_sort")
    fig = base_figure("", lang)
    fig.add_trace(
        go.Bar(
            x=rows["n"].fillna(0),
            y=rows["name"],
            orientation="h",
            marker_color=[NEUTRAL if o else GOOD for o in rows["is_office"]],
            text=[_suppressed(lang) if pd.isna(n) else fmt.number(n, lang=lang) for n in rows["n"]],
            textposition="outside",
            textfont=dict(size=TICK_SIZE - 2, color=INK),
            cliponaxis=False,
            hovertext=[
                f"{name}: {_suppressed(lang) if pd.isna(n) else fmt.number(n, lang=lang)}"
                for name, n in zip(rows["name"], rows["n"], strict=True)
            ],
            hoverinfo="text",
            showlegend=False,
        )
    )
    projector(fig, title=title)
    top = rows["n"].max()
    fig.update_xaxes(
        title_text=t("public.axis_served", lang=lang),
        range=[0, (top if pd.notna(top) else 10) * 1.3],
        tickformat=",d",
        nticks=4,
    )
    fig.update_yaxes(automargin=True, tickfont=dict(size=TICK_SIZE - 2))
    return fig


def targets_chart(worst: pd.DataFrame, lang: str) -> go.Figure:
    """On-standard share now (bar) and the proposed target (diamond) for the services that miss most often."""
    rows = worst.iloc[::-1]
    fig = base_figure("", lang)
    now, target = t("public.series_now", lang=lang), t("public.series_target", lang=lang)
    fig.add_trace(
        go.Bar(
            x=rows["on_standard_share"],
            y=rows["service_name"],
            orientation="h",
            name=now,
            marker_color=NOW_COLOUR,
            text=[fmt.percent(v, 0, lang) for v in rows["on_standard_share"]],
            textposition="inside",
            insidetextanchor="end",
            textfont=dict(size=BASE_SIZE + 2, color=INK),
            hovertext=[
                f"{s}<br>{now}: {fmt.percent(v, 1, lang)}<br>n = {fmt.number(n, lang=lang)}"
                for s, v, n in zip(rows["service_name"], rows["on_standard_share"], rows["n"], strict=True)
            ],
            hoverinfo="text",
        )
    )
    fig.add_trace(
        go.Scatter(
            x=rows["target"],
            y=rows["service_name"],
            mode="markers+text",
            name=target,
            marker=dict(symbol="diamond", size=30, color=GOOD, line=dict(color="white", width=2)),
            text=[fmt.percent(v, 0, lang) for v in rows["target"]],
            textposition="middle right",
            textfont=dict(size=BASE_SIZE + 2, color=GOOD),
            hovertext=[
                f"{s}<br>{target}: {fmt.percent(v, 0, lang)}"
                for s, v in zip(rows["service_name"], rows["target"], strict=True)
            ],
            hoverinfo="text",
        )
    )
    projector(fig, height=460)
    fig.update_xaxes(
        title_text=t("public.axis_on_standard", lang=lang),
        range=[0, 112],
        tickvals=[0, 25, 50, 75, 100],
        ticksuffix=" %",
    )
    fig.update_yaxes(automargin=True)
    return fig
