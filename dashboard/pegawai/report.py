"""Laporan Individu: one employee's record as an official PDF (dashboard.pdf frame) and as XLSX.

Both take a loaded ``hr.Record`` (the page's own figures, fetched through
data.individual_query), so they print exactly what the page shows. The PDF is in Bahasa
Indonesia whatever the screen language, as official documents are; the XLSX follows ``lang``.
"""

from __future__ import annotations

import datetime as dt
import io
import re

import pandas as pd

from dashboard.core import export, fmt, pdf
from dashboard.core.i18n import t
from dashboard.pegawai import charts as charts_hr
from dashboard.pegawai import hr

LANG = "id"


def _plain(markdown: str) -> str:
    """Text without Markdown bold, for the PDF."""
    return re.sub(r"\*\*(.+?)\*\*", r"\1", markdown)


def metric_names(metrics: pd.DataFrame, lang: str | None = None) -> dict[str, str]:
    """metric_id -> its name in the language, from queries/hr_source_metrics.sql."""
    column = "name_en" if lang == "en" else "name_id"
    return dict(zip(metrics["metric_id"], metrics[column], strict=True))


# ---------------------------------------------------------------- the record as tables (shared by PDF and XLSX)


def identity_rows(record: hr.Record, today: dt.date, lang: str = LANG) -> list[tuple[str, str]]:
    person = record.person
    info = hr.decode_nip(record.nip, lang)
    until = person["end_date"] if pd.notna(person["end_date"]) else today
    rows = [
        (t("hr.name", lang=lang), person["name"]),
        ("NIP", pdf.nip_spaced(record.nip)),
        (t("app.unit", lang=lang), person["unit_name"]),
        (t("hr.position", lang=lang), person["position"]),
        (t("hr.position_kind", lang=lang), hr.position_kind_label(person["position_kind"], lang)),
        (t("hr.grade", lang=lang), person["grade"] if pd.notna(person["grade"]) else "–"),
    ]
    if info.valid:
        rows += [
            (t("hr.birth_date", lang=lang), fmt.date(info.birth_date, lang)),
            (t("hr.tmt_cpns", lang=lang), fmt.month(info.tmt_cpns, lang)),
            (t("hr.sex", lang=lang), hr.sex_label(info.sex, lang)),
            (t("hr.service_length", lang=lang), hr.service_length_text(info.tmt_cpns, until, lang)),
        ]
    else:
        rows.append((t("hr.nip_check", lang=lang), info.error))
    if pd.notna(person["end_date"]):
        rows.append((t("hr.status", lang=lang), t("hr.left_on", lang=lang, date=fmt.date(person["end_date"], lang))))
    return rows


def score_table(record: hr.Record, lang: str = LANG) -> pd.DataFrame:
    """One row per semester, oldest first: targets, indicators, score, kategori, predikat (numbers as numbers)."""
    predikat = dict(zip(record.appraisals["period"], record.appraisals["predikat"], strict=True))
    s = record.scores.sort_values("period")
    return pd.DataFrame(
        {
            t("hr.semester", lang=lang): [fmt.semester(p, lang) for p in s["period"]],
            t("hr.targets_n", lang=lang): s["targets"].astype(int),
            t("hr.indicators_n", lang=lang): s["indicators"].astype(int),
            t("hr.skp_score", lang=lang): [
                round(float(v), 2) if e else None for v, e in zip(s["skp_score"], s["evaluated"], strict=True)
            ],
            t("hr.kategori", lang=lang): [
                k if e else t("hr.not_evaluated", lang=lang) for k, e in zip(s["kategori"], s["evaluated"], strict=True)
            ],
            t("hr.predikat", lang=lang): [predikat.get(p, "–") for p in s["period"]],
        }
    )


