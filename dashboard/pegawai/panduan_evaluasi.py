"""Panduan Evaluasi: how evaluation works, for every signed-in user, in plain words.

Every worked example and every calculator asks the store's own rule macros (capaian_aspek,
efisiensi_aspek, capaian_target, kategori_capaian, kurva_rules, predikat_kinerja, kurva_bounds,
working_minute_index on calendar_days, nilai_ikm, mutu_ikm, outcome_against_standard, funnel_limit,
funnel_flag, wilson_low/high) through queries/guide_*.sql with bound parameters: no number on this
page is copied.
"""

import datetime as dt

import pandas as pd
import streamlit as st

from dashboard.camat import logic as camat
from dashboard.core import data, fmt, rules, ui
from dashboard.core.i18n import current_lang, t
from dashboard.pegawai import hr, selfservice
from dashboard.public import logic as public

lang = current_lang()
ASPECTS = rules.ASPECTS
PREDIKAT = rules.PREDIKAT
ORG_PREDIKAT = rules.ORG_PREDIKAT
IKM_ELEMENTS = 9
#: The IKM's nine elements (U1..U9, PermenPANRB 14/2017), in order -> their names.
ELEMENT_KEYS = (
    "guide.u1",
    "guide.u2",
    "guide.u3",
    "guide.u4",
    "guide.u5",
    "guide.u6",
    "guide.u7",
    "guide.u8",
    "guide.u9",
)
#: An IKM grade (mutu) -> its letter and words.
GRADE_KEYS = {"A": "guide.mutu_A", "B": "guide.mutu_B", "C": "guide.mutu_C", "D": "guide.mutu_D"}
#: An organisation's predikat (rules.ORG_PREDIKAT) -> its name with a gloss in English.
ORG_KEYS = {
    "istimewa": "guide.org_istimewa",
    "baik": "guide.org_baik",
    "butuh_perbaikan": "guide.org_butuh_perbaikan",
    "kurang": "guide.org_kurang",
    "sangat_kurang": "guide.org_sangat_kurang",
}
#: The branch of the capaian formula (queries/guide_capaian.sql, branch; None: realisation ÷ target) -> its
#: formula and the calculator's sentence.
BRANCH_KEYS = {
    "le24": {"formula": "guide.formula_le24", "calc": "guide.calc_branch_le24"},
    "gt24": {"formula": "guide.formula_gt24", "calc": "guide.calc_branch_gt24"},
}
#: A holiday's kind (holidays.holiday_kind) -> its words inside the guide's table.
HOLIDAY_KIND_KEYS = {"public": "guide.kind_public", "cuti_bersama": "guide.kind_cuti_bersama"}

ui.header("guide.title", "guide.lead")


def capaian_table(worked: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {
            t("hr.aspect"): [hr.aspect_label(a) for a in worked["aspect"]],
            t("hr.target"): [hr.value_text(v) for v in worked["target"]],
            t("hr.realisation"): [hr.value_text(v) for v in worked["realization"]],
            t("guide.efisiensi"): [fmt.percent(v) if pd.notna(v) else "–" for v in worked["efisiensi"]],
            t("guide.formula"): [
                t(BRANCH_KEYS[b]["formula"] if pd.notna(b) else "guide.formula_ratio") for b in worked["branch"]
            ],
            t("hr.capaian"): [fmt.number(v, 2) for v in worked["capaian"]],
        }
    )


def capaian(aspects: list[str], targets: list[float], realizations: list[float]) -> pd.DataFrame:
    return data.query("guide_capaian", aspects=aspects, targets=targets, realizations=realizations)


# ---------------------------------------------------------------- 1. capaian per aspect

