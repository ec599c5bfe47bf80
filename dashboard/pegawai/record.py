"""The body of an employee's performance record, shared by two pages:

- Rekam Kinerja Pegawai (pegawai/rekam_pegawai.py, ``render_hr_record``): HR, the camat, a lurah for
  their staff. Shows the employee's responses and self-assessments beside the supervisor's ratings,
  per unit how often self and supervisor ratings differ, and consistency hints.
- Kinerja Saya (pegawai/kinerja_saya.py, ``render_own_record``): the employee's own record, worded for
  them, with the running semester's progress, the self-assessment form and a response form under
  each appraisal.

Each page is one composition below: it calls the sections it shows, in their order, and passes the
text keys where a shared section is worded differently for the two readers. The sections shared by
both pages take no notion of who reads them; a section only one page has is called only by it.

The caller decides which NIP may be shown and audits the opening; every figure here is fetched
through data.individual_query, which checks again on every rerun.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from dashboard.access import auth, signin
from dashboard.core import data, fmt, pdf, periods, ui
from dashboard.core.i18n import current_lang, t
from dashboard.pegawai import charts as charts_hr
from dashboard.pegawai import hr, selfservice
from dashboard.pegawai import report as report_individual

SEARCH_PAGE = "pegawai/cari_pegawai.py"
GUIDE_PAGE = "pegawai/panduan_evaluasi.py"
FLASH = "self_flash"
#: The text key of each BerAKHLAK value (selfservice.BERAKHLAK), written out so a label greps to its key.
VALUE_KEYS = {
    "berorientasi_pelayanan": "self.value_berorientasi_pelayanan",
    "akuntabel": "self.value_akuntabel",
    "kompeten": "self.value_kompeten",
    "harmonis": "self.value_harmonis",
    "loyal": "self.value_loyal",
    "adaptif": "self.value_adaptif",
    "kolaboratif": "self.value_kolaboratif",
}


def back_link() -> None:
    st.page_link(SEARCH_PAGE, label=t("hr.back_to_search"), icon=":material/person_search:")


# ---------------------------------------------------------------- the two pages


def render_hr_record(nip: str) -> None:
    """Rekam Kinerja Pegawai: the record of ``nip`` (already checked and audited by the caller) for staff."""
    lang = current_lang()
    info = hr.decode_nip(nip, lang)
    record, responses, selves = _fetch(nip)
    if not record.found:
        ui.header("hr.record_title", "hr.record_lead")
        st.info(t("hr.record_unknown", nip=nip))
        back_link()
        st.stop()

    today = ui.today()
    metric_names = report_individual.metric_names(data.query("hr_source_metrics"), lang)
    _hr_heading(record)
    _identity(record, info, today, lang)
    _skp(record, metric_names, lang, lead=None, evidence_lead="hr.evidence_lead")
    _hr_appraisals(record, responses, selves)
    _rating_gaps()
    _services(record, lang)
    _hints(record, lang)
    _report(record, metric_names, today, lang)
    ui.footnote(t("hr.record_footnote"))


def render_own_record(nip: str) -> None:
    """Kinerja Saya: the signed-in employee's own record ``nip`` (already checked and audited by the caller)."""
    lang = current_lang()
    info = hr.decode_nip(nip, lang)
    record, responses, selves = _fetch(nip)
    if not record.found:
        ui.header("self.title", "self.lead")
        st.info(t("self.unknown"))
        st.stop()

    today = ui.today()
    days = selfservice.lock_days(data.settings())
    metric_names = report_individual.metric_names(data.query("hr_source_metrics"), lang)
    _own_heading(record)
    _identity(record, info, today, lang)
    _running_semester(record, today, lang)
    _self_assessment(record, selves, today, days, lang)
    _skp(record, metric_names, lang, lead="self.skp_lead", evidence_lead="self.evidence_lead")
    _own_appraisals(record, responses, selves, today, days)
    _services(record, lang)
    _report(record, metric_names, today, lang)
    ui.footnote(t("self.footnote"))


