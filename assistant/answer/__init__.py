"""Answering: a question into ranked passages, then cited sentences, quotes or a plain Danish decline."""
from .compose import Answer, Citation, ask

__all__ = ["Answer", "Citation", "ask"]
