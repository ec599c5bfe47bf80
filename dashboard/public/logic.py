"""The content of the Forum Publik slides: figures, suppression and the words.

Safe to show (the public privacy rule): the queries behind the slides (queries/public_*.sql and the
shared before_after_* queries) return no name, no NIP and no per-employee figure, and every
figure passes through ``suppress``: a figure computed from fewer than ``MIN_N`` requests or
respondents is replaced by "data terlalu sedikit". The honest-comparison rules (rule 7) come
from ``dashboard.speed.before_after``: the same services on both sides, a fixed service mix
for the overall figures, n shown.

Everything here is plain Python over small query results, with no Streamlit, so the page,
the PDF/PNG deck (dashboard.deck) and the tests build the same slides::

    q = lambda name, **params: data.query(name, **params)      # or queries.run(cursor, ...)
    slides = public.build_slides(q, public.Settings(event_date, label, "working", 6, today), "id")
    slides[0].headline    # 'Pengurusan Dispensasi Nikah kini umumnya selesai dalam ...'
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from dashboard.core import fmt
from dashboard.core.i18n import t
from dashboard.core.periods import add_months, month_start  # as DuckDB's date + months: captions match the SQL
from dashboard.datamgmt import contract
from dashboard.public import charts as charts_public
from dashboard.speed import logic as speed

#: The public privacy rule (docs/DESIGN.md): no public figure from fewer than 10 requests or 10 survey respondents.
MIN_N = 10
#: Months of the "recent" window (slides 3 and 6).
RECENT_MONTHS = 6
#: Months of history before the policy drawn on slide 3.
HISTORY_MONTHS = 24
#: Services stated as targets on slide 6.
TARGETS = 3
SLIDE_KEYS = ("headline", "before_after", "on_standard", "ikm", "served", "next")
#: An IKM grade (mutu, PermenPANRB 14/2017) -> its words.
GRADE_KEYS = {"A": "public.grade_A", "B": "public.grade_B", "C": "public.grade_C", "D": "public.grade_D"}

Query = Callable[..., pd.DataFrame]


@dataclass(frozen=True)
class Settings:
    """What the presenter chose: the policy event, the time measure, the window; and today."""

    event_date: dt.date
    event_label: str
    measure: str = "working"
    window_months: int = 6
    today: dt.date = field(default_factory=dt.date.today)


@dataclass
class Slide:
    """One slide: a question as title, an optional headline and tiles, figures, caption lines."""

    key: str
    title: str
    headline: str = ""
    tiles: list[tuple[str, str]] = field(default_factory=list)
    figures: list = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    empty: str = ""  # shown instead of the figures when there is nothing to show
    narrow: list[str] = field(default_factory=list)  # the chart as lines, shown instead of it on a phone

    def text(self) -> str:
        """Every word of the slide, for the text alternative and the privacy test."""
        parts = [self.title, self.headline, *[f"{a} {b}" for a, b in self.tiles], *self.captions, self.empty]
        return "\n".join(p for p in parts if p)


# ---------------------------------------------------------------- suppression


def suppress(frame: pd.DataFrame, n_columns: Sequence[str], value_columns: Sequence[str]) -> pd.DataFrame:
    """The one suppression rule for every public figure.

    A copy of ``frame`` where, on each row with any of ``n_columns`` below MIN_N, the
    ``value_columns`` (and those n columns) are blanked (NaN / None), with a boolean column
    ``suppressed`` marking those rows.
    """
    out = frame.copy()
    mask = np.zeros(len(out), dtype=bool)
    for column in n_columns:
        mask |= out[column].fillna(0).to_numpy() < MIN_N
    for column in [*value_columns, *n_columns]:
        if pd.api.types.is_numeric_dtype(out[column]) and not pd.api.types.is_bool_dtype(out[column]):
            out[column] = out[column].astype(float).where(~mask)
        else:
            out[column] = out[column].astype(object).where(~mask, None)
    out["suppressed"] = mask
    return out


def merge_small(frame: pd.DataFrame, other_label: str) -> pd.DataFrame:
    """Complementary suppression for bars that add up to a total shown beside them.

    frame: one row per cell with ``name``, ``n`` (and ``is_office``). Blanking a cell below MIN_N is
    not enough when the total is shown: total minus the shown bars gives it back exactly. So the
    cells below MIN_N are merged into one row ``other_label`` ("lainnya"), and while that row holds
    fewer than MIN_N requests the smallest shown cell joins it, so neither the row nor the
    difference reveals a small cell. Returns the shown cells, largest first, then that row (column
    ``merged``: how many cells it holds, 0 for a plain cell); empty when the whole total is below
    MIN_N (then the total is not shown either).
    """
    rows = frame.sort_values(["n", "name"], ascending=[False, True]).reset_index(drop=True)
    if rows["n"].sum() < MIN_N:
        return rows.iloc[0:0].assign(merged=pd.Series(dtype=int))
    small = rows["n"] < MIN_N
    cut = len(rows) - int(small.sum())  # rows[cut:] are merged
    while small.any() and cut > 0 and rows["n"].iloc[cut:].sum() < MIN_N:
        cut -= 1
    if cut == len(rows):
        return rows.assign(merged=0)
    shown = rows.iloc[:cut].assign(merged=0)
    other = pd.DataFrame(
        [{**{c: None for c in rows.columns}, "name": other_label, "n": int(rows["n"].iloc[cut:].sum()),
          "is_office": False, "merged": len(rows) - cut}]
    )  # fmt: skip
    return pd.concat([shown, other], ignore_index=True)


# ---------------------------------------------------------------- periods


def period_text(start: dt.date, end: dt.date, lang: str) -> str:
    """'1 Jan 2024 – 30 Jun 2024' for the half-open range [start, end)."""
    return t("public.period", lang=lang, start=fmt.date(start, lang), end=fmt.date(end - dt.timedelta(days=1), lang))


@dataclass(frozen=True)
class Periods:
    before: tuple[dt.date, dt.date]
    after: tuple[dt.date, dt.date]
    history: tuple[dt.date, dt.date]
    recent: tuple[dt.date, dt.date]
    since: tuple[dt.date, dt.date]


def periods(settings: Settings) -> Periods:
    """The ranges every slide states. Months run up to the last complete month before today."""
    event, window = settings.event_date, settings.window_months
    complete = month_start(settings.today)
    return Periods(
        before=(add_months(event, -window), event),
        after=(event, add_months(event, window)),
        history=(month_start(add_months(event, -HISTORY_MONTHS)), complete),
        recent=(add_months(complete, -RECENT_MONTHS), complete),
        since=(event, complete),
    )


# ---------------------------------------------------------------- slides


def _n(value, lang: str) -> str:
    return fmt.number(value, lang=lang)


@dataclass
class Comparison:
    """The before/after comparison behind slides 1 and 2: per-service rows (suppressed), the
    mix-standardised overall change, the raw query rows (for the window notes) and the notes."""

    services: pd.DataFrame
    overall: object
    figures: pd.DataFrame
    notes: list[str]


def before_after(q: Query, settings: Settings, lang: str = "id") -> Comparison:
    """Per-service before/after (speed.before_after), suppressed; the overall change; the window notes."""
    params = dict(event_date=settings.event_date, window_months=settings.window_months, unit_id=None, channel=None)
    figures = q("before_after_by_service", **params)
    samples = q("before_after_samples", cap=speed.SAMPLE_CAP, seed=speed.SEED, **params)
    if figures.empty:
        return Comparison(pd.DataFrame(), None, figures, [])
    result = speed.before_after(figures, samples, measure=settings.measure, min_n=MIN_N)
    services = suppress(
        result.services,
        ["n_before", "n_after"],
        ["median_before", "median_after", "change", "ci_low", "ci_high", "on_standard_before", "on_standard_after"],
    )
    services["comparable"] = services["comparable"] & ~services["suppressed"]
    notes = speed.window_notes(figures, q("policy_events"), settings.event_date, lang)
    return Comparison(services, result.overall, figures, notes)


def fixed_mix_share(q: Query, period: tuple[dt.date, dt.date], settings: Settings) -> tuple[float, int]:
    """The share within the standard over ``period`` with the one public fixed mix (requests received in
    the months before the policy), open misses counted: (percent, n); NaN when n is below MIN_N."""
    mix = periods(settings).before
    rows = q("public_on_standard_fixed_mix", date_from=period[0], date_to=period[1], mix_from=mix[0], mix_to=mix[1],
             by_month=False)  # fmt: skip
    if rows.empty or rows["n_with_standard"].iloc[0] < MIN_N:
        return math.nan, int(rows["n_with_standard"].iloc[0]) if not rows.empty else 0
    return float(rows["on_standard_share_fixed_mix"].iloc[0]), int(rows["n_with_standard"].iloc[0])


def _share_text(share: float, lang: str) -> str:
    return t("public.suppressed", lang=lang) if math.isnan(share) else fmt.percent(share, 0, lang)


def duration(minutes: float, working: bool, lang: str) -> str:
    """fmt.duration, saying '(jam kerja)' under a working day ('hari kerja' says it already)."""
    text = fmt.duration(minutes, working, lang)
    return f"{text} {t('public.working_hint', lang=lang)}" if working and minutes < fmt.working_day_minutes() else text


def _signed(change: float, lang: str) -> str:
    return speed.signed_percent(change, lang)


def slide_headline(q: Query, comparison: Comparison, settings: Settings, lang: str) -> Slide:
    """Slide 1: the largest honest gain (a fall whose 95 % interval lies below zero) in words, with its dates."""
    p = periods(settings)
    services, overall = comparison.services, comparison.overall
    working = settings.measure == "working"
    slide = Slide("headline", t("public.s1_title", lang=lang))
    comparable = services[services["comparable"]] if not services.empty else services
    proven = comparable[comparable["ci_high"] < 0] if not comparable.empty else comparable
    if proven.empty:
        slide.headline = t("public.headline_none", lang=lang)
    else:
        best = proven.sort_values("change").iloc[0]
        slide.headline = t(
            "public.headline",
            lang=lang,
            service=best["service_name"],
            after=duration(best["median_after"], working, lang),
            before=fmt.duration(best["median_before"], working, lang),
            after_period=period_text(*p.after, lang),
            before_period=period_text(*p.before, lang),
        )
        slide.captions.append(
            t(
                "public.headline_detail",
                lang=lang,
                k=len(proven),
                m=len(comparable),
                measure=t(speed.MEASURE_KEYS[settings.measure]["words"], lang=lang),
                n_before=_n(best["n_before"], lang),
                n_after=_n(best["n_after"], lang),
                before_period=period_text(*p.before, lang),
                after_period=period_text(*p.after, lang),
                event=settings.event_label,
            )
        )
    if overall is not None and math.isfinite(overall.change):
        slide.tiles.append((t("public.tile_overall", lang=lang), _signed(overall.change, lang)))
        before, _ = fixed_mix_share(q, p.before, settings)
        after, _ = fixed_mix_share(q, p.after, settings)
        slide.tiles.append(
            (t("public.tile_on_standard", lang=lang), f"{_share_text(before, lang)} → {_share_text(after, lang)}")
        )
        slide.tiles.append(
            (
                t("public.tile_faster", lang=lang),
                t("public.tile_faster_value", lang=lang, k=len(proven), m=len(comparable)),
            )
        )
        slide.captions.append(t("public.s1_caption", lang=lang))
    slide.captions.extend(comparison.notes)
    return slide


def slide_before_after(comparison: Comparison, settings: Settings, lang: str) -> Slide:
    """Slide 2: dumbbell of medians before/after per comparable service, ordered by gain, with n."""
    p = periods(settings)
    services, overall = comparison.services, comparison.overall
    working = settings.measure == "working"
    slide = Slide("before_after", t("public.s2_title", lang=lang))
    comparable = services[services["comparable"]] if not services.empty else services
    if comparable.empty:
        slide.empty = t("public.no_data", lang=lang)
    else:
        slide.figures.append(charts_public.dumbbell(comparable, settings.measure, lang, settings.event_label))
        slide.narrow = [
            t(
                "public.narrow_line",
                lang=lang,
                service=r.service_name,
                before=fmt.duration(r.median_before, working, lang),
                after=fmt.duration(r.median_after, working, lang),
                change=_signed(r.change, lang),
                nb=_n(r.n_before, lang),
                na=_n(r.n_after, lang),
            )
            for r in comparable.sort_values("change").itertuples()
        ]
    if overall is not None and math.isfinite(overall.change):
        slide.captions.append(
            t(
                "public.s2_caption",
                lang=lang,
                verb=t("public.verb_down" if overall.change < 0 else "public.verb_up", lang=lang),
                change=fmt.percent(abs(overall.change) * 100, 0, lang),
                before=fmt.duration(overall.median_before, working, lang),
                after=fmt.duration(overall.median_after, working, lang),
                measure=t(speed.MEASURE_KEYS[settings.measure]["words"], lang=lang),
                k=len(comparable[comparable["ci_high"] < 0]),
                m=len(comparable),
                before_period=period_text(*p.before, lang),
                after_period=period_text(*p.after, lang),
                n_before=_n(overall.n_before, lang),
                n_after=_n(overall.n_after, lang),
            )
        )
    hidden = services[services["suppressed"]] if not services.empty else services
    if not hidden.empty:
        slide.captions.append(
            t("public.s2_hidden", lang=lang, n=len(hidden), names=", ".join(hidden["service_name"].tolist()))
        )
    slide.captions.extend(comparison.notes)
    return slide


def running_note(q: Query, end: dt.date, lang: str) -> list[str]:
    """['Data baru sampai …'] when a range ending at ``end`` (exclusive) reaches past the last time in
    the store: its last figures are not settled. [] otherwise."""
    data_end = q("store_data_end")["data_end"].iloc[0]
    if pd.isna(data_end) or pd.Timestamp(data_end) >= pd.Timestamp(end):
        return []
    last = fmt.date(end - dt.timedelta(days=1), lang)
    return [t("public.running", lang=lang, data_end=fmt.date(pd.Timestamp(data_end).date(), lang), end=last)]


def slide_on_standard(q: Query, settings: Settings, lang: str) -> Slide:
    """Slide 3: on-standard share per month (the one fixed service mix, open misses counted) with the
    policy event marked; the before figure is slide 1's, over the same exact dates."""
    p = periods(settings)
    slide = Slide("on_standard", t("public.s3_title", lang=lang))
    monthly = q("public_on_standard_fixed_mix", date_from=p.history[0], date_to=p.history[1], mix_from=p.before[0],
                mix_to=p.before[1], by_month=True)  # fmt: skip
    monthly = suppress(monthly, ["n_with_standard"], ["on_standard_share", "on_standard_share_fixed_mix"])
    shown = monthly[~monthly["suppressed"]]
    if shown.empty:
        slide.empty = t("public.no_data", lang=lang)
        return slide
    events = q("policy_events")
    # only the event compared: two labels close together would overlap at projector size
    slide.figures.append(charts_public.on_standard_line(monthly, [(settings.event_date, settings.event_label)], lang))
    months = pd.to_datetime(shown["month"]).dt.date
    before, _ = fixed_mix_share(q, p.before, settings)
    recent, _ = fixed_mix_share(q, p.recent, settings)
    slide.captions.append(
        t(
            "public.s3_caption",
            lang=lang,
            before_period=period_text(*p.before, lang),
            before=_share_text(before, lang),
            recent_period=period_text(*p.recent, lang),
            months_recent=RECENT_MONTHS,
            after=_share_text(recent, lang),
            n=_n(shown["n_with_standard"].sum(), lang),
            first=fmt.month(months.min(), lang),
            last=fmt.month(months.max(), lang),
        )
    )
    others = [
        f"{r.label} ({fmt.date(pd.Timestamp(r.event_date).date(), lang)})"
        for r in events.itertuples()
        if p.before[0] <= pd.Timestamp(r.event_date).date() < p.recent[1]
        and pd.Timestamp(r.event_date).date() != settings.event_date
    ]
    if others:
        slide.captions.append(t("speed.window_other_events", lang=lang, events="; ".join(others)))
    slide.captions.extend(running_note(q, p.recent[1], lang))
    slide.captions.append(t("speed.not_causal", lang=lang))
    return slide


