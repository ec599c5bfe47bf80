"""The demo store: a deterministic, realistic Kecamatan Gajahmungkur.

``build_demo(path, seed, logs, progress)`` writes a complete store (schema, calendar and
every contract table) into a temporary file beside ``path`` and swaps it in with
``os.replace``, so a half-built store never appears at ``path``.

The data carries stories the dashboard must be able to tell:

- the evaluation policy of 2024-07-01 (``POLICY_DATE``) makes most units faster, each at
  its own rate, while ``LAGGING_UNIT`` (Kelurahan Bendan Ngisor) does not improve, loses
  a staff member in October 2025 (an operator transferred to Seksi Pelayanan, ``TRANSFERS``:
  his appraisals before the move stay Bendan Ngisor's) and builds up an open backlog in 2026;
- online applications start on 2025-01-02 (``ONLINE_DATE``) and their share jumps;
- appraisals mostly follow the SKP score, but the lagging kelurahan's lurah rates
  generously, and in 2025-S2 that kelurahan breaks the kurva distribusi of its own
  organisation predikat;
- a few typed SKP realisations disagree with the service logs, and three appraisals
  carry a recorded predikat that disagrees with the PermenPANRB 6/2022 matrix.

Everything is drawn from ``numpy.random.default_rng`` streams and a Faker ``id_ID``
instance seeded with the seed, so one seed always gives the same tables. Service logs
are generated in chunks of whole days (``CHUNK_ROWS``) with vectorised numpy, so ten
million logs build in bounded memory.

The constants named here live in ``dashboard.demo.story`` (``CHUNK_ROWS`` in
``dashboard.demo.logs``); each generator has its own module: ``workdays`` (the
working-day calendar), ``staff``, ``logs``, ``surveys`` and ``skp`` (SKP targets and
appraisals). This module runs them in order and writes the tables.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
from faker import Faker

from dashboard.access.auth import create_demo_accounts
from dashboard.core import queries
from dashboard.core.store import CONTRACT_TABLES, init_store, refresh_facts, set_setting
from dashboard.demo.logs import _load_logs, _log_model
from dashboard.demo.skp import _appraisals, _service_metrics, _skp_targets, _SkpContext, org_rating
from dashboard.demo.staff import _build_employees, _employee_frame, _postings_frame
from dashboard.demo.story import (
    APPRAISED_PERIODS,
    AS_OF,
    DEFAULT_LOGS,
    KECAMATAN,
    KELURAHAN_IDS,
    POLICY_EVENTS,
    SERVICES,
    UNITS,
)
from dashboard.demo.surveys import _survey
from dashboard.demo.workdays import _Calendar

Progress = Callable[[float, str], None] | None

# ---------------------------------------------------------------- assembling the store


def _insert(con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame) -> None:
    """Insert a frame into one of the store's tables (table is one of our own names)."""
    con.register("demo_frame", frame)
    con.execute(f"insert into {table} by name select * from demo_frame")
    con.unregister("demo_frame")


def build_demo(path: Path | str, seed: int = 7, logs: int | None = None, progress: Progress = None) -> dict:
    """Build the demo store at `path`. logs=None -> default size (~150,000 service logs over 2023-01-01..2026-11-27).

    progress(fraction: float 0..1, message: str) is called along the way (may be None).
    Returns a dict of row counts per table plus 'seconds'.
    """
    started = time.perf_counter()
    n_logs = DEFAULT_LOGS if logs is None else int(logs)
    if n_logs < 0:
        raise ValueError("logs must be >= 0")

    def report(fraction: float, message: str) -> None:
        if progress is not None:
            progress(min(max(fraction, 0.0), 1.0), message)

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".building")
    for stale in (tmp, tmp.with_name(tmp.name + ".wal")):
        stale.unlink(missing_ok=True)

    report(0.0, "Menyiapkan skema dan kalender kerja")
    init_store(tmp)
    # Independent streams, so e.g. the number of logs does not change who works where.
    rng_people, rng_logs, rng_survey, rng_skp, rng_appraisal = (
        np.random.default_rng(s) for s in np.random.SeedSequence(seed).spawn(5)
    )
    fake = Faker("id_ID")
    fake.seed_instance(seed)
    con = duckdb.connect(str(tmp))
    try:
        # DuckDB's own bar would write over the caller's progress display.
        con.execute("set enable_progress_bar = false")
        cal = _Calendar.load(con)
        report(0.02, "Unit, pegawai dan layanan")
        people = _build_employees(rng_people, fake)
        units = pd.DataFrame(UNITS, columns=["unit_id", "name", "kind", "parent_id"])
        # Parents first: DuckDB checks the self-reference row by row against committed rows.
        _insert(con, "units", units[units["parent_id"].isna()])
        _insert(con, "units", units[units["parent_id"].notna()])
        _insert(con, "employees", _employee_frame(people))
        _insert(con, "postings", _postings_frame(people))
        services = pd.DataFrame(SERVICES, columns=["service_id", "name", "category", "standard_minutes"])
        services["fee"] = 0
        _insert(con, "services", services)

        report(0.05, "Log layanan")
        model = _log_model(cal, people, n_logs)
        _load_logs(con, rng_logs, model, n_logs, report)
        refresh_facts(con)

        report(0.82, "Survei kepuasan masyarakat")
        survey, ikm = _survey(rng_survey, cal)
        report(0.85, "Target dan realisasi SKP")
        person_metrics, unit_std = _service_metrics(con)
        targets = _skp_targets(_SkpContext(rng_skp, person_metrics, unit_std, ikm), people)
        _insert(con, "skp_targets", targets)

        report(0.9, "Penilaian kinerja")
        # Rounded: a parallel float sum may differ in the last bits between runs.
        scores = {
            (nip, period): round(score, 6)
            for nip, period, score in con.execute(
                "select nip, period, skp_score from skp_scores where evaluated"
            ).fetchall()
        }
        _insert(con, "appraisals", _appraisals(rng_appraisal, cal, people, scores))
        _insert(con, "survey_responses", survey)
        org = pd.DataFrame(
            [(u, p, org_rating(u, p)) for u in (KECAMATAN,) + KELURAHAN_IDS for p in APPRAISED_PERIODS],
            columns=["unit_id", "period", "predikat"],
        )
        _insert(con, "org_ratings", org)
        events = pd.DataFrame(POLICY_EVENTS, columns=["event_date", "label", "description"])
        events["event_date"] = pd.to_datetime(events["event_date"])
        _insert(con, "policy_events", events)

        set_setting(con, "is_demo", "true")
        set_setting(con, "demo_seed", str(seed))
        set_setting(con, "demo_logs", str(n_logs))
        set_setting(con, "demo_as_of", AS_OF.isoformat())
        set_setting(con, "demo_built_at", dt.datetime.now().isoformat(timespec="seconds"))
        create_demo_accounts(con)
        queries.run(con, "users_demo_emails")  # the digests need somewhere to go
        counts = {table: con.execute(f"select count(*) from {table}").fetchone()[0] for table in CONTRACT_TABLES}
        report(0.97, "Menyimpan")
        con.execute("checkpoint")
    except BaseException:
        con.close()
        tmp.unlink(missing_ok=True)
        raise
    con.close()
    # A WAL left beside the old file would be replayed onto the new one.
    Path(str(path) + ".wal").unlink(missing_ok=True)
    os.replace(tmp, path)
    counts["seconds"] = round(time.perf_counter() - started, 2)
    report(1.0, "Data demo siap")
    return counts
