"""Kualitas Data: completeness, impossible values, duplicates, long requests, empty months, imports."""

import pandas as pd
import streamlit as st

from dashboard.access import auth
from dashboard.core import data, fmt, ui
from dashboard.core.i18n import t
from dashboard.core.store import CONTRACT_TABLES
from dashboard.datamgmt import importer

#: A data-quality check (check_id of queries/quality_impossible.sql and quality_working_time.sql) -> its words.
CHECK_KEYS = {
    "future": "kual.chk_future",
    "night": "kual.chk_night",
    "zero": "kual.chk_zero",
    "over_year": "kual.chk_over_year",
    "handler_elsewhere": "kual.chk_handler_elsewhere",
    "handler_inactive": "kual.chk_handler_inactive",
    "due_before": "kual.chk_due_before",
    "rework_high": "kual.chk_rework_high",
    "realization_high": "kual.chk_realization_high",
    "outside_hours": "kual.chk_outside_hours",
    "outside_calendar": "kual.chk_outside_calendar",
}

ui.header("kual.title", "kual.lead")
unit = auth.unit_scope() or ui.unit_filter()


def hours(h: float) -> str:
    return fmt.duration(h * 60, working=False)


# ---- completeness
st.subheader(t("kual.completeness"))
tables = data.query("quality_completeness_tables")
ui.table(
    pd.DataFrame(
        {
            t("kual.table"): tables["table_name"],
            t("kual.column"): tables["column_name"],
            t("kual.rows"): [fmt.number(n) for n in tables["row_count"]],
            t("kual.filled"): [fmt.number(n) for n in tables["filled"]],
            t("kual.filled_share"): [fmt.percent(p) for p in tables["filled_pct"]],
        }
    ),
    "kelengkapan_tabel",
)

st.subheader(t("kual.completeness_unit"))
st.caption(t("kual.completeness_lead"))
months = data.query("quality_completeness_unit_month", unit_id=unit)
ui.table(
    pd.DataFrame(
        {
            t("kual.unit"): months["unit_name"],
            t("kual.month"): [fmt.month(m) for m in months["month"]],
            t("kual.requests"): [fmt.number(n) for n in months["requests"]],
            t("kual.open"): [fmt.number(n) for n in months["still_open"]],
            t("kual.no_handler"): [fmt.number(n) for n in months["no_handler"]],
            t("kual.no_channel"): [fmt.number(n) for n in months["no_channel"]],
            t("kual.no_due"): [fmt.number(n) for n in months["no_due"]],
        }
    ),
    "kelengkapan_unit_bulan",
)

# ---- impossible values
st.subheader(t("kual.impossible"))
st.caption(t("kual.impossible_lead"))
checks = data.query("quality_impossible", today=ui.today(), unit_id=unit)
ui.table(
    pd.DataFrame(
        {
            t("kual.check"): [t(CHECK_KEYS[c]) for c in checks["check_id"]],
            t("kual.count"): [fmt.number(n) for n in checks["n"]],
            t("kual.example"): [e if n else "–" for e, n in zip(checks["example"], checks["n"], strict=True)],
        }
    ),
    "nilai_mustahil",
)

# ---- working time: requests outside office hours or outside the calendar
st.subheader(t("kual.working_time"))
timing = data.query("quality_working_time", unit_id=unit)
settings = data.settings()
st.caption(
    t(
        "kual.working_time_lead",
        hours=fmt.office_hours(settings.get("office_hours", "08:00-16:00")),
        day=fmt.duration(fmt.working_day_minutes(), working=False),
        first=fmt.date(timing["first_day"].iloc[0]),
        last=fmt.date(timing["last_day"].iloc[0]),
    )
)
ui.table(
    pd.DataFrame(
        {
            t("kual.check"): [t(CHECK_KEYS[c]) for c in timing["check_id"]],
            t("kual.count"): [fmt.number(n) for n in timing["n"]],
            t("kual.on_standard_n"): [fmt.number(n) if pd.notna(n) else "–" for n in timing["on_standard_n"]],
            t("kual.example"): [e if n else "–" for e, n in zip(timing["example"], timing["n"], strict=True)],
        }
    ),
    "waktu_kerja_periksa",
)
years = data.query("quality_calendar_years")
without_cuti = years[years["in_calendar"] & (years["cuti_bersama_days"] == 0)]["year"].tolist()
outside = years[~years["in_calendar"]]["year"].tolist()
if without_cuti:
    st.warning(t("kual.cuti_missing", years=", ".join(str(y) for y in without_cuti)), icon=":material/event_busy:")
