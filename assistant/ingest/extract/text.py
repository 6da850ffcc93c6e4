"""Markdown and plain text into a Document: Markdown headings become sections, wrapped lines reflow."""
from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from ...documents import Document, Section, now_iso, slugify
from ...language.danish_dates import parse_date
from . import clean_inline, decode_bytes, reflow

MAX_TITLE_CHARS = 120
_ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_HEADING_ID = re.compile(r"\s*\{#([\w-]+)\}\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$")
_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+(.*)$")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_REF_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+")
_INLINE_RULES = (
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), ""),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),
    (re.compile(r"<(https?://[^>\s]+)>"), r"\1"),
    (re.compile(r"</?[A-Za-z][^>]*>"), ""),
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<!\w)_(?!\s)(.+?)(?<!\s)_(?!\w)"), r"\1"),
    (re.compile(r"~~(.+?)~~"), r"\1"),
    (re.compile(r"`([^`]*)`"), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])"), r"\1"),
)


def extract_text(content: bytes | str, url: str, markdown: bool) -> Document:
    """A Markdown (`markdown=True`) or plain-text file as a Document."""
    text = decode_bytes(content).replace("\r\n", "\n").replace("\r", "\n")
    if markdown:
        return _markdown(text, url)
    lines = text.split("\n")
    first = next((clean_inline(line) for line in lines if line.strip()), "")
    title = first if 0 < len(first) <= MAX_TITLE_CHARS else title_from_url(url)
    body = reflow(lines)
    sections = (Section(heading="", anchor="", text=body, level=1),) if body else ()
    return Document(url=url, title=title, sections=sections, content_type="text/plain",
                    fetched_at=now_iso()).with_hash()


def title_from_url(url: str) -> str:
    name = unquote(urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1])
    return clean_inline(re.sub(r"[-_]+", " ", name.rsplit(".", 1)[0])) or url


def markdown_inline(text: str) -> str:
    """Markdown inline markup (emphasis, links, code, HTML tags) flattened into plain text."""
    for pattern, replacement in _INLINE_RULES:
        text = pattern.sub(replacement, text)
    return clean_inline(text)


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    match = re.match(r"---\n(.*?)\n---\n", text, re.DOTALL)
    if not match:
        return {}, text
    fields = {}
    for line in match.group(1).split("\n"):
        key, sep, value = line.partition(":")
        if sep:
            fields[key.strip().casefold()] = value.strip().strip("\"'")
    return fields, text[match.end():]


class _MarkdownSections:
    """Collects paragraphs under the current heading; one pass over the lines."""

    def __init__(self) -> None:
        self.sections: list[Section] = []
        self.heading, self.anchor, self.level = "", "", 1
        self.paragraphs: list[str] = []
        self.lines: list[str] = []
        self.items: list[str] = []
        self.anchors: set[str] = set()
        self.first_h1 = ""

    def end_block(self) -> None:
        if self.lines:
            self.paragraphs.append(markdown_inline(" ".join(self.lines)))
        if self.items:
            self.paragraphs.append("\n".join(markdown_inline(item) for item in self.items))
        self.lines, self.items = [], []
        self.paragraphs = [p for p in self.paragraphs if p.strip()]

    def start_section(self, raw: str, level: int) -> None:
        self.end_block()
        if self.paragraphs:
            self.sections.append(Section(heading=self.heading, anchor=self.anchor,
                                         text="\n\n".join(self.paragraphs), level=self.level))
        self.paragraphs = []
        match = _HEADING_ID.search(raw)
        heading = markdown_inline(_HEADING_ID.sub("", raw))
        anchor = match.group(1) if match else slugify(heading) if heading else ""
        base, n = anchor, 2
        while anchor and anchor in self.anchors:
            anchor, n = f"{base}-{n}", n + 1
        self.anchors.add(anchor)
        if level == 1 and not self.first_h1:
            self.first_h1 = heading
        self.heading, self.anchor, self.level = heading, anchor, level


def _markdown(text: str, url: str) -> Document:
    fields, text = _front_matter(text)
    out = _MarkdownSections()
    fence = None
    code: list[str] = []
    for line in text.split("\n"):
        if fence:
            if line.strip().startswith(fence):
                out.paragraphs.append("\n".join(clean_inline(c) for c in code if c.strip()))
                fence, code = None, []
            else:
                code.append(line)
            continue
        if match := _FENCE.match(line):
            out.end_block()
            fence = match.group(1)
        elif match := _ATX.match(line):
            level = len(match.group(1))
            if level <= 4:
                out.start_section(match.group(2), level)
            else:
                out.end_block()
                out.lines.append(match.group(2))
                out.end_block()
        elif _SETEXT.match(line) and len(out.lines) == 1 and not out.items:
            heading = out.lines.pop()
            out.start_section(heading, 1 if line.strip().startswith("=") else 2)
        elif not line.strip() or _RULE.match(line) or _REF_DEFINITION.match(line):
            out.end_block()
        elif match := _ITEM.match(line):
            if out.lines:
                out.end_block()
            out.items.append(match.group(1))
        elif _TABLE_RULE.match(line):
            continue
        else:
            stripped = line.strip().lstrip(">").strip()
            if stripped.startswith("|"):
                if out.lines:
                    out.end_block()
                out.items.append(" | ".join(c.strip() for c in stripped.strip("|").split("|")))
            elif out.items and line[:1].isspace():
                out.items[-1] += " " + stripped
            else:
                if out.items:
                    out.end_block()
                out.lines.append(stripped)
    if fence and code:
        out.paragraphs.append("\n".join(clean_inline(c) for c in code if c.strip()))
    out.start_section("", 1)
    title = clean_inline(fields.get("title", "")) or out.first_h1 or title_from_url(url)
    return Document(url=url, title=title, sections=tuple(out.sections), content_type="text/markdown",
                    fetched_at=now_iso(), published=parse_date(fields.get("date", ""))).with_hash()