st.header(t("guide.capaian_header"), divider="gray")
st.markdown(t("guide.capaian_text"))
example = capaian(["kuantitas", "kualitas", "waktu", "biaya"], [1, 100, 12, 170_395_000], [1, 90, 12, 170_395_000])
st.markdown(f"**{t('guide.example_indicator')}**")
st.dataframe(capaian_table(example), hide_index=True, width="stretch")
st.markdown(
    t(
        "guide.example_indicator_result",
        parts=" + ".join(fmt.number(v, 0) for v in example["capaian"]),
        n=len(example),
        score=fmt.number(example["indicator_capaian"].iloc[0], 2),
        kategori=example["kategori"].iloc[0],
    )
)
short = capaian(["waktu"], [5], [4]).iloc[0]
long = capaian(["waktu"], [5], [2]).iloc[0]
st.markdown(
    t(
        "guide.example_waktu",
        eff=fmt.percent(short["efisiensi"], 0),
        capaian=fmt.number(short["capaian"], 2),
        eff2=fmt.percent(long["efisiensi"], 0),
        capaian2=fmt.number(long["capaian"], 2),
    )
)
st.caption(t("guide.capaian_bands"))
with st.container(border=True):
    st.markdown(f"**{t('guide.calculator')}** · {t('guide.calc_capaian')}")
    c1, c2, c3 = st.columns(3)
    aspect = c1.selectbox(t("hr.aspect"), ASPECTS, index=2, format_func=hr.aspect_label, key="calc_aspect")
    target = c2.number_input(t("hr.target"), min_value=0.01, value=5.0, step=1.0, key="calc_target")
    realization = c3.number_input(t("hr.realisation"), min_value=0.0, value=4.0, step=1.0, key="calc_real")
    mine = capaian([aspect], [target], [realization]).iloc[0]
    st.metric(t("guide.calc_capaian_result"), fmt.number(mine["capaian"], 2))
    if pd.notna(mine["branch"]):
        st.caption(t(BRANCH_KEYS[mine["branch"]]["calc"], eff=fmt.percent(mine["efisiensi"])))
        if mine["branch"] == "le24" and mine["efisiensi"] < -76:
            st.caption(t("guide.calc_floor"))
    elif realization == 0:
        st.caption(t("guide.calc_zero"))
    else:
        st.caption(t("guide.formula_ratio"))

st.subheader(t("guide.time_kpi_header"))
st.markdown(t("guide.time_kpi_text"))
with st.container(border=True):
    st.markdown(f"**{t('guide.calculator')}** · {t('guide.calc_time_kpi')}")
    c1, c2 = st.columns(2)
    kpi_target = c1.number_input(t("guide.time_kpi_target"), min_value=0.1, value=2.0, step=0.5, key="calc_kpi_target")
    kpi_median = c2.number_input(t("guide.time_kpi_median"), min_value=0.0, value=1.0, step=0.5, key="calc_kpi_median")
    kpi = data.query("guide_capaian_time", time_target=kpi_target, time_realization=kpi_median).iloc[0]
    m1, m2, m3 = st.columns(3)
    m1.metric(t("guide.efisiensi"), fmt.percent(kpi["efisiensi"]))
    m2.metric(t("guide.time_kpi_result"), fmt.number(kpi["capaian_time_kpi"], 2))
    m3.metric(t("guide.time_kpi_perka"), fmt.number(kpi["capaian_perka"], 2))
st.markdown(t("guide.logs_text"))

# ---------------------------------------------------------------- 2. predikat

st.header(t("guide.predikat_header"), divider="gray")
st.markdown(t("guide.predikat_text"))
matrix = data.query("guide_predikat_matrix")
grid = matrix.pivot(index="row_no", columns="column_no", values="predikat").sort_index()
rows_rating = matrix.drop_duplicates("row_no").sort_values("row_no")["rating_results"]
cols_rating = matrix.drop_duplicates("column_no").sort_values("column_no")["rating_behaviour"]
shown = pd.DataFrame(grid.values, columns=[t("guide.behaviour_col", rating=hr.rating_label(r)) for r in cols_rating])
shown.insert(0, t("guide.results_row"), [hr.rating_label(r) for r in rows_rating])
st.dataframe(shown, hide_index=True, width="stretch")
st.caption(t("guide.predikat_note"))
with st.container(border=True):
    st.markdown(f"**{t('guide.calculator')}** · {t('guide.calc_predikat')}")
    c1, c2 = st.columns(2)
    results = c1.selectbox(
        t("self.rate_results"), selfservice.RATINGS, index=1, format_func=hr.rating_label, key="calc_results"
    )
    behaviour = c2.selectbox(
        t("self.rate_behaviour"), selfservice.RATINGS, index=1, format_func=hr.rating_label, key="calc_behaviour"
    )
    predikat = data.query("guide_predikat", rating_results=results, rating_behaviour=behaviour)["predikat"].iloc[0]
    st.metric(t("hr.predikat"), predikat)

