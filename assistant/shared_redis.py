"""The one way to reach the shared Redis of several replicas: short timeouts, so an outage costs little."""
from __future__ import annotations

import redis

from .dependency import Health, safe_url

# A request waits at most this long for Redis before the replica carries on without it.
REDIS_TIMEOUT_SECONDS = 0.5


def redis_client(url: str) -> redis.Redis:
    """A client for ASSISTANT_REDIS_URL; connections are made on first use (and again after a fork)."""
    return redis.Redis.from_url(url, decode_responses=True, socket_timeout=REDIS_TIMEOUT_SECONDS,
                                socket_connect_timeout=REDIS_TIMEOUT_SECONDS, health_check_interval=30)


def redis_storage_options() -> dict:
    """The same timeouts for Flask-Limiter's Redis storage."""
    return {"socket_timeout": REDIS_TIMEOUT_SECONDS, "socket_connect_timeout": REDIS_TIMEOUT_SECONDS}



def redis_health(client: redis.Redis, url: str) -> Health:
    """Whether Redis answers a PING right now."""
    try:
        client.ping()
    except redis.RedisError as exc:
        return Health("redis", False, f"Redis ({safe_url(url)}) svarer ikke: {exc}",
                      {"url": safe_url(url)})
    return Health("redis", True, details={"url": safe_url(url)})