def target_table(record: hr.Record, names: dict[str, str], lang: str = LANG) -> pd.DataFrame:
    """Every SKP target, newest semester first, with typed and computed realisation and capaian."""
    x = record.targets
    return pd.DataFrame(
        {
            t("hr.semester", lang=lang): [fmt.semester(p, lang) for p in x["period"]],
            t("hr.indicator", lang=lang): x["indicator"],
            t("hr.aspect", lang=lang): [hr.aspect_label(a, lang) for a in x["aspect"]],
            t("hr.target", lang=lang): x["target_value"],
            t("hr.realisation", lang=lang): x["realization_value"],
            t("hr.computed", lang=lang): x["computed_value"].round(2),
            t("hr.computed_source", lang=lang): [names.get(m, m) if pd.notna(m) else "" for m in x["source_metric"]],
            t("hr.measure_unit", lang=lang): x["measure_unit"],
            t("hr.capaian", lang=lang): x["capaian"].round(2),
            t("hr.indicator_capaian", lang=lang): x["indicator_capaian"].round(2),
            t("hr.evidence", lang=lang): x["evidence"],
        }
    )


def appraisal_table(record: hr.Record, lang: str = LANG) -> pd.DataFrame:
    a = record.appraisals
    return pd.DataFrame(
        {
            t("hr.semester", lang=lang): [fmt.semester(p, lang) for p in a["period"]],
            t("hr.results", lang=lang): [hr.rating_label(r, lang) for r in a["rating_results"]],
            t("hr.behaviour", lang=lang): [hr.rating_label(r, lang) for r in a["rating_behaviour"]],
            t("hr.predikat", lang=lang): a["predikat"],
            t("hr.predikat_recorded", lang=lang): a["predikat_recorded"].fillna("–"),
            t("hr.appraiser", lang=lang): a["appraiser_name"].fillna("–"),
            t("hr.appraised_on", lang=lang): [fmt.date(d, lang) if pd.notna(d) else "–" for d in a["appraised_on"]],
            t("hr.feedback", lang=lang): a["feedback"].fillna(""),
            t("hr.recommendation", lang=lang): a["recommendation"].fillna(""),
        }
    )


def services_table(record: hr.Record, lang: str = LANG) -> pd.DataFrame:
    """Per semester the employee's figures and the peer medians (blank below MIN_PEERS peers)."""
    s = record.services.sort_values("period")
    compare = s["peer_n"] >= hr.MIN_PEERS
    return pd.DataFrame(
        {
            t("hr.semester", lang=lang): [fmt.semester(p, lang) for p in s["period"]],
            t("hr.svc_volume", lang=lang): s["volume"].astype(int),
            t("hr.svc_median_h", lang=lang): (s["median_minutes"] / 60).round(2),
            t("hr.svc_p90_h", lang=lang): (s["p90_minutes"] / 60).round(2),
            t("hr.svc_on_standard", lang=lang): s["on_standard_pct"].round(1),
            t("hr.svc_rework", lang=lang): s["rework_pct"].round(1),
            t("hr.peer_n", lang=lang): s["peer_n"].astype(int),
            t("hr.peer_on_standard", lang=lang): s["peer_on_standard_pct"].where(compare).round(1),
            t("hr.compared_on_standard", lang=lang): s["compared_pct"].where(compare).round(1),
            t("hr.peer_expected_pct", lang=lang): s["peer_expected_pct"].where(compare).round(1),
            t("hr.peer_median_h", lang=lang): (s["peer_median_minutes"] / 60).where(compare).round(2),
        }
    )


# ---------------------------------------------------------------- PDF


def _appraiser(record: hr.Record) -> tuple[str, str, str]:
    """(office, name, nip) of the latest appraisal's appraiser, blanks when there is none."""
    if record.appraisals.empty:
        return "Pejabat Penilai Kinerja", "(................................)", ""
    a = record.appraisals.iloc[0]
    name = a["appraiser_name"] if pd.notna(a["appraiser_name"]) else "(................................)"
    return "Pejabat Penilai Kinerja", name, a["appraiser_nip"] if pd.notna(a["appraiser_nip"]) else ""


