"""The pandas baseline as a page: Kecepatan Layanan's monthly trend built the usual Streamlit-dashboard way.

`python -m dashboard bench --browser` times this page in Chromium beside the dashboard's own trend tab
(`streamlit run bench/pandas_page.py`, store in $KINERJA_DB, opened read-only). As typical dashboards do,
the whole service log is loaded into a DataFrame once per process (``st.cache_data``), and every run
filters it and computes the monthly figures per service with groupby/quantile (bench.pandas_way, the
same function as the query benchmark's pandas worker). It draws the monthly median per service over the
last 12 months, as the trend tab's default window; the sidebar's unit filter recomputes them.
"""

from __future__ import annotations

import os

import pandas as pd
import plotly.express as px
import streamlit as st

from bench import pandas_way

MONTHS = 12
ALL_UNITS = "Semua unit"

st.set_page_config(page_title="Tren bulanan (pandas)", layout="wide")


@st.cache_data
def load_logs(store: str) -> pd.DataFrame:
    """The whole service log, read once per process; every run gets its own copy of it."""
    return pandas_way.load_logs(store)


logs = load_logs(os.environ["KINERJA_DB"])
unit = st.sidebar.selectbox("Unit kerja", [ALL_UNITS, *sorted(logs["unit_id"].unique())])
rows = logs["received_at"] >= pandas_way.last_months(logs, MONTHS)
if unit != ALL_UNITS:
    rows &= logs["unit_id"] == unit
figures, _ = pandas_way.monthly_figures(logs[rows])

st.title("Tren bulanan waktu kerja (pandas)")
st.caption(f"Median waktu kerja per layanan, {MONTHS} bulan terakhir.")
chart = px.line(
    figures,
    x="month",
    y="median_minutes",
    color="service_id",
    markers=True,
    labels={"month": "Bulan", "median_minutes": "Median waktu kerja (menit)", "service_id": "Layanan"},
)
st.plotly_chart(chart, width="stretch")
