"""`python -m dashboard bench`: how fast each page's queries are, against the usual pandas way.

1. Builds (or reuses) a demo-shaped store of N service logs: data/bench-<N>.duckdb.
2. Records which queries each page runs, by running the page once through Streamlit's
   AppTest with the query function wrapped: once in its default view and once filtered
   (the lagging unit, an older semester). So the benchmark follows the pages as they
   change, without a second list of queries to keep in step.
3. Replays each page's queries R times on a fresh, uncached connection in a worker
   process and reports the median and p95 per page and the worker's peak memory.
4. Baseline, in its own process: the way typical Streamlit dashboards compute the
   monthly per-service figures (load the whole log into pandas, then groupby and
   quantile), against the same figures from `queries/speed_monthly_by_service.sql`.
   Both results are compared, so the speed-up is for the same numbers.
"""

from __future__ import annotations

import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from dashboard import ROOT
from dashboard.core import queries
from dashboard.navigation import PAGES

LAGGING_UNIT = "33.74.09.1003"
FILTERED_URL = {"unit": LAGGING_UNIT, "sem": "2025-S2", "units": LAGGING_UNIT}


def bench_store(logs: int) -> Path:
    """The benchmark store for ``logs`` service logs, built once and reused."""
    from dashboard.demo.build import build_demo

    path = ROOT / "data" / f"bench-{logs}.duckdb"
    if not path.exists():
        print(f"Membangun basis data benchmark {path.name} ...", file=sys.stderr)
        build_demo(path, seed=7, logs=logs)
    return path


def _role_for(url_path: str) -> str:
    from dashboard.access import auth

    allowed = auth.PAGE_ROLES.get(url_path)
    if allowed is None:
        return "public"
    return "camat" if "camat" in allowed else allowed[0]


def record_page_queries(store: Path) -> dict[str, dict[str, list]]:
    """{page url path: {"default": [(query, params)], "filtered": [...]}} as the pages ran them."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    from dashboard.access import auth
    from dashboard.core import data

    os.environ["KINERJA_DB"] = str(store)
    os.environ["KINERJA_REWARM"] = "0"  # record what the pages ask, nothing in the background
    os.environ["KINERJA_DEMO"] = "1"  # the benchmark store is a demo store, served only in demo mode
    recorded: list[tuple[str, dict]] = []
    original = data.query

    def recording_query(name: str, **params: object):
        recorded.append((name, params))
        return original(name, **params)

    data.query = recording_query
    nip = _some_employee(store)
    result: dict[str, dict[str, list]] = {}
    try:
        for _, script, _, _, url_path in PAGES:
            role = _role_for(url_path)
            if url_path in ("masuk",):
                continue
            result[url_path] = {}
            for view, url in (("default", {}), ("filtered", {**FILTERED_URL, "nip": nip})):
                data.clear_cache()
                at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=300)
                if role != "public":
                    at.session_state["user"] = auth.User(role, role)
                for key, value in url.items():
                    at.query_params[key] = value
                at.run()
                recorded.clear()
                at.switch_page(script).run()
                result[url_path][view] = [(name, params) for name, params in recorded if name != "store_settings"]
    finally:
        data.query = original
        # release the app connection: it holds the store read-write, which would lock out the workers
        data.clear_cache()
        st.cache_resource.clear()
        import gc

        gc.collect()
    return result


def _some_employee(store: Path) -> str:
    import duckdb

    con = duckdb.connect(str(store), read_only=True)
    try:
        return con.execute(
            "select nip from employees where unit_id = $u order by nip limit 1", {"u": LAGGING_UNIT}
        ).fetchone()[0]
    finally:
        con.close()


def _peak_mb() -> float:
    """This process's peak resident memory in MB. VmHWM, because ru_maxrss keeps the parent's peak
    across fork and exec (the workers are started by the process that ran the pages in AppTest)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _load_plan(plan_file: Path) -> dict[str, dict[str, list[tuple[str, dict]]]]:
    """{page: {view: [(query, parameters)]}} as recorded, the parameters decoded."""
    plan = json.loads(plan_file.read_text())
    return {
        page: {
            view: [(name, queries.params_from_json(params)) for name, params in calls] for view, calls in views.items()
        }
        for page, views in plan.items()
    }