def _fetch(nip: str) -> tuple[hr.Record, pd.DataFrame, pd.DataFrame]:
    """The record of ``nip``, the employee's responses and self-assessments; the page stops, audited,
    when the signed-in user may not see ``nip``."""
    try:
        record = hr.load_record(lambda name, **params: data.individual_query(name, nip, **params), nip)
        responses = data.individual_query("self_responses", nip)
        selves = data.individual_query("self_assessments", nip)
    except auth.AccessDenied:
        signin.refuse(f"nip:{nip}")
    return record, responses, selves


# ---------------------------------------------------------------- headings and identity


def _hr_heading(record: hr.Record) -> None:
    st.title(fmt.plain(record.person["name"]))
    st.caption(t("hr.record_lead"))
    back_link()


def _own_heading(record: hr.Record) -> None:
    st.title(t("self.title"))
    st.caption(t("self.lead"))
    st.markdown(t("self.hello", name=fmt.plain(record.person["name"])))
    st.page_link(GUIDE_PAGE, label=t("self.guide_link"), icon=":material/school:")


def _identity(record: hr.Record, info: hr.NipInfo, today: dt.date, lang: str) -> None:
    person, nip = record.person, record.nip
    until = person["end_date"] if pd.notna(person["end_date"]) else today
    identity = [
        ("NIP", pdf.nip_spaced(nip)),
        (t("app.unit"), person["unit_name"]),
        (t("hr.position"), f"{person['position']} ({hr.position_kind_label(person['position_kind'], lang)})"),
        (t("hr.grade"), person["grade"] if pd.notna(person["grade"]) else "–"),
        (t("hr.birth_date"), fmt.date(info.birth_date)),
        (t("hr.tmt_cpns"), fmt.month(info.tmt_cpns)),
        (t("hr.sex"), hr.sex_label(info.sex)),
        (t("hr.service_length"), hr.service_length_text(info.tmt_cpns, until, lang)),
    ]
    for start in range(0, len(identity), 4):  # row by row, so a phone stacks them in reading order
        for column, (label, value) in zip(st.columns(4), identity[start : start + 4], strict=True):
            column.markdown(f"**{label}**  \n{fmt.plain(value)}")
    posting = t("hr.posted_since", date=fmt.date(person["start_date"])) if pd.notna(person["start_date"]) else ""
    if pd.notna(person["end_date"]):
        posting += " " + t("hr.left_on_sentence", date=fmt.date(person["end_date"]))
    st.caption(" ".join([t("hr.nip_source"), posting]))

    scores, appraisals = record.scores, record.appraisals
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
            help=t("hr.on_standard_help", n=fmt.number(last_services["n_standard"])),
            border=True,
        )
    else:
        m3.metric(t("hr.svc_on_standard"), "–", help=t("hr.services_none"), border=True)


# ---------------------------------------------------------------- the running semester (self)


def _flash(where: str) -> None:
    message = st.session_state.get(FLASH)
    if message and message[0] == where:
        st.success(message[1], icon=":material/check_circle:")
        st.session_state.pop(FLASH, None)


def _running_semester(record: hr.Record, today: dt.date, lang: str) -> None:
    period = periods.semester_of(today)
    st.header(t("self.running_header", period=fmt.semester(period)), divider="gray")
    targets = record.targets[record.targets["period"] == period]
    if targets.empty:
        st.info(t("self.running_no_targets", period=fmt.semester(period)))
    else:
        lines = selfservice.progress_lines(targets, today, lang)
        end = periods.Semester.parse(period).last_day
        st.caption(t("self.running_lead", today=fmt.date(today), end=fmt.date(end)))
        for sentence, share in lines:
            if share is None:
                st.markdown(f"- {sentence}")
            else:
                st.progress(share, text=sentence)
        others = targets[targets["source_metric"].isna()]
        if not others.empty:
            st.caption(
                t(
                    "self.running_others",
                    n=fmt.number(len(others)),
                    indicators=fmt.number(others["indicator"].nunique()),
                )
            )


