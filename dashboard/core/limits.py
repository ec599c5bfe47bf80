"""Budgets for what visitors can make the server do (audit entries, deck builds): at most so
many events per session and so many in all within a sliding window. In memory, per process."""

from __future__ import annotations

import collections
import threading
import time


class Budget:
    def __init__(self, per_session: int, per_process: int, window: float) -> None:
        self.per_session, self.per_process, self.window = per_session, per_process, window
        self._sessions: dict[str, collections.deque] = {}
        self._all: collections.deque = collections.deque()
        self._lock = threading.Lock()

    def allow(self, session: str, now: float | None = None) -> bool:
        """Count one event of ``session`` if both budgets have room; whether it was counted."""
        now = time.monotonic() if now is None else now
        with self._lock:
            self._expire(self._all, now)
            mine = self._sessions.get(session, collections.deque())
            self._expire(mine, now)
            if len(mine) >= self.per_session or len(self._all) >= self.per_process:
                return False
            mine.append(now)
            self._all.append(now)
            self._sessions[session] = mine
            if len(self._sessions) > 10 * self.per_process:  # forget sessions whose window has passed
                for key in [k for k, v in self._sessions.items() if not v or now - v[-1] > self.window]:
                    del self._sessions[key]
            return True

    def _expire(self, times: collections.deque, now: float) -> None:
        while times and now - times[0] > self.window:
            times.popleft()
