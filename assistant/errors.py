"""Exceptions of the assistant: each carries an HTTP status and a Danish message for the user."""
from __future__ import annotations


class AssistantError(Exception):
    """Base error: `message` is Danish and safe to show to a user; `status` is the HTTP status."""

    status = 500

    def __init__(self, message: str, status: int | None = None):
        super().__init__(message)
        self.message = message
        if status is not None:
            self.status = status


class QuestionError(AssistantError):
    """The question itself is unusable (empty, too long, not text)."""

    status = 400


class IndexFormatError(AssistantError):
    """The index file is missing, corrupt, truncated or from another format version."""

    status = 503


class CorpusError(AssistantError):
    """A corpus document cannot be read or written."""

    status = 500


class ExtractionError(AssistantError):
    """A source document (HTML, PDF, text) cannot be turned into text."""

    status = 422


class ConfigError(Exception):
    """A setting (environment, .env file) the assistant cannot start with; `message` is Danish.

    Not an AssistantError on purpose: it is no user's request gone wrong but the operator's setup,
    so it passes every request-level handler up to the entry point, which prints the message and
    exits with 1 (`assistant.cli.exits_on_bad_settings`; gunicorn's `create_app()`).
    """

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message
