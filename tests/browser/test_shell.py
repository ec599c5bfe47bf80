"""The app shell in a real browser: the default page loads without errors."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.browser.helpers import assert_no_error, screenshot, wait_for_app


def test_tentang_data_loads(app_server: str, page: Page) -> None:
    """Opening the base URL shows the default page "Tentang Data", marked as demo data, with no error."""
    page.goto(app_server)
    wait_for_app(page)
    assert_no_error(page)

    app = page.locator('[data-testid="stApp"]')
    expect(app).to_contain_text("Tentang Data", use_inner_text=True)
    expect(app).to_contain_text("DATA DEMO", use_inner_text=True)

    screenshot(page, "tentang-data")
