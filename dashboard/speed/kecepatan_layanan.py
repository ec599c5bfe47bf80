"""Kecepatan Layanan: how fast and how accurately requests are handled, and what the policy changed."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from dashboard.access import auth, signin
from dashboard.core import charts, data, fmt, periods, ui
from dashboard.core.i18n import current_lang, t
from dashboard.speed import charts as charts_speed
from dashboard.speed import logic as speed

lang = current_lang()
CHANNELS = ["", *speed.CHANNEL_KEYS]


# ---------------------------------------------------------------- period helpers


@st.cache_data(show_spinner=False, max_entries=32)
def before_after_result(version, event_iso: str, window: int, unit_id, channel, measure: str, services: tuple):
    """speed.before_after for one choice of event, window and filters; the block bootstrap takes about
    a second, so it runs once per store version and choice, not at every rerun."""
    params = dict(event_date=dt.date.fromisoformat(event_iso), window_months=window, unit_id=unit_id, channel=channel)
    figures = data.query("before_after_by_service", **params)
    if services:
        figures = figures[figures["service_id"].isin(services)]
    samples = data.query("before_after_samples", cap=speed.SAMPLE_CAP, seed=speed.SEED, **params)
    return speed.before_after(figures, samples, measure=measure)


def range_label(value: str) -> str:
    return fmt.semester(value, lang) if "-S" in value else fmt.month(periods.parse_month_or_semester(value), lang)


def duration(minutes, working: bool) -> str:
    return fmt.duration(minutes, working, lang)


@dataclass(frozen=True)
class View:
    """What the filters chose: the period, the comparison period and the selection of logs."""

    unit_id: str | None
    selected_services: list[str]
    channel: str
    measure: str
    date_from: dt.date
    date_to: dt.date
    prev_from: dt.date

    @property
    def working(self) -> bool:
        return self.measure == "working"

    @property
    def filters(self) -> dict:
        """The parameters every period query takes."""
        return dict(
            date_from=self.date_from,
            date_to=self.date_to,
            unit_id=self.unit_id,
            service_ids=self.selected_services,
            channel=self.channel or None,
        )


@dataclass(frozen=True)
class Reference:
    """The store's services, their colours and the policy events, shared by every section."""

    services: pd.DataFrame
    names: dict
    colours: dict
    events_frame: pd.DataFrame
    events: list


def reference() -> Reference:
    services = data.query("service_standards")
    events_frame = data.query("policy_events")
    return Reference(
        services=services,
        names=dict(zip(services["service_id"], services["name"], strict=True)),
        colours=charts.colour_map(services["service_id"]),
        events_frame=events_frame,
        events=list(zip(events_frame["event_date"], events_frame["label"], strict=True)),
    )


# ---------------------------------------------------------------- filters


