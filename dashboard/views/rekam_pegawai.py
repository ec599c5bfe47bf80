"""Rekam Kinerja Pegawai: one employee's identity, SKP across semesters, appraisals, services
handled beside their peers, consistency hints, and the Laporan Individu (PDF, XLSX).

Opened from Cari Pegawai or by URL: ?nip=198503122010011001. Every figure is fetched through
data.individual_query, which checks that the signed-in user may see this employee.
"""

import pandas as pd
import streamlit as st

from dashboard import auth, charts_hr, data, fmt, hr, pdf, report_individual, signin, ui
from dashboard.i18n import current_lang, t

lang = current_lang()
SEARCH_PAGE = "views/cari_pegawai.py"


def back_link() -> None:
    st.page_link(SEARCH_PAGE, label=t("hr.back_to_search"), icon=":material/person_search:")


def keep(key: str, default: str, options: list[str]) -> str:
    """Seed a selector from the URL once, and its widget from it (the value survives reruns)."""
    value = ui.url_state(key, default, options)
    st.session_state[f"w_{key}"] = value
    return f"w_{key}"


def copy(key: str):
    return lambda: st.session_state.__setitem__(key, st.session_state[f"w_{key}"])


# ---------------------------------------------------------------- which employee, and may we show them

nip = str(st.query_params.get("nip") or st.session_state.get("nip") or "").replace(" ", "").strip()
if not nip:
    ui.header("hr.record_title", "hr.record_lead")
    st.info(t("hr.record_choose"))
    back_link()
    st.stop()
info = hr.decode_nip(nip, lang)
if not info.valid:
    ui.header("hr.record_title", "hr.record_lead")
    st.error(info.error)
    back_link()
    st.stop()
if st.session_state.get("nip") != nip:  # a new employee: the semester choices of the last one do not apply
    for key in ("skp_sem", "svc_sem"):
        st.session_state.pop(key, None)
st.session_state["nip"] = nip
ui.write_url("nip")

# The check runs on every rerun (data.individual_query); the opening is audited once per user and employee.
opened = (auth.current_user().username, nip)
if st.session_state.get("hr_opened") != opened:
    signin.require_employee(nip)
    st.session_state["hr_opened"] = opened
try:
    record = hr.load_record(lambda name, **params: data.individual_query(name, nip, **params), nip)
except auth.AccessDenied:
    signin.refuse(f"nip:{nip}")
if not record.found:
    ui.header("hr.record_title", "hr.record_lead")
    st.info(t("hr.record_unknown", nip=nip))
    back_link()
    st.stop()

person = record.person
today = ui.today()
metric_names = report_individual.metric_names(data.query("hr_source_metrics"), lang)
appraisals = record.appraisals
scores = record.scores

# ---------------------------------------------------------------- identity

st.title(person["name"])
st.caption(t("hr.record_lead"))
back_link()
until = person["end_date"] if pd.notna(person["end_date"]) else today
identity = [
    ("NIP", pdf.nip_spaced(nip)),
    (t("app.unit"), person["unit_name"]),
    (t("hr.position"), f"{person['position']} ({hr.position_kind_label(person['position_kind'], lang)})"),
    (t("hr.grade"), person["grade"] if pd.notna(person["grade"]) else "–"),
    (t("hr.birth_date"), fmt.date(info.birth_date)),
    (t("hr.tmt_cpns"), fmt.month(info.tmt_cpns)),
    (t("hr.sex"), t(f"hr.sex_{info.sex}")),
    (t("hr.service_length"), hr.service_length_text(info.tmt_cpns, until, lang)),
]
for start in range(0, len(identity), 4):  # row by row, so a phone stacks them in reading order
    for column, (label, value) in zip(st.columns(4), identity[start : start + 4], strict=True):
        column.markdown(f"**{label}**  \n{value}")
posting = t("hr.posted_since", date=fmt.date(person["start_date"])) if pd.notna(person["start_date"]) else ""
if pd.notna(person["end_date"]):
    posting += " " + t("hr.left_on_sentence", date=fmt.date(person["end_date"]))
