"""Statutes (vedtægter) into chunks: one per § (per stk. when long) with its number, title and anchor.

Recognises § markers as they are written ("§ 1", "§1.", "§ 3a", "§ 4 Medlemmer", "§ 5. Kontingent",
"§ 9" with the title on the next line, and in documents named statutes "5. KONTINGENT" or a heading
"5. Kontingent"), sub-paragraphs ("Stk. 2", "stk. 3") and the adoption and amendment dates. Works on
Document/Section alone, so HTML pages, PDFs (one section per page) and text files are all read alike.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import quote

from ..documents import Chunk, Document, Section, StatuteRecord
from .markers import (
    ADOPTION_LINE,
    ADOPTION_TAIL,
    LIST_ITEM,
    MAX_GAP,
    SENTENCE_END,
    STK_MARK,
    Line,
    next_is_title,
    paragraph_marker,
    starts_block,
    statute_dates,
    tidy_title,
)
from .references import paragraph_heading

# A § longer than this (words) becomes one chunk per stk., so its citation points at the stk.
SPLIT_WORDS = 120
# A document is read as statutes from this many § markers, or fewer when it calls itself statutes.
MIN_PARAGRAPHS = 4
MIN_NAMED_PARAGRAPHS = 2
# Words of a § or stk. line used as a text fragment (#:~:text=…) when it has no anchor of its own.
FRAGMENT_WORDS = 6

_NAMED = re.compile(r"vedt(?:æ|ae)gt|\blove for\b|statut", re.IGNORECASE)
_PAGE_HEADING = re.compile(r"^Side \d+$")
_PARAGRAF_WORD = re.compile(r"^paragraf\s*\d", re.IGNORECASE | re.MULTILINE)


@dataclass
class _Stk:
    """One stk. of a § being read: its number, its label as written and its lines."""

    number: str          # "2"; "" while the § has no stk. labels
    label: str           # "Stk. 2." as written
    line: Line
    lines: list[str] = field(default_factory=list)


@dataclass
class _Paragraph:
    """One § being read: its number, title, the line that starts it and its stk."""

    number: str          # "7", "3a"
    title: str
    line: Line
    stks: list[_Stk] = field(default_factory=list)


@dataclass
class _Plain:
    """Ordinary text between or around the §§ (a preamble, a page's other sections)."""

    section: Section
    heading: str
    lines: list[Line] = field(default_factory=list)


def is_named_statutes(doc: Document) -> bool:
    """Whether a document calls itself statutes (title, first heading or URL)."""
    first = doc.sections[0].heading if doc.sections else ""
    return bool(_NAMED.search(doc.title) or _NAMED.search(first)
                or re.search(r"vedt(?:ae|%c3%a6)gt", doc.url, re.IGNORECASE))


def split_statutes(doc: Document) -> list[Section | Chunk]:
    """The document in reading order: a Chunk per § (or stk.), ordinary text as Sections.

    A document that holds no statutes comes back as its own sections, untouched.
    """
    named = is_named_statutes(doc)
    if not named and not any("§" in s.text or "§" in s.heading or _PARAGRAF_WORD.search(s.heading)
                             or _PARAGRAF_WORD.search(s.text) for s in doc.sections):
        return list(doc.sections)
    parts = _parse(doc, named)
    paragraphs = [p for p in parts if isinstance(p, _Paragraph)]
    if len(paragraphs) < (MIN_NAMED_PARAGRAPHS if named else MIN_PARAGRAPHS):
        return list(doc.sections)
    parts = _detach_adoption(parts)
    adopted, amended = statute_dates("\n".join(f"{s.heading}\n{s.text}" for s in doc.sections))
    dates = {k: v for k, v in (("adopted", adopted), ("amended", amended)) if v}
    out: list[Section | Chunk] = []
    for part in parts:
        if isinstance(part, _Paragraph):
            out.extend(_paragraph_chunks(doc, part, dates))
        elif section := _plain_section(part):
            out.append(section)
    return out


def _lines(doc: Document) -> list[Line]:
    lines: list[Line] = []
    for section in doc.sections:
        is_page = section.page is not None
        if section.heading and not (is_page and _PAGE_HEADING.match(section.heading)):
            # A PDF page's "heading" is only its first line: read it as text.
            lines.append(Line(section.heading.strip(), section, not is_page, True))
        for block in re.split(r"\n\s*\n", section.text):
            texts = [t.strip() for t in block.split("\n") if t.strip()]
            lines.extend(Line(t, section, False, i == 0) for i, t in enumerate(texts))
    return lines


def _parse(doc: Document, named: bool) -> list[_Paragraph | _Plain]:
    lines = _lines(doc)
    parts: list[_Paragraph | _Plain] = []
    current: _Paragraph | None = None
    plain: _Plain | None = None
    last: tuple[int, str] | None = None
    prev: Line | None = None
    i = 0
    while i < len(lines):
        line = lines[i]
        found = paragraph_marker(line, prev, named, last)
        if found:
            last, title, body = found
            if not title and not body and i + 1 < len(lines) and next_is_title(lines[i + 1]):
                i += 1
                title = tidy_title(lines[i].text)
            number = f"{last[0]}{last[1]}"
            current, plain = _Paragraph(number, title, line), None
            parts.append(current)
            if body:
                _add_body(current, body, line, None, from_marker=True)
        elif line.heading and (current is None or not current.line.heading
                               or line.section.level <= current.line.section.level):
            # A heading that is no § ends the run of §§: what follows it is ordinary text.
            current = None
            plain = _Plain(line.section, line.text)
            parts.append(plain)
        elif current is not None:
            _add_body(current, line.text, line, prev)
        else:
            if plain is None or plain.section is not line.section:
                plain = _Plain(line.section, line.section.heading)
                parts.append(plain)
            if not (line.block_start and line.text == plain.heading and not plain.lines):
                plain.lines.append(line)
        prev = lines[i]
        i += 1
    for part in parts:
        if isinstance(part, _Paragraph) and len(part.stks) > 1 and not part.stks[0].number:
            part.stks[0].number = "1"
    return parts


def _add_body(par: _Paragraph, text: str, line: Line, prev: Line | None,
              from_marker: bool = False) -> None:
    m = STK_MARK.match(text)
    if m and (from_marker or starts_block(line, prev)):
        n = int(m["n"])
        numbers = [int(s.number) for s in par.stks if s.number]
        expected = n <= 2 if not numbers else numbers[-1] < n <= numbers[-1] + MAX_GAP
        rest = m["rest"].strip()
        if expected and not (rest and (rest[0].islower() or rest[0] in ",;")):
            par.stks.append(_Stk(str(n), text[:m.start("rest")].strip(), line))
            if rest:
                par.stks[-1].lines.append(rest)
            return
    if not par.stks:
        par.stks.append(_Stk("", "", line))
    body = par.stks[-1].lines
    # A page break inside a sentence (PDF) continues the line; other breaks are kept.
    if (body and line.block_start and not SENTENCE_END.search(body[-1]) and text[:1].islower()
            and not LIST_ITEM.match(text)):
        body[-1] += " " + text
    else:
        body.append(text)


def _detach_adoption(parts: list[_Paragraph | _Plain]) -> list[_Paragraph | _Plain]:
    """The "Vedtaget … 2019" line after the last § is about the whole statutes: not part of that §."""
    last = next((p for p in reversed(parts) if isinstance(p, _Paragraph)), None)
    if last is None or not last.stks:
        return parts
    stk = last.stks[-1]
    if stk.lines and (tail := ADOPTION_TAIL.search(stk.lines[-1])):
        line = stk.lines.pop()
        stk.lines += [line[:tail.start()], line[tail.end():]]
    trailer: list[str] = []
    while stk.lines and ADOPTION_LINE.match(stk.lines[-1]):
        trailer.insert(0, stk.lines.pop())
    if not trailer:
        return parts
    at = parts.index(last) + 1
    where = stk.line.section
    anchor = where.anchor if where.page is not None else _fragment(where.anchor, trailer[0])
    section = Section(heading="", anchor=anchor, text="\n".join(trailer), level=where.level,
                      page=where.page)
    plain = _Plain(section, "", [Line(t, section, False, True) for t in trailer])
    return [*parts[:at], plain, *parts[at:]]


def _plain_section(part: _Plain) -> Section | None:
    if not part.lines:
        return None
    blocks: list[list[str]] = []
    for line in part.lines:
        if line.block_start or not blocks:
            blocks.append([])
        blocks[-1].append(line.text)
    s = part.section
    text = "\n\n".join("\n".join(b) for b in blocks)
    return Section(heading=part.heading, anchor=s.anchor, text=text, level=s.level, page=s.page)


def _fragment(anchor: str, text: str) -> str:
    """A text fragment (#:~:text=…) that opens the page at these words; "-" and "," escaped."""
    words = " ".join(text.split()[:FRAGMENT_WORDS])
    return f"{anchor}:~:text={quote(words, safe='').replace('-', '%2D')}"


def _anchor(line: Line) -> tuple[str, int | None]:
    """Where a citation of this line opens: the PDF page, the heading's id, or a text fragment."""
    section = line.section
    if section.page is not None:
        return section.anchor or f"page={section.page}", section.page
    if line.heading and section.anchor:
        return section.anchor, None
    return _fragment(section.anchor, line.text), None


def _paragraph_chunks(doc: Document, par: _Paragraph, dates: dict) -> list[Chunk]:
    stks = par.stks
    words = sum(len(line.split()) for s in stks for line in s.lines)
    groups = [[s] for s in stks] if len(stks) > 1 and words > SPLIT_WORDS else [stks]
    chunks = []
    for group in groups:
        pieces, spans, pos = [], [], 0
        for s in group:
            body = "\n".join(s.lines)
            prefix = f"{s.label} " if s.label and body else s.label
            spans.append([s.number, pos + len(prefix), pos + len(prefix) + len(body)])
            pieces.append(prefix + body)
            pos += len(prefix + body) + 1
        split = len(groups) > 1
        stk = group[0].number if split and group else ""
        start = group[0].line if split and group and group[0].label else par.line
        anchor, page = _anchor(start)
        chunks.append(Chunk(
            doc_url=doc.url, title=doc.title, heading=paragraph_heading(par.number, stk, par.title),
            anchor=anchor, text="\n".join(pieces) or par.line.text,
            url=f"{doc.url.split('#', 1)[0]}#{anchor}", paragraph=par.number, stk=stk, page=page,
            published=doc.published,
            statute=StatuteRecord(title=par.title, stks=tuple((s, a, b) for s, a, b in spans), **dates)))
    return chunks
