"""The usual Streamlit-dashboard way of computing the monthly per-service figures, in pandas.

The baseline the benchmarks compare the dashboard with: the query benchmark's pandas worker
(bench/run.py) and the pandas page the browser benchmark serves (bench/pandas_page.py) both use
these functions, so the two measure the same computation. No dashboard code: the page stays a
plain Streamlit script.
"""

from __future__ import annotations

import duckdb
import pandas as pd


def load_logs(store: str) -> pd.DataFrame:
    """The whole service log with its working times (view ``service_logs_timed``), read-only."""
    con = duckdb.connect(store, read_only=True)
    try:
        return con.execute("select * from service_logs_timed").df()
    finally:
        con.close()


def monthly_figures(logs: pd.DataFrame) -> tuple[pd.DataFrame, pd.Series]:
    """What queries/speed_monthly_by_service.sql computes with measure 'working', done with groupby and quantile
    over the completed requests of ``logs``: per month of receipt and service the count, the median and p90 of
    the working minutes, the on-standard and the rework shares (0-1); and per month, over all services, the
    median and p90 of the working minutes (a Series indexed by month and quantile)."""
    done = logs[logs["status"] == "selesai"].copy()
    done["month"] = done["received_at"].dt.to_period("M").dt.to_timestamp()
    done["rework"] = done["rework_count"] > 0
    grouped = done.groupby(["month", "service_id"])
    figures = grouped.agg(
        n=("request_id", "size"),
        median_minutes=("working_minutes", "median"),
        on_standard_share=("on_standard", "mean"),
        rework_share=("rework", "mean"),
    )
    figures["p90_minutes"] = grouped["working_minutes"].quantile(0.9)
    by_month = done.groupby("month")["working_minutes"].quantile([0.5, 0.9])
    return figures.reset_index().sort_values(["month", "service_id"], ignore_index=True), by_month


def last_months(logs: pd.DataFrame, months: int) -> pd.Timestamp:
    """The first day of the ``months`` calendar months that end with the latest month of receipt in ``logs``:
    the trend's default window, as on Kecepatan Layanan (the last 12 months)."""
    return (logs["received_at"].max().to_period("M") - (months - 1)).to_timestamp()