def _self_assessment(record: hr.Record, selves: pd.DataFrame, today: dt.date, days: int, lang: str) -> None:
    """The self-assessment form: for every semester still open to it (the running one, and the last one
    until its lock date)."""
    period = periods.semester_of(today)
    st.subheader(t("self.assess_header"))
    st.caption(t("self.assess_lead"))
    _flash("self")
    before = periods.previous_semester(period)
    open_periods = [p for p in (before, period) if not selfservice.is_locked("self", p, today, days)]
    if not open_periods:
        st.info(t("self.assess_closed"))
        return
    chosen = open_periods[-1]
    if len(open_periods) > 1:
        chosen = st.segmented_control(
            t("hr.semester"), open_periods, default=open_periods[0], format_func=fmt.semester, key="assess_period"
        )
        chosen = chosen or open_periods[0]
    existing = selves[selves["period"] == chosen]
    current = existing.iloc[0] if not existing.empty else None
    until = selfservice.editable_until("self", chosen, days)
    if current is not None:
        st.markdown(
            t(
                "self.assess_saved",
                period=fmt.semester(chosen),
                date=fmt.datetime(current["updated_at"]),
                until=fmt.date(until),
            )
        )
    else:
        st.markdown(t("self.assess_none", period=fmt.semester(chosen), until=fmt.date(until)))

    def index(field: str) -> int:
        value = current[field] if current is not None else "sesuai"
        return selfservice.RATINGS.index(value) if value in selfservice.RATINGS else 1

    with st.form(f"assess_{chosen}_{lang}"):
        ratings = {}
        left, right = st.columns(2)
        ratings["rating_results"] = left.radio(
            t("self.rate_results"),
            selfservice.RATINGS,
            index=index("rating_results"),
            format_func=hr.rating_label,
            key=f"sa_results_{chosen}_{lang}",
        )
        ratings["rating_behaviour"] = right.radio(
            t("self.rate_behaviour"),
            selfservice.RATINGS,
            index=index("rating_behaviour"),
            format_func=hr.rating_label,
            key=f"sa_behaviour_{chosen}_{lang}",
        )
        st.markdown(f"**{t('self.berakhlak_header')}**")
        st.caption(t("self.berakhlak_lead"))
        columns = st.columns(4)
        for i, value in enumerate(selfservice.BERAKHLAK):
            ratings[value] = columns[i % 4].selectbox(
                t(VALUE_KEYS[value]),
                selfservice.RATINGS,
                index=index(value),
                format_func=hr.rating_label,
                key=f"sa_{value}_{chosen}_{lang}",
            )
        note = st.text_area(
            t("self.note"),
            value=(current["note"] if current is not None and pd.notna(current["note"]) else ""),
            max_chars=selfservice.MAX_TEXT,
            key=f"sa_note_{chosen}_{lang}",
        )
        if st.form_submit_button(t("self.assess_submit"), type="primary", icon=":material/save:"):
            try:
                with data.transaction(commit_on=(selfservice.NotYours,)) as cursor:
                    selfservice.save_self_assessment(
                        cursor, auth.current_user(), record.nip, chosen, ratings, note, today, days
                    )
            except selfservice.Locked:
                st.error(t("self.locked_now"))
            else:
                st.session_state[FLASH] = ("self", t("self.assess_thanks", period=fmt.semester(chosen)))
                st.rerun()


# ---------------------------------------------------------------- SKP


def _skp(record: hr.Record, metric_names: dict, lang: str, lead: str | None, evidence_lead: str) -> None:
    """SKP across semesters and the targets of one; ``lead`` (a caption under the score sentence, or
    None) and ``evidence_lead`` are the text keys worded for the page's reader."""
    nip, scores, appraisals, person = record.nip, record.scores, record.appraisals, record.person
    latest = hr.latest_evaluated(scores)
    st.header(t("hr.skp_header"), divider="gray")
    st.markdown(hr.score_sentence(scores, lang))
    if lead is not None:
        st.caption(t(lead))
    if scores.empty:
        st.info(t("hr.no_targets"))
        return
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
        key=ui.keep("skp_sem", default_period, periods),
        on_change=ui.copy_to("skp_sem"),
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
                kategori=fmt.plain(row["kategori"]),
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
        st.caption(t(evidence_lead))
    for target in linked.itertuples():
        service = f" — {fmt.plain(target.source_service_name)}" if pd.notna(target.source_service_name) else ""
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
                    indicator=fmt.plain(target.indicator),
                    aspect=hr.aspect_label(target.aspect, lang),
                    computed=hr.value_text(
                        round(target.computed_value, 2) if pd.notna(target.computed_value) else None, lang=lang
                    ),
                    typed=hr.value_text(target.realization_value, lang=lang),
                    unit=fmt.plain(target.measure_unit),
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
                            t("hr.completed"): [
                                t("hr.still_open") if is_open else fmt.datetime(v)
                                for v, is_open in zip(requests["completed_at"], requests["is_open"], strict=True)
                            ],
                            t("hr.working_time"): [fmt.duration(v, working=True) for v in requests["working_minutes"]],
                            t("hr.on_standard"): [
                                "–" if pd.isna(v) else t("hr.yes") if v else t("hr.no") for v in requests["on_standard"]
                            ],
                            t("hr.rework"): requests["rework_count"],
                        }
                    ),
                    f"bukti_{target.target_id}",
                )