# ---------------------------------------------------------------- 3. kurva distribusi

st.header(t("guide.kurva_header"), divider="gray")
st.markdown(t("guide.kurva_text"))
bounds = data.query("guide_kurva_bounds")


def bound_text(row) -> str:
    names = " / ".join(row.predikat_set)
    if row.kind == "majority":
        return t("guide.bound_majority", names=names)
    parts = []
    if pd.notna(row.min_share):
        parts.append(t("guide.bound_min", pct=fmt.percent(100 * row.min_share, 0), names=names))
    if pd.notna(row.max_share):
        key = "guide.bound_none" if row.max_share == 0 else "guide.bound_max"
        parts.append(t(key, pct=fmt.percent(100 * row.max_share, 0), names=names))
    if row.need_some:
        parts.append(t("guide.bound_some", names=names))
    return "; ".join(parts)


kurva = bounds.assign(text=[bound_text(r) for r in bounds.itertuples()])
kurva = kurva.groupby("org_predikat", sort=False)["text"].agg("; ".join)
st.markdown("\n".join(t("guide.org_bounds", org=t(ORG_KEYS[p]), bounds=text) for p, text in kurva.items()))
with st.container(border=True):
    st.markdown(f"**{t('guide.calculator')}** · {t('guide.calc_kurva')}")
    org = st.selectbox(
        t("guide.org_predikat"), ORG_PREDIKAT, index=1, format_func=lambda p: t(ORG_KEYS[p]), key="calc_org"
    )
    columns = st.columns(len(PREDIKAT))
    defaults = (2, 6, 1, 1, 0)
    counts = [
        int(col.number_input(p, min_value=0, max_value=1000, value=d, step=1, key=f"calc_n_{i}"))
        for i, (col, p, d) in enumerate(zip(columns, PREDIKAT, defaults, strict=True))
    ]
    checked = data.query("guide_kurva_check", org_predikat=org, predikat_counts=counts)
    if sum(counts) == 0:
        st.info(t("guide.kurva_empty"))
    else:
        for row in checked.itertuples():
            text = t(
                "guide.kurva_line",
                rule=bound_text(row),
                pct=fmt.percent(row.share_pct),
                n=fmt.number(row.n_in_set),
                total=fmt.number(row.employees),
            )
            if row.holds:
                st.success(text, icon=":material/check_circle:")
            else:
                st.warning(text + " " + t("guide.kurva_broken"), icon=":material/warning:")

# ---------------------------------------------------------------- 4. processing time and the standard

st.header(t("guide.time_header"), divider="gray")
year = ui.today().year
calendar = data.query("calendar_year", year=year).iloc[0]
settings = data.settings()
st.markdown(
    t(
        "guide.time_text",
        hours=fmt.office_hours(settings.get("office_hours", "08:00-16:00")),
        weekdays=fmt.weekdays(settings.get("office_weekdays", "1,2,3,4,5")),
    )
)
st.markdown(
    t(
        "guide.calendar_year",
        year=year,
        working=fmt.number(calendar["working_days"]),
        public=fmt.number(calendar["public_holidays"]),
        cuti=fmt.number(calendar["cuti_bersama_days"]),
    )
)
holidays = data.query("holidays_of_year", year=year)
with st.expander(t("guide.holidays_list", year=year, n=len(holidays)), icon=":material/event:"):
    st.dataframe(
        pd.DataFrame(
            {
                t("guide.day"): [fmt.date(d) for d in holidays["day"]],
                t("guide.holiday"): holidays["holiday_name"],
                t("guide.holiday_kind"): [t(HOLIDAY_KIND_KEYS[k]) for k in holidays["holiday_kind"]],
            }
        ),
        hide_index=True,
        width="stretch",
    )
# the calculator's example: a request received the afternoon before this year's first weekday holiday
# that follows a working day, completed the morning of the next working day after it
holiday_list = [pd.Timestamp(d).date() for d in holidays["day"]]
holiday_days = set(holiday_list)
example_start, example_end = dt.date(year, 3, 12), dt.date(year, 3, 13)
for day in holiday_list:
    before = day - dt.timedelta(days=1)
    if day.weekday() < 5 and before.weekday() < 5 and before not in holiday_days and before.year == year:
        example_end = day + dt.timedelta(days=1)
        while example_end.weekday() >= 5 or example_end in holiday_days:
            example_end += dt.timedelta(days=1)
        example_start = before
        break