def _time_views(plan: dict, repeat: int, ask: Callable[[str, dict], object]) -> dict[str, dict[str, list[float]]]:
    """Seconds to ask every question of each page view, ``repeat`` times per view."""
    timings: dict[str, dict[str, list[float]]] = {}
    for page, views in plan.items():
        timings[page] = {}
        for view, calls in views.items():
            runs = []
            for _ in range(repeat):
                started = time.perf_counter()
                for name, params in calls:
                    ask(name, params)
                runs.append(time.perf_counter() - started)
            timings[page][view] = runs
    return timings


def worker_replay(store: Path, plan_file: Path, repeat: int) -> dict:
    """Replay each page's recorded queries ``repeat`` times, uncached; times in seconds."""
    from dashboard.core.store import open_reader, reader_cursor

    con = open_reader(store)

    def ask(name: str, params: dict) -> None:
        cursor = reader_cursor(con)
        queries.run(cursor, name, **params)
        cursor.close()

    return {"timings": _time_views(_load_plan(plan_file), repeat, ask), "peak_mb": _peak_mb()}


def worker_served(store: Path, plan_file: Path, repeat: int) -> dict:
    """The pages as the dashboard serves them after an import: every page view is visited once
    (so the app remembers its questions), then a data write makes every cached figure stale and
    the app re-warms them in the background (dashboard.data.rewarm). Reports how long the
    re-warming took and then each page's time through the app's cached data layer."""
    os.environ["KINERJA_DB"] = str(store)
    os.environ["KINERJA_REWARM"] = "1"
    Path(str(store) + ".questions.json").unlink(missing_ok=True)  # a first start: nothing remembered yet
    from dashboard.core import data

    plan = _load_plan(plan_file)

    def ask(name: str, params: dict) -> None:
        data.query(name, **params)

    _time_views(plan, 1, ask)  # the first visit of every page view
    started = time.perf_counter()
    data.invalidate()  # stands for an import: the data changed, every cached figure is stale
    data.wait_for_rewarm()
    warm_seconds = time.perf_counter() - started
    return {"timings": _time_views(plan, repeat, ask), "warm_seconds": warm_seconds, "peak_mb": _peak_mb()}


MONTHLY_PARAMS = {"unit_id": None, "service_ids": [], "channel": None}


def worker_ours(store: Path, repeat: int) -> dict:
    """The monthly per-service figures from the dashboard's own query."""
    import datetime as dt

    from dashboard.core import queries
    from dashboard.core.store import open_reader, reader_cursor

    con = open_reader(store)
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        cursor = reader_cursor(con)
        frame = queries.run(
            cursor,
            "speed_monthly_by_service",
            date_from=dt.date(2000, 1, 1),
            date_to=dt.date(2100, 1, 1),
            measure="working",
            **MONTHLY_PARAMS,
        )
        runs.append(time.perf_counter() - started)
    rows = frame[frame["service_id"].notna()].sort_values(["month", "service_id"])
    return {
        "runs": runs,
        "peak_mb": _peak_mb(),
        "check": rows["median_minutes"].round(6).tolist()[:200],
    }


def worker_pandas(store: Path, repeat: int) -> dict:
    """The same figures the usual way: the whole log into a DataFrame, then groupby/quantile
    (bench.pandas_way, which the pandas page of the browser benchmark runs too).

    Like the query run with measure "working": median and p90 of working minutes per month and
    service and per month, and the on-standard and rework shares."""
    from bench import pandas_way

    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        logs = pandas_way.load_logs(str(store))
        figures, by_month = pandas_way.monthly_figures(logs)
        runs.append(time.perf_counter() - started)
        del logs, by_month
    return {
        "runs": runs,
        "peak_mb": _peak_mb(),
        "check": figures["median_minutes"].round(6).tolist()[:200],
    }