# ---------------------------------------------------------------- appraisals, responses, self-assessments


def _self_line(row: pd.Series) -> str:
    """'Penilaian diri: hasil kerja Sesuai ekspektasi, perilaku kerja Di atas ekspektasi (predikat Baik)'."""
    return t(
        "self.self_line",
        results=hr.rating_label(row["rating_results"]),
        behaviour=hr.rating_label(row["rating_behaviour"]),
        predikat=fmt.plain(row["self_predikat"]),
    )


def _values_line(row: pd.Series) -> str:
    return " · ".join(f"{t(VALUE_KEYS[v])}: {hr.rating_label(row[v]).lower()}" for v in selfservice.BERAKHLAK)


def _show_self(container, row: pd.Series, differs: str) -> None:
    """One self-assessment; ``differs`` is the text key of the sentence shown when it differs from
    the supervisor's ratings."""
    container.markdown(_self_line(row))
    if bool(row["differs"]):
        container.markdown(t(differs))
    container.caption(_values_line(row))
    if pd.notna(row["note"]):
        container.markdown(f"**{t('self.note_short')}:** {fmt.plain(row['note'])}")


def _show_response(container, row: pd.Series) -> None:
    key = "self.response_agree" if row["response"] == "setuju" else "self.response_object"
    container.markdown(f"**{t('self.response_label')}:** {t(key)}")
    if pd.notna(row["reasons"]):
        container.markdown(f"**{t('self.reasons')}:** {fmt.plain(row['reasons'])}")
    if pd.notna(row["plan"]):
        container.markdown(f"**{t('self.plan')}:** {fmt.plain(row['plan'])}")
    container.caption(t("self.response_when", date=fmt.datetime(row["updated_at"])))


def _response_form(container, record: hr.Record, a, current: pd.Series | None, today: dt.date, days: int) -> None:
    lang = current_lang()  # in the widget keys: a form drawn in another language starts afresh
    until = selfservice.editable_until("response", a.period, days)
    with container.form(f"response_{a.period}_{lang}"):
        st.markdown(f"**{t('self.response_header')}**")
        st.caption(t("self.response_lead", until=fmt.date(until)))
        if current is not None:
            st.caption(t("self.response_when", date=fmt.datetime(current["updated_at"])))
        choice = st.radio(
            t("self.response_label"),
            selfservice.RESPONSES,
            index=selfservice.RESPONSES.index(current["response"]) if current is not None else 0,
            format_func=lambda r: t("self.response_agree" if r == "setuju" else "self.response_object"),
            horizontal=True,
            key=f"resp_kind_{a.period}_{lang}",
        )
        reasons = st.text_area(
            t("self.reasons_input"),
            value=current["reasons"] if current is not None and pd.notna(current["reasons"]) else "",
            max_chars=selfservice.MAX_TEXT,
            key=f"resp_reasons_{a.period}_{lang}",
        )
        plan = st.text_area(
            t("self.plan_input") if pd.notna(a.recommendation) else t("self.plan_input_general"),
            value=current["plan"] if current is not None and pd.notna(current["plan"]) else "",
            max_chars=selfservice.MAX_TEXT,
            key=f"resp_plan_{a.period}_{lang}",
        )
        if st.form_submit_button(t("self.response_submit"), type="primary", icon=":material/send:"):
            if choice == "keberatan" and not reasons.strip():
                st.error(t("self.reasons_needed"))
                return
            try:
                with data.transaction(commit_on=(selfservice.NotYours,)) as cursor:
                    selfservice.save_response(
                        cursor, auth.current_user(), record.nip, a.period, choice, reasons, plan, today, days
                    )
            except selfservice.Locked:
                st.error(t("self.locked_now"))
            else:
                st.session_state[FLASH] = (f"resp_{a.period}", t("self.response_thanks", period=fmt.semester(a.period)))
                st.rerun()


