"""What a replica says about a shared service it depends on (Redis, PostgreSQL): reachable or why not."""
from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from .errors import AssistantError


class SharedServiceDown(AssistantError):
    """Redis or PostgreSQL cannot be reached; the message is Danish and names no password."""

    status = 503


@dataclass(frozen=True)
class Health:
    """One dependency's state for /healthz: `reason` (Danish) is set when it is not reachable."""

    name: str
    ok: bool
    reason: str = ""
    details: dict = field(default_factory=dict)

    def to_json(self) -> dict:
        return {"ok": self.ok, **({"reason": self.reason} if self.reason else {}), **self.details}


def safe_url(url: str) -> str:
    """A database or Redis URL without its password, for logs and /healthz."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = f"{parts.username or ''}:***@{parts.hostname or ''}" + (f":{parts.port}" if parts.port else "")
    return parts._replace(netloc=netloc).geturl()
