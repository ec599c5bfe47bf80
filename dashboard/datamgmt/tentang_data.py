"""Tentang Data: what the store holds, the import contract, standards, calendar, events."""

import pandas as pd
import streamlit as st

from dashboard.core import data, fmt, ui
from dashboard.core.i18n import current_lang, t
from dashboard.core.store import CONTRACT_TABLES
from dashboard.datamgmt import contract

#: A holiday's kind (holidays.holiday_kind) -> its name.
HOLIDAY_KIND_KEYS = {"public": "about.kind_public", "cuti_bersama": "about.kind_cuti_bersama"}
#: A source metric of SKP targets (skp_source_metrics) -> its definition.
METRIC_DEFINITION_KEYS = {
    "layanan_selesai": "hr.metric_def_layanan_selesai",
    "layanan_sesuai_standar": "hr.metric_def_layanan_sesuai_standar",
    "persen_sesuai_standar": "hr.metric_def_persen_sesuai_standar",
    "persen_tanpa_perbaikan": "hr.metric_def_persen_tanpa_perbaikan",
    "median_jam_kerja": "hr.metric_def_median_jam_kerja",
}

lang = current_lang()
ui.header("about.title", "about.lead")

st.subheader(t("about.tables"))
tables = data.query("store_tables")
st.dataframe(
    pd.DataFrame(
        {
            t("about.table"): tables["table_name"],
            t("about.what"): [contract.TABLES[name][lang == "en"] for name in tables["table_name"]],
            t("about.rows"): [fmt.number(n) for n in tables["row_count"]],
            t("about.first"): [fmt.date(d) for d in tables["first_date"]],
            t("about.last"): [fmt.date(d) for d in tables["last_date"]],
        }
    ),
    hide_index=True,
    width="stretch",
)
logs = tables.set_index("table_name").loc["service_logs"]
employees = tables.set_index("table_name").loc["employees"]
st.caption(
    t(
        "about.summary",
        logs=fmt.number(logs["row_count"]),
        first=fmt.date(logs["first_date"]),
        last=fmt.date(logs["last_date"]),
        employees=fmt.number(employees["row_count"]),
    )
)

st.subheader(t("about.standards"))
services = data.query("service_standards")
ui.table(
    pd.DataFrame(
        {
            t("about.service"): services["name"],
            t("about.category"): services["category"],
            t("about.standard"): [
                fmt.duration(m, working=True) if pd.notna(m) else t("about.no_standard")
                for m in services["standard_minutes"]
            ],
            t("about.fee"): [t("about.free") if fee == 0 else f"Rp {fmt.number(fee)}" for fee in services["fee"]],
        }
    ),
    "standar_pelayanan",
)

st.subheader(t("about.events"))
events = data.query("policy_events")
if events.empty:
    st.info(t("common.no_data"))
for event in events.itertuples():
    st.markdown(f"**{fmt.date(event.event_date)}** — {fmt.plain(event.label)}  \n{fmt.plain(event.description)}")

st.subheader(t("about.calendar"))
year = ui.today().year
summary = data.query("calendar_year", year=year).iloc[0]
office = data.settings()
st.markdown(
    t(
        "about.calendar_text",
        hours=fmt.office_hours(office.get("office_hours", "08:00-16:00")),
        days=fmt.weekdays(office.get("office_weekdays", "1,2,3,4,5")),
        year=year,
        working=fmt.number(summary["working_days"]),
        public=fmt.number(summary["public_holidays"]),
        joint=fmt.number(summary["cuti_bersama_days"]),
    )
)
with st.expander(t("about.holidays_of_year", year=year)):
    holidays = data.query("holidays_of_year", year=year)
    st.dataframe(
        pd.DataFrame(
            {
                t("about.event_date"): [fmt.date(d) for d in holidays["day"]],
                t("about.holiday"): holidays["holiday_name"],
                t("about.holiday_kind"): [t(HOLIDAY_KIND_KEYS[k]) for k in holidays["holiday_kind"]],
            }
        ),
        hide_index=True,
        width="stretch",
    )

st.subheader(t("about.rules"))
st.markdown(t("about.rules_text"))

st.subheader(t("about.dictionary"))
st.caption(t("about.dictionary_lead"))
dictionary = data.query("data_dictionary", tables=list(CONTRACT_TABLES))
for table_name, columns in dictionary.groupby("table_name", sort=False):
    with st.expander(f"`{table_name}` — {contract.TABLES[table_name][lang == 'en']}"):
        st.dataframe(
            pd.DataFrame(
                {
                    t("about.column"): [
                        ("🔑 " if k else "") + c for c, k in zip(columns["column_name"], columns["is_key"], strict=True)
                    ],
                    t("about.type"): columns["data_type"],
                    t("about.required"): [t("about.yes") if r else t("about.no") for r in columns["required"]],
                    t("about.meaning"): [
                        contract.COLUMNS.get((table_name, c), ("", ""))[lang == "en"] for c in columns["column_name"]
                    ],
                }
            ),
            hide_index=True,
            width="stretch",
        )

st.subheader(t("hr.metrics_header"))
st.caption(t("hr.metrics_lead"))
source_metrics = data.query("hr_source_metrics")
st.dataframe(
    pd.DataFrame(
        {
            t("hr.metric_id"): source_metrics["metric_id"],
            t("hr.metric_name"): source_metrics["name_en" if lang == "en" else "name_id"],
            t("hr.measure_unit"): source_metrics["measure_unit"],
            t("hr.metric_definition"): [t(METRIC_DEFINITION_KEYS[m]) for m in source_metrics["metric_id"]],
            t("hr.metric_targets"): [fmt.number(n) for n in source_metrics["targets"]],
        }
    ),
    hide_index=True,
    width="stretch",
)

ui.footnote(t("about.footnote", date=fmt.date(ui.today())))
