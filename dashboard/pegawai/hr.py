"""HR's view of one employee without SQL: NIP decoding, the record, consistency hints, sentences.

Figures come from queries/hr_*.sql and queries/skp_metric_realization.sql (the one definition
of the realisations computed from the service logs). These functions only put them together
and word them; they are pure functions of small DataFrames, tested directly and reused by
the Laporan Individu (dashboard.report_individual).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from dashboard.camat.logic import FUNNEL
from dashboard.core import fmt
from dashboard.core.i18n import t

#: No comparison with peers below this group size (other employees of the same unit and position kind):
#: a median over fewer would come close to telling one colleague's own figures.
MIN_PEERS = 5
#: Consistency hints need at least this many completed requests in the semester.
MIN_HINT_REQUESTS = 10
#: A share this many percentage points away from the peer median counts as low / high.
HINT_GAP = 10.0
#: Without a peer group: below LOW is low, at or above HIGH is high (percent within the standard).
HINT_LOW = 60.0
HINT_HIGH = 90.0
#: Typed and computed realisations closer than this count as equal (typed values carry two decimals).
SAME = 0.01
#: The lower bound of the kategori Baik (Perka BKN 1/2013), drawn on the trend chart.
BAIK_THRESHOLD = 76.0

Fetch = Callable[..., pd.DataFrame]


# ---------------------------------------------------------------- NIP


@dataclass(frozen=True)
class NipInfo:
    """What an 18-digit NIP says: birth date, start of service (TMT CPNS), sex, sequence.

    ``valid`` is False for a malformed NIP; ``error`` then says why (in the given language).
    """

    nip: str
    valid: bool
    error: str = ""
    birth_date: dt.date | None = None
    tmt_cpns: dt.date | None = None
    sex: str | None = None  # '1' male, '2' female
    sequence: str | None = None


def decode_nip(nip: object, lang: str | None = None) -> NipInfo:
    """Decode a NIP (digits 1-8 birth date YYYYMMDD, 9-14 TMT CPNS YYYYMM, 15 sex, 16-18 sequence).

    Never raises: a malformed NIP gives ``NipInfo(valid=False, error="NIP tidak valid: ...")``.
    Spaces (as NIPs are printed: '19850312 201001 1 001') are ignored.
    """
    text = "" if nip is None else str(nip).replace(" ", "").strip()

    def invalid(reason_key: str, **values: object) -> NipInfo:
        return NipInfo(text, False, t("hr.nip_invalid", lang=lang, reason=t(reason_key, lang=lang, **values)))

    if len(text) != 18 or not text.isdigit():
        return invalid("hr.nip_reason_length", n=len(text))
    try:
        birth = dt.date(int(text[0:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return invalid("hr.nip_reason_birth", value=text[0:8])
    try:
        tmt = dt.date(int(text[8:12]), int(text[12:14]), 1)
    except ValueError:
        return invalid("hr.nip_reason_tmt", value=text[8:14])
    if text[14] not in ("1", "2"):
        return invalid("hr.nip_reason_sex", value=text[14])
    if tmt <= birth:
        return invalid("hr.nip_reason_order")
    return NipInfo(text, True, "", birth, tmt, text[14], text[15:18])


def nip_summary(info: NipInfo, lang: str | None = None) -> str:
    """'Lahir 12 Mar 1985 · TMT CPNS Jan 2010 · laki-laki', or the reason the NIP is not valid."""
    if not info.valid:
        return info.error
    return t(
        "hr.nip_says",
        lang=lang,
        birth=fmt.date(info.birth_date, lang),
        tmt=fmt.month(info.tmt_cpns, lang),
        sex=sex_label(info.sex, lang),
    )


def service_length(tmt: dt.date, until: dt.date) -> tuple[int, int]:
    """Whole years and months of service from the TMT CPNS to ``until`` ((0, 0) before it)."""
    months = (until.year - tmt.year) * 12 + until.month - tmt.month - (until.day < tmt.day)
    return divmod(max(months, 0), 12)


def service_length_text(tmt: dt.date | None, until: dt.date, lang: str | None = None) -> str:
    """'16 tahun 10 bulan' (years of service from the TMT CPNS); '–' when unknown."""
    if tmt is None:
        return "–"
    years, months = service_length(tmt, until)
    return t("hr.years_months", lang=lang, y=years, m=months)


# ---------------------------------------------------------------- the record


@dataclass
class Record:
    """One employee's record: frames from the hr_* queries (empty frames when nothing is known)."""

    nip: str
    identity: pd.DataFrame  # hr_identity: zero or one row
    targets: pd.DataFrame  # hr_skp_targets + computed_value, requests, differs
    scores: pd.DataFrame  # hr_skp_scores
    appraisals: pd.DataFrame  # hr_appraisals
    services: pd.DataFrame  # hr_services_vs_peers

    @property
    def found(self) -> bool:
        return not self.identity.empty

    @property
    def person(self) -> pd.Series:
        return self.identity.iloc[0]