st.caption(" ".join([t("hr.nip_source"), posting]))

latest = hr.latest_evaluated(scores)
m1, m2, m3 = st.columns(3)
if latest is not None:
    done = scores[scores["evaluated"]].sort_values("period")
    delta = None
    if len(done) > 1:
        delta = t("hr.delta_points", points=fmt.number(latest["skp_score"] - done["skp_score"].iloc[-2], 2))
        delta = ("+" if latest["skp_score"] >= done["skp_score"].iloc[-2] else "") + delta
    m1.metric(
        t("hr.latest_skp_metric", period=fmt.semester(latest["period"]), kategori=latest["kategori"]),
        fmt.number(latest["skp_score"], 2),
        delta,
        border=True,
    )
else:
    m1.metric(t("hr.skp_score"), t("hr.not_evaluated"), border=True)
if not appraisals.empty:
    last_appraisal = appraisals.iloc[0]
    m2.metric(
        t("hr.latest_predikat_metric", period=fmt.semester(last_appraisal["period"])),
        last_appraisal["predikat"],
        border=True,
    )
else:
    m2.metric(t("hr.predikat"), t("hr.not_appraised"), border=True)
if not record.services.empty:
    last_services = record.services.iloc[-1]
    m3.metric(
        t("hr.on_standard_metric", period=fmt.semester(last_services["period"])),
        fmt.percent(last_services["on_standard_pct"]),
        help=t("hr.on_standard_help", n=fmt.number(last_services["volume"])),
        border=True,
    )
else:
    m3.metric(t("hr.svc_on_standard"), "–", help=t("hr.services_none"), border=True)

# ---------------------------------------------------------------- SKP

st.header(t("hr.skp_header"), divider="gray")
st.markdown(hr.score_sentence(scores, lang))
if scores.empty:
    st.info(t("hr.no_targets"))
