"""Forum Publik in a real browser at 1920x1080: every slide, stepped by the arrow keys and the buttons."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from tests.browser.helpers import SIDEBAR, assert_no_error, chart_has_data, screenshot, wait_for_app


def counter(page: Page):
    return page.locator(".pub-counter")


def test_public_slides_by_keyboard_and_buttons(app_server: str, page: Page) -> None:
    """A visitor (not signed in) presents all six slides: arrows and buttons step, the URL keeps the slide."""
    page.set_viewport_size({"width": 1920, "height": 1080})
    # The public's home page is served at the app's root URL.
    page.goto(f"{app_server}/?mode=presentasi&slide=1")
    wait_for_app(page, timeout=60_000)
    expect(page.locator(SIDEBAR)).to_be_hidden()
    expect(page.locator('header[data-testid="stHeader"]')).to_be_hidden()

    for number in range(1, 7):
        assert_no_error(page)
        expect(counter(page)).to_have_text(f"{number} / 6")
        assert re.search(rf"[?&]slide={number}\b", page.url), page.url
        if number > 1:
            assert chart_has_data(page), f"slide {number} draws no chart"
        else:
            expect(page.locator(".pub-headline")).to_contain_text("Peningkatan terbesar")
        page.screenshot(path=str(screenshot_path(f"public-slide-{number}")))
        if number == 6:
            break
        if number % 2:  # odd slides: the keyboard; even slides: the button
            page.keyboard.press("ArrowRight")
        else:
            page.locator(".st-key-pub_next button").click()
        wait_for_app(page, timeout=60_000)

    expect(page.locator(".st-key-pub_next button")).to_be_disabled()
    page.keyboard.press("ArrowLeft")
    wait_for_app(page, timeout=60_000)
    expect(counter(page)).to_have_text("5 / 6")
    page.locator(".st-key-pub_prev button").click()
    wait_for_app(page, timeout=60_000)
    expect(counter(page)).to_have_text("4 / 6")
    assert "slide=4" in page.url


def test_public_slide_on_a_phone(app_server: str, page: Page) -> None:
    """At 390 px the before/after slide stacks and still draws its chart with no error."""
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{app_server}/?mode=presentasi&slide=2")
    wait_for_app(page, timeout=60_000)
    assert_no_error(page)
    assert chart_has_data(page)
    screenshot(page, "public-slide-2-phone")


def screenshot_path(name: str):
    """Viewport-sized screenshots (a slide is one screen), listed with the others at the end of the run."""
    from tests.browser import helpers

    helpers.SCREENSHOTS_DIR.mkdir(parents=True, exist_ok=True)
    path = helpers.SCREENSHOTS_DIR / f"{name}.png"
    helpers.TAKEN.append(path)
    return path
