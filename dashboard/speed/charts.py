"""Chart builders of Kecepatan Layanan (and the public before/after slide).

Pure functions: DataFrames from queries/speed_*.sql and dashboard.speed in, Plotly
figures out. Durations arrive in minutes and are drawn in hours; every tooltip states the
exact figure in words (fmt.duration) and the n behind it.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping

import pandas as pd
import plotly.graph_objects as go

from dashboard.core import fmt
from dashboard.core.charts import (
    BAD,
    GOOD,
    NEUTRAL,
    STANDARD_COLOUR,
    add_policy_events,
    add_standard_line,
    base_figure,
    month_axis,
)
from dashboard.core.i18n import t
from dashboard.speed import logic as speed

BUCKETS = list(speed.BUCKET_KEYS)
BUCKET_COLOURS = dict(zip(BUCKETS, ["#56B4E9", "#F0E442", "#E69F00", "#D55E00", "#A0A8B1"], strict=True))
# Minutes on each axis are drawn as hours; a zero cannot sit on a log axis.
_MIN_HOURS = 1 / 60


def hours(minutes) -> pd.Series | float:
    """Minutes to hours, clamped to one minute so they can be drawn on a log axis."""
    if isinstance(minutes, pd.Series):
        return (minutes / 60.0).clip(lower=_MIN_HOURS)
    return max(float(minutes) / 60.0, _MIN_HOURS)


def _axis_title(measure: str, lang: str, log: bool) -> str:
    if log:
        return t(speed.MEASURE_KEYS[measure]["axis_log"], lang=lang)
    return t(speed.MEASURE_KEYS[measure]["axis"], lang=lang)


LOG_TICKS_HOURS = [0.1, 0.25, 0.5, 1, 2, 4, 8, 24, 72, 240, 720]


def _log_hours_axis(fig: go.Figure, measure: str, lang: str) -> None:
    """A log hours axis with round ticks in the language's number format (0,25 · 1 · 8 · 24)."""
    fig.update_xaxes(
        type="log",
        title_text=_axis_title(measure, lang, log=True),
        tickvals=LOG_TICKS_HOURS,
        ticktext=[fmt.number(v, 2 if v < 0.5 else 1 if v < 1 else 0, lang) for v in LOG_TICKS_HOURS],
    )


def _legend_below(fig: go.Figure) -> None:
    """Many services: the legend goes under the plot so it never covers the title."""
    fig.update_layout(legend=dict(orientation="h", yanchor="top", y=-0.3, x=0), margin=dict(b=30))


def in_range(events: Iterable[tuple[dt.date, str]], months: Iterable[dt.date]) -> list[tuple[dt.date, str]]:
    """The policy events that fall inside the months drawn (an event outside would stretch the axis)."""
    months = list(months)
    if not months:
        return []
    first, last = min(months), max(months)
    return [(d, label) for d, label in events if first <= d <= last + dt.timedelta(days=31)]


def _n(value, lang: str) -> str:
    return "n = " + fmt.number(value, lang=lang)


def distribution_box(dist: pd.DataFrame, measure: str, lang: str, colours: Mapping[str, str]) -> go.Figure:
    """Box per service from precomputed quartiles, whiskers p10-p90, the standard as a diamond.

    dist: query speed_distribution_by_service run for ``measure``. The standard is drawn in working mode only
    (it is a working-time standard; on an elapsed axis it would mislead).
    """
    working = measure == "working"
    frame = dist.sort_values("median_minutes")
    fig = base_figure(t("speed.dist_chart", lang=lang), lang, height=max(320, 70 + 38 * len(frame)))
    for row in frame.itertuples():
        q = {k: getattr(row, f"{k}_minutes") for k in ("p10", "p25", "median", "p75", "p90")}
        fig.add_trace(
            go.Box(
                y=[row.service_name],
                q1=[hours(q["p25"])],
                median=[hours(q["median"])],
                q3=[hours(q["p75"])],
                lowerfence=[hours(q["p10"])],
                upperfence=[hours(q["p90"])],
                orientation="h",
                name=row.service_name,
                marker_color=colours.get(row.service_id, NEUTRAL),
                hoverinfo="skip",
                showlegend=False,
            )
        )
    hover = [
        "<b>{}</b><br>{}: {}<br>p10–p90: {} – {}<br>{}".format(
            r.service_name,
            t("speed.col_median", lang=lang),
            fmt.duration(r.median_minutes, working, lang),
            fmt.duration(r.p10_minutes, working, lang),
            fmt.duration(r.p90_minutes, working, lang),
            _n(r.n, lang),
        )
        for r in frame.itertuples()
    ]
    fig.add_trace(
        go.Scatter(
            x=hours(frame["median_minutes"]),
            y=frame["service_name"],
            mode="markers",
            marker=dict(symbol="line-ns-open", size=14, color="#1B1F24"),
            hovertext=hover,
            hoverinfo="text",
            name=t("speed.col_median", lang=lang),
        )
    )
    with_standard = frame[frame["standard_minutes"].notna()]
    if working and not with_standard.empty:
        fig.add_trace(
            go.Scatter(
                x=hours(with_standard["standard_minutes"].astype(float)),
                y=with_standard["service_name"],
                mode="markers",
                marker=dict(symbol="diamond", size=11, color=STANDARD_COLOUR, line=dict(color="white", width=1)),
                hovertext=[
                    f"{r.service_name}<br>{t('speed.standard', lang=lang)}: {fmt.duration(r.standard_minutes, True, lang)}"
                    for r in with_standard.itertuples()
                ],
                hoverinfo="text",
                name=t("speed.standard_marker", lang=lang),
            )
        )
    _log_hours_axis(fig, measure, lang)
    fig.update_yaxes(title_text="", automargin=True)
    return fig


