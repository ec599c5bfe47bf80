"""Ten people use the dashboard while the admin imports new service logs, and go on after it.

No session sees an error, and after the import every session shows the new data on its
next interaction, without a restart (the import runs through the app's own connection on
the Impor Data page; readers keep the old data until it commits).
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import time
from pathlib import Path

import duckdb
import pytest
from playwright.sync_api import Page, expect

from dashboard.core.i18n import t
from tests.browser.conftest import private_copy, serve
from tests.browser.helpers import MAIN, SIDEBAR, assert_no_error, screenshot, select_option, wait_for_app
from tests.browser.test_pages import PASSWORDS, open_page, open_pages, sign_in_all

# The import is confirmed with the first round of ten concurrent page views (the sessions opened and signed in
# before it); rounds go on during the import and ROUNDS_AFTER after it has committed.
ROUNDS_AFTER = 1
MAX_S = 180  # a round that never ends is a failure, not a hang
NEW_LOGS = 3_000
# (role, pages it walks through, by Indonesian title)
WALKERS = [
    ("public", ["public.title", "about.title"]),
    ("camat", ["camat.overview_title", "speed.title", "camat.compare_title", "about.title"]),
    ("hr", ["hr.search_title", "camat.detail_title", "about.title"]),
    ("lurah", ["camat.overview_title", "speed.title", "about.title"]),
]


def new_logs_csv(store: Path, folder: Path) -> Path:
    """NEW_LOGS valid service logs received in November 2026 (working hours), as the import contract."""
    con = duckdb.connect(str(store), read_only=True)
    services = [r[0] for r in con.execute("select service_id from services order by 1").fetchall()]
    con.close()
    path = folder / "log_baru.csv"
    start = dt.datetime(2026, 11, 2, 8, 30)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            [
                "request_id",
                "service_id",
                "unit_id",
                "handled_by",
                "channel",
                "received_at",
                "completed_at",
                "due_at",
                "status",
                "rework_count",
            ]
        )
        for i in range(NEW_LOGS):
            day = start + dt.timedelta(days=(i % 5))  # Mon 2 .. Fri 6 Nov 2026
            received = day + dt.timedelta(minutes=i % 300)
            writer.writerow(
                [
                    f"BARU-{i:05d}",
                    services[i % len(services)],
                    "33.74.09.1001",
                    "",
                    "loket",
                    received.isoformat(sep=" "),
                    (received + dt.timedelta(minutes=45)).isoformat(sep=" "),
                    "",
                    "selesai",
                    0,
                ]
            )
    return path


def log_counts_shown(pages: list[Page]) -> list[str]:
    """The text of Tentang Data (which shows the service_logs row count) in every page, opened at once."""
    open_pages(pages, t("about.title", lang="id"), timeout=60_000)
    for page in pages:
        page.locator(f'{MAIN} [data-testid="stDataFrame"]').first.wait_for()
    return [page.locator(MAIN).inner_text() for page in pages]


@pytest.fixture(scope="module")
def server(demo_store_path, tmp_path_factory):
    folder = tmp_path_factory.mktemp("concurrency")
    store = private_copy(demo_store_path, folder)
    csv_path = new_logs_csv(store, folder)
    con = duckdb.connect(str(store))
    before = con.execute("select count(*) from service_logs").fetchall()[0][0]
    # a demo store that already had its first import: importing into it keeps the demo accounts
    # the walkers are signed in with (the first import into a demo store removes them)
    con.execute("update settings set value = 'false' where key = 'is_demo'")
    con.close()
    with serve(store) as base_url:
        yield base_url, csv_path, before


def test_ten_sessions_during_an_import(browsers, server):
    """Ten sessions open, sign in, then move through pages during and after an import; no errors, new data seen."""
    base_url, csv_path, before = server
    # ten browsers, each a session of its own on the server; the first browser of each role signs in
    # and the others of that role take its cookies (as if each had signed in), so the walk starts sooner
    opened: list[Page] = []

    def new_page(timeout: float = 60_000) -> Page:
        opened.append(browsers.open(1280, 800, timeout))
        return opened[-1]

    try:
        walkers = [(new_page(), [t(key, lang="id") for key in titles], role) for role, titles in WALKERS * 3][:10]
        admin = new_page(120_000)
        firsts = {role: page for page, _, role in reversed(walkers)} | {"admin": admin}
        for role, page in firsts.items():  # the sign-in page, or for the public a light page: the walk is the test
            page.goto(f"{base_url}/{'tentang-data' if role == 'public' else 'masuk'}", wait_until="commit")
        for page in firsts.values():
            wait_for_app(page, timeout=60_000)
        sign_in_all(
            [(page, role, PASSWORDS[role]) for role, page in firsts.items() if role != "public"], timeout=60_000
        )
        for page, _, role in walkers:  # the other sessions open at once
            if page is not firsts[role]:
                page.context.add_cookies(firsts[role].context.cookies())
                page.goto(f"{base_url}/tentang-data", wait_until="commit")
        for page, _, role in walkers:  # signed in, or for the public, offered "Masuk"
            expect(page.locator(SIDEBAR)).to_contain_text(
                t("auth.sign_in" if role == "public" else "auth.sign_out", lang="id"), timeout=60_000
            )
            wait_for_app(page, timeout=60_000)

        open_page(admin, t("impor.title", lang="id"))
        select_option(admin, t("impor.table", lang="id"), "service_logs")
        admin.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(csv_path))
        admin.get_by_role("button", name=t("impor.confirm", lang="id")).wait_for()
        wait_for_app(admin, timeout=120_000)

        steps, after = 0, 0
        imported = False
        done = admin.locator(f"{MAIN} h3", has_text=re.compile(rf"^\s*{t('impor.done', lang='id')}\s*$"))
        started = time.monotonic()
        while after < ROUNDS_AFTER:
            assert time.monotonic() - started < MAX_S, f"{steps} rounds in {MAX_S} s, the import not finished"
            committed = imported and done.count() > 0  # before the round: it then runs on the new data
            # every session clicks at once, so the server serves them concurrently
            for index, (page, titles, _) in enumerate(walkers):
                title = titles[(steps + index) % len(titles)]
                page.locator('[data-testid="stSidebarNav"] a', has_text=title).first.click()
            if not imported:
                admin.get_by_role("button", name=t("impor.confirm", lang="id")).click()
                imported = True
            for page, _, _ in walkers:
                wait_for_app(page, timeout=60_000)
                assert_no_error(page)
            steps += 1
            after += committed
        wait_for_app(admin, timeout=120_000)
        assert_no_error(admin)
        expected = f"{before + NEW_LOGS:,}".replace(",", ".")
        # the next interaction of every session shows the new row count
        pages = [page for page, _, _ in walkers]
        for page, shown in zip(pages, log_counts_shown(pages), strict=True):
            assert expected in shown
            assert_no_error(page)
        screenshot(pages[1], "concurrency-after-import")
        took = time.monotonic() - started
        print(f"{steps} rounds of 10 concurrent page views in {took:.0f} s; service_logs {before} -> {expected}")
    finally:
        for page in opened:
            browsers.close(page)