def choose_view(available: pd.DataFrame, names: dict) -> View:
    """The filter row (unit from the sidebar or the user's scope, range, services, channel, measure),
    mirrored into the URL."""
    scope = auth.unit_scope()
    unit_id = scope or ui.unit_filter()
    signin.require_unit(unit_id)

    top = st.columns([1, 3])
    grain = (
        top[0].segmented_control(
            t("speed.grain"),
            ["month", "semester"],
            key=ui.keep("sp_grain", "month", ["month", "semester"]),
            format_func=lambda g: t(speed.GRAIN_KEYS[g]),
            on_change=ui.copy_to("sp_grain"),
        )
        or st.session_state["sp_grain"]
    )
    if grain == "semester":
        options = sorted(available["period"].unique().tolist())
        default_from, default_to = options[max(0, len(options) - 2)], options[-1]
    else:
        options = [m.strftime("%Y-%m") for m in available["month"]]
        default_from, default_to = options[max(0, len(options) - 12)], options[-1]
    start = ui.url_state("sp_from", default_from, options)
    end = ui.url_state("sp_to", default_to, options)
    if options.index(start) > options.index(end):
        start, end = end, start
    st.session_state["w_sp_range"] = (start, end)

    def _range_changed() -> None:
        value = st.session_state["w_sp_range"]  # AppTest may hand back a single option here
        if isinstance(value, (tuple, list)) and len(value) == 2:
            st.session_state["sp_from"], st.session_state["sp_to"] = value

    if len(options) > 1:
        top[1].select_slider(
            t("speed.range"), options, key="w_sp_range", format_func=range_label, on_change=_range_changed
        )
    else:
        top[1].markdown(f"**{t('speed.range')}**: {range_label(start)}")

    row = st.columns([3, 1, 1.3])
    service_ids = [s for s in st.query_params.get("sp_svc", "").split(",") if s in names]
    if "sp_svc" not in st.session_state:
        st.session_state["sp_svc"] = service_ids
    st.session_state["w_sp_svc"] = [s for s in st.session_state["sp_svc"] if s in names]
    row[0].multiselect(
        t("speed.services"),
        list(names),
        key="w_sp_svc",
        format_func=lambda s: names[s],
        placeholder=t("speed.all_services"),
        on_change=ui.copy_to("sp_svc"),
    )
    selected_services: list[str] = list(st.session_state["sp_svc"])
    channel = row[1].selectbox(
        t("speed.channel"),
        CHANNELS,
        key=ui.keep("sp_ch", "", CHANNELS),
        format_func=lambda c: t(speed.CHANNEL_KEYS[c]) if c else t("speed.all_channels"),
        on_change=ui.copy_to("sp_ch"),
    )
    measure = (
        row[2].segmented_control(
            t("speed.measure"),
            list(speed.MEASURES),
            key=ui.keep("sp_measure", "working", list(speed.MEASURES)),
            format_func=lambda m: t(speed.MEASURE_KEYS[m]["name"]),
            help=t("speed.measure_help"),
            on_change=ui.copy_to("sp_measure"),
        )
        or st.session_state["sp_measure"]
    )
    st.query_params["sp_svc"] = ",".join(selected_services)
    if not selected_services:
        st.query_params.pop("sp_svc", None)
    ui.write_url("sp_grain", "sp_from", "sp_to", "sp_ch", "sp_measure")
    if scope:
        units = data.query("units")
        st.caption(
            t("speed.unit_scope", unit=dict(zip(units["unit_id"], units["name"], strict=True)).get(scope, scope))
        )

    date_from = periods.parse_month_or_semester(start)
    date_to = periods.add_months(periods.parse_month_or_semester(end), 6 if grain == "semester" else 1)
    span_months = (date_to.year - date_from.year) * 12 + date_to.month - date_from.month
    prev_from = periods.add_months(date_from, -span_months)
    return View(unit_id, selected_services, channel, measure, date_from, date_to, prev_from)


# ---------------------------------------------------------------- 1. headline


def headline(view: View, ref: Reference) -> None:
    st.subheader(t("speed.headline"))
    spans = data.query("speed_headline", prev_from=view.prev_from, measure=view.measure, **view.filters)
    now, before = spans.set_index("span").loc["current"], spans.set_index("span").loc["previous"]

    def count_delta(column: str) -> str | None:
        if before["received"] == 0:
            return None
        diff = int(now[column] - before[column])
        return ("+" if diff > 0 else "") + fmt.number(diff)

    def time_delta(column: str) -> str | None:
        if pd.isna(now[column]) or pd.isna(before[column]) or before[column] <= 0:
            return None
        change = (now[column] / before[column] - 1) * 100
        return ("+" if change > 0 else "") + fmt.percent(change, 1)

    def points_delta(column: str) -> str | None:
        if pd.isna(now[column]) or pd.isna(before[column]):
            return None
        diff = now[column] - before[column]
        return t("speed.delta_points", x=("+" if diff > 0 else "") + fmt.number(diff, 1))

    # speed first, three wide columns (durations such as "2 jam 10 menit" need the width), then volume
    cols = st.columns(3)
    cols[0].metric(
        t("speed.median_of", measure=t(speed.MEASURE_KEYS[view.measure]["words"])),
        duration(now["median_minutes"], view.working),
        time_delta("median_minutes"),
        delta_color="inverse",
    )
    cols[1].metric(
        t("speed.p90"), duration(now["p90_minutes"], view.working), time_delta("p90_minutes"), delta_color="inverse"
    )
    cols[2].metric(t("speed.on_standard"), fmt.percent(now["on_standard_share"]), points_delta("on_standard_share"))
    cols = st.columns(4)
    cols[0].metric(t("speed.received"), fmt.number(now["received"]), count_delta("received"), delta_color="off")
    cols[1].metric(t("speed.completed"), fmt.number(now["completed"]), count_delta("completed"), delta_color="off")
    cols[2].metric(
        t("speed.rework"), fmt.percent(now["rework_share"]), points_delta("rework_share"), delta_color="inverse"
    )
    cols[3].metric(t("speed.backlog"), fmt.number(now["still_open"]))
    for note in speed.period_notes(now, view.date_to, lang):
        st.warning(note, icon=":material/info:")
    st.caption(
        t(
            "speed.vs_previous",
            period=t("speed.period_words"),
            start=fmt.date(view.prev_from),
            end=fmt.date(view.date_from - dt.timedelta(days=1)),
        )
    )


