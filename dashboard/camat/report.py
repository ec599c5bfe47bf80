"""Laporan Kinerja Unit: the semester report of the kecamatan or one unit, as an official PDF.

``build_report(fetch, period, unit_id)`` takes the query function to use (``data.query`` in
the app, a cursor-bound ``queries.run`` in tests and the CLI), so the report computes exactly
the page's figures. Text is in Bahasa Indonesia whatever the screen language, as official
documents are.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import pandas as pd

from dashboard.camat import charts as charts_camat
from dashboard.camat import logic as camat
from dashboard.core import fmt, pdf, periods
from dashboard.core.i18n import t

LANG = "id"
Fetch = Callable[..., pd.DataFrame]


def _period_range(period: str) -> str:
    semester = periods.Semester.parse(period)
    return f"{pdf.tanggal(semester.start)} – {pdf.tanggal(semester.last_day)}"


def _plain(markdown: str) -> str:
    return re.sub(r"\*\*(.+?)\*\*", r"\1", markdown)


def headline_rows(head: pd.DataFrame) -> list[tuple[str, str, str]]:
    """(measure, value, change since last semester) of the headline figures, in Indonesian."""
    cur, before = head.iloc[0], head.iloc[1]

    def change(a, b, kind):
        return camat.delta_text(a, b, kind, LANG) or "–"

    sbb = cur["sangat_baik_pct"] + cur["baik_pct"] if pd.notna(cur["sangat_baik_pct"]) else None
    sbb_prev = before["sangat_baik_pct"] + before["baik_pct"] if pd.notna(before["sangat_baik_pct"]) else None
    skp = (
        f"{fmt.number(cur['mean_skp'], 2, LANG)} ({cur['kategori']})"
        if pd.notna(cur["mean_skp"])
        else t("camat.not_evaluated", lang=LANG)
    )
    return [
        (
            t("camat.mean_skp", lang=LANG) + f" (n = {fmt.number(cur['employees_scored'], lang=LANG)})",
            skp,
            change(cur["mean_skp"], before["mean_skp"], "points"),
        ),
        (
            f"ASN Sangat Baik + Baik (n = {fmt.number(cur['appraised'], lang=LANG)})",
            fmt.percent(sbb, lang=LANG) if sbb is not None else t("camat.not_evaluated", lang=LANG),
            change(sbb, sbb_prev, "pct"),
        ),
        (
            t("camat.on_standard", lang=LANG) + f" (n = {fmt.number(cur['n_standard'], lang=LANG)})",
            fmt.percent(cur["on_standard_pct"], lang=LANG),
            change(cur["on_standard_pct"], before["on_standard_pct"], "pct"),
        ),
        (
            t("camat.median_time", lang=LANG) + " (jam kerja)",
            fmt.duration(cur["median_minutes"], True, LANG),
            change(cur["median_minutes"], before["median_minutes"], "minutes"),
        ),
        (
            t("camat.p90_time", lang=LANG) + " (jam kerja)",
            fmt.duration(cur["p90_minutes"], True, LANG),
            change(cur["p90_minutes"], before["p90_minutes"], "minutes"),
        ),
        (
            t("camat.backlog", lang=LANG) + f" per {fmt.date(cur['cutoff'], LANG)}",
            f"{fmt.number(cur['backlog'], lang=LANG)} ({fmt.number(cur['backlog_past_standard'], lang=LANG)} lewat standar)",
            change(cur["backlog"], before["backlog"], "count"),
        ),
        (
            f"IKM (n = {fmt.number(cur['respondents'], lang=LANG)} responden"
            + (
                f"; minimal {fmt.number(cur['ikm_min_sample'], lang=LANG)})"
                if pd.notna(cur.get("ikm_min_sample"))
                else ")"
            ),
            f"{fmt.number(cur['ikm'], 2, LANG)} (mutu {cur['mutu']}"
            + (", indikatif)" if camat.ikm_indicative(cur) else ")")
            if pd.notna(cur["ikm"])
            else "–",
            change(cur["ikm"], before["ikm"], "ikm"),
        ),
    ]


def league_rows(units: pd.DataFrame) -> list[list[str]]:
    """The league table of units with requests, ranked where the difference's interval allows (camat.ranked_units)."""
    rows = []
    for row in camat.ranked_units(units).itertuples():
        rows.append(
            [
                fmt.number(row.rank, lang=LANG) if pd.notna(row.rank) else "–",
                row.name,
                fmt.number(row.n_compared, lang=LANG),
                fmt.percent(row.compared_pct, lang=LANG) if pd.notna(row.compared_pct) else "–",
                fmt.percent(row.expected_pct, lang=LANG) if pd.notna(row.expected_pct) else "–",
                camat.diff_text(row, LANG),
                fmt.duration(row.median_minutes, True, LANG),
                camat.flag_label(row.funnel_flag, LANG),
            ]
        )
    return rows


