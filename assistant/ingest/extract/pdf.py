"""PDF into a Document: one section per page with text, cited as `url#page=N`."""
from __future__ import annotations

import io
import re
import warnings

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from ...documents import Document, Section, now_iso
from ...language.danish_dates import parse_date
from . import UnreadableSource, clean_inline, reflow
from .text import title_from_url

NO_TEXT_LAYER = "PDF uden tekstlag"
BROKEN_PDF = "ulæselig PDF"
MAX_HEADING_CHARS = 70
MAX_HEADING_WORDS = 10
_PAGE_NUMBER = re.compile(r"^(?:side\s+)?\d{1,4}(?:\s*(?:/|af)\s*\d{1,4})?$", re.IGNORECASE)


def extract_pdf(content: bytes, url: str) -> Document:
    """The PDF's pages with text as sections; UnreadableSource (an ExtractionError) if it has none."""
    # pypdf reports recoverable damage through warnings too; the outcome is what matters here.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            reader = PdfReader(io.BytesIO(content), strict=False)
            if reader.is_encrypted and not reader.decrypt(""):
                raise UnreadableSource(f"{url}: PDF'en er krypteret og kan ikke læses.", BROKEN_PDF)
            pages = [_page_text(page) for page in reader.pages]
            info = reader.metadata or {}
            meta_title = clean_inline(str(info.get("/Title") or ""))
            created = str(info.get("/CreationDate") or "")
        except UnreadableSource:
            raise
        except (PyPdfError, ValueError, TypeError, KeyError, IndexError, AttributeError,
                RecursionError, OSError, NotImplementedError) as exc:
            raise UnreadableSource(
                f"{url}: PDF-filen er beskadiget og kan ikke læses ({type(exc).__name__}).",
                BROKEN_PDF) from exc
    sections = []
    for number, lines in enumerate(pages, start=1):
        section = _page_section(lines, number)
        if section:
            sections.append(section)
    if not sections:
        raise UnreadableSource(
            f"{url}: PDF'en har intet tekstlag (måske et scannet billede); "
            f"den springes over. Gem den med tekst (OCR) og prøv igen.", NO_TEXT_LAYER)
    title = meta_title or _first_heading(sections) or title_from_url(url)
    return Document(url=url, title=title, sections=tuple(sections), content_type="application/pdf",
                    fetched_at=now_iso(), published=_pdf_date(created)).with_hash()


def _page_text(page) -> list[str]:
    try:
        text = page.extract_text() or ""
    except (PyPdfError, ValueError, TypeError, KeyError, IndexError, AttributeError,
            ZeroDivisionError):
        # One unreadable page should not cost the rest of the publication.
        return []
    return [line for line in text.replace("\r", "\n").split("\n")
            if not _PAGE_NUMBER.match(line.strip())]


def _looks_like_heading(line: str, following: list[str]) -> bool:
    """A short first line without closing punctuation, followed by more text, reads as a heading."""
    return (bool(following) and 0 < len(line) <= MAX_HEADING_CHARS
            and len(line.split()) <= MAX_HEADING_WORDS and not line.endswith((".", ",", ";", ":"))
            and (line[:1].isupper() or line.startswith("§") or line[:1].isdigit())
            and any(c.isalpha() for c in line))


def _page_section(lines: list[str], number: int) -> Section | None:
    cleaned = [clean_inline(line) for line in lines]
    while cleaned and not cleaned[0]:
        cleaned.pop(0)
    if not any(cleaned):
        return None
    rest = cleaned[1:]
    if _looks_like_heading(cleaned[0], [line for line in rest if line]):
        heading, body = cleaned[0], reflow(rest)
    else:
        heading, body = f"Side {number}", reflow(cleaned)
    return Section(heading=heading, anchor=f"page={number}", text=body, level=2, page=number)


def _first_heading(sections: list[Section]) -> str:
    first = sections[0]
    return "" if first.heading.startswith("Side ") else first.heading


def _pdf_date(value: str) -> str | None:
    match = re.match(r"D:(\d{4})(\d{2})(\d{2})", value)
    return parse_date(f"{match[1]}-{match[2]}-{match[3]}") if match else None