# ---------------------------------------------------------------- 2. distributions


def distributions(view: View, ref: Reference) -> None:
    dist = data.query("speed_distribution_by_service", measure=view.measure, **view.filters)
    if dist.empty:
        st.info(t("common.no_data"))
    else:
        longest = dist.sort_values("median_minutes").iloc[-1]
        dist_table = pd.DataFrame(
            {
                t("speed.col_service"): dist["service_name"],
                t("speed.col_n"): dist["n"],
                t("speed.col_standard"): [duration(m, True) for m in dist["standard_minutes"]],
                t("speed.col_p10"): [duration(m, view.working) for m in dist["p10_minutes"]],
                t("speed.col_p25"): [duration(m, view.working) for m in dist["p25_minutes"]],
                t("speed.col_median"): [duration(m, view.working) for m in dist["median_minutes"]],
                t("speed.col_p75"): [duration(m, view.working) for m in dist["p75_minutes"]],
                t("speed.col_p90"): [duration(m, view.working) for m in dist["p90_minutes"]],
                t("speed.col_mean"): [duration(m, view.working) for m in dist["mean_minutes"]],
                t("speed.col_1h"): dist["within_1h"].round(1),
                t("speed.col_1d"): dist["within_1d"].round(1),
                t("speed.col_3d"): dist["within_3d"].round(1),
                t("speed.col_on_standard"): dist["on_standard_share"].round(1),
            }
        )
        ui.chart(
            ui.figure(charts_speed.distribution_box, dist, view.measure, lang, ref.colours),
            t(
                "speed.dist_alt",
                service=longest["service_name"],
                median=duration(longest["median_minutes"], view.working),
            ),
        )
        ecdf = data.query("speed_ecdf_by_service", measure=view.measure, **view.filters)
        ui.chart(
            ui.figure(charts_speed.ecdf_chart, ecdf, view.measure, lang, ref.names, ref.colours), t("speed.ecdf_alt")
        )
        ui.table(dist_table, "sebaran_waktu_proses")


# ---------------------------------------------------------------- 3. trends


@st.fragment  # its own choice re-runs this section only
def trends(view: View, ref: Reference) -> None:
    monthly = data.query("speed_monthly_by_service", measure=view.measure, **view.filters)
    if monthly.empty:
        st.info(t("common.no_data"))
    else:
        present = [s for s in ref.names if s in set(monthly["service_id"].dropna())]
        focus_key = ui.keep("sp_trend", present[0], present)
        focus = st.selectbox(
            t("speed.trend_service"),
            present,
            key=focus_key,
            format_func=lambda s: ref.names[s],
            on_change=ui.copy_to("sp_trend"),
        )
        ui.write_url("sp_trend")
        one = monthly[monthly["service_id"] == focus]
        standard = ref.services.set_index("service_id").loc[focus, "standard_minutes"]
        unit = t(speed.MEASURE_KEYS[view.measure]["unit"])
        ui.chart(
            ui.figure(
                charts_speed.trend_chart,
                one,
                view.measure,
                lang,
                ref.names[focus],
                standard,
                ref.events,
                ref.colours[focus],
            ),
            t(
                "speed.trend_alt",
                service=ref.names[focus],
                first=duration(one["median_minutes"].iloc[0], view.working),
                first_month=fmt.month(one["month"].iloc[0], lang),
                last=duration(one["median_minutes"].iloc[-1], view.working),
                last_month=fmt.month(one["month"].iloc[-1], lang),
            ),
            pd.DataFrame(
                {
                    t("speed.col_month"): [fmt.month(m, lang) for m in one["month"]],
                    t("speed.col_n"): one["n"],
                    t("speed.col_median_in", unit=unit): one["median_minutes"].round(1),
                    t("speed.col_p90_in", unit=unit): one["p90_minutes"].round(1),
                    t("speed.col_on_standard"): one["on_standard_share"].round(1),
                }
            ),
            "tren_layanan",
        )
        overall = monthly[monthly["service_id"].isna()]
        ui.chart(
            ui.figure(charts_speed.share_trend_chart, monthly, lang, ref.names, ref.colours, ref.events),
            t(
                "speed.share_alt",
                first=fmt.percent(overall["on_standard_share"].iloc[0]),
                first_month=fmt.month(overall["month"].iloc[0], lang),
                last=fmt.percent(overall["on_standard_share"].iloc[-1]),
                last_month=fmt.month(overall["month"].iloc[-1], lang),
            ),
            pd.DataFrame(
                {
                    t("speed.col_month"): [fmt.month(m, lang) for m in overall["month"]],
                    t("speed.col_n"): overall["n_with_standard"],
                    t("speed.col_on_standard"): overall["on_standard_share"].round(1),
                }
            ),
            "sesuai_standar_bulanan",
        )