else:
    evaluated = scores[scores["evaluated"]].sort_values("period")
    if not evaluated.empty:
        trend_alt = "; ".join(
            f"{fmt.semester(r.period)} {fmt.number(r.skp_score, 2)} ({r.kategori})" for r in evaluated.itertuples()
        )
        ui.chart(
            charts_hr.skp_trend(scores, lang, person["name"]),
            t("hr.chart_trend_alt", values=trend_alt),
        )
    predikat_of = dict(zip(appraisals["period"], appraisals["predikat"], strict=True))
    summary = scores.sort_values("period", ascending=False)
    ui.table(
        pd.DataFrame(
            {
                t("hr.semester"): [fmt.semester(p) for p in summary["period"]],
                t("hr.targets_n"): summary["targets"],
                t("hr.indicators_n"): summary["indicators"],
                t("hr.skp_score"): [
                    fmt.number(s, 2) if e else t("hr.not_evaluated")
                    for s, e in zip(summary["skp_score"], summary["evaluated"], strict=True)
                ],
                t("hr.kategori"): [
                    k if e else "–" for k, e in zip(summary["kategori"], summary["evaluated"], strict=True)
                ],
                t("hr.predikat"): [predikat_of.get(p, "–") for p in summary["period"]],
            }
        ),
        f"nilai_skp_{nip}",
        column_config={t("hr.skp_score"): st.column_config.TextColumn(alignment="right")},
    )

    periods = summary["period"].tolist()
    default_period = latest["period"] if latest is not None else periods[0]
    st.selectbox(
        t("hr.skp_semester_pick"),
        periods,
        key=keep("skp_sem", default_period, periods),
        on_change=copy("skp_sem"),
        format_func=fmt.semester,
    )
    ui.write_url("skp_sem")
    period = st.session_state["skp_sem"]
    row = scores[scores["period"] == period].iloc[0]
    targets = record.targets[record.targets["period"] == period]
    st.subheader(t("hr.skp_of", period=fmt.semester(period)))
    if bool(row["evaluated"]):
        st.markdown(
            t(
                "hr.skp_of_sentence",
                score=fmt.number(row["skp_score"], 2),
                kategori=row["kategori"],
                n=fmt.number(row["indicators"]),
            )
        )
    else:
        st.info(t("hr.skp_not_evaluated", period=fmt.semester(period)))
    detail = pd.DataFrame(
        {
            t("hr.indicator"): targets["indicator"],
            t("hr.aspect"): [hr.aspect_label(a, lang) for a in targets["aspect"]],
            t("hr.target"): [hr.value_text(v, lang=lang) for v in targets["target_value"]],
            t("hr.realisation"): [hr.value_text(v, lang=lang) for v in targets["realization_value"]],
            t("hr.computed"): [
                hr.value_text(round(c, 2), lang=lang) + (" · " + t("hr.differs") if d else "")
                if pd.notna(c)
                else (t("hr.no_requests") if pd.notna(m) else "")
                for c, d, m in zip(targets["computed_value"], targets["differs"], targets["source_metric"], strict=True)
            ],
            t("hr.measure_unit"): targets["measure_unit"],
            t("hr.capaian"): [fmt.number(c, 2) for c in targets["capaian"]],
            t("hr.indicator_capaian"): [fmt.number(c, 2) for c in targets["indicator_capaian"]],
            t("hr.evidence"): [
                t("hr.from_logs_short") if pd.notna(m) else (e if pd.notna(e) else "–")
                for m, e in zip(targets["source_metric"], targets["evidence"], strict=True)
            ],
        }
    )
    if targets["source_metric"].isna().all():  # nothing linked to the logs in this semester
        detail = detail.drop(columns=t("hr.computed"))
    ui.table(
        detail,
        f"skp_{nip}_{period}",
        column_config={
            t("hr.indicator"): st.column_config.TextColumn(width=270),
            **{
                t(key): st.column_config.TextColumn(alignment="right", width=95)
                for key in ("hr.target", "hr.realisation", "hr.computed")
            },
            **{
                t(key): st.column_config.TextColumn(alignment="right") for key in ("hr.capaian", "hr.indicator_capaian")
            },
        },
    )
    st.caption(t("hr.capaian_note"))

    linked = targets[targets["source_metric"].notna()]
    if not linked.empty:
        st.markdown(f"**{t('hr.evidence_header')}**")
        st.caption(t("hr.evidence_lead"))
    for target in linked.itertuples():
        service = f" — {target.source_service_name}" if pd.notna(target.source_service_name) else ""
        label = t(
            "hr.evidence_label",
            metric=metric_names.get(target.source_metric, target.source_metric),
            service=service,
            n=fmt.number(0 if pd.isna(target.requests) else target.requests),
        )
        # the evidence (hundreds of requests, with downloads) is fetched only when its expander is opened
        evidence = st.expander(label, icon=":material/receipt_long:", key=f"ev_{target.target_id}", on_change="rerun")
        with evidence:
            st.markdown(
                t(
                    "hr.evidence_values",
                    indicator=target.indicator,
                    aspect=hr.aspect_label(target.aspect, lang),
                    computed=hr.value_text(
                        round(target.computed_value, 2) if pd.notna(target.computed_value) else None, lang=lang
                    ),
                    typed=hr.value_text(target.realization_value, lang=lang),
                    unit=target.measure_unit,
                )
                + (" " + t("hr.evidence_differs") if target.differs else "")
            )
            if evidence.open:
                requests = data.individual_query("hr_evidence_requests", nip, target_id=target.target_id)
                ui.table(
                    pd.DataFrame(
                        {
                            t("hr.request_id"): requests["request_id"],
                            t("hr.service"): requests["service_name"],
                            t("hr.received"): [fmt.datetime(v) for v in requests["received_at"]],
                            t("hr.completed"): [fmt.datetime(v) for v in requests["completed_at"]],
                            t("hr.working_time"): [fmt.duration(v, working=True) for v in requests["working_minutes"]],
                            t("hr.on_standard"): [
                                "–" if pd.isna(v) else t("hr.yes") if v else t("hr.no") for v in requests["on_standard"]
                            ],
                            t("hr.rework"): requests["rework_count"],
                        }
                    ),
                    f"bukti_{target.target_id}",
                )

# ---------------------------------------------------------------- appraisals