def element_names(lang: str) -> list[str]:
    """The nine IKM elements (PermenPANRB 14/2017) in the language, capitalised."""
    return [(e_id if lang == "id" else e_en).capitalize() for e_id, e_en in contract.IKM_ELEMENTS]


def slide_ikm(q: Query, lang: str) -> Slide:
    """Slide 4: IKM per semester with its grade, and the nine elements (NRR) of the latest semester."""
    slide = Slide("ikm", t("public.s4_title", lang=lang))
    nrr = [f"nrr_u{i}" for i in range(1, 10)]
    ikm = suppress(q("public_ikm_by_semester"), ["respondents"], ["ikm", "mutu", *nrr])
    shown = ikm[~ikm["suppressed"]]
    if shown.empty:
        slide.empty = t("public.s4_none", lang=lang)
        return slide
    latest, first = shown.iloc[-1], shown.iloc[0]
    names = element_names(lang)
    elements = pd.DataFrame({"element": names, "nrr": [float(latest[c]) for c in nrr]})
    slide.figures.append(charts_public.ikm_bars(ikm, lang))
    slide.figures.append(charts_public.ikm_elements(elements, fmt.semester(latest["period"], lang), lang))
    low, high = elements.sort_values("nrr").iloc[0], elements.sort_values("nrr").iloc[-1]
    slide.captions.append(
        t(
            "public.s4_caption",
            lang=lang,
            period=fmt.semester(latest["period"], lang),
            last=fmt.date(latest["last_responded_on"], lang),
            ikm=fmt.number(latest["ikm"], 2, lang),
            grade=latest["mutu"],
            grade_words=t(GRADE_KEYS[latest["mutu"]], lang=lang),
            n=_n(latest["respondents"], lang),
            first_period=fmt.semester(first["period"], lang),
            first_ikm=fmt.number(first["ikm"], 2, lang),
            low_element=low["element"],
            low_nrr=fmt.number(low["nrr"], 2, lang),
            high_element=high["element"],
            high_nrr=fmt.number(high["nrr"], 2, lang),
        )
    )
    if pd.notna(latest["min_sample"]):
        slide.captions.append(ikm_sample_caption(latest, lang))
    return slide