with st.container(border=True):
    st.markdown(f"**{t('guide.calculator')}** · {t('guide.calc_time')}")
    c1, c2, c3, c4, c5 = st.columns([1.2, 1, 1.2, 1, 1])
    start_day = c1.date_input(t("guide.received_day"), value=example_start, key="calc_recv_day", format="DD/MM/YYYY")
    start_time = c2.time_input(t("guide.received_time"), value=dt.time(15, 0), key="calc_recv_time", step=900)
    end_day = c3.date_input(t("guide.completed_day"), value=example_end, key="calc_done_day", format="DD/MM/YYYY")
    end_time = c4.time_input(t("guide.completed_time"), value=dt.time(9, 30), key="calc_done_time", step=900)
    standard = c5.number_input(
        t("guide.standard_minutes"), min_value=1, value=fmt.working_day_minutes(), step=30, key="calc_standard"
    )
    received = dt.datetime.combine(start_day, start_time)
    completed = dt.datetime.combine(end_day, end_time)
    if completed < received:
        st.warning(t("guide.time_order"), icon=":material/warning:")
    else:
        worked = data.query(
            "guide_working_time", received_at=received, completed_at=completed, standard_minutes=int(standard)
        ).iloc[0]
        if pd.isna(worked["working_minutes"]):
            st.info(t("guide.time_outside"))
        else:
            m1, m2, m3 = st.columns([1, 2, 1])
            m1.metric(t("guide.elapsed"), fmt.duration(worked["elapsed_hours"] * 60, working=False))
            m2.metric(t("guide.working"), fmt.duration(worked["working_minutes"], working=True))
            m3.metric(
                t("guide.within_standard", standard=fmt.duration(int(standard), working=True)),
                t("hr.yes") if worked["on_standard"] else t("hr.no"),
            )
            st.caption(
                t(
                    "guide.time_explained",
                    closed=fmt.number(worked["days_closed"]),
                    holidays=fmt.number(worked["holidays_between"]),
                )
            )

day = data.query("working_day")["minutes"].iloc[0]
st.markdown(t("guide.day_text", day=fmt.duration(day, working=False), minutes=fmt.number(day)))
span = data.query("calendar_span").iloc[0]
st.markdown(t("guide.outside_text", first=fmt.date(span["first_day"]), last=fmt.date(span["last_day"])))

# ---------------------------------------------------------------- transfers (mutasi)

st.header(t("guide.postings_header"), divider="gray")
st.markdown(t("guide.postings_text", moved=fmt.number(data.query("guide_postings")["moved"].iloc[0])))

# ---------------------------------------------------------------- 5. IKM

st.header(t("guide.ikm_header"), divider="gray")
st.markdown(t("guide.ikm_text"))
all_four = data.query("guide_ikm", nrr=[4.0] * IKM_ELEMENTS).iloc[0]
st.markdown(
    t(
        "guide.ikm_example",
        ikm=fmt.number(all_four["ikm"], 2),
        mutu=all_four["mutu"],
        rounded=fmt.number(all_four["ikm_rounded_weight"], 2),
    )
)
st.caption(t("guide.ikm_grades"))
with st.container(border=True):
    st.markdown(f"**{t('guide.calculator')}** · {t('guide.calc_ikm')}")
    columns = st.columns(IKM_ELEMENTS)
    defaults = (3.2, 3.1, 2.9, 3.6, 3.3, 3.2, 3.4, 3.0, 2.8)
    nrr = [
        float(col.number_input(f"U{i + 1}", 1.0, 4.0, value=d, step=0.1, key=f"calc_u{i + 1}", help=t(ELEMENT_KEYS[i])))
        for i, (col, d) in enumerate(zip(columns, defaults, strict=True))
    ]
    ikm = data.query("guide_ikm", nrr=nrr).iloc[0]
    m1, m2 = st.columns(2)
    m1.metric(t("guide.ikm"), fmt.number(ikm["ikm"], 2))
    m2.metric(t("guide.mutu"), t(GRADE_KEYS[ikm["mutu"]]))
