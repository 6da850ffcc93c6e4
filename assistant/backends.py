"""Which backend holds shared state, chosen from Config: local (SQLite + memory) or Redis + PostgreSQL.

Unset ASSISTANT_REDIS_URL and ASSISTANT_DATABASE_URL give exactly the single-machine setup, with no
service to run. The Slack queue makes the same choice in assistant/slack/runtime.py.
"""
from __future__ import annotations

from collections.abc import Callable

from .config import Config
from .dependency import Health
from .quality.question_log import QuestionLog
from .quality.question_log_pg import PgQuestionLog
from .shared_redis import redis_client, redis_health

HealthCheck = Callable[[], Health]


def open_store(config: Config) -> QuestionLog | PgQuestionLog:
    """The question log and feedback: PostgreSQL when ASSISTANT_DATABASE_URL is set, else SQLite."""
    if config.database_url:
        return PgQuestionLog(config.database_url, retention_days=config.log_retention_days)
    return QuestionLog(config.db_path, retention_days=config.log_retention_days)


def health_checks(config: Config, store: QuestionLog | PgQuestionLog) -> list[HealthCheck]:
    """What /healthz asks besides the index: each configured shared service."""
    checks: list[HealthCheck] = []
    if config.redis_url:
        client = redis_client(config.redis_url)
        checks.append(lambda: redis_health(client, config.redis_url))
    if isinstance(store, PgQuestionLog):
        checks.append(store.health)
    return checks
