"""In a real browser: a table's download is not on the server before it is clicked, and clicking
it delivers the formula-safe file and leaves an audit entry naming the user."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb

from dashboard.core.i18n import t
from tests.browser.conftest import private_copy, serve
from tests.browser.test_pages import PASSWORDS, open_page, sign_in


def test_a_download_is_built_and_audited_only_when_clicked(demo_store_path, tmp_path, browsers):
    store = private_copy(demo_store_path, tmp_path)
    page = browsers.open()  # Playwright's contexts accept downloads
    try:
        with serve(store) as base_url:
            media = []
            page.on("request", lambda r: media.append(r.url) if r.url.startswith(f"{base_url}/media/") else None)
            sign_in(page, "camat", PASSWORDS["camat"], at=base_url)
            open_page(page, t("camat.compare_title", lang="id"))
            button = page.get_by_role("button", name=t("common.download_csv", lang="id")).first
            button.wait_for()
            assert not re.search(r"(?<!static)/media/", page.content()) and media == []  # nothing registered yet
            with page.expect_download() as caught:
                button.click()
            path = Path(caught.value.path())
            content = path.read_bytes()
            file_name = caught.value.suggested_filename
            assert content.startswith("\ufeff".encode()) and file_name.endswith(".csv")
            assert [u for u in media if file_name in u or "/media/" in u]  # fetched once asked
    finally:
        browsers.close(page, keep=False)  # it has the test's request listener
    con = duckdb.connect(str(store), read_only=True)
    rows = con.execute(
        "select username, role, target, entry_hash is not null from audit_log where action = 'export'"
    ).fetchall()
    con.close()
    assert rows == [("camat", "camat", file_name, True)]