st.markdown(t("guide.ikm_sample_text"))
with st.container(border=True):
    st.markdown(f"**{t('guide.calculator')}** · {t('guide.calc_ikm_sample')}")
    c1, c2, c3 = st.columns(3)
    population = c1.number_input(t("guide.population"), min_value=1, value=1000, step=100, key="calc_population")
    respondents = c2.number_input(t("guide.respondents"), min_value=0, value=250, step=10, key="calc_respondents")
    sample = data.query("guide_ikm_sample", population=int(population), respondents=int(respondents)).iloc[0]
    c3.metric(t("guide.min_sample"), fmt.number(sample["min_sample"]))
    if sample["indicative"]:
        st.warning(t("guide.sample_indicative"), icon=":material/warning:")
    else:
        st.success(t("guide.sample_ok"), icon=":material/check_circle:")

# ---------------------------------------------------------------- 6. open requests, running periods, before/after

st.header(t("guide.open_header"), divider="gray")
st.markdown(t("guide.open_text"))
with st.container(border=True):
    st.markdown(f"**{t('guide.calculator')}** · {t('guide.calc_open')}")
    # the store's "now" (the last time recorded), with nothing typed yet
    now = data.query("guide_open_request", received_at=None, as_of=None, standard_minutes=None)["data_end"].iloc[0]
    as_of_default = pd.Timestamp(now).to_pydatetime() if pd.notna(now) else dt.datetime.combine(ui.today(), dt.time(9))
    c1, c2, c3, c4 = st.columns([1.2, 1, 1.2, 1])
    open_day = c1.date_input(
        t("guide.received_day"), value=(as_of_default - dt.timedelta(days=3)).date(), key="calc_open_day",
        format="DD/MM/YYYY",
    )  # fmt: skip
    open_time = c2.time_input(t("guide.received_time"), value=dt.time(10, 0), key="calc_open_time", step=900)
    as_of_day = c3.date_input(
        t("guide.as_of_day"), value=as_of_default.date(), key="calc_asof_day", format="DD/MM/YYYY"
    )
    open_standard = c4.number_input(
        t("guide.standard_minutes"), min_value=1, value=480, step=30, key="calc_open_standard"
    )
    opened = dt.datetime.combine(open_day, open_time)
    as_of = dt.datetime.combine(as_of_day, as_of_default.time() if as_of_day == as_of_default.date() else dt.time(16))
    if as_of < opened:
        st.warning(t("guide.time_order"), icon=":material/warning:")
    else:
        state = data.query("guide_open_request", received_at=opened, as_of=as_of, standard_minutes=int(open_standard))
        state = state.iloc[0]
        if pd.isna(state["working_minutes_so_far"]):
            st.info(t("guide.time_outside"))
        else:
            m1, m2 = st.columns(2)
            m1.metric(t("guide.open_so_far"), fmt.duration(state["working_minutes_so_far"], working=True))
            missed = pd.notna(state["meets_standard"]) and not bool(state["meets_standard"])
            m2.metric(t("guide.open_outcome"), t("guide.open_miss") if missed else t("guide.open_unknown"))
            st.caption(t("guide.open_miss_why") if missed else t("guide.open_unknown_why"))
    if pd.notna(now):
        st.caption(t("guide.open_as_of_note", data_end=fmt.date(pd.Timestamp(now).date())))

# ---------------------------------------------------------------- 7. small numbers in public figures


def merged_text(cells: list[int]) -> str:
    """The bars the public slides would show for these counts, as one line."""
    frame = pd.DataFrame(
        {"name": [t("guide.suppress_cell", i=i + 1) for i in range(len(cells))], "n": cells, "is_office": False}
    )
    shown = public.merge_small(frame, t("public.others_services"))
    return " · ".join(f"{r.name}: {fmt.number(r.n)}" for r in shown.itertuples())


st.header(t("guide.suppress_header"), divider="gray")
st.markdown(t("guide.suppress_text", n=public.MIN_N))
st.markdown(t("guide.suppress_example", shown=merged_text([12, 9, 3])))
with st.container(border=True):
    st.markdown(f"**{t('guide.calculator')}** · {t('guide.calc_suppress')}")
    typed = st.text_input(t("guide.suppress_counts"), value="25, 14, 8, 3", key="calc_cells")
    try:
        cells = [int(part) for part in typed.replace(";", ",").split(",") if part.strip()]
    except ValueError:
        cells = []
    if not cells or min(cells) < 0:
        st.info(t("guide.suppress_bad"))
    elif sum(cells) < public.MIN_N:
        st.info(t("guide.suppress_all", n=public.MIN_N))
    else:
        st.success(t("guide.suppress_shown", shown=merged_text(cells), total=fmt.number(sum(cells))))

