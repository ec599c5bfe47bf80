"""The one chart theme and the chart pieces every page shares.

Chart builders are pure functions: DataFrame in, Plotly figure out, no Streamlit. The
palette is Okabe-Ito (colour-blind safe); a unit or service keeps its colour everywhere;
predikat colours are fixed on a diverging scale; the policy event and the service standard
are drawn the same way on every axis.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable

import plotly.graph_objects as go
import plotly.io as pio

from dashboard.core import rules

OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"]
# Extra colour-blind-tolerant tints so more than eight units or services stay distinct.
EXTENDED = [*OKABE_ITO, "#8C6D1F", "#7FB8D9", "#66B89E", "#A65B2A", "#B887A8", "#5F6B7A"]

# Sangat Baik .. Sangat Kurang on a diverging blue-orange scale (never red/green alone).
PREDIKAT_ORDER = list(rules.PREDIKAT)
PREDIKAT_COLOURS = dict(zip(PREDIKAT_ORDER, ["#0072B2", "#56B4E9", "#E6C86E", "#E69F00", "#D55E00"], strict=True))
KATEGORI_ORDER = list(rules.KATEGORI)
KATEGORI_COLOURS = dict(zip(KATEGORI_ORDER, ["#0072B2", "#56B4E9", "#E6C86E", "#E69F00", "#D55E00"], strict=True))
MUTU_COLOURS = {"A": "#0072B2", "B": "#56B4E9", "C": "#E69F00", "D": "#D55E00"}

GOOD = "#0072B2"  # better than the comparison
BAD = "#D55E00"  # worse than the comparison
NEUTRAL = "#7A8591"
POLICY_COLOUR = "#444444"
STANDARD_COLOUR = "#CC79A7"

FONT = "Source Sans Pro, Liberation Sans, DejaVu Sans, sans-serif"

pio.templates["kinerja"] = go.layout.Template(
    layout=go.Layout(
        font=dict(family=FONT, size=14, color="#1B1F24"),
        colorway=EXTENDED,
        paper_bgcolor="white",
        plot_bgcolor="white",
        title=dict(font=dict(size=17), x=0, xanchor="left"),
        xaxis=dict(showgrid=False, linecolor="#8A939E", ticks="outside", automargin=True),
        yaxis=dict(gridcolor="#E5E9EE", zeroline=False, automargin=True),
        legend=dict(orientation="h", yanchor="bottom", y=1.02, x=0, title_text=""),
        hoverlabel=dict(font=dict(family=FONT, size=13)),
        margin=dict(l=10, r=10, t=70, b=10),
        separators=",.",
    )
)
pio.templates.default = "kinerja"


def separators(lang: str) -> str:
    """Plotly's decimal and thousands separators for the language ('id': 1.234,5)."""
    return ",." if lang == "id" else ".,"


def colour_map(keys: Iterable[str]) -> dict[str, str]:
    """A fixed colour per key: pass the full ordered list of units or services, not a selection."""
    return {key: EXTENDED[i % len(EXTENDED)] for i, key in enumerate(keys)}


def base_figure(title: str, lang: str, height: int = 420) -> go.Figure:
    fig = go.Figure()
    fig.update_layout(title_text=title, height=height, separators=separators(lang))
    return fig


def add_policy_events(fig: go.Figure, events: Iterable[tuple[dt.date, str]], row=None, col=None) -> go.Figure:
    """The policy event on a time axis: a dashed vertical line with its label."""
    for when, label in events:
        x = when.isoformat() if hasattr(when, "isoformat") else str(when)
        fig.add_vline(x=x, line_dash="dash", line_color=POLICY_COLOUR, line_width=1.5, row=row, col=col)
        fig.add_annotation(
            x=x,
            y=1,
            yref="y domain" if row is None else "paper",
            text=html.escape(str(label)),  # imported text: Plotly would run <a href> and <img>-like tags
            showarrow=False,
            xanchor="left",
            yanchor="bottom",
            font=dict(size=12, color=POLICY_COLOUR),
            bgcolor="rgba(255,255,255,0.8)",
        )
    return fig


def add_standard_line(fig: go.Figure, value: float, label: str, axis: str = "y", row=None, col=None) -> go.Figure:
    """The service standard on a duration axis: a dotted line in the standard colour."""
    kwargs = dict(
        line_dash="dot",
        line_color=STANDARD_COLOUR,
        line_width=2,
        annotation_text=label,
        annotation_font_color=STANDARD_COLOUR,
        row=row,
        col=col,
    )
    if axis == "y":
        fig.add_hline(y=value, annotation_position="top left", **kwargs)
    else:
        fig.add_vline(x=value, annotation_position="top right", **kwargs)
    return fig


PLOTLY_CONFIG = {"displaylogo": False, "modeBarButtonsToRemove": ["lasso2d", "select2d"]}


def month_axis(fig: go.Figure, months: Iterable[dt.date], lang: str, axis: str = "xaxis", every: int = 1) -> go.Figure:
    """Month ticks in the chosen language ('Agu 2025'): Plotly's own month names are English."""
    from dashboard.core import fmt

    months = sorted(set(months))[::every]
    fig.update_layout(
        {axis: dict(tickvals=[m.isoformat() for m in months], ticktext=[fmt.month(m, lang) for m in months])}
    )
    return fig