def build_pdf(record: hr.Record, names: dict[str, str], today: dt.date | None = None, charts: bool = True) -> bytes:
    """The PDF bytes of the Laporan Individu of ``record``."""
    today = today or dt.date.today()
    person = record.person
    lang = LANG
    doc = pdf.OfficialDocument(footer_text=f"Laporan Kinerja Individu — {person['name']} — NIP {record.nip}")
    doc.alias_nb_pages()
    doc.title_block(
        "LAPORAN KINERJA INDIVIDU",
        "Aparatur Sipil Negara Kecamatan Gajahmungkur",
        f"Keadaan per {pdf.tanggal(today)}",
    )
    doc.paragraph(
        "RAHASIA — data pribadi dan informasi yang dikecualikan (UU 14/2008 Pasal 17 huruf h; UU 27/2022).",
        size=8.5,
        style="B",
    )

    doc.section("1. Identitas pegawai")
    doc.table(["Data", "Keterangan"], [list(r) for r in identity_rows(record, today, lang)], widths=(0.3, 0.7))

    doc.section("2. Capaian Sasaran Kinerja Pegawai (SKP) per semester")
    doc.paragraph(_plain(hr.score_sentence(record.scores, lang)))
    scores = score_table(record, lang)
    if scores.empty:
        doc.paragraph(t("hr.no_targets", lang=lang))
    else:
        doc.table(
            list(scores.columns),
            [
                [
                    r[0],
                    fmt.number(r[1], lang=lang),
                    fmt.number(r[2], lang=lang),
                    fmt.number(r[3], 2, lang) if pd.notna(r[3]) else "–",
                    r[4],
                    r[5],
                ]
                for r in scores.itertuples(index=False)
            ],
            widths=(0.2, 0.12, 0.13, 0.15, 0.18, 0.22),
            align=("L", "R", "R", "R", "L", "L"),
        )
        if charts and record.scores["evaluated"].any():
            fig = charts_hr.skp_trend(record.scores, lang, person["name"])
            doc.image_png(
                pdf.chart_png(fig, width=1000, height=380),
                0.9,
                caption="Garis titik-titik: batas bawah kategori Baik (76).",
            )

    latest = hr.latest_evaluated(record.scores)
    if latest is not None:
        period = latest["period"]
        doc.section(f"3. Rincian SKP {fmt.semester(period, lang)}", min_room=60)
        x = record.targets[record.targets["period"] == period]
        doc.table(
            ["Indikator", "Aspek", "Target", "Realisasi", "Dari log layanan", "Satuan", "Capaian", "Capaian indikator"],
            [
                [
                    r.indicator,
                    hr.aspect_label(r.aspect, lang),
                    hr.value_text(r.target_value, lang=lang),
                    hr.value_text(r.realization_value, lang=lang),
                    (hr.value_text(round(r.computed_value, 2), lang=lang) if pd.notna(r.computed_value) else "")
                    + (" (berbeda)" if r.differs else ""),
                    r.measure_unit,
                    fmt.number(r.capaian, 2, lang),
                    fmt.number(r.indicator_capaian, 2, lang),
                ]
                for r in x.itertuples()
            ],
            widths=(0.25, 0.1, 0.09, 0.1, 0.11, 0.13, 0.1, 0.12),
            align=("L", "L", "R", "R", "R", "L", "R", "R"),
            size=8,
        )
        doc.paragraph(
            f"Nilai SKP {fmt.semester(period, lang)}: {fmt.number(latest['skp_score'], 2, lang)} "
            f"({latest['kategori']}). Capaian per aspek menurut Perka BKN 1/2013; realisasi kosong atau 0 "
            "bernilai 0. Kolom 'Dari log layanan' dihitung dari permohonan yang ditangani pegawai pada semester "
            "itu (status selesai).",
            size=8.5,
            style="I",
        )

    doc.section("4. Riwayat penilaian kinerja", min_room=50)
    if record.appraisals.empty:
        doc.paragraph(t("hr.not_appraised", lang=lang))
    else:
        doc.table(
            ["Semester", "Hasil kerja", "Perilaku kerja", "Predikat", "Penilai", "Umpan balik", "Rekomendasi"],
            [
                [
                    fmt.semester(a.period, lang),
                    hr.rating_label(a.rating_results, lang),
                    hr.rating_label(a.rating_behaviour, lang),
                    a.predikat + (f" (tercatat: {a.predikat_recorded})" if a.predikat_disagrees else ""),
                    a.appraiser_name if pd.notna(a.appraiser_name) else "–",
                    a.feedback if pd.notna(a.feedback) else "",
                    a.recommendation if pd.notna(a.recommendation) else "",
                ]
                for a in record.appraisals.itertuples()
            ],
            widths=(0.11, 0.11, 0.11, 0.12, 0.15, 0.2, 0.2),
            size=7.5,
        )
        doc.paragraph("Predikat menurut matriks PermenPANRB 6/2022 dari dua penilaian atasan.", size=8.5, style="I")

    doc.section("5. Layanan yang ditangani", min_room=50)
    services = record.services.sort_values("period")
    if services.empty:
        doc.paragraph(t("hr.services_none", lang=lang))
    else:
        doc.table(
            [
                "Semester",
                "Selesai",
                "Median waktu kerja",
                "Persentil 90",
                "Sesuai standar",
                "Perbaikan berkas",
                "Layanan sama: pegawai / harapan sejawat",
            ],
            [
                [
                    fmt.semester(s.period, lang),
                    fmt.number(s.volume, lang=lang),
                    fmt.duration(s.median_minutes, True, lang),
                    fmt.duration(s.p90_minutes, True, lang),
                    fmt.percent(s.on_standard_pct, lang=lang),
                    fmt.percent(s.rework_pct, lang=lang),
                    f"{fmt.percent(s.compared_pct, lang=lang)} / {fmt.percent(s.peer_expected_pct, lang=lang)} "
                    f"(n = {int(s.peer_n)})"
                    if s.peer_n >= hr.MIN_PEERS and s.compared_n > 0
                    else f"– (n = {int(s.peer_n)})",
                ]
                for s in services.itertuples()
            ],
            widths=(0.18, 0.09, 0.14, 0.15, 0.12, 0.12, 0.2),
            align=("L", "R", "R", "R", "R", "R", "R"),
        )
        doc.paragraph(
            f"Sejawat: pegawai lain pada unit dan jenis jabatan yang sama yang menyelesaikan permohonan pada semester "
            f"itu; tidak dibandingkan bila kurang dari {hr.MIN_PEERS} orang. Layanan sama: bagian sesuai standar "
            "pegawai untuk layanan yang juga ditangani sejawat, dan harapannya = bagian sejawat per layanan, "
            "ditimbang dengan jumlah permohonan pegawai per layanan. Waktu proses adalah waktu kerja (jam kantor "
            "pada hari kerja).",
            size=8.5,
            style="I",
        )

    hints = hr.consistency_hints(record, lang)
    doc.section("6. Catatan untuk rapat penilaian", min_room=30)
    doc.bullets([_plain(sentence) for _, sentence in hints] or [t("hr.hints_none", lang=lang)], size=9)

    doc.signatures(
        f"Semarang, {pdf.tanggal(today)}",
        [("Pegawai yang dinilai", person["name"], record.nip), _appraiser(record)],
    )
    return doc.output_bytes()