def load_record(fetch: Fetch, nip: str) -> Record:
    """Fetch every part of the record through ``fetch(name, **params)``, which runs an
    individual-level query for ``nip`` (``data.individual_query`` in the app)."""
    targets = fetch("hr_skp_targets")
    computed = fetch("skp_metric_realization", period=None)
    return Record(
        nip=nip,
        identity=fetch("hr_identity"),
        targets=merge_computed(targets, computed),
        scores=fetch("hr_skp_scores"),
        appraisals=fetch("hr_appraisals"),
        services=fetch("hr_services_vs_peers", z95=FUNNEL["z95"]),
    )


def differs(typed: float | None, computed: float | None) -> bool:
    """Whether a typed realisation disagrees with the one computed from the logs (both known)."""
    if typed is None or computed is None or pd.isna(typed) or pd.isna(computed):
        return False
    return abs(float(typed) - float(computed)) >= SAME


def merge_computed(targets: pd.DataFrame, computed: pd.DataFrame) -> pd.DataFrame:
    """Targets with the realisation computed from the logs beside the typed one (NaN when not linked)."""
    extra = computed[["target_id", "computed_value", "requests", "overlaps_with"]] if not computed.empty else None
    if extra is None:
        out = targets.copy()
        out["computed_value"] = float("nan")
        out["requests"] = float("nan")
        out["overlaps_with"] = None
    else:
        out = targets.merge(extra, on="target_id", how="left")
    out["differs"] = [differs(a, b) for a, b in zip(out["realization_value"], out["computed_value"], strict=True)]
    return out


def latest_evaluated(scores: pd.DataFrame) -> pd.Series | None:
    """The newest semester with at least one realisation, or None."""
    done = scores[scores["evaluated"]] if not scores.empty else scores
    return None if done.empty else done.sort_values("period").iloc[-1]


# ---------------------------------------------------------------- words

# The text key of each stored value, written out so that a label on screen greps to its key.
RATING_KEYS = {"di_atas": "hr.rating_di_atas", "sesuai": "hr.rating_sesuai", "di_bawah": "hr.rating_di_bawah"}
ASPECT_KEYS = {
    "kuantitas": "hr.aspect_kuantitas",
    "kualitas": "hr.aspect_kualitas",
    "waktu": "hr.aspect_waktu",
    "biaya": "hr.aspect_biaya",
}
KIND_KEYS = {"struktural": "hr.kind_struktural", "fungsional": "hr.kind_fungsional", "pelaksana": "hr.kind_pelaksana"}
SEX_KEYS = {"1": "hr.sex_1", "2": "hr.sex_2"}  # digit 15 of the NIP


def rating_label(rating: str, lang: str | None = None) -> str:
    return t(RATING_KEYS[rating], lang=lang)


def aspect_label(aspect: str, lang: str | None = None) -> str:
    return t(ASPECT_KEYS[aspect], lang=lang)


def position_kind_label(kind: str, lang: str | None = None) -> str:
    return t(KIND_KEYS[kind], lang=lang)


def sex_label(sex: str, lang: str | None = None) -> str:
    return t(SEX_KEYS[sex], lang=lang)


def value_text(value: float | None, measure_unit: str | None = None, lang: str | None = None) -> str:
    """A target or realisation as written on an SKP form: up to two decimals, no trailing zeros."""
    if value is None or pd.isna(value):
        return "–"
    decimals = 0 if float(value).is_integer() else (1 if round(float(value), 1) == round(float(value), 2) else 2)
    return fmt.number(value, decimals, lang)


