"""An analyser that splits on whitespace, so a test controls every term (no Danish analysis, no memo)."""
from __future__ import annotations


class Words:
    """Splits on whitespace, so the test controls every term."""

    def document_terms(self, text: str) -> list[str]:
        return text.split()

    def query_terms(self, text: str) -> list[str]:
        return text.split()

    def signature(self) -> str:
        return "words"
