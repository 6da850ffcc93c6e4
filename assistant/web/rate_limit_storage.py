"""In-process counters for the rate limit (`memory://`) that start no threads.

limits' own MemoryStorage expires its counters from a `threading.Timer` it starts again after
every few requests (a new thread each time, ~0.1 ms and a thread stack per start). Fixed-window
counters need no timer: an expired window reads as zero, and expired keys are swept inline at most
once per SWEEP_SECONDS, so the table holds only the windows still running.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable

from limits.storage import Storage

from ..config import Config
from ..shared_redis import redis_storage_options

LOCAL_MEMORY_URI = "assistant-memory://"
SWEEP_SECONDS = 60.0


def local_storage_uri(uri: str) -> str:
    """Flask-Limiter's storage for a configured URI: `memory://` means these counters."""
    return LOCAL_MEMORY_URI if uri.startswith("memory://") else uri


class LocalMemoryStorage(Storage):
    """Fixed-window counters in one process, safe for its threads; registered as LOCAL_MEMORY_URI."""

    STORAGE_SCHEME = [LOCAL_MEMORY_URI.removesuffix("://")]

    def __init__(self, uri: str | None = None, wrap_exceptions: bool = False,
                 clock: Callable[[], float] = time.time, **options):
        super().__init__(uri, wrap_exceptions=wrap_exceptions, **options)
        self.clock = clock
        self._lock = threading.Lock()
        self._windows: dict[str, tuple[int, float]] = {}   # key -> (count, window ends at)
        self._next_sweep = float("-inf")

    @property
    def base_exceptions(self) -> type[Exception]:
        return ValueError

    def incr(self, key: str, expiry: float, amount: int = 1) -> int:
        now = self.clock()
        with self._lock:
            self._sweep(now)
            count, ends = self._windows.get(key, (0, now))
            if ends <= now:
                count, ends = 0, now + expiry
            self._windows[key] = (count + amount, ends)
            return count + amount

    def get(self, key: str) -> int:
        count, ends = self._windows.get(key, (0, 0.0))
        return count if ends > self.clock() else 0

    def get_expiry(self, key: str) -> float:
        now = self.clock()
        _, ends = self._windows.get(key, (0, now))
        return ends if ends > now else now

    def check(self) -> bool:
        return True

    def reset(self) -> int:
        with self._lock:
            removed = len(self._windows)
            self._windows.clear()
        return removed

    def clear(self, key: str) -> None:
        with self._lock:
            self._windows.pop(key, None)

    def __len__(self) -> int:
        return len(self._windows)

    def _sweep(self, now: float) -> None:
        # Called with the lock held: forget windows that have ended.
        if now < self._next_sweep:
            return
        self._next_sweep = now + SWEEP_SECONDS
        for key in [k for k, (_, ends) in self._windows.items() if ends <= now]:
            del self._windows[key]


def limiter_storage(config: Config) -> tuple[str, dict]:
    """Flask-Limiter's storage URI and options (short timeouts for Redis, so it falls back fast);
    `memory://` counts in this process without timer threads (the counters below)."""
    uri = local_storage_uri(config.shared_rate_limit_storage)
    return uri, (redis_storage_options() if uri.startswith(("redis://", "rediss://")) else {})
