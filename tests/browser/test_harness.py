"""The harness's own promise: a browser from ``browsers.open()`` never saw a site, even when it reuses the
tab of an ended one (conftest.Browsers)."""

from __future__ import annotations

import http.server
import threading

import pytest


@pytest.fixture
def two_sites():
    """Two plain HTTP servers on loopback (two origins), serving an empty page."""

    class Empty(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<!doctype html><title>x</title>")

        def log_message(self, *args):
            pass

    servers = [http.server.ThreadingHTTPServer(("127.0.0.1", 0), Empty) for _ in range(2)]
    for server in servers:
        threading.Thread(target=server.serve_forever, daemon=True).start()
    yield [f"http://127.0.0.1:{server.server_port}/" for server in servers]
    for server in servers:
        server.shutdown()
        server.server_close()


STORED = "[localStorage.getItem('k'), sessionStorage.getItem('k'), document.cookie]"


def test_a_reused_tab_keeps_nothing_of_the_ended_browser(browsers, two_sites):
    page = browsers.open()
    for site in two_sites:
        page.goto(site)
        page.evaluate("localStorage.setItem('k', 'v'); sessionStorage.setItem('k', 'v'); document.cookie = 'k=v'")
    page.context.new_page().goto(two_sites[0])  # a second tab
    browsers.close(page)

    again = browsers.open(390, 844)
    assert again is page  # the kept tab, handed out again
    assert len(again.context.pages) == 1 and again.viewport_size == {"width": 390, "height": 844}
    for site in two_sites:
        again.goto(site)
        assert again.evaluate(STORED) == [None, None, ""], site
    browsers.close(again)
