"""The Forum Publik slides without Streamlit: suppression at 9/10, words computed from the data,
no name or NIP in any slide, chart or the PDF deck (the honest before/after and public privacy rules, docs/DESIGN.md)."""

from __future__ import annotations

import datetime as dt
import io
import math

import duckdb
import pandas as pd
import pytest
from pypdf import PdfReader

from dashboard.core import queries
from dashboard.core.store import refresh_facts
from dashboard.public import deck
from dashboard.public import logic as public
from tests.fixture_store import build_fixture_store

EVENT = dt.date(2025, 3, 5)  # the fixture store's policy event
TODAY = dt.date(2025, 12, 1)
# Working days without holidays or cuti bersama, before and after the fixture's event.
BEFORE_DAYS = [dt.date(2025, 1, d) for d in (6, 7, 8, 9, 10, 13, 14, 15, 16, 17, 20, 21, 22, 23, 24)]
AFTER_DAYS = [
    dt.date(2025, m, d) for m, ds in ((4, (14, 15, 16, 17, 18, 21, 22, 23, 24, 25)), (5, (5, 6, 7, 8, 9))) for d in ds
]


def add_service(
    con, service_id: str, name: str, standard: int, before: int, after: int, n_before: int, n_after: int
) -> None:
    """A service with n_before requests of ``before`` working minutes (Jan 2025) and n_after of ``after`` (Apr-May 2025)."""
    con.execute("insert into services values (?, ?, 'Uji', ?, 0)", [service_id, name, standard])
    rows = []
    for side, days, minutes, n in (("b", BEFORE_DAYS, before, n_before), ("a", AFTER_DAYS, after, n_after)):
        for i in range(n):
            start = dt.datetime.combine(days[i % len(days)], dt.time(9, 0))
            rows.append((f"{service_id}-{side}{i}", service_id, start, start + dt.timedelta(minutes=minutes)))
    con.executemany(
        "insert into service_logs values (?, ?, '33.74.09.1001', null, 'loket', ?, ?, null, 'selesai', 0)", rows
    )
    refresh_facts(con)


def querier(path):
    con = duckdb.connect(str(path), read_only=True)

    def q(name: str, **params) -> pd.DataFrame:
        cursor = con.cursor()
        try:
            return queries.run(cursor, name, **params)
        finally:
            cursor.close()

    return q, con


def settings(measure: str = "working") -> public.Settings:
    return public.Settings(EVENT, "Mulai evaluasi", measure, 6, TODAY)


@pytest.fixture
def store(tmp_path):
    return build_fixture_store(tmp_path / "public.duckdb")


def slides_of(path, measure="working"):
    q, con = querier(path)
    try:
        return public.build_slides(q, settings(measure), "id")
    finally:
        con.close()


def test_suppress_blanks_rows_below_ten():
    """The one suppression rule: n 9 is blanked and marked, n 10 is kept."""
    frame = pd.DataFrame({"n": [9, 10], "share": [50.0, 60.0], "grade": ["A", "B"]})
    out = public.suppress(frame, ["n"], ["share", "grade"])
    assert out["suppressed"].tolist() == [True, False]
    assert math.isnan(out["share"][0]) and out["grade"][0] is None and math.isnan(out["n"][0])
    assert out["share"][1] == 60.0 and out["grade"][1] == "B" and out["n"][1] == 10


def test_nine_requests_suppressed_ten_shown(store):
    """A service with 9 requests in a period is suppressed everywhere; one with 10 is shown."""
    con = duckdb.connect(str(store))
    add_service(con, "S9", "Layanan Sembilan", 60, 120, 30, 9, 9)
    add_service(con, "S10", "Layanan Sepuluh", 60, 120, 30, 10, 10)
    con.close()
    slides = {s.key: s for s in slides_of(store)}

    # slide 5: requests served since the policy, per service
    per_service = slides["served"].figures[0].data[0]
    labels = dict(zip(per_service.y, per_service.text, strict=True))
    # 9 (S9) + 3 (S1) + 2 (S2) + 1 (S3) merged into one row of 15, so the total of 25 gives nothing away
    assert labels == {"Layanan Sepuluh": "10", "Layanan lainnya": "15"}
    assert "Layanan Sembilan" not in slides["served"].text() and "9" not in labels.values()

    # slide 2: before/after; only the service with 10 on both sides is compared
    dumbbell = slides["before_after"].figures[0]
    services_drawn = {y for trace in dumbbell.data for y in (trace.y or [])}
    assert "Layanan Sepuluh" in services_drawn and "Layanan Sembilan" not in services_drawn
    assert "Layanan Sembilan" in slides["before_after"].text()  # named as suppressed...
    assert "data terlalu sedikit" in slides["before_after"].text()  # ...and marked so

    # slide 6: the 9-request service never becomes a public target
    assert "Layanan Sembilan" not in slides["next"].text()