# ---------------------------------------------------------------- XLSX


def build_xlsx(record: hr.Record, names: dict[str, str], today: dt.date | None = None, lang: str = LANG) -> bytes:
    """The record as a workbook: identity, SKP per semester, every target, appraisals, services, hints."""
    today = today or dt.date.today()
    sheets = {
        t("hr.sheet_identity", lang=lang): pd.DataFrame(
            identity_rows(record, today, lang), columns=[t("hr.field", lang=lang), t("hr.value", lang=lang)]
        ),
        t("hr.sheet_scores", lang=lang): score_table(record, lang),
        t("hr.sheet_targets", lang=lang): target_table(record, names, lang),
        t("hr.sheet_appraisals", lang=lang): appraisal_table(record, lang),
        t("hr.sheet_services", lang=lang): services_table(record, lang),
        t("hr.sheet_hints", lang=lang): pd.DataFrame(
            [(fmt.semester(p, lang), s) for p, s in hr.consistency_hints(record, lang)],
            columns=[t("hr.semester", lang=lang), t("hr.hint", lang=lang)],
        ),
    }
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        for name, frame in sheets.items():
            export.safe_frame(frame).to_excel(writer, index=False, sheet_name=name[:31])
            sheet = writer.sheets[name[:31]]
            for i, column in enumerate(frame.columns, start=1):
                longest = max([len(str(column)), *(len(str(v)) for v in frame[column].head(200))])
                sheet.column_dimensions[sheet.cell(1, i).column_letter].width = min(max(10, longest + 2), 60)
            sheet.freeze_panes = "A2"
    return buffer.getvalue()