def _marks(measure: str) -> list[tuple[float, str]]:
    """The 1 hour / 1 day / 3 days marks, in minutes, for the measure."""
    if measure == "working":
        day = fmt.working_day_minutes()
        return [(60, "speed.mark_1h"), (day, "speed.mark_1d_working"), (3 * day, "speed.mark_3d_working")]
    return [(60, "speed.mark_1h"), (1440, "speed.mark_1d"), (4320, "speed.mark_3d")]


def ecdf_chart(
    ecdf: pd.DataFrame, measure: str, lang: str, names: Mapping[str, str], colours: Mapping[str, str]
) -> go.Figure:
    """Share of requests finished within a time, one line per service (query speed_ecdf_by_service run for ``measure``)."""
    working = measure == "working"
    fig = base_figure(t("speed.ecdf_chart", lang=lang), lang, height=440)
    for service_id, rows in ecdf.groupby("service_id", sort=False):
        name = names.get(service_id, service_id)
        minutes = rows["minutes"]
        # per point only the duration in words; the name and n once per line (the page's payload stays small)
        fig.add_trace(
            go.Scatter(
                x=hours(minutes),
                y=rows["percent"],
                mode="lines",
                name=name,
                line=dict(color=colours.get(service_id, NEUTRAL), width=2, shape="hv"),
                customdata=[fmt.duration(m, working, lang) for m in minutes],
                hovertemplate=f"<b>{name}</b><br>%{{y:.0f}} % ≤ %{{customdata}}<br>{_n(rows['n'].iloc[0], lang)}"
                "<extra></extra>",
            )
        )
    for minutes, key in _marks(measure):
        # a shape takes data units on a log axis, an annotation log10 units (plotly)
        fig.add_vline(x=minutes / 60, line_dash="dot", line_color="#8A939E", line_width=1)
        # at the foot of the line: the curves are near 100 % at the top right, rarely near 0 % there
        fig.add_annotation(
            x=math.log10(minutes / 60), y=0.02, yref="y domain", text=t(key, lang=lang), showarrow=False,
            xanchor="left", yanchor="bottom", font=dict(size=12, color="#5F6B7A"), bgcolor="rgba(255,255,255,0.85)",
        )  # fmt: skip
    _log_hours_axis(fig, measure, lang)
    fig.update_yaxes(title_text=t("speed.axis_share_done", lang=lang), range=[0, 100], ticksuffix=" %")
    _legend_below(fig)
    return fig


