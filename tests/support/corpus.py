"""The corpus the tests read: the bundled one, the test data folder, and documents a test writes."""
from __future__ import annotations

from assistant.config import REPO_ROOT
from assistant.documents import Document, Section, slugify

BUNDLED_CORPUS = REPO_ROOT / "corpus"
DATA = REPO_ROOT / "tests" / "data"


def make_document(url: str, title: str, sections: list[tuple[str, str]], **fields) -> Document:
    """A document from (heading, text) pairs; anchors are slugs of the headings."""
    return Document(url=url, title=title, sections=tuple(
        Section(heading=h, anchor=slugify(h) if h else "", text=t) for h, t in sections), **fields)