# ---------------------------------------------------------------- 8. fair unit comparison (funnel plot)

st.header(t("guide.funnel_header"), divider="gray")
st.markdown(
    t(
        "guide.funnel_text",
        min=fmt.number(camat.FUNNEL["min_volume"]),
        winsor=fmt.percent(camat.FUNNEL["winsor"] * 100, decimals=0),
        min_units=fmt.number(camat.FUNNEL["min_units"]),
        ratio=fmt.number(camat.SLOWER_RATIO, 2),
        gap=fmt.number(hr.HINT_GAP, 0),
    )
)


def funnel_point(n: int, k: int, expected: float, target: float, phi: float) -> pd.Series:
    """One unit on the funnel plot by the store's macros (queries/guide_funnel.sql); shares as fractions."""
    params = {key: camat.FUNNEL[key] for key in ("tail95", "tail998", "z95", "min_volume")}
    return data.query("guide_funnel", n=n, k=k, expected=expected, target_share=target, phi=phi, **params).iloc[0]


# the worked example: easy service 90 %, hard 40 %, the kecamatan half and half (65 %); unit A only easy
crude = funnel_point(100, 90, 0.65, 0.65, 1.0)
fair = funnel_point(100, 90, 0.90, 0.65, 1.0)
st.markdown(
    t(
        "guide.funnel_example",
        easy=fmt.percent(90, 0),
        hard=fmt.percent(40, 0),
        p=fmt.percent(65, 0),
        crude=camat.flag_label(crude["flag"]),
        adjusted=fmt.percent(fair["adjusted"] * 100),
        flag=camat.flag_label(fair["flag"]),
        diff=fmt.number(fair["diff"] * 100, 1),
    )
)
with st.container(border=True):
    st.markdown(f"**{t('guide.calculator')}** · {t('guide.calc_funnel')}")
    c1, c2, c3, c4, c5 = st.columns(5)
    n_typed = c1.number_input(t("guide.funnel_n"), min_value=1, max_value=100_000, value=150, step=10, key="calc_fn")
    k_typed = c2.number_input(t("guide.funnel_k"), min_value=0, max_value=100_000, value=105, step=5, key="calc_fk")
    expected_typed = c3.number_input(
        t("guide.funnel_expected"), min_value=1.0, max_value=100.0, value=82.0, step=1.0, key="calc_fe"
    )
    target_typed = c4.number_input(
        t("guide.funnel_target"), min_value=1.0, max_value=99.0, value=80.0, step=1.0, key="calc_ft"
    )
    phi_typed = c5.number_input(
        t("guide.funnel_phi"), min_value=1.0, max_value=50.0, value=1.0, step=0.5, key="calc_fp"
    )
    if k_typed > n_typed:
        st.warning(t("guide.funnel_k_too_many"), icon=":material/warning:")
    else:
        unit = funnel_point(int(n_typed), int(k_typed), expected_typed / 100, target_typed / 100, float(phi_typed))
        m1, m2, m3 = st.columns([1, 2, 1])
        m1.metric(t("guide.funnel_point"), fmt.percent(unit["adjusted"] * 100))
        m2.metric(t("guide.funnel_flag"), camat.flag_label(unit["flag"]))
        m3.metric(t("guide.funnel_diff"), fmt.number(unit["diff"] * 100, 1))
        st.markdown(
            t(
                "guide.funnel_result",
                low95=fmt.percent(unit["lower95"] * 100),
                high95=fmt.percent(unit["upper95"] * 100),
                low998=fmt.percent(unit["lower998"] * 100),
                high998=fmt.percent(unit["upper998"] * 100),
                range=t(
                    "camat.diff_interval",
                    diff=fmt.number(unit["diff"] * 100, 1),
                    low=fmt.number(unit["diff_low"] * 100, 1),
                    high=fmt.number(unit["diff_high"] * 100, 1),
                ),
            )
        )

ui.footnote(t("guide.footnote"))
