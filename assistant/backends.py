"""Which backend holds shared state, chosen from Config: local (SQLite + memory) or Redis + PostgreSQL.

Unset ASSISTANT_REDIS_URL and ASSISTANT_DATABASE_URL give exactly the single-machine setup, with no
service to run. The Slack queue makes the same choice in assistant/slack/runtime.py.
"""
from __future__ import annotations

from typing import Callable

from .config import Config
from .dependency import Health
from .pg_store import PgStore
from .rate_limit_storage import local_storage_uri
from .shared_redis import redis_client, redis_health, redis_storage_options
from .store import Store

HealthCheck = Callable[[], Health]


def open_store(config: Config) -> Store | PgStore:
    """The question log and feedback: PostgreSQL when ASSISTANT_DATABASE_URL is set, else SQLite."""
    if config.database_url:
        return PgStore(config.database_url, retention_days=config.log_retention_days)
    return Store(config.db_path, retention_days=config.log_retention_days)


def limiter_storage(config: Config) -> tuple[str, dict]:
    """Flask-Limiter's storage URI and options (short timeouts for Redis, so it falls back fast);
    `memory://` counts in this process without timer threads (assistant/rate_limit_storage.py)."""
    uri = local_storage_uri(config.shared_rate_limit_storage)
    return uri, (redis_storage_options() if uri.startswith(("redis://", "rediss://")) else {})


def health_checks(config: Config, store: Store | PgStore) -> list[HealthCheck]:
    """What /healthz asks besides the index: each configured shared service."""
    checks: list[HealthCheck] = []
    if config.redis_url:
        client = redis_client(config.redis_url)
        checks.append(lambda: redis_health(client, config.redis_url))
    if isinstance(store, PgStore):
        checks.append(store.health)
    return checks