if outside:
    st.warning(t("kual.year_outside_calendar", years=", ".join(str(y) for y in outside)), icon=":material/warning:")

# ---- duplicates
st.subheader(t("kual.duplicates"))
st.caption(t("kual.duplicates_lead"))
duplicates = data.query("quality_duplicates", unit_id=unit)
if duplicates.empty:
    st.success(t("kual.all_clear"))
else:
    ui.table(
        pd.DataFrame(
            {
                t("kual.unit"): duplicates["unit_name"],
                t("kual.service"): duplicates["service_name"],
                t("kual.received"): [fmt.datetime(d) for d in duplicates["received_at"]],
                t("kual.count"): [fmt.number(n) for n in duplicates["requests"]],
                t("kual.request"): duplicates["request_ids"],
            }
        ),
        "kemungkinan_ganda",
    )

# ---- unusually long requests
st.subheader(t("kual.long"))
st.caption(t("kual.long_lead"))
long_requests = data.query("quality_long_requests", unit_id=unit)
if long_requests.empty:
    st.success(t("kual.all_clear"))
else:
    ui.table(
        pd.DataFrame(
            {
                t("kual.request"): long_requests["request_id"],
                t("kual.unit"): long_requests["unit_name"],
                t("kual.service"): long_requests["service_name"],
                t("kual.received"): [fmt.datetime(d) for d in long_requests["received_at"]],
                t("kual.elapsed"): [hours(h) for h in long_requests["elapsed_hours"]],
                t("kual.p90_service"): [hours(h) for h in long_requests["p90_hours"]],
            }
        ),
        "permohonan_lama",
    )
st.markdown(f"**{t('kual.elapsed_unit')}**")
elapsed = data.query("quality_elapsed_by_unit", unit_id=unit)
ui.table(
    pd.DataFrame(
        {
            t("kual.unit"): elapsed["unit_name"],
            t("kual.completed"): [fmt.number(n) for n in elapsed["completed"]],
            t("kual.median"): [hours(h) for h in elapsed["median_hours"]],
            t("kual.p90"): [hours(h) for h in elapsed["p90_hours"]],
        }
    ),
    "waktu_tempuh_unit",
)

# ---- months without data
st.subheader(t("kual.gaps"))
st.caption(t("kual.gaps_lead"))
gaps = data.query("quality_month_gaps", unit_id=unit)
if gaps.empty:
    st.success(t("kual.no_gaps"))
else:
    ui.table(
        pd.DataFrame(
            {
                t("kual.unit"): gaps["unit_name"],
                t("kual.count"): [fmt.number(n) for n in gaps["months_missing"]],
                t("kual.months_missing"): [", ".join(fmt.month(m) for m in months) for months in gaps["months"]],
            }
        ),
        "bulan_kosong",
    )

# ---- imports
st.subheader(t("kual.last_import"))
last = data.query("import_last_per_table", tables=list(CONTRACT_TABLES))
ui.table(
    pd.DataFrame(
        {
            t("kual.table"): last["table_name"],
            t("kual.when"): [fmt.datetime(d) if pd.notna(d) else t("kual.never") for d in last["imported_at"]],
            t("kual.file"): last["file_name"].fillna("–"),
            t("kual.outcome"): [t(importer.OUTCOME_KEYS[o]) if isinstance(o, str) else "–" for o in last["outcome"]],
            t("kual.imports_count"): [fmt.number(n) for n in last["imports"]],
        }
    ),
    "impor_terakhir",
)
st.subheader(t("kual.imports"))
log = data.query("import_log_recent", limit=200)
if log.empty:
    st.info(t("kual.no_imports"))
else:
    ui.table(
        pd.DataFrame(
            {
                t("kual.when"): [fmt.datetime(d) for d in log["imported_at"]],
                t("kual.user"): log["username"].fillna("–"),
                t("kual.file"): log["file_name"],
                "SHA-256": [s[:12] + "…" for s in log["file_sha256"]],
                t("kual.table"): log["table_name"],
                t("kual.new"): [fmt.number(n) for n in log["rows_new"]],
                t("kual.updated"): [fmt.number(n) for n in log["rows_updated"]],
                t("kual.unchanged"): [fmt.number(n) for n in log["rows_unchanged"]],
                t("kual.rejected"): [fmt.number(n) for n in log["rows_rejected"]],
                t("kual.outcome"): [t(importer.OUTCOME_KEYS[o]) for o in log["outcome"]],
                t("kual.message"): log["message"].fillna(""),
            }
        ),
        "riwayat_impor",
    )

ui.footnote(t("kual.footnote"))
