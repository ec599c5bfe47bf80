"""A pegawai in a real browser: signs in, reads their own record (Kinerja Saya), sends a response to
the latest appraisal; then HR opens that employee's record and sees the response."""

from __future__ import annotations

import duckdb
from playwright.sync_api import expect

from dashboard.core.i18n import t
from tests.browser.helpers import MAIN, assert_no_error, screenshot, wait_for_app
from tests.browser.test_pages import PASSWORDS, sign_in

REASONS = "Bukti dukung rekap register bulan Juni belum dipertimbangkan."
PLAN = "Mengikuti pelatihan layanan daring pada bulan Januari."


def pegawai_nip(store) -> str:
    con = duckdb.connect(str(store), read_only=True)
    try:
        return con.execute("select nip from users where username = 'pegawai'").fetchall()[0][0]
    finally:
        con.close()


def test_pegawai_responds_and_hr_sees_it(browsers, app_server, demo_store_path, page):
    nip = pegawai_nip(demo_store_path)

    # the pegawai signs in and lands on their own record
    sign_in(page, "pegawai", PASSWORDS["pegawai"], at=app_server)
    page.locator("h1", has_text=t("self.title", lang="id")).first.wait_for()
    wait_for_app(page)
    assert_no_error(page)
    # the page may still be drawing its later sections when the app first looks idle: wait for them
    main = page.locator(MAIN)
    expect(main).to_contain_text("Anda telah menyelesaikan")
    expect(main).to_contain_text("Riwayat penilaian")
    nav = page.locator('[data-testid="stSidebarNav"]').inner_text()
    assert t("hr.search_title", lang="id") not in nav and t("hr.record_title", lang="id") not in nav

    # the response to the latest appraisal (the only one still open)
    form = page.locator('[data-testid="stForm"]', has_text=t("self.response_header", lang="id"))
    expect(form).to_have_count(1)
    form.get_by_text(t("self.response_object", lang="id"), exact=True).click()
    form.get_by_label(t("self.reasons_input", lang="id")).fill(REASONS)
    form.get_by_label(t("self.plan_input", lang="id")).fill(PLAN)
    form.get_by_role("button", name=t("self.response_submit", lang="id")).click()
    wait_for_app(page)
    expect(page.locator('[data-testid="stAlertContentSuccess"]')).to_contain_text("Tanggapan untuk Semester I 2026")
    assert_no_error(page)
    screenshot(page, "pegawai-kinerja-saya-tanggapan")

    # HR finds the employee and opens the record: the response is there, beside the ratings
    hr = browsers.open()
    try:
        sign_in(hr, "hr", PASSWORDS["hr"], at=app_server)
        hr.locator("h1", has_text=t("hr.search_title", lang="id")).first.wait_for()
        box = hr.get_by_label(t("hr.search_box", lang="id"))
        box.fill(nip)
        box.press("Enter")
        wait_for_app(hr)
        grid = hr.locator('[data-testid="stDataFrame"]').first
        bounds = grid.bounding_box()
        hr.mouse.click(bounds["x"] + 18, bounds["y"] + 35 + 17)  # the first row's selection cell
        wait_for_app(hr)
        hr.locator("h2", has_text=t("hr.appraisals_header", lang="id")).first.wait_for()
        wait_for_app(hr)
        assert_no_error(hr)
        record = hr.locator(MAIN)
        for shown in (REASONS, PLAN, t("self.response_object", lang="id")):
            expect(record).to_contain_text(shown)
        screenshot(hr, "hr-rekam-pegawai-tanggapan")
    finally:
        browsers.close(hr)