def ikm_sample_caption(row, lang: str) -> str:
    """The respondents against the minimum sample of PermenPANRB 14/2017: met, or 'indikatif'."""
    key = "public.s4_indicative" if row["indicative"] else "public.s4_sample_met"
    return t(key, lang=lang, n=_n(row["respondents"], lang), min=_n(row["min_sample"], lang))


def slide_served(q: Query, settings: Settings, lang: str) -> Slide:
    """Slide 5: requests completed since the policy, per service and per kelurahan."""
    p = periods(settings)
    slide = Slide("served", t("public.s5_title", lang=lang))
    served = q("public_requests_served", date_from=p.since[0], date_to=p.since[1])
    if served.empty:
        slide.empty = t("public.no_data", lang=lang)
        return slide
    served = served.assign(
        name=[
            t("public.office", lang=lang) if o else n for n, o in zip(served["name"], served["is_office"], strict=True)
        ]
    )
    total = int(served.loc[served["dim"] == "service", "n"].sum())
    per_service = merge_small(served[served["dim"] == "service"], t("public.others_services", lang=lang))
    per_unit = merge_small(served[served["dim"] == "unit"], t("public.others_units", lang=lang))
    if per_service.empty:
        slide.empty = t("public.suppressed_note", lang=lang, n=MIN_N)
        return slide
    slide.figures.append(charts_public.served_bars(per_service, t("public.served_service_chart", lang=lang), lang))
    if not per_unit.empty:
        slide.figures.append(charts_public.served_bars(per_unit, t("public.served_unit_chart", lang=lang), lang))
    services_shown = per_service[per_service["merged"] == 0]
    kelurahan = (
        per_unit[(per_unit["merged"] == 0) & ~per_unit["is_office"].astype(bool)] if not per_unit.empty else per_unit
    )
    slide.captions.append(
        t(
            "public.s5_caption",
            lang=lang,
            period=period_text(*p.since, lang),
            total=_n(total, lang),
            service=services_shown.iloc[0]["name"] if not services_shown.empty else t("public.suppressed", lang=lang),
            service_n=_n(services_shown.iloc[0]["n"], lang) if not services_shown.empty else "–",
            unit=kelurahan.iloc[0]["name"] if not kelurahan.empty else t("public.suppressed", lang=lang),
            unit_n=_n(kelurahan.iloc[0]["n"], lang) if not kelurahan.empty else "–",
        )
    )
    if (per_service["merged"] > 0).any() or (not per_unit.empty and (per_unit["merged"] > 0).any()):
        slide.captions.append(t("public.others_note", lang=lang, n=MIN_N))
    return slide


