"""Session-wide fixtures for store paths (the browser harness lives in tests/browser/)."""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]

# In-process tests open, copy and delete stores under the app's feet: no background re-warming
# there (tests/test_data_cache.py turns it on for its own test; browser servers have it on).
os.environ["KINERJA_REWARM"] = "0"
# No scheduler (inbox scans, nightly backups, digests) in test processes or the servers they start,
# unless a test asks for it (tests/browser/test_ops.py, tests/test_ops_page.py).
os.environ.setdefault("KINERJA_SCHEDULER", "0")

# Most tests serve the demo store, which the app serves only in demo mode (tests of the
# refusal outside it unset this with monkeypatch).
os.environ["KINERJA_DEMO"] = "1"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--screenshots",
        action="store_true",
        help="save a full-page screenshot of each screen the browser tests look at, into "
        "test-artifacts/screenshots/ (a failed browser test saves one in any case)",
    )


def pytest_configure(config: pytest.Config) -> None:
    from tests.browser import helpers

    helpers.SAVE_SCREENSHOTS = config.getoption("--screenshots")


@pytest.fixture(scope="session")
def demo_store_path(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Path:
    """One small demo DuckDB store per test run, built by the project's own CLI (the suite's
    pytest-xdist workers share it: the first to need it builds it under a file lock).

    Treat it as read-only: copy it when a test needs to write or when a server process
    will hold it open (DuckDB file locks are per process).
    """
    shared = tmp_path_factory.getbasetemp() if worker_id == "master" else tmp_path_factory.getbasetemp().parent
    path = shared / "demo-store" / "kinerja-demo.duckdb"
    with open(shared / "demo-store.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if not path.exists():
            path.parent.mkdir(exist_ok=True)
            subprocess.run(
                [sys.executable, "-m", "dashboard", "demo", "--db", str(path), "--logs", "20000", "--seed", "7"],
                check=True,
                cwd=REPO_ROOT,
            )
    return path


@pytest.fixture(scope="module")
def demo_store_copy(demo_store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the session's demo store for one test module, which may write to it (a copy
    costs a few milliseconds, a build seconds)."""
    path = tmp_path_factory.mktemp("demo-copy") / "kinerja-demo.duckdb"
    shutil.copyfile(demo_store_path, path)
    return path
