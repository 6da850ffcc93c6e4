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