def _appraisal(a):
    """The supervisor's appraisal of one semester, drawn in the current (bordered) container; returns
    the right-hand column, where each page adds the employee's own words."""
    left, right = st.columns([1, 3])
    left.markdown(f"**{fmt.semester(a.period)}**")
    left.markdown(t("hr.predikat_line", predikat=fmt.plain(a.predikat)))
    right.markdown(
        t(
            "hr.ratings_line",
            results=hr.rating_label(a.rating_results),
            behaviour=hr.rating_label(a.rating_behaviour),
        )
    )
    appraiser = fmt.plain(a.appraiser_name) if pd.notna(a.appraiser_name) else "–"
    right.caption(
        t(
            "hr.appraised_by",
            name=appraiser,
            position=fmt.plain(a.appraiser_position),
            date=fmt.date(a.appraised_on) if pd.notna(a.appraised_on) else "–",
        )
    )
    if pd.notna(a.feedback):
        right.markdown(f"**{t('hr.feedback')}:** {fmt.plain(a.feedback)}")
    if pd.notna(a.recommendation):
        right.markdown(f"**{t('hr.recommendation')}:** {fmt.plain(a.recommendation)}")
    if a.predikat_disagrees:
        right.warning(
            t("hr.predikat_disagrees", recorded=fmt.plain(a.predikat_recorded), matrix=fmt.plain(a.predikat)),
            icon=":material/warning:",
        )
    return right


def _hr_appraisals(record: hr.Record, responses: pd.DataFrame, selves: pd.DataFrame) -> None:
    """Appraisals for staff: self-assessments not rated yet first, then each appraisal with the
    employee's self-assessment and response set apart from the appraiser's words."""
    appraisals = record.appraisals
    response_of = {r["period"]: r for _, r in responses.iterrows()}
    self_of = {r["period"]: r for _, r in selves.iterrows()}
    st.header(t("hr.appraisals_header"), divider="gray")
    st.caption(t("hr.appraisals_lead"))
    for period in sorted(set(self_of) - set(appraisals["period"]), reverse=True):  # not rated by the supervisor yet
        with st.container(border=True):
            left, right = st.columns([1, 3])
            left.markdown(f"**{fmt.semester(period)}**")
            left.caption(t("self.not_appraised_yet"))
            _show_self(right, self_of[period], "self.self_differs")
    if appraisals.empty:
        st.info(t("hr.not_appraised"))
    for a in appraisals.itertuples():
        with st.container(border=True):
            right = _appraisal(a)
            own = self_of.get(a.period)
            response = response_of.get(a.period)
            if own is not None or response is not None:
                right = right.container(border=True)  # the employee's own words, set apart from the appraiser's
                right.markdown(f"**{t('self.from_employee')}**")
            if own is not None:
                _show_self(right, own, "self.self_differs")
            if response is not None:
                _show_response(right, response)


def _own_appraisals(
    record: hr.Record, responses: pd.DataFrame, selves: pd.DataFrame, today: dt.date, days: int
) -> None:
    """Appraisals for the employee: each with their self-assessment and their response, or the
    response form while the appraisal is open to one."""
    appraisals = record.appraisals
    response_of = {r["period"]: r for _, r in responses.iterrows()}
    self_of = {r["period"]: r for _, r in selves.iterrows()}
    st.header(t("hr.appraisals_header"), divider="gray")
    st.caption(t("self.appraisals_lead"))
    if appraisals.empty:
        st.info(t("hr.not_appraised"))
    for a in appraisals.itertuples():
        with st.container(border=True):
            right = _appraisal(a)
            own = self_of.get(a.period)
            response = response_of.get(a.period)
            if own is not None:
                _show_self(right, own, "self.self_differs_self")
            with right:
                _flash(f"resp_{a.period}")
            if selfservice.is_locked("response", a.period, today, days):
                if response is not None:
                    _show_response(right, response)
                right.caption(
                    t("self.response_closed", date=fmt.date(selfservice.editable_until("response", a.period, days)))
                )
            else:
                _response_form(right, record, a, response, today, days)