def test_requests_served_counts_each_request_once_across_whole_and_part_months(store):
    """public_requests_served (slide 5) counts the whole months of its range from the monthly counts and the
    part-months at both ends from the logs: exact counts at every boundary, equal to counting the logs."""
    con = duckdb.connect(str(store))
    con.execute("insert into services values ('SB', 'Layanan Batas', 'Uji', 60, 0)")
    received = [
        (dt.datetime(2025, 3, 4, 16, 0), "selesai"),  # the day before date_from
        (dt.datetime(2025, 3, 5, 8, 0), "selesai"),  # date_from itself, in a part-month
        (dt.datetime(2025, 3, 31, 15, 0), "selesai"),
        (dt.datetime(2025, 4, 1, 0, 0), "selesai"),  # a month's first instant
        (dt.datetime(2025, 4, 10, 9, 0), "selesai"),  # a whole month
        (dt.datetime(2025, 6, 2, 9, 0), "proses"),  # open: not served
        (dt.datetime(2025, 7, 1, 0, 0), "selesai"),  # a month's first instant, in the part-month before date_to
        (dt.datetime(2025, 7, 15, 9, 0), "selesai"),
        (dt.datetime(2025, 7, 20, 9, 0), "selesai"),  # date_to: not included
    ]
    con.executemany(
        "insert into service_logs values (?, 'SB', '33.74.09.1001', null, 'loket', ?, ?, null, ?, 0)",
        [
            (f"SB-{i}", at, at + dt.timedelta(minutes=30) if status == "selesai" else None, status)
            for i, (at, status) in enumerate(received)
        ],
    )
    refresh_facts(con)
    con.close()
    q, con = querier(store)
    try:
        for start, end, expected in [
            (dt.date(2025, 3, 5), dt.date(2025, 7, 20), 6),
            (dt.date(2025, 3, 5), dt.date(2025, 7, 1), 4),  # date_to on a month's start
            (dt.date(2025, 3, 5), dt.date(2025, 3, 31), 1),  # within one month
            (dt.date(2025, 3, 1), dt.date(2025, 5, 1), 5),  # whole months only
            (dt.date(2025, 4, 1), dt.date(2025, 4, 2), 1),
            (dt.date(2025, 4, 1), dt.date(2025, 4, 1), 0),  # empty
            (dt.date(2025, 7, 20), dt.date(2025, 3, 5), 0),  # backwards: empty
        ]:
            served = q("public_requests_served", date_from=start, date_to=end)
            per_service = served[served["dim"] == "service"].set_index("key")["n"]
            assert per_service.get("SB", 0) == expected, (start, end)
            counted = con.execute(
                "select service_id, count(*) from service_logs where status = 'selesai' and received_at >= ? "
                "and received_at < ? group by all",
                [start, end],
            ).fetchall()
            assert per_service.to_dict() == dict(counted), (start, end)  # every service, not only SB
            assert served[served["dim"] == "unit"]["n"].sum() == per_service.sum()
    finally:
        con.close()