# ---------------------------------------------------------------- 4. when work arrives


def when_work_arrives(view: View, ref: Reference) -> None:
    cells = data.query("speed_weekday_hour", **view.filters, measure=view.measure)
    if cells.empty:
        st.info(t("common.no_data"))
    else:
        day_names = {d: fmt.weekdays(str(d), lang) for d in range(1, 8)}
        busiest = cells.sort_values("arrivals_per_day").iloc[-1]
        arrivals_hover = [
            f"{day_names[r.weekday]} {r.hour:02d}.00<br>{fmt.number(r.arrivals_per_day, 1)} "
            f"{t('speed.arrivals_per_day')}<br>n = {fmt.number(r.arrivals)}"
            for r in cells.itertuples()
        ]
        time_hover = [
            f"{day_names[r.weekday]} {r.hour:02d}.00<br>{t('speed.col_median')}: "
            f"{duration(r.median_minutes, view.working)}<br>n = {fmt.number(r.completed)}"
            for r in cells.itertuples()
        ]
        cell_table = pd.DataFrame(
            {
                t("speed.col_weekday"): [day_names[d] for d in cells["weekday"]],
                t("speed.col_hour"): cells["hour"],
                t("speed.col_arrivals"): cells["arrivals"],
                t("speed.col_per_day"): cells["arrivals_per_day"].round(2),
                t("speed.col_median"): [duration(m, view.working) for m in cells["median_minutes"]],
            }
        )
        ui.chart(
            ui.figure(
                charts_speed.weekday_hour_heatmap,
                cells,
                "arrivals_per_day",
                t("speed.arrivals_chart"),
                t("speed.arrivals_per_day"),
                arrivals_hover,
                lang,
            ),
            t(
                "speed.when_alt",
                day=day_names[int(busiest["weekday"])],
                hour=f"{int(busiest['hour']):02d}",
                n=fmt.number(busiest["arrivals_per_day"], 1),
            ),
            cell_table,
            "kedatangan_hari_jam",
        )
        ui.chart(
            ui.figure(
                charts_speed.weekday_hour_heatmap,
                cells.assign(hours=cells["median_minutes"] / 60),
                "hours",
                t("speed.time_chart"),
                t(speed.MEASURE_KEYS[view.measure]["axis"]),
                time_hover,
                lang,
                reverse=True,
            ),
            t("speed.measure_help"),
        )


# ---------------------------------------------------------------- 5. backlog ageing