def score_sentence(scores: pd.DataFrame, lang: str | None = None) -> str:
    """'Nilai SKP Semester I 2026: 85,64 (Baik), naik 1,20 poin dari Semester II 2025.'"""
    done = scores[scores["evaluated"]].sort_values("period") if not scores.empty else scores
    if done.empty:
        return t("hr.no_score_yet", lang=lang)
    last = done.iloc[-1]
    text = t(
        "hr.score_sentence",
        lang=lang,
        period=fmt.semester(last["period"], lang),
        score=fmt.number(last["skp_score"], 2, lang),
        kategori=last["kategori"],
    )
    if len(done) > 1:
        before = done.iloc[-2]
        change = float(last["skp_score"]) - float(before["skp_score"])
        key = "hr.score_up" if change > 0.005 else "hr.score_down" if change < -0.005 else "hr.score_same"
        text += " " + t(
            key, lang=lang, points=fmt.number(abs(change), 2, lang), prev=fmt.semester(before["period"], lang)
        )
    return text


def peer_rows(row: pd.Series, lang: str | None = None) -> list[tuple[str, str, str]]:
    """(measure, this employee, peer median) for one semester of hr_services_vs_peers, formatted.

    The peer column says why it is empty when the peer group has fewer than MIN_PEERS people.
    """
    compare = int(row["peer_n"]) >= MIN_PEERS

    def peer(value: str) -> str:
        return value if compare else "–"

    return [
        (
            t("hr.svc_volume", lang=lang),
            fmt.number(row["volume"], lang=lang),
            peer(fmt.number(row["peer_volume"], 0, lang)),
        ),
        (
            t("hr.svc_median", lang=lang),
            fmt.duration(row["median_minutes"], True, lang),
            peer(fmt.duration(row["peer_median_minutes"], True, lang)),
        ),
        (
            t("hr.svc_p90", lang=lang),
            fmt.duration(row["p90_minutes"], True, lang),
            peer(fmt.duration(row["peer_p90_minutes"], True, lang)),
        ),
        (
            t("hr.svc_on_standard", lang=lang),
            fmt.percent(row["on_standard_pct"], lang=lang),
            peer(fmt.percent(row["peer_on_standard_pct"], lang=lang)),
        ),
        (
            t("hr.svc_on_standard_mix", lang=lang),
            fmt.percent(row["compared_pct"], lang=lang) + f" (n = {fmt.number(row['compared_n'], lang=lang)})"
            if row["compared_n"] > 0
            else "–",
            peer(fmt.percent(row["peer_expected_pct"], lang=lang)) if row["compared_n"] > 0 else "–",
        ),
        (
            t("hr.svc_rework", lang=lang),
            fmt.percent(row["rework_pct"], lang=lang),
            peer(fmt.percent(row["peer_rework_pct"], lang=lang)),
        ),
    ]


def peer_note(row: pd.Series, lang: str | None = None) -> str:
    """Who the peers are and how many; or why there is no comparison."""
    n = int(row["peer_n"])
    if n < MIN_PEERS:
        return t("hr.peers_too_few", lang=lang, n=n, min=MIN_PEERS)
    return t("hr.peers_note", lang=lang, n=n)


# ---------------------------------------------------------------- consistency hints


def _share_level(row: pd.Series) -> tuple[str | None, str]:
    """('low' | 'high' | None, basis) of the on-standard share in one semester of hr_services_vs_peers."""
    own = row["on_standard_pct"]
    if pd.isna(own) or row["n_standard"] < MIN_HINT_REQUESTS:
        return None, ""
    if int(row["peer_n"]) >= MIN_PEERS:
        # against the peers' share for the same services (queries/hr_services_vs_peers.sql), beyond chance only
        if row["compared_n"] < MIN_HINT_REQUESTS or pd.isna(row["peer_expected_pct"]):
            return None, "peers"
        gap = row["compared_pct"] - row["peer_expected_pct"]
        if gap <= -HINT_GAP and row["compared_diff_high_pct"] < 0:
            return "low", "peers"
        if gap >= HINT_GAP and row["compared_diff_low_pct"] > 0:
            return "high", "peers"
        return None, "peers"
    return ("low" if own < HINT_LOW else "high" if own >= HINT_HIGH else None), "absolute"


