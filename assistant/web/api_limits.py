"""The API's rate limits (questions and searches share one; feedback has its own), counted in a few
steps per request.

Flask-Limiter resolved a route's limits anew on every request (its limit string parsed again, the
blueprint's exemptions and meta limits walked, the limits sorted, request objects built): ~0.1 ms of
the ~0.35 ms an answered question cost in the app besides the answer (in one process, the answer
cache warm; `benchmarks/ask_peer_bench.py` prints the limit's share, "hastighedsgrænse").
This limit is parsed once and counted with the `limits` library Flask-Limiter itself uses, with its
fixed windows, storage and keys, so counters shared with other replicas (Redis) and the response
headers stay as they were. Only the admin page's login limit is left to Flask-Limiter (it counts
refusals only, after the response), so its hooks run for the admin page's requests alone.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import NamedTuple

from flask import Response, g
from flask_limiter import Limiter
from limits import RateLimitItem, parse_many
from limits.storage import storage_from_string
from limits.strategies import FixedWindowRateLimiter
from werkzeug.exceptions import TooManyRequests

from ..errors import ConfigError
from .rate_limit_storage import LocalMemoryStorage

log = logging.getLogger(__name__)

QUESTIONS = "questions"
# While the shared storage (Redis) is unreachable, counting is in this process's memory; it is tried
# again this often.
RECHECK_SECONDS = 30.0


class Counted(NamedTuple):
    """What a request's check found, for its response headers."""

    item: RateLimitItem
    key: str
    scope: str
    counter: FixedWindowRateLimiter
    allowed: bool


class LimitCounters:
    """The counters every API limit of one app counts in: the configured storage (one connection pool
    to Redis, not one per limit) and this process's memory while that storage is away. When a question
    finds the storage away, feedback counts in memory too, without waiting for its own timeout."""

    def __init__(self, storage_uri: str, storage_options: dict, clock: Callable[[], float] = time.time):
        self.shared = FixedWindowRateLimiter(storage_from_string(storage_uri, **storage_options))
        self.is_local = storage_uri.startswith(LocalMemoryStorage.STORAGE_SCHEME[0])
        self.local = self.shared if self.is_local else FixedWindowRateLimiter(LocalMemoryStorage())
        self.clock = clock
        self._shared_down_until = float("-inf")

    def current(self) -> FixedWindowRateLimiter:
        if self.is_local or self.clock() >= self._shared_down_until:
            return self.shared
        return self.local

    def shared_failed(self) -> None:
        log.warning("Hastighedsgrænsens fælles lager svarer ikke: der tælles i processens "
                    "hukommelse, og lageret prøves igen om %.0f s.", RECHECK_SECONDS)
        self._shared_down_until = self.clock() + RECHECK_SECONDS


class ApiLimit:
    """One limit string for every client address, shared by the routes it decorates under `scope`
    (Flask-Limiter's scope: a shared limit's name, or a route's endpoint)."""

    def __init__(self, limit: str, counters: LimitCounters, switch: Limiter,
                 key_func: Callable[[], str], scope: str = QUESTIONS):
        try:
            # Shortest window first, as Flask-Limiter checks them: a refusal names the first one used up.
            self.items = sorted(parse_many(limit))
        except ValueError:
            raise ConfigError(f"ASSISTANT_RATE_LIMIT kan ikke læses: {limit!r}. Skriv fx "
                              "\"30 per minute;300 per hour\".") from None
        self.counters = counters
        # Flask-Limiter's `enabled` stays the one switch for every limit of the app.
        self.switch = switch
        self.key_func = key_func
        self.scope = scope

    def check(self) -> None:
        """Count this request against each window; 429 when one is used up."""
        counted = self.count(self.key_func())
        if counted is None:
            return
        g.api_limit = counted
        if not counted.allowed:
            raise TooManyRequests()

    def count(self, key: str) -> Counted | None:
        """Count a request from `key` against each window (None while the limits are switched off)."""
        if not self.switch.enabled:
            return None
        counters = self.counters
        counter = counters.current()
        try:
            return self._hit(counter, key)
        except Exception:  # noqa: BLE001 - any failure of the shared storage: count in memory
            if counter is counters.local:
                raise
            counters.shared_failed()
            return self._hit(counters.local, key)

    def decorate(self, view: Callable) -> Callable:
        """The view, checked against this limit before it runs."""
        def limited(*args, **kwargs):
            self.check()
            return view(*args, **kwargs)
        limited.__name__, limited.__doc__ = view.__name__, view.__doc__
        return limited

    def _hit(self, counter: FixedWindowRateLimiter, key: str) -> Counted:
        for item in self.items:
            if not counter.hit(item, key, self.scope):
                return Counted(item, key, self.scope, counter, False)
        return Counted(self.items[0], key, self.scope, counter, True)


def add_limit_headers(response: Response) -> Response:
    """The limit headers (limit_headers) of the limit this request was counted against (an
    after-request hook of the routes' blueprint)."""
    counted = g.pop("api_limit", None)
    if counted is not None:
        response.headers.extend(limit_headers(counted))
    return response


def limit_headers(counted: Counted) -> list[tuple[str, str]]:
    """X-RateLimit-Limit / -Remaining / -Reset and Retry-After for a counted request, as
    Flask-Limiter wrote them; none when the storage went away after the count."""
    try:
        reset, remaining = counted.counter.get_window_stats(counted.item, counted.key, counted.scope)
    except Exception:  # noqa: BLE001 - the storage went away after the check: no headers
        return []
    reset_at = int(reset + 1)
    return [("X-RateLimit-Limit", str(counted.item.amount)), ("X-RateLimit-Remaining", str(remaining)),
            ("X-RateLimit-Reset", str(reset_at)), ("Retry-After", str(int(reset_at - time.time())))]
