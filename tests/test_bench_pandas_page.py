"""The browser benchmark's pandas page (bench/pandas_page.py) draws the monthly medians of the dashboard's own
query (queries/speed_monthly_by_service.sql) for the trend tab's default window, for all units and after its unit
filter: the page-level comparison is for the same numbers."""

from __future__ import annotations

import base64
import datetime as dt
import json

import numpy as np
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from bench import pandas_way
from bench.browser import PANDAS_PAGE, query_medians
from bench.run import MONTHLY_PARAMS
from dashboard.core import queries
from dashboard.core.store import open_reader, reader_cursor
from tests.pages import open_app

UNIT = "33.74.09.1003"


def drawn_medians(at: AppTest) -> dict[tuple[str, str], float]:
    """{(month 'YYYY-MM-DD', service): median} as the page's one chart holds them."""
    (chart,) = at.get("plotly_chart")
    medians = {}
    for trace in json.loads(chart.proto.spec)["data"]:
        y = trace["y"]
        values = np.frombuffer(base64.b64decode(y["bdata"]), y["dtype"]) if isinstance(y, dict) else y
        for month, value in zip(trace["x"], values, strict=True):
            medians[(month[:10], trace["name"])] = round(float(value), 6)
    return medians


@pytest.fixture
def pandas_page(demo_store_path, monkeypatch):
    at = open_app(demo_store_path, monkeypatch, script=PANDAS_PAGE, timeout=60)  # empty caches: load this store's log
    assert not at.exception, [e.value for e in at.exception]
    yield at
    st.cache_data.clear()


def test_the_pandas_page_draws_the_dashboards_monthly_medians(pandas_page, demo_store_path):
    expected = query_medians(demo_store_path, None)
    assert len({month for month, _ in expected}) == 12  # the trend tab's default window
    assert drawn_medians(pandas_page) == expected

    pandas_page.sidebar.selectbox[0].select(UNIT).run()
    assert not pandas_page.exception, [e.value for e in pandas_page.exception]
    expected = query_medians(demo_store_path, UNIT)
    assert expected and drawn_medians(pandas_page) == expected


def test_the_pandas_way_computes_the_querys_monthly_figures(demo_store_path):
    """bench.pandas_way.monthly_figures, which the query benchmark's pandas worker times too, against the query over
    the whole log: counts, medians, p90s and rework shares per month and service."""
    ours = open_reader(demo_store_path)
    try:
        figures = queries.run(
            reader_cursor(ours),
            "speed_monthly_by_service",
            date_from=dt.date(2000, 1, 1),
            date_to=dt.date(2100, 1, 1),
            measure="working",
            **MONTHLY_PARAMS,
        )
    finally:
        ours.close()
    figures = figures[figures["service_id"].notna()].sort_values(["month", "service_id"], ignore_index=True)
    theirs, _ = pandas_way.monthly_figures(pandas_way.load_logs(str(demo_store_path)))
    assert len(theirs) == len(figures)
    assert theirs["month"].dt.strftime("%Y-%m").tolist() == [m.strftime("%Y-%m") for m in figures["month"]]
    assert theirs["service_id"].tolist() == figures["service_id"].tolist()
    assert theirs["n"].tolist() == figures["n"].tolist()
    for column in ("median_minutes", "p90_minutes"):
        np.testing.assert_allclose(theirs[column], figures[column], rtol=1e-9)
    np.testing.assert_allclose(100 * theirs["rework_share"], figures["rework_share"], rtol=1e-9)