def _in_subprocess(kind: str, store: Path, repeat: int, plan: Path | None = None) -> dict:
    command = [
        sys.executable,
        "-m",
        "dashboard",
        "bench",
        "--worker",
        kind,
        "--store",
        str(store),
        "--repeat",
        str(repeat),
    ]
    if plan is not None:
        command += ["--plan", str(plan)]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _n(x: float, decimals: int = 0) -> str:
    """Indonesian number format, as everywhere in the product: 1.234,5."""
    from dashboard.core import fmt

    return fmt.number(x, decimals, "id")


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def machine() -> str:
    mem_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    import duckdb
    import pandas

    return (
        f"{platform.machine()}, {os.cpu_count()} cores, {mem_gb:.0f} GiB RAM, Python {platform.python_version()}, "
        f"DuckDB {duckdb.__version__}, pandas {pandas.__version__}"
    )


def run(logs: int, repeat: int, markdown: Path | None) -> int:
    store = bench_store(logs)
    print(f"Merekam kueri tiap halaman (AppTest) pada {store.name} ...", file=sys.stderr)
    plan = record_page_queries(store)
    plan_file = store.with_suffix(".plan.json")
    plan_file.write_text(
        json.dumps(
            {
                p: {v: [(n, queries.params_to_json(ps)) for n, ps in calls] for v, calls in views.items()}
                for p, views in plan.items()
            }
        )
    )
    print("Mengukur kueri halaman ...", file=sys.stderr)
    replay = _in_subprocess("replay", store, repeat, plan_file)
    print("Mengukur halaman sebagaimana dilayani setelah impor ...", file=sys.stderr)
    served = _in_subprocess("served", store, repeat, plan_file)
    print("Mengukur pembanding pandas ...", file=sys.stderr)
    ours = _in_subprocess("ours", store, repeat)
    baseline = _in_subprocess("pandas", store, max(1, min(repeat, 3)))

    lines = [
        f"Benchmark: {_n(logs)} log layanan, {repeat} ulangan. Mesin: {machine()}",
        "",
        "Tanpa cache: kueri halaman dijalankan langsung pada DuckDB. Dilayani: lewat lapisan data dasbor "
        "setelah impor, saat pemanasan ulang di latar belakang selesai.",
        "",
        "| halaman | tampilan | kueri | median tanpa cache (s) | p95 tanpa cache (s) | p95 dilayani (s) |",
        "|---|---|---|---|---|---|",
    ]
    for page, views in replay["timings"].items():
        for view, runs in views.items():
            if not plan[page][view]:  # a page that runs no query in this view (e.g. an empty form)
                continue
            lines.append(
                f"| {page} | {view} | {len(plan[page][view])} | {_n(statistics.median(runs), 3)} | {_n(_p95(runs), 3)} "
                f"| {_n(_p95(served['timings'][page][view]), 3)} |"
            )
    lines.append(f"\nMemori puncak proses kueri halaman: {_n(replay['peak_mb'])} MB")
    lines.append(
        f"Pemanasan ulang setelah impor (semua pertanyaan halaman di atas): {_n(served['warm_seconds'], 1)} s; "
        f"memori puncak proses dasbor: {_n(served['peak_mb'])} MB"
    )
    same = ours["check"] == baseline["check"]
    ours_median, pandas_median = statistics.median(ours["runs"]), statistics.median(baseline["runs"])
    lines += [
        "",
        "Angka bulanan per layanan (median dan p90 waktu kerja, % sesuai standar, % perbaikan):",
        "",
        "| cara | median (s) | memori puncak (MB) |",
        "|---|---|---|",
        f"| DuckDB (queries/speed_monthly_by_service.sql) | {_n(ours_median, 3)} | {_n(ours['peak_mb'])} |",
        f"| pandas (seluruh log ke DataFrame, groupby/quantile) | {_n(pandas_median, 3)} | {_n(baseline['peak_mb'])} |",
        "",
        f"DuckDB {_n(pandas_median / ours_median, 1)}x lebih cepat; hasil median sama: {'ya' if same else 'TIDAK'}.",
    ]
    text = "\n".join(lines)
    print(text)
    if markdown:
        markdown.write_text(text + "\n", encoding="utf-8")
    return 0 if same else 1


def worker_main(kind: str, store: Path, repeat: int, plan: Path | None) -> int:
    if kind == "replay":
        result = worker_replay(store, plan, repeat)
    elif kind == "served":
        result = worker_served(store, plan, repeat)
    elif kind == "ours":
        result = worker_ours(store, repeat)
    else:
        result = worker_pandas(store, repeat)
    print(json.dumps(result))
    return 0
