"""Chart builders of the HR pages: pure functions, DataFrame in, Plotly figure out."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.core import fmt
from dashboard.core.charts import GOOD, KATEGORI_COLOURS, NEUTRAL, base_figure
from dashboard.core.i18n import t
from dashboard.pegawai.hr import BAIK_THRESHOLD, MIN_PEERS


def skp_trend(scores: pd.DataFrame, lang: str, name: str = "") -> go.Figure:
    """The SKP score per evaluated semester (hr_skp_scores rows with evaluated = true), points coloured
    by kategori (the kategori is also in the tooltip and the text), with the Baik threshold (76) marked."""
    done = scores[scores["evaluated"]].sort_values("period")
    labels = [fmt.semester(p, lang) for p in done["period"]]
    fig = base_figure(t("hr.chart_trend_title", lang=lang, name=name), lang, height=380)
    fig.add_trace(
        go.Scatter(
            x=labels,
            y=done["skp_score"],
            mode="lines+markers+text",
            line=dict(color=NEUTRAL, width=2),
            marker=dict(
                size=12,
                color=[KATEGORI_COLOURS.get(k, NEUTRAL) for k in done["kategori"]],
                line=dict(color="#1B1F24", width=1),
            ),
            text=[fmt.number(s, 2, lang) for s in done["skp_score"]],
            textposition="top center",
            customdata=list(zip(done["kategori"], done["indicators"], strict=True)),
            hovertemplate=t("hr.chart_trend_hover", lang=lang) + "<extra></extra>",
            name=t("hr.skp_score", lang=lang),
            showlegend=False,
        )
    )
    fig.add_hline(
        y=BAIK_THRESHOLD,
        line_dash="dot",
        line_color=GOOD,
        line_width=2,
        annotation_text=t("hr.chart_baik_line", lang=lang),
        annotation_position="bottom right",
        annotation_font_color=GOOD,
    )
    low = min(50.0, float(done["skp_score"].min()) - 5) if not done.empty else 50.0
    fig.update_yaxes(title_text=t("hr.chart_trend_y", lang=lang), range=[max(low, 0), 105])
    fig.update_xaxes(title_text=t("hr.semester", lang=lang), type="category")
    return fig


def on_standard_vs_peers(services: pd.DataFrame, lang: str) -> go.Figure:
    """The employee's on-standard share per semester (n_standard requests, open misses included), beside the share expected
    from the peers for the same services (only where the peer group has at least MIN_PEERS people)."""
    rows = services.sort_values("period")
    labels = [fmt.semester(p, lang) for p in rows["period"]]
    fig = base_figure(t("hr.chart_peers_title", lang=lang), lang, height=380)
    fig.add_trace(
        go.Scatter(
            x=labels,
            y=rows["on_standard_pct"],
            mode="lines+markers",
            name=t("hr.this_employee", lang=lang),
            line=dict(color=GOOD, width=3),
            marker=dict(size=9),
            customdata=[fmt.number(v, lang=lang) for v in rows["n_standard"]],
            text=[fmt.percent(v, lang=lang) for v in rows["on_standard_pct"]],
            hovertemplate=t("hr.chart_peers_hover_own", lang=lang) + "<extra></extra>",
        )
    )
    compared = rows["peer_n"] >= MIN_PEERS
    peer = rows["peer_expected_pct"].where(compared)
    if compared.any():
        _add_peer_trace(fig, labels, peer, rows, lang)
    fig.update_layout(showlegend=True)
    fig.update_yaxes(title_text=t("hr.chart_peers_y", lang=lang), range=[0, 105])
    fig.update_xaxes(title_text=t("hr.semester", lang=lang), type="category")
    return fig


def _add_peer_trace(fig: go.Figure, labels: list[str], peer: pd.Series, rows: pd.DataFrame, lang: str) -> None:
    fig.add_trace(
        go.Scatter(
            x=labels,
            y=peer,
            mode="lines+markers",
            name=t("hr.peer_expected", lang=lang),
            line=dict(color="#E69F00", width=2, dash="dash"),
            marker=dict(size=8, symbol="diamond"),
            customdata=[str(int(n)) for n in rows["peer_n"]],
            text=[fmt.percent(v, lang=lang) for v in peer],
            hovertemplate=t("hr.chart_peers_hover_peer", lang=lang) + "<extra></extra>",
        )
    )