def build_report(
    fetch: Fetch,
    period: str,
    unit_id: str | None = None,
    today: dt.date | None = None,
    anonymise_others: bool = False,
    charts: bool = True,
) -> bytes:
    """The PDF bytes of the Laporan Kinerja Unit for ``period`` and ``unit_id`` (None = the whole kecamatan)."""
    today = today or dt.date.today()
    units_all = fetch("units")
    names = camat.unit_names(units_all, LANG)
    scope_name = names.get(unit_id, unit_id) if unit_id else "Kecamatan Gajahmungkur (seluruh unit kerja)"
    head = fetch("camat_headline", period=period, unit_id=unit_id)
    units = camat.unit_comparison(fetch, period)
    kurva = fetch("camat_kurva", period=period)
    follow_ups = fetch("follow_up_list", unit_id=unit_id, today=today)
    signatory = fetch("camat_signatory").iloc[0]
    if anonymise_others and unit_id:
        units = camat.anonymise(units, unit_id, LANG)

    doc = pdf.OfficialDocument(footer_text=f"Laporan Kinerja Unit — {scope_name} — {fmt.semester(period, LANG)}")
    doc.alias_nb_pages()
    doc.title_block(
        "LAPORAN KINERJA UNIT",
        scope_name,
        f"Periode: {fmt.semester(period, LANG)} ({_period_range(period)})",
        f"Dibanding: {fmt.semester(periods.previous_semester(period), LANG)}",
    )

    doc.section("1. Angka utama")
    doc.key_figures(headline_rows(head))
    doc.paragraph(
        "Permohonan dihitung pada semester diterimanya; waktu proses adalah waktu kerja (jam kantor pada hari "
        "kerja). Nilai SKP hanya untuk ASN yang sudah memiliki realisasi.",
        size=8.5,
        style="I",
    )

    doc.section("2. Hal yang perlu perhatian")
    items = camat.attention_items(units, kurva, follow_ups, names, LANG)
    if unit_id:
        items = [item for item in items if item[1] in (unit_id, "ALL")]
    doc.bullets([_plain(sentence) for _, _, sentence in items] or [t("camat.attention_none", lang=LANG)])

    if charts:
        doc.section("3. Grafik", min_room=110)
        label = fmt.semester(period, LANG)
        if unit_id:
            services = fetch("camat_unit_services", period=period, unit_id=unit_id)
            if not services.dropna(subset=["on_standard_pct"]).empty:
                fig = charts_camat.unit_services(services.head(12), scope_name, LANG, label)
                doc.image_png(pdf.chart_png(fig, height=int(fig.layout.height)), 0.95)
            trend = fetch("camat_unit_trend", unit_id=unit_id)
            if not trend.dropna(subset=["on_standard_pct"]).empty:
                fig = charts_camat.unit_trend(trend, scope_name, [], LANG)
                doc.image_png(pdf.chart_png(fig), 0.95)
        else:
            fig = charts_camat.funnel(units, camat.funnel_grid(fetch, units), LANG, label)
            target = units["target_pct"].dropna()
            method = t(
                "camat.funnel_method",
                lang=LANG,
                target=fmt.percent(target.iloc[0], lang=LANG) if len(target) else "–",
                **camat.method_values(units, LANG),
            )
            doc.image_png(pdf.chart_png(fig, height=560), 0.95, caption=_plain(method))
            scored = units.dropna(subset=["mean_skp"])
            if not scored.empty:
                fig = charts_camat.skp_by_unit(scored, label, LANG)
                doc.image_png(pdf.chart_png(fig), 0.95)

    doc.section("4. Tabel peringkat unit (disesuaikan dengan campuran layanan)")
    rows = league_rows(units)
    if rows:
        doc.table(
            [
                "Peringkat",
                "Unit kerja",
                "Jumlah",
                "Sesuai standar",
                "Harapan",
                "Selisih (rentang 95 %), poin",
                "Median",
                "Corong",
            ],
            rows,
            widths=(0.12, 0.2, 0.09, 0.09, 0.1, 0.16, 0.1, 0.14),
            align=("R", "L", "R", "R", "R", "R", "R", "L"),
        )
        doc.paragraph(
            "Jumlah: permohonan yang dapat dibandingkan (layanan yang juga ditangani unit lain). "
            + t("camat.league_lead", lang=LANG),
            size=8.5,
            style="I",
        )
    else:
        doc.paragraph(t("common.no_data", lang=LANG))

    doc.section("5. Tindak lanjut rapat")
    if follow_ups.empty:
        doc.paragraph(t("camat.fu_none", lang=LANG))
    else:
        doc.table(
            ["Unit", "Rapat", "Masalah", "Tindakan", "Penanggung jawab", "Tenggat", "Status"],
            [
                [
                    names.get(r.unit_id, r.unit_id),
                    fmt.date(r.meeting_date, LANG),
                    r.issue,
                    r.action,
                    r.person_in_charge,
                    fmt.date(r.due_date, LANG),
                    t(camat.STATUS_KEYS[r.status], lang=LANG) + (" (lewat tenggat)" if r.overdue else ""),
                ]
                for r in follow_ups.itertuples()
            ],
            widths=(0.15, 0.11, 0.19, 0.2, 0.13, 0.11, 0.11),
        )

    doc.signature(
        f"Semarang, {pdf.tanggal(today)}", "CAMAT GAJAHMUNGKUR", signatory["name"] or "", signatory["nip"] or ""
    )
    return doc.output_bytes()


def report_for_viewer(
    fetch: Fetch,
    period: str,
    unit_id: str | None,
    scope: str | None,
    today: dt.date | None = None,
    charts: bool = True,
) -> bytes:
    """The report as the viewer may see it: a unit head (``scope``: the unit they head, see
    auth.unit_scope) gets their own unit's report with every other unit anonymised, as on the page."""
    if scope is not None and unit_id != scope:
        raise PermissionError(f"unit:{unit_id}")
    return build_report(fetch, period, unit_id, today=today, anonymise_others=scope is not None, charts=charts)