def backlog_ageing(view: View, ref: Reference) -> None:
    backlog_filters = dict(unit_id=view.unit_id, service_ids=view.selected_services, channel=view.channel or None)
    ageing = data.query("speed_backlog_ageing", **backlog_filters)
    if ageing.empty:
        st.info(t("speed.no_backlog"))
    else:
        st.caption(t("speed.backlog_lead", as_of=fmt.datetime(ageing["as_of"].iloc[0], lang)))
        per_unit = ageing.groupby("unit_name")["n"].sum().sort_values()
        late = int(ageing.loc[ageing["bucket"].isin(["upto_2x", "upto_5x", "over_5x"]), "n"].sum())
        ui.chart(
            ui.figure(charts_speed.backlog_bars, ageing, lang),
            t(
                "speed.backlog_alt",
                n=fmt.number(ageing["n"].sum()),
                late=fmt.number(late),
                unit=per_unit.index[-1],
                unit_n=fmt.number(per_unit.iloc[-1]),
            ),
            pd.DataFrame(
                {
                    t("speed.col_unit"): ageing["unit_name"],
                    t("speed.col_service"): ageing["service_name"],
                    t("speed.col_bucket"): [t(speed.BUCKET_KEYS[b]) for b in ageing["bucket"]],
                    t("speed.col_n"): ageing["n"],
                }
            ),
            "umur_tunggakan",
        )
        st.markdown(f"**{t('speed.oldest')}**")
        with_names = auth.can_see_names()
        oldest = data.query("speed_backlog_oldest", with_names=with_names, max_rows=25, **backlog_filters)
        oldest_table = pd.DataFrame(
            {
                t("speed.col_request"): oldest["request_id"],
                t("speed.col_service"): oldest["service_name"],
                t("speed.col_unit"): oldest["unit_name"],
                t("speed.col_channel"): [
                    t(speed.CHANNEL_KEYS[c]) if isinstance(c, str) else "–" for c in oldest["channel"]
                ],
                t("speed.col_received"): [fmt.datetime(d, lang) for d in oldest["received_at"]],
                t("speed.col_age_working"): [duration(m, True) for m in oldest["age_working_minutes"]],
                t("speed.col_age_elapsed"): [duration(m, False) for m in oldest["age_elapsed_minutes"]],
                t("speed.col_times_standard"): oldest["times_standard"].round(1),
            }
        )
        if with_names:
            oldest_table[t("speed.col_handler")] = oldest["handler_name"].fillna("–")
        else:
            st.caption(t("speed.names_hidden"))
        ui.table(oldest_table, "tunggakan_tertua")


# ---------------------------------------------------------------- 6. accuracy


@st.fragment  # its own choice re-runs this section only
def accuracy(view: View, ref: Reference) -> None:
    rework = data.query("speed_rework", **view.filters)
    if rework.empty:
        st.info(t("common.no_data"))
    else:
        dims = ["service", "unit"]
        dim_key = ui.keep("sp_rw", "service", dims)
        dim = (
            st.segmented_control(
                t("speed.rework_dim"),
                dims,
                key=dim_key,
                format_func=lambda d: t(speed.REWORK_BY_KEYS[d]),
                on_change=ui.copy_to("sp_rw"),
            )
            or st.session_state["sp_rw"]
        )
        ui.write_url("sp_rw")
        chosen = rework[rework["dim"] == dim]
        totals = chosen[chosen["month"].isna()].sort_values("rework_share", ascending=False)
        worst = totals.iloc[0]
        ui.chart(
            ui.figure(charts_speed.rework_heatmap, chosen[chosen["month"].notna()], lang),
            t(
                "speed.rework_alt",
                name=worst["name"],
                share=fmt.percent(worst["rework_share"]),
                n=fmt.number(worst["n"]),
            ),
        )
        rework_table = pd.DataFrame(
            {
                t(speed.REWORK_BY_KEYS[dim]): totals["name"],
                t("speed.col_n"): totals["n"],
                t("speed.col_rework_n"): totals["n_rework"],
                t("speed.col_rework_share"): totals["rework_share"].round(1),
            }
        )
        ui.table(rework_table, "perbaikan_berkas")


# ---------------------------------------------------------------- 7. before and after the policy


