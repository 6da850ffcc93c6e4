"""The one configuration object: a frozen dataclass built from defaults, environment and CLI flags."""
from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

REPO_ROOT = Path(__file__).resolve().parent.parent


def _setting(default: Any, env: str | None, help: str) -> Any:
    return field(default=default, metadata={"env": env, "help": help})


@dataclass(frozen=True)
class Config:
    """Every setting of the assistant; README "Konfiguration" lists them all."""

    corpus_dir: Path = _setting(REPO_ROOT / "corpus", "ASSISTANT_CORPUS",
                                "Folder with one JSON file per document.")
    index_path: Path = _setting(REPO_ROOT / "var" / "index.bm25", "ASSISTANT_INDEX",
                                "The BM25 index file built by `python indexer.py build`.")
    db_path: Path = _setting(REPO_ROOT / "var" / "assistant.sqlite3", "ASSISTANT_DB",
                             "SQLite file for feedback and the question log.")
    contact_url: str = _setting("https://balance-danmark.dk/", "ASSISTANT_CONTACT_URL",
                                "Where a declined answer sends people to reach the secretariat.")
    host: str = _setting("127.0.0.1", "ASSISTANT_HOST", "Address `python server.py` listens on.")
    port: int = _setting(8000, "ASSISTANT_PORT", "Port `python server.py` listens on.")
    allowed_origins: tuple[str, ...] = _setting((), "ASSISTANT_ALLOWED_ORIGINS",
                                                "Comma-separated origins allowed to call the API "
                                                "from a browser (the widget's host sites); "
                                                "empty: same origin only.")
    public_url: str = _setting("", "ASSISTANT_PUBLIC_URL",
                               "The service's public base URL (used in widget snippets); "
                               "empty: taken from the request.")
    rate_limit: str = _setting("30 per minute;300 per hour", "ASSISTANT_RATE_LIMIT",
                               "Questions allowed per client address (Flask-Limiter syntax).")
    rate_limit_storage: str = _setting("memory://", "ASSISTANT_RATE_LIMIT_STORAGE",
                                       "Where rate-limit counters live: memory:// for one worker, "
                                       "redis://host:port for several.")
    proxy_hops: int = _setting(0, "ASSISTANT_PROXY_HOPS",
                               "Reverse proxies in front of the app whose X-Forwarded-For/-Proto "
                               "are trusted (the rate limit needs the real client address); "
                               "0: none.")
    max_request_bytes: int = _setting(16 * 1024, "ASSISTANT_MAX_REQUEST_BYTES",
                                      "Largest accepted JSON request body in bytes.")
    index_check_seconds: float = _setting(2.0, "ASSISTANT_INDEX_CHECK_SECONDS",
                                          "How often a worker checks whether the index file "
                                          "was replaced.")
    log_retention_days: int = _setting(180, "ASSISTANT_LOG_RETENTION_DAYS",
                                       "Question-log rows older than this are deleted.")
    admin_token: str = _setting("", "ASSISTANT_ADMIN_TOKEN",
                                "Bearer token for /admin/report; empty: the page is off.")
    slack_bot_token: str = _setting("", "SLACK_BOT_TOKEN", "Slack bot token (xoxb-…).")
    slack_signing_secret: str = _setting("", "SLACK_SIGNING_SECRET",
                                         "Slack signing secret for request verification.")
    slack_app_token: str = _setting("", "SLACK_APP_TOKEN", "App-level token (xapp-…) for Socket Mode.")
    slack_api_url: str = _setting("https://slack.com/api/", "SLACK_API_URL",
                                  "Slack Web API base URL (a local fake in tests).")
    slack_command: str = _setting("/spørg", "SLACK_COMMAND", "Name of the slash command.")
    slack_colleague_channel: str = _setting("", "SLACK_COLLEAGUE_CHANNEL",
                                            "Channel (or user group channel) that gets "
                                            "\"Spørg en kollega\" questions.")
    slack_worker_threads: int = _setting(8, "SLACK_WORKER_THREADS",
                                         "Slack answers posted at the same time per server process "
                                         "(each waits on Slack's Web API).")
    slack_digest_channel: str = _setting("", "SLACK_DIGEST_CHANNEL",
                                         "Channel for the weekly digest.")
    user_agent: str = _setting("Balance-assistenten/1.0 (+https://balance-danmark.dk/)",
                               "ASSISTANT_USER_AGENT",
                               "User-Agent of the crawler, naming the assistant and a contact.")
    crawl_delay: float = _setting(1.0, "ASSISTANT_CRAWL_DELAY",
                                  "Seconds between two requests to the same host.")
    crawl_max_pages: int = _setting(5000, "ASSISTANT_CRAWL_MAX_PAGES", "Most pages one crawl fetches.")
    crawl_timeout: float = _setting(20.0, "ASSISTANT_CRAWL_TIMEOUT",
                                    "Seconds the crawler waits for a server to answer (read timeout).")
    crawl_retries: int = _setting(2, "ASSISTANT_CRAWL_RETRIES",
                                  "Extra attempts after a timeout or a 5xx answer.")
    crawl_backoff: float = _setting(2.0, "ASSISTANT_CRAWL_BACKOFF",
                                    "Seconds before the first retry; doubled for each further one.")
    crawl_max_bytes: int = _setting(20 * 1024 * 1024, "ASSISTANT_CRAWL_MAX_BYTES",
                                    "Largest page or PDF the crawler downloads, in bytes.")

    def replace(self, **changes: Any) -> "Config":
        """A copy with the given fields changed; None values (unset CLI flags) are ignored."""
        changes = {k: _coerce(self, k, v) for k, v in changes.items() if v is not None}
        return dataclasses.replace(self, **changes)

    @property
    def slack_enabled(self) -> bool:
        return bool(self.slack_bot_token and (self.slack_signing_secret or self.slack_app_token))


def _coerce(config: Config, name: str, value: Any) -> Any:
    kind = type(getattr(config, name))
    if isinstance(value, kind):
        return value
    if kind is tuple:
        return tuple(part.strip() for part in str(value).split(",") if part.strip())
    if issubclass(kind, Path):
        return Path(value)
    return kind(value)


def from_env(environ: Mapping[str, str] | None = None, **overrides: Any) -> Config:
    """Build a Config from environment variables, then CLI overrides (the only reader of os.environ)."""
    environ = os.environ if environ is None else environ
    base = Config()
    values: dict[str, Any] = {}
    for f in dataclasses.fields(Config):
        env = f.metadata.get("env")
        if env and environ.get(env, "") != "":
            try:
                values[f.name] = _coerce(base, f.name, environ[env])
            except ValueError as exc:
                raise SystemExit(f"Ugyldig værdi i {env}: {environ[env]!r} ({exc})") from None
    return base.replace(**values).replace(**overrides)


def describe() -> list[tuple[str, str, str]]:
    """(environment variable, default, help) for every setting, for the README and --help."""
    rows = []
    for f in dataclasses.fields(Config):
        default = f.default
        if isinstance(default, Path):
            default = default.relative_to(REPO_ROOT) if default.is_relative_to(REPO_ROOT) else default
        if isinstance(default, tuple):
            default = ",".join(default)
        rows.append((f.metadata.get("env") or "", str(default), f.metadata["help"]))
    return rows