st.header(t("hr.appraisals_header"), divider="gray")
st.caption(t("hr.appraisals_lead"))
if appraisals.empty:
    st.info(t("hr.not_appraised"))
for a in appraisals.itertuples():
    with st.container(border=True):
        left, right = st.columns([1, 3])
        left.markdown(f"**{fmt.semester(a.period)}**")
        left.markdown(t("hr.predikat_line", predikat=a.predikat))
        right.markdown(
            t(
                "hr.ratings_line",
                results=hr.rating_label(a.rating_results),
                behaviour=hr.rating_label(a.rating_behaviour),
            )
        )
        appraiser = a.appraiser_name if pd.notna(a.appraiser_name) else "–"
        right.caption(
            t(
                "hr.appraised_by",
                name=appraiser,
                position=a.appraiser_position if pd.notna(a.appraiser_position) else "",
                date=fmt.date(a.appraised_on) if pd.notna(a.appraised_on) else "–",
            )
        )
        if pd.notna(a.feedback):
            right.markdown(f"**{t('hr.feedback')}:** {a.feedback}")
        if pd.notna(a.recommendation):
            right.markdown(f"**{t('hr.recommendation')}:** {a.recommendation}")
        if a.predikat_disagrees:
            right.warning(
                t("hr.predikat_disagrees", recorded=a.predikat_recorded, matrix=a.predikat), icon=":material/warning:"
            )

# ---------------------------------------------------------------- services handled, beside peers

st.header(t("hr.services_header"), divider="gray")
st.caption(t("hr.services_lead"))
services = record.services
if services.empty:
    st.info(t("hr.services_none"))
else:
    svc_periods = services["period"].sort_values(ascending=False).tolist()
    st.selectbox(
        t("hr.semester"),
        svc_periods,
        key=keep("svc_sem", svc_periods[0], svc_periods),
        on_change=copy("svc_sem"),
        format_func=fmt.semester,
    )
    ui.write_url("svc_sem")
    chosen = services[services["period"] == st.session_state["svc_sem"]].iloc[0]
    rows = hr.peer_rows(chosen, lang)
    st.caption(hr.peer_note(chosen, lang))
    ui.table(
        pd.DataFrame(
            {
                t("hr.measure"): [r[0] for r in rows],
                t("hr.this_employee"): [r[1] for r in rows],
                t("hr.peer_median"): [r[2] for r in rows],
            }
        ),
        f"layanan_{nip}_{chosen['period']}",
        column_config={
            t(key): st.column_config.TextColumn(alignment="right") for key in ("hr.this_employee", "hr.peer_median")
        },
    )
    if len(services) > 1:
        ui.chart(
            charts_hr.on_standard_vs_peers(services, lang),
            t("hr.chart_peers_alt"),
        )

# ---------------------------------------------------------------- consistency hints

st.header(t("hr.hints_header"), divider="gray")
st.caption(t("hr.hints_lead"))
hints = hr.consistency_hints(record, lang)
if hints:
    st.markdown("\n".join(f"- {sentence}" for _, sentence in hints))
else:
    st.info(t("hr.hints_none"))

# ---------------------------------------------------------------- Laporan Individu

st.header(t("hr.report_header"), divider="gray")
st.caption(t("hr.report_lead"))
pdf_name, xlsx_name = f"laporan_individu_{nip}.pdf", f"laporan_individu_{nip}.xlsx"
left, right, _ = st.columns([1.4, 1.2, 1.4])
left.download_button(
    t("hr.report_pdf"),
    lambda: report_individual.build_pdf(record, metric_names, today),
    pdf_name,
    "application/pdf",
    key="report_pdf",
    icon=":material/picture_as_pdf:",
    on_click=signin.audit,
    args=("export", pdf_name, f"nip:{nip}"),
)
right.download_button(
    t("hr.report_xlsx"),
    lambda: report_individual.build_xlsx(record, metric_names, today, lang),
    xlsx_name,
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    key="report_xlsx",
    icon=":material/table_view:",
    on_click=signin.audit,
    args=("export", xlsx_name, f"nip:{nip}"),
)

ui.footnote(t("hr.record_footnote"))