def target_share(now: float) -> float:
    """The proposed target: half the distance to 100 %, rounded up to a multiple of 5 (73,2 -> 90)."""
    return float(min(100, math.ceil((now + (100 - now) / 2) / 5) * 5))


def slide_next(q: Query, settings: Settings, lang: str) -> Slide:
    """Slide 6: the services that miss their standard most often, stated as targets."""
    p = periods(settings)
    slide = Slide("next", t("public.s6_title", lang=lang))
    misses = q("public_standard_misses", date_from=p.recent[0], date_to=p.recent[1])
    misses = suppress(misses, ["n"], ["over_standard_share", "on_standard_share", "median_working"])
    worst = misses[~misses["suppressed"] & (misses["over_standard_share"] > 0)].head(TARGETS)
    if worst.empty:
        slide.empty = t("public.s6_none", lang=lang, months=RECENT_MONTHS)
    else:
        worst = worst.assign(target=[target_share(s) for s in worst["on_standard_share"]])
        slide.figures.append(charts_public.targets_chart(worst, lang))
        for r in worst.itertuples():
            slide.captions.append(
                t(
                    "public.target_line",
                    lang=lang,
                    service=r.service_name,
                    standard=fmt.duration(r.standard_minutes, True, lang),
                    now=fmt.percent(r.on_standard_share, 0, lang),
                    target=fmt.percent(r.target, 0, lang),
                )
            )
    slide.captions.append(t("public.s6_caption", lang=lang, period=period_text(*p.recent, lang), months=RECENT_MONTHS))
    slide.captions.extend(running_note(q, p.recent[1], lang))
    return slide


def build_slides(q: Query, settings: Settings, lang: str) -> list[Slide]:
    """All six slides, in order (SLIDE_KEYS)."""
    comparison = before_after(q, settings, lang)
    return [
        slide_headline(q, comparison, settings, lang),
        slide_before_after(comparison, settings, lang),
        slide_on_standard(q, settings, lang),
        slide_ikm(q, lang),
        slide_served(q, settings, lang),
        slide_next(q, settings, lang),
    ]
