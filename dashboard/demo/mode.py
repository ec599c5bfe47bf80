"""Demo mode: the demo store is built and served only when asked for ($KINERJA_DEMO=1).

Without it the served app never builds a store (a missing store file is an error to report,
not a door to open with the README's published passwords), serves no store marked as demo,
and refuses the demo user names (dashboard.access.auth). The guard lives at module level, not
in a Streamlit cache: a visitor's clear-cache message empties caches, never this.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from dashboard.access.auth import demo_mode

_lock = threading.Lock()
_checked: set[str] = set()


_served: set[str] = set()


def note_served(path: Path) -> None:
    """Remember that a store was served at ``path`` in this process."""
    _served.add(str(path))


def was_served(path: Path) -> bool:
    """Whether a store was served at ``path`` earlier in this process (so its absence now is a fault)."""
    return str(path) in _served


def pending(path: Path) -> bool:
    """Whether ``ensure_demo_store`` may still build at ``path`` in this process."""
    return demo_mode() and str(path) not in _checked


def ensure_demo_store(path: Path, progress: Callable[[float, str], None] | None = None) -> bool:
    """In demo mode, build the demo store at ``path`` once per process if the file is missing;
    True when it was built. Outside demo mode nothing is ever built."""
    if not demo_mode() or str(path) in _checked:
        return False
    with _lock:
        if str(path) in _checked:
            return False
        built = False
        if not path.exists():
            from dashboard.demo.build import build_demo

            build_demo(path, progress=progress)
            built = True
        _checked.add(str(path))
        return built