def trend_chart(
    monthly: pd.DataFrame,
    measure: str,
    lang: str,
    service_name: str,
    standard_minutes: float | None,
    events: Iterable[tuple[dt.date, str]],
    colour: str,
) -> go.Figure:
    """Monthly median (solid) and p90 (dashed) of one service, with its standard and the policy events.

    monthly: rows of query speed_monthly_by_service run for ``measure``.
    """
    working = measure == "working"
    fig = base_figure(t("speed.trend_chart", lang=lang, service=service_name), lang, height=420)
    months = [m.isoformat() for m in monthly["month"]]
    for stat, dash, key in (("median", "solid", "speed.col_median"), ("p90", "dash", "speed.col_p90")):
        values = monthly[f"{stat}_minutes"]
        fig.add_trace(
            go.Scatter(
                x=months,
                y=values / 60.0,
                mode="lines+markers",
                name=t(key, lang=lang),
                line=dict(color=colour, dash=dash, width=2.5 if stat == "median" else 1.5),
                marker=dict(size=5),
                hovertext=[
                    f"{fmt.month(m, lang)}<br>{t(key, lang=lang)}: {fmt.duration(v, working, lang)}<br>{_n(n, lang)}"
                    for m, v, n in zip(monthly["month"], values, monthly["n"], strict=True)
                ],
                hoverinfo="text",
            )
        )
    if working and standard_minutes is not None and not pd.isna(standard_minutes):
        add_standard_line(fig, float(standard_minutes) / 60.0, t("speed.standard_marker", lang=lang))
    add_policy_events(fig, in_range(events, monthly["month"]))
    fig.update_xaxes(title_text=t("speed.axis_month", lang=lang))
    fig.update_yaxes(title_text=_axis_title(measure, lang, log=False), rangemode="tozero")
    month_axis(fig, monthly["month"], lang, every=max(1, len(monthly) // 12))
    return fig


def share_trend_chart(
    monthly: pd.DataFrame,
    lang: str,
    names: Mapping[str, str],
    colours: Mapping[str, str],
    events: Iterable[tuple[dt.date, str]],
) -> go.Figure:
    """Monthly on-standard share: all selected services (thick) and each service (thin, off by default)."""
    fig = base_figure(t("speed.share_chart", lang=lang), lang, height=420)
    overall = monthly[monthly["service_id"].isna()]
    per_service = monthly[monthly["service_id"].notna()]
    for service_id, rows in per_service.groupby("service_id", sort=False):
        name = names.get(service_id, service_id)
        fig.add_trace(
            go.Scatter(
                x=[m.isoformat() for m in rows["month"]],
                y=rows["on_standard_share"],
                mode="lines",
                name=name,
                visible="legendonly",
                line=dict(color=colours.get(service_id, NEUTRAL), width=1.5),
                hovertext=[
                    f"{name}<br>{fmt.month(m, lang)}: {fmt.percent(v, 1, lang)}<br>{_n(n, lang)}"
                    for m, v, n in zip(rows["month"], rows["on_standard_share"], rows["n_with_standard"], strict=True)
                ],
                hoverinfo="text",
            )
        )
    fig.add_trace(
        go.Scatter(
            x=[m.isoformat() for m in overall["month"]],
            y=overall["on_standard_share"],
            mode="lines+markers",
            name=t("speed.all_selected", lang=lang),
            line=dict(color="#000000", width=3),
            marker=dict(size=5),
            hovertext=[
                f"{t('speed.all_selected', lang=lang)}<br>{fmt.month(m, lang)}: {fmt.percent(v, 1, lang)}<br>{_n(n, lang)}"
                for m, v, n in zip(
                    overall["month"], overall["on_standard_share"], overall["n_with_standard"], strict=True
                )
            ],
            hoverinfo="text",
        )
    )
    add_policy_events(fig, in_range(events, overall["month"]))
    fig.update_xaxes(title_text=t("speed.axis_month", lang=lang))
    fig.update_yaxes(title_text=t("speed.axis_on_standard", lang=lang), range=[0, 100], ticksuffix=" %")
    month_axis(fig, overall["month"], lang, every=max(1, len(overall) // 12))
    _legend_below(fig)
    return fig


def weekday_hour_heatmap(
    cells: pd.DataFrame, value: str, title: str, colourbar: str, hover: list[str], lang: str, reverse: bool = False
) -> go.Figure:
    """Weekday (rows, the language's day names) x hour of receipt (columns) heatmap of ``value``.

    cells: query speed_weekday_hour; hover: one tooltip per row of cells, same order.
    """
    days = sorted(cells["weekday"].unique())
    hours_ = sorted(cells["hour"].unique())
    grid = cells.assign(_hover=hover).set_index(["weekday", "hour"])
    z = [[grid[value].get((d, h), None) for h in hours_] for d in days]
    text = [[grid["_hover"].get((d, h), "") for h in hours_] for d in days]
    fig = base_figure(title, lang, height=120 + 45 * len(days))
    fig.add_trace(
        go.Heatmap(
            z=z,
            x=[f"{h:02d}.00" if lang == "id" else f"{h:02d}:00" for h in hours_],
            y=[fmt.weekdays(str(d), lang) for d in days],
            hovertext=text,
            hoverinfo="text",
            colorscale="Blues" if not reverse else "Oranges",
            colorbar=dict(title=dict(text=colourbar, side="right")),
            xgap=2,
            ygap=2,
        )
    )
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(title_text=t("speed.axis_hour", lang=lang), type="category")
    return fig


def backlog_bars(ageing: pd.DataFrame, lang: str) -> go.Figure:
    """Open requests per unit, stacked by age against the standard (query speed_backlog_ageing)."""
    per_unit = ageing.groupby(["unit_name", "bucket"], as_index=False)["n"].sum()
    order = per_unit.groupby("unit_name")["n"].sum().sort_values().index.tolist()
    fig = base_figure(t("speed.backlog_chart", lang=lang), lang, height=max(300, 90 + 34 * len(order)))
    for bucket in BUCKETS:
        rows = per_unit[per_unit["bucket"] == bucket].set_index("unit_name").reindex(order)
        if rows["n"].fillna(0).sum() == 0:
            continue
        label = t(speed.BUCKET_KEYS[bucket], lang=lang)
        fig.add_trace(
            go.Bar(
                x=rows["n"].fillna(0),
                y=order,
                orientation="h",
                name=label,
                marker_color=BUCKET_COLOURS[bucket],
                hovertext=[
                    f"{u}<br>{label}: {fmt.number(n, lang=lang)}"
                    for u, n in zip(order, rows["n"].fillna(0), strict=True)
                ],
                hoverinfo="text",
            )
        )
    fig.update_layout(barmode="stack")
    fig.update_xaxes(title_text=t("speed.axis_open", lang=lang))
    return fig


def rework_heatmap(rework: pd.DataFrame, lang: str) -> go.Figure:
    """Rework share by month (columns) for each service or unit (rows); rows of query speed_rework
    for one dim with a month."""
    names = sorted(rework["name"].unique(), reverse=True)
    months = sorted(rework["month"].unique())
    grid = rework.set_index(["name", "month"])
    z = [[grid["rework_share"].get((n, m), None) for m in months] for n in names]
    text = [
        [
            f"{n}<br>{fmt.month(m, lang)}: {fmt.percent(grid['rework_share'][(n, m)], 1, lang)}<br>"
            f"{_n(grid['n'][(n, m)], lang)}"
            if (n, m) in grid.index
            else ""
            for m in months
        ]
        for n in names
    ]
    fig = base_figure(t("speed.rework_chart", lang=lang), lang, height=max(320, 110 + 28 * len(names)))
    fig.add_trace(
        go.Heatmap(
            z=z,
            x=[m.isoformat() for m in months],
            y=names,
            hovertext=text,
            hoverinfo="text",
            colorscale="Oranges",
            zmin=0,
            colorbar=dict(title=dict(text=t("speed.rework_share", lang=lang), side="right"), ticksuffix=" %"),
            xgap=1,
            ygap=1,
        )
    )
    month_axis(fig, months, lang, every=max(1, len(months) // 12))
    fig.update_xaxes(title_text=t("speed.axis_month", lang=lang))
    return fig


def dumbbell_chart(services: pd.DataFrame, measure: str, lang: str, event_label: str) -> go.Figure:
    """Median before (open circle) and after (filled) per comparable service, joined by a line.

    services: ``dashboard.speed.before_after(...).services``; blue when faster, orange when
    slower; tooltips carry the change, its 95 % CI and n on each side. Reused by the public slides.
    """
    from dashboard.speed.logic import signed_percent

    working = measure == "working"
    rows = services[services["comparable"]].sort_values("change", ascending=False)
    fig = base_figure(
        t("speed.dumbbell_chart", lang=lang, event=event_label), lang, height=max(320, 90 + 40 * len(rows))
    )
    for r in rows.itertuples():
        colour = GOOD if r.change < 0 else BAD if r.change > 0 else NEUTRAL
        fig.add_trace(
            go.Scatter(
                x=[hours(r.median_before), hours(r.median_after)],
                y=[r.service_name, r.service_name],
                mode="lines",
                line=dict(color=colour, width=3),
                hoverinfo="skip",
                showlegend=False,
            )
        )
    hover = [
        f"<b>{r.service_name}</b><br>{t('speed.before', lang=lang)}: {fmt.duration(r.median_before, working, lang)} "
        f"({_n(r.n_before, lang)})<br>{t('speed.after', lang=lang)}: {fmt.duration(r.median_after, working, lang)} "
        f"({_n(r.n_after, lang)})<br>{signed_percent(r.change, lang)}, "
        + t("speed.ci", lang=lang, low=signed_percent(r.ci_low, lang), high=signed_percent(r.ci_high, lang))
        for r in rows.itertuples()
    ]
    fig.add_trace(
        go.Scatter(
            x=hours(rows["median_before"]),
            y=rows["service_name"],
            mode="markers",
            name=t("speed.before", lang=lang),
            marker=dict(symbol="circle-open", size=13, color="#5F6B7A", line=dict(width=2)),
            hovertext=hover,
            hoverinfo="text",
        )
    )
    fig.add_trace(
        go.Scatter(
            x=hours(rows["median_after"]),
            y=rows["service_name"],
            mode="markers",
            name=t("speed.after", lang=lang),
            marker=dict(
                symbol="circle", size=13, color=[GOOD if c < 0 else BAD if c > 0 else NEUTRAL for c in rows["change"]]
            ),
            hovertext=hover,
            hoverinfo="text",
        )
    )
    _log_hours_axis(fig, measure, lang)
    return fig
