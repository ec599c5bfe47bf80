"""The dashboard behind the shipped reverse proxy (deploy/Caddyfile, Debian's caddy): security
headers, no framing, /_stcore/metrics closed, a request-size limit, the app working through it
(websocket), and a sign-in that survives a reload."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from dashboard.core.i18n import t
from tests.browser.conftest import REPO_ROOT, _health, _tail, private_copy, serve, stop
from tests.browser.helpers import ARTIFACTS_DIR, SIDEBAR, assert_no_error, screenshot, wait_for_app
from tests.browser.test_pages import PASSWORDS, sign_in
from tests.ports import free_port

CADDYFILE = REPO_ROOT / "deploy" / "Caddyfile"


def _proxy_port() -> int:
    """KINERJA_PROXY_PORT (a port of the caller's own range), else a free one."""
    return int(os.environ.get("KINERJA_PROXY_PORT") or free_port())


@contextlib.contextmanager
def caddy(upstream: str, folder: Path) -> Iterator[str]:
    """deploy/Caddyfile run by Debian's caddy in front of ``upstream`` on a loopback port (plain
    HTTP: the site name carries the scheme, so no certificate is asked for); yields its base URL."""
    binary = shutil.which("caddy")
    if binary is None:
        reason = "caddy is missing: run ./dev setup (installs Debian's caddy)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    port = _proxy_port()
    base_url = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "KINERJA_SITE": base_url,
        "KINERJA_UPSTREAM": upstream.removeprefix("http://"),
        "CADDY_ADMIN": "off",
        "KINERJA_ACCESS_LOG": str(folder / "access.log"),
        "XDG_DATA_HOME": str(folder / "data"),
        "XDG_CONFIG_HOME": str(folder / "config"),
        "HOME": str(folder),
    }
    ARTIFACTS_DIR.mkdir(parents=True, exist_ok=True)
    log_path = ARTIFACTS_DIR / f"caddy-{port}.log"
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            [binary, "run", "--adapter", "caddyfile", "--config", str(CADDYFILE)],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 30
        while _health(f"{base_url}/_stcore/health") != "ok":
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"caddy did not start; log {log_path}:\n{_tail(log_path)}", pytrace=False)
            time.sleep(0.2)  # polling a process from outside the browser: no page to wait on
        yield base_url
    finally:
        stop(proc)


@pytest.fixture(scope="module")
def proxied(demo_store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """(proxy URL, direct URL) of the dashboard on a private demo store behind deploy/Caddyfile."""
    folder = tmp_path_factory.mktemp("deploy")
    with serve(private_copy(demo_store_path, folder)) as direct, caddy(direct, folder) as proxy:
        yield proxy, direct


def _get(url: str, data: bytes | None = None, method: str = "GET") -> tuple[int, dict[str, str]]:
    request = urllib.request.Request(url, data=data, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, {k.lower(): v for k, v in response.headers.items()}
    except urllib.error.HTTPError as error:
        return error.code, {k.lower(): v for k, v in error.headers.items()}


def test_the_proxy_sends_the_security_headers_and_forbids_framing(proxied):
    proxy, _ = proxied
    status, headers = _get(f"{proxy}/")
    assert status == 200
    assert headers["x-frame-options"] == "DENY"
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["strict-transport-security"].startswith("max-age=")
    assert headers["referrer-policy"] == "same-origin"
    assert "server" not in headers


def test_the_proxy_closes_the_metrics_and_limits_request_size(proxied):
    proxy, direct = proxied
    assert _get(f"{direct}/_stcore/metrics")[0] == 200  # Streamlit serves them...
    assert _get(f"{proxy}/_stcore/metrics")[0] == 404  # ...the proxy does not
    assert _oversized_put(proxy) == 413
    adapted = subprocess.run(
        [shutil.which("caddy"), "adapt", "--adapter", "caddyfile", "--config", str(CADDYFILE)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "CADDY_ADMIN": "off"},
    ).stdout
    assert '"max_size":55000000' in adapted  # 55 MB, refused by the proxy itself whatever the upstream does


def _oversized_put(base_url: str, size: int = 60 * 1024 * 1024) -> int:
    """The status answered to an upload of ``size`` bytes (the server may answer and close before
    the whole body is sent)."""
    import socket

    host, port = base_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(
            f"PUT /_stcore/upload_file/x/y HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Length: {size}\r\n"
            "Content-Type: application/octet-stream\r\n\r\n".encode()
        )
        chunk = b"\0" * (1024 * 1024)
        with contextlib.suppress(OSError):
            for _ in range(size // len(chunk)):
                sock.sendall(chunk)
        answer = sock.recv(200).decode(errors="replace")
    return int(answer.split()[1])


def test_the_app_works_through_the_proxy(proxied, page):
    proxy, _ = proxied
    page.goto(f"{proxy}/")
    wait_for_app(page)
    assert_no_error(page)
    page.locator("h1").first.wait_for()  # the websocket carried the page
    screenshot(page, "deploy-forum-publik-through-caddy")


def test_a_sign_in_survives_a_reload_through_the_proxy(proxied, page):
    proxy, _ = proxied
    sign_in(page, "camat", PASSWORDS["camat"], at=proxy)
    page.reload()
    wait_for_app(page)
    page.locator(SIDEBAR, has_text=t("auth.sign_out", lang="id")).wait_for(timeout=30_000)