@st.fragment  # its own choice re-runs this section only
def before_after(view: View, ref: Reference) -> None:
    if ref.events_frame.empty:
        st.info(t("speed.no_events"))
    else:
        event_options = [d.isoformat() for d in ref.events_frame["event_date"]]
        labels = dict(zip(event_options, ref.events_frame["label"], strict=True))
        windows = ["3", "6", "12"]
        left, right = st.columns([3, 1])
        event_key = ui.keep("sp_event", event_options[0], event_options)
        event_iso = left.selectbox(
            t("speed.ba_event"),
            event_options,
            key=event_key,
            format_func=lambda d: f"{fmt.date(dt.date.fromisoformat(d), lang)} — {labels[d]}",
            on_change=ui.copy_to("sp_event"),
        )
        window_key = ui.keep("sp_win", "6", windows)
        window = right.selectbox(t("speed.ba_window"), windows, key=window_key, on_change=ui.copy_to("sp_win"))
        ui.write_url("sp_event", "sp_win")
        event_date = dt.date.fromisoformat(event_iso)
        ba_params = dict(
            event_date=event_date, window_months=int(window), unit_id=view.unit_id, channel=view.channel or None
        )
        figures = data.query("before_after_by_service", **ba_params)
        if view.selected_services:
            figures = figures[figures["service_id"].isin(view.selected_services)]
        before_from = periods.add_months(event_date, -int(window))
        after_to = periods.add_months(event_date, int(window))
        st.caption(
            t(
                "speed.ba_lead",
                measure=t(speed.MEASURE_KEYS[view.measure]["words"]),
                months=window,
                date=fmt.date(event_date, lang),
                before_period=f"{fmt.date(before_from, lang)} – {fmt.date(event_date - dt.timedelta(days=1), lang)}",
                after_period=f"{fmt.date(event_date, lang)} – {fmt.date(after_to - dt.timedelta(days=1), lang)}",
                resamples=fmt.number(speed.N_RESAMPLES),
                min_n=speed.MIN_N,
            )
        )
        if figures.empty or not ((figures["n_before"] > 0) & (figures["n_after"] > 0)).any():
            st.info(t("common.no_data"))
        else:
            result = before_after_result(data.version(), event_iso, int(window), view.unit_id, view.channel or None,
                                  view.measure, tuple(view.selected_services))  # fmt: skip
            st.markdown(f"**{speed.overall_sentence(result.overall, view.measure, lang)}**")
            for note in speed.window_notes(figures, ref.events_frame, event_date, lang):
                st.warning(note, icon=":material/info:")
            table = result.services
            if table["comparable"].any():
                ui.chart(
                    ui.figure(charts_speed.dumbbell_chart, table, view.measure, lang, labels[event_iso]),
                    t("speed.ba_alt"),
                )
            st.markdown("\n".join(f"- {speed.change_sentence(r, view.measure, lang)}" for r in table.itertuples()))
            ba_table = pd.DataFrame(
                {
                    t("speed.col_service"): table["service_name"],
                    t("speed.col_n_before"): table["n_before"],
                    t("speed.col_n_after"): table["n_after"],
                    t("speed.col_median_before"): [duration(m, view.working) for m in table["median_before"]],
                    t("speed.col_median_after"): [duration(m, view.working) for m in table["median_after"]],
                    t("speed.col_change"): (table["change"] * 100).round(1),
                    t("speed.col_ci_low"): (table["ci_low"] * 100).round(1),
                    t("speed.col_ci_high"): (table["ci_high"] * 100).round(1),
                    t("speed.col_std_before"): table["on_standard_before"].round(1),
                    t("speed.col_std_after"): table["on_standard_after"].round(1),
                }
            )
            ui.table(ba_table, "sebelum_sesudah")


# ---------------------------------------------------------------- the sections as tabs

# Tab -> (its label, the section). Only the open tab runs and is sent (lazy tabs): a visit draws the
# headline and one section, not nine charts; the open tab lives in the URL (sp_tab) like every filter.
SECTIONS = {
    "distribution": ("speed.dist_title", distributions),
    "trend": ("speed.trend_title", trends),
    "arrivals": ("speed.when_title", when_work_arrives),
    "backlog": ("speed.backlog_title", backlog_ageing),
    "rework": ("speed.rework_title", accuracy),
    "policy": ("speed.ba_title", before_after),
}


def sections(view: View, ref: Reference) -> None:
    """The six sections as tabs; only the open one runs."""
    ui.lazy_tabs(
        "sp_tab", {name: (key, functools.partial(section, view, ref)) for name, (key, section) in SECTIONS.items()}
    )


# ---------------------------------------------------------------- the page

ui.header("speed.title", "speed.lead")
available = data.query("speed_months")
if available.empty:
    st.info(t("speed.no_logs"))
    ui.footnote()
else:
    ref = reference()
    view = choose_view(available, ref.names)
    headline(view, ref)
    sections(view, ref)
    ui.footnote(
        t(
            "speed.footnote",
            start=fmt.date(view.date_from, lang),
            end=fmt.date(view.date_to - dt.timedelta(days=1), lang),
        )
    )