def consistency_hints(record: Record, lang: str | None = None) -> list[tuple[str, str]]:
    """Hints for the evaluation meeting as (period, sentence), newest first, phrased neutrally.

    - a rating of hasil kerja 'di atas' with a low share within the standard, or 'di bawah' with a high one
      (against the peer median when there are at least MIN_PEERS peers, else against fixed levels);
    - an SKP kategori Sangat Baik with hasil kerja 'di bawah', or a score under 61 (Kurang/Buruk) with 'di atas';
    - a recorded predikat that differs from the matrix;
    - a typed realisation that differs from the one computed from the service logs;
    - two linked targets of one semester with the same metric and service (they count the same requests).
    """
    hints: list[tuple[str, str]] = []
    services = record.services.set_index("period") if not record.services.empty else pd.DataFrame()
    scores = record.scores.set_index("period") if not record.scores.empty else pd.DataFrame()
    for a in record.appraisals.itertuples():
        sem = fmt.semester(a.period, lang)
        rating = rating_label(a.rating_results, lang)
        if a.period in services.index and a.rating_results in ("di_atas", "di_bawah"):
            row = services.loc[a.period]
            level, basis = _share_level(row)
            if (a.rating_results, level) in (("di_atas", "low"), ("di_bawah", "high")):
                compare = (
                    t(
                        "hr.hint_vs_peers",
                        lang=lang,
                        share=fmt.percent(row["compared_pct"], lang=lang),
                        compared=fmt.number(row["compared_n"], lang=lang),
                        peer=fmt.percent(row["peer_expected_pct"], lang=lang),
                        n=int(row["peer_n"]),
                    )
                    if basis == "peers"
                    else t(
                        "hr.hint_vs_level",
                        lang=lang,
                        level=fmt.percent(HINT_LOW if level == "low" else HINT_HIGH, 0, lang),
                    )
                )
                hints.append(
                    (
                        a.period,
                        t(
                            "hr.hint_rating_vs_standard",
                            lang=lang,
                            period=sem,
                            rating=rating,
                            share=fmt.percent(row["on_standard_pct"], lang=lang),
                            n=fmt.number(row["n_standard"], lang=lang),
                            compare=compare,
                        ),
                    )
                )
        if a.period in scores.index and bool(scores.loc[a.period, "evaluated"]):
            score = float(scores.loc[a.period, "skp_score"])
            kategori = scores.loc[a.period, "kategori"]
            if (kategori == "Sangat Baik" and a.rating_results == "di_bawah") or (
                round(score, 2) < 61 and a.rating_results == "di_atas"
            ):
                hints.append(
                    (
                        a.period,
                        t(
                            "hr.hint_rating_vs_skp",
                            lang=lang,
                            period=sem,
                            rating=rating,
                            score=fmt.number(score, 2, lang),
                            kategori=kategori,
                        ),
                    )
                )
        if bool(a.predikat_disagrees):
            hints.append(
                (
                    a.period,
                    t("hr.hint_predikat", lang=lang, period=sem, recorded=a.predikat_recorded, matrix=a.predikat),
                )
            )
    for row in record.targets[record.targets["differs"]].itertuples():
        hints.append(
            (
                row.period,
                t(
                    "hr.hint_typed_vs_logs",
                    lang=lang,
                    period=fmt.semester(row.period, lang),
                    indicator=row.indicator,
                    aspect=aspect_label(row.aspect, lang),
                    typed=value_text(row.realization_value, lang=lang),
                    computed=value_text(round(float(row.computed_value), 2), lang=lang),
                    unit=row.measure_unit,
                ),
            )
        )
    linked = record.targets if "overlaps_with" in record.targets.columns else pd.DataFrame()
    indicators = dict(zip(linked.get("target_id", []), linked.get("indicator", []), strict=True))
    for row in linked.itertuples():
        others = row.overlaps_with
        if others is None or not hasattr(others, "__len__") or len(others) == 0 or min(others) < row.target_id:
            continue  # named once, by the first target of the group
        hints.append(
            (
                row.period,
                t(
                    "hr.hint_overlap",
                    lang=lang,
                    period=fmt.semester(row.period, lang),
                    indicators=", ".join(f"'{indicators.get(i, i)}'" for i in [row.target_id, *others]),
                ),
            )
        )
    return sorted(hints, key=lambda h: h[0], reverse=True)
