"""Answering: a question into ranked passages, then cited sentences, quotes or a plain Danish decline."""
from .compose import ask
from .result import Answer, Citation

__all__ = ["Answer", "Citation", "ask"]