def test_headline_and_captions_follow_the_data(store):
    """Change the store and the words change: the headline names the largest proven gain."""
    con = duckdb.connect(str(store))
    add_service(con, "S4", "Surat Uji Satu", 60, 120, 30, 12, 12)
    con.close()
    first = slides_of(store)
    assert first[0].headline == (
        "Peningkatan terbesar: pengurusan Surat Uji Satu umumnya selesai dalam 30 menit (jam kerja) "
        "(5 Mar 2025 – 4 Sep 2025), dari 2 jam (5 Sep 2024 – 4 Mar 2025)."
    )
    assert (
        "12 permohonan sebelum (5 Sep 2024 – 4 Mar 2025) dan 12 sesudah (5 Mar 2025 – 4 Sep 2025)"
        in first[0].captions[0]
    )
    assert ("Median waktu proses, campuran layanan tetap", "-75 %") in first[0].tiles

    con = duckdb.connect(str(store))
    add_service(con, "S5", "Surat Uji Dua", 60, 240, 20, 15, 15)
    con.close()
    second = slides_of(store)
    assert second[0].headline.startswith(
        "Peningkatan terbesar: pengurusan Surat Uji Dua umumnya selesai dalam 20 menit"
    )
    assert second[1].captions != first[1].captions
    assert "2 dari 2 layanan lebih cepat" in second[1].captions[0]
    # elapsed time is the presenter's other choice; the words say which one
    elapsed = slides_of(store, "elapsed")
    assert "waktu kalender" in elapsed[1].captions[0]


def test_no_gain_gives_an_honest_headline(store):
    """No service with enough requests: the headline says so instead of claiming a gain."""
    assert slides_of(store)[0].headline == "Belum ada layanan yang terbukti lebih cepat sejak kebijakan."


def test_target_rounds_half_the_gap_up_to_five():
    assert public.target_share(73.2) == 90.0
    assert public.target_share(40.0) == 70.0
    assert public.target_share(99.0) == 100.0


# ---------------------------------------------------------------- the demo store: privacy and the deck


@pytest.fixture(scope="module")
def demo(demo_store_copy):
    path = demo_store_copy  # the session's demo store (tests/conftest.py), copied for this module
    con = duckdb.connect(str(path), read_only=True)
    people = con.execute("select nip, name from employees").fetchall()
    event, label = con.execute("select event_date, label from policy_events order by event_date limit 1").fetchone()
    as_of = con.execute("select value from settings where key = 'demo_as_of'").fetchone()[0]
    con.close()
    q, con = querier(path)
    slides = public.build_slides(q, public.Settings(event, label, "working", 6, dt.date.fromisoformat(as_of)), "id")
    con.close()
    return people, slides


def personal_strings(people) -> list[str]:
    """Every NIP and every name (with and without its degree) of the store."""
    out = []
    for nip, name in people:
        out += [nip, name, name.split(",")[0].strip()]
    return out


def test_no_name_or_nip_in_any_slide_or_chart(demo):
    """Privacy: no employee name or NIP in any slide's words or chart JSON (tooltips included)."""
    people, slides = demo
    assert len(people) > 20 and len(slides) == 6
    assert all(s.figures for s in slides[1:]), "every slide after the headline has a chart on the demo store"
    rendered = "\n".join(s.text() + "".join(f.to_json() for f in s.figures) for s in slides)
    leaks = [p for p in personal_strings(people) if p in rendered]
    assert leaks == []


def test_deck_pdf_16_9_with_qr_and_no_personal_data(demo, monkeypatch):
    """The PDF deck: one 16:9 page per slide, the words of the slides, the public URL, no name or NIP."""
    people, slides = demo
    monkeypatch.setenv("KINERJA_PUBLIC_URL", "https://kinerja.example.go.id/forum-publik")
    pdf, pngs = deck.build(slides, "id", demo=True)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 6 and len(pngs) == 6
    box = reader.pages[0].mediabox
    assert abs(float(box.width) / float(box.height) - 16 / 9) < 0.01
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Apa yang berubah bagi warga?" in text
    assert slides[0].headline.split()[1] in text  # the headline's service name
    assert "https://kinerja.example.go.id/forum-publik" in reader.pages[-1].extract_text()
    assert "Data demo" in text
    assert [p for p in personal_strings(people) if p in text] == []
    from PIL import Image

    assert Image.open(io.BytesIO(pngs[0])).size == (1920, 1080)
    assert pngs[-1] != pngs[-2]
