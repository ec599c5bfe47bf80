"""Free loopback ports for the servers tests start (the dashboard, SMTP): a fixed port collides when two
pytest-xdist workers start such a server at the same time."""

from __future__ import annotations

import socket


def free_port() -> int:
    """A port nothing listens on now (the OS's choice among its unused ones)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
