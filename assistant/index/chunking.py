"""Documents into chunks: one per section or paragraph group, long ones cut at sentence boundaries."""
from __future__ import annotations

import re

from ..documents import Chunk, Document, Section
from ..statutes.parse import split_statutes

# A chunk should be "a few sentences": long enough to carry an answer, short enough that its
# citation points at the place that holds it.
TARGET_WORDS = 90
MAX_WORDS = 140

# Danish abbreviations that end in a full stop without ending the sentence.
ABBREVIATIONS = frozenset("""
bl.a f.eks m.m mv osv ca jf nr stk pkt kr mio mia evt inkl ekskl dvs hhv iht vedr tlf ang
el fx pga mht ift vha ref red jan feb mar apr jun jul aug sep sept okt nov dec kl hr fr dr prof
""".split())

# Danish quotes close with « or ” (»Sådan.« / ”Sådan.”), so both may follow the full stop.
_BOUNDARY = re.compile(r"(?<=[.!?…])(?P<close>[\"”»«)]*)\s+(?=[\"“«»(§]?[A-ZÆØÅ0-9])")


def split_sentences(text: str) -> list[str]:
    """Sentences of a paragraph; line breaks always end one (lists, addresses)."""
    sentences: list[str] = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        start = 0
        for match in _BOUNDARY.finditer(line):
            end = match.start() + len(match["close"])
            # Only the last word is wanted: rsplit stops at the first space from the end, where a
            # split() of the whole sentence only told whether it had a word (same outcome, ~7 %).
            last = line[start:match.start()].rstrip(".!?…").rsplit(None, 1)
            last_word = last[-1] if last else ""
            if last_word.casefold().lstrip("(") in ABBREVIATIONS or (
                len(last_word) == 1 and last_word.isalpha()
            ):
                continue
            sentences.append(line[start:end].strip())
            start = match.end()
        sentences.append(line[start:].strip())
    return [s for s in sentences if s]


def _word_count(text: str) -> int:
    return len(text.split())


def _pack(pieces: list[str], joiner: str) -> list[str]:
    """Join consecutive pieces into runs of about TARGET_WORDS words; a piece is never cut."""
    runs: list[str] = []
    current: list[str] = []
    words = 0
    for piece in pieces:
        n = _word_count(piece)
        if current and words + n > TARGET_WORDS:
            runs.append(joiner.join(current))
            current, words = [], 0
        current.append(piece)
        words += n
    if current:
        runs.append(joiner.join(current))
    return runs


def section_passages(text: str) -> list[str]:
    """Group a section's paragraphs into passages near TARGET_WORDS; never split a sentence.

    A paragraph longer than MAX_WORDS is first cut into runs of whole sentences.
    """
    pieces: list[str] = []
    for paragraph in (p.strip() for p in re.split(r"\n\s*\n", text)):
        if not paragraph:
            continue
        if _word_count(paragraph) > MAX_WORDS:
            pieces.extend(_pack(split_sentences(paragraph), " "))
        else:
            pieces.append(paragraph)
    return _pack(pieces, "\n\n")


def section_url(doc_url: str, anchor: str) -> str:
    """The link that opens the document at this section."""
    return f"{doc_url.split('#', 1)[0]}#{anchor}" if anchor else doc_url


def chunk_section(doc: Document, section: Section) -> list[Chunk]:
    """Chunks of one ordinary (non-statute) section."""
    return [
        Chunk(
            doc_url=doc.url,
            title=doc.title,
            heading=section.heading,
            anchor=section.anchor,
            text=passage,
            url=section_url(doc.url, section.anchor),
            page=section.page,
            published=doc.published,
        )
        for passage in section_passages(section.text)
    ]


def chunk_document(doc: Document) -> list[Chunk]:
    """All chunks of a document, in document order; statutes get one chunk per § (or stk.)."""
    chunks: list[Chunk] = []
    for part in split_statutes(doc):
        chunks.extend(chunk_section(doc, part) if isinstance(part, Section) else [part])
    return chunks