def _rating_gaps() -> None:
    """Per unit: how often self and supervisor ratings differ, and the objections (HR, camat; a lurah: their unit)."""
    scope = auth.unit_scope()
    gaps = data.query("self_rating_gaps_by_unit", unit_id=scope)
    with st.expander(t("self.gaps_title"), icon=":material/compare_arrows:"):
        st.caption(t("self.gaps_lead"))
        if gaps.empty:
            st.info(t("self.gaps_none"))
            return
        ui.table(
            pd.DataFrame(
                {
                    t("app.unit"): gaps["unit_name"],
                    t("self.gaps_pairs"): gaps["pairs"],
                    t("self.gaps_results"): gaps["differ_results"],
                    t("self.gaps_behaviour"): gaps["differ_behaviour"],
                    t("self.gaps_any_pct"): [fmt.percent(v) for v in gaps["differ_pct"]],
                    t("self.gaps_higher"): gaps["self_higher"],
                    t("self.gaps_objections"): gaps["objections"],
                }
            ),
            "penilaian_diri_per_unit",
            column_config={t("self.gaps_any_pct"): st.column_config.TextColumn(alignment="right")},
        )


# ---------------------------------------------------------------- services handled, beside peers


def _services(record: hr.Record, lang: str) -> None:
    nip = record.nip
    st.header(t("hr.services_header"), divider="gray")
    st.caption(t("hr.services_lead"))
    services = record.services
    if services.empty:
        st.info(t("hr.services_none"))
        return
    svc_periods = services["period"].sort_values(ascending=False).tolist()
    st.selectbox(
        t("hr.semester"),
        svc_periods,
        key=ui.keep("svc_sem", svc_periods[0], svc_periods),
        on_change=ui.copy_to("svc_sem"),
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


# ---------------------------------------------------------------- consistency hints (staff)


def _hints(record: hr.Record, lang: str) -> None:
    st.header(t("hr.hints_header"), divider="gray")
    st.caption(t("hr.hints_lead"))
    hints = hr.consistency_hints(record, lang)
    if hints:
        st.markdown("\n".join(f"- {fmt.plain(sentence)}" for _, sentence in hints))
    else:
        st.info(t("hr.hints_none"))


# ---------------------------------------------------------------- Laporan Individu


@st.cache_data(show_spinner=False, max_entries=16)
def _report_file(kind: str, version: tuple, nip: str, today: dt.date, lang: str, _record, _names) -> bytes:
    """The Laporan Individu as PDF or XLSX, built once per store version, person, day and language
    (only when its download is clicked; the caller has checked who may see ``nip``)."""
    if kind == "pdf":
        return report_individual.build_pdf(_record, _names, today)
    return report_individual.build_xlsx(_record, _names, today, lang)


def _report(record: hr.Record, metric_names: dict, today: dt.date, lang: str) -> None:
    nip = record.nip
    st.header(t("hr.report_header"), divider="gray")
    st.caption(t("hr.report_lead"))
    pdf_name, xlsx_name = f"laporan_individu_{nip}.pdf", f"laporan_individu_{nip}.xlsx"
    left, right, _ = st.columns([1.4, 1.2, 1.4])
    ui.download(
        t("hr.report_pdf"),
        lambda: _report_file("pdf", data.version(), record.nip, today, "id", record, metric_names),
        pdf_name,
        ui.PDF,
        key="report_pdf",
        icon=":material/picture_as_pdf:",
        detail=f"nip:{nip}",
        where=left,
    )
    ui.download(
        t("hr.report_xlsx"),
        lambda: _report_file("xlsx", data.version(), record.nip, today, lang, record, metric_names),
        xlsx_name,
        ui.XLSX,
        key="report_xlsx",
        icon=":material/table_view:",
        detail=f"nip:{nip}",
        where=right,
    )
