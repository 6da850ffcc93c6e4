"""An HTML content tree into sections: blocks become paragraphs, lists lines, h1–h4 new sections."""
from __future__ import annotations

import re

from bs4.element import NavigableString, PreformattedString, Tag

from ...documents import Section, slugify
from . import clean_inline

HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4}
# Elements that end the paragraph before them and start a new one (h5/h6 are bold paragraphs here).
BLOCKS = frozenset("""p div section article main header footer blockquote pre address figure
figcaption h5 h6 hr details summary center body html""".split())
# A list or table is one paragraph: its items and rows are lines, so a passage keeps them together.
LISTS = frozenset({"ul", "ol", "dl", "table"})
LINE_STARTS = frozenset({"li", "dt", "dd", "tr", "caption"})
CELLS = frozenset({"td", "th"})
_WS = re.compile(r"\s+")


class SectionWalker:
    """Walks the content tree once, turning blocks into paragraphs and headings into sections."""

    def __init__(self) -> None:
        self.sections: list[Section] = []
        self.heading, self.anchor, self.level = "", "", 1
        self.paragraphs: list[str] = []
        self.inline: list[str] = []
        self.anchors: set[str] = set()
        self.grouping = 0  # inside lists and tables, blocks become lines of one paragraph
        self.pre = 0
        self.row_started = False

    def walk(self, root: Tag) -> list[Section]:
        """The sections under `root` in document order; headings without text below are dropped."""
        stack: list[tuple[object, bool]] = [(root, False)]
        while stack:
            node, leaving = stack.pop()
            if leaving:
                self._leave(node)
            elif isinstance(node, NavigableString):
                if not isinstance(node, PreformattedString):
                    self.inline.append(str(node) if self.pre else _WS.sub(" ", node))
            elif node.name in HEADINGS:
                self._heading(node)
            else:
                self._enter(node)
                stack.append((node, True))
                stack.extend((child, False) for child in reversed(node.contents))
        self._start_section("", "", 1)
        return self.sections

    def _enter(self, tag: Tag) -> None:
        name = tag.name
        if name == "br":
            self.inline.append("\n")
        elif name in LISTS:
            if not self.grouping:
                self._flush()
            self.grouping += 1
            self.inline.append("\n")
        elif name in LINE_STARTS:
            self.inline.append("\n")
            self.row_started = True
        elif name in CELLS:
            if not self.row_started:
                self.inline.append(" | ")
            self.row_started = False
        elif name in BLOCKS:
            self._boundary()
        if name == "pre":
            self.pre += 1

    def _leave(self, tag: Tag) -> None:
        name = tag.name
        if name in LISTS:
            self.grouping -= 1
            self.inline.append("\n")
            if not self.grouping:
                self._flush()
        elif name in LINE_STARTS:
            self.inline.append("\n")
        elif name in BLOCKS:
            self._boundary()
        if name == "pre":
            self.pre -= 1

    def _boundary(self) -> None:
        if self.grouping:
            self.inline.append("\n")
        else:
            self._flush()

    def _flush(self) -> None:
        if not self.inline:
            return
        lines = (clean_inline(line) for line in "".join(self.inline).split("\n"))
        text = "\n".join(line for line in lines if line)
        self.inline.clear()
        if text:
            self.paragraphs.append(text)

    def _heading(self, tag: Tag) -> None:
        for br in tag.find_all("br"):
            br.replace_with(" ")
        text = clean_inline(_WS.sub(" ", tag.get_text()))
        if not text:
            return
        anchor = tag.get("id") or ""
        if not anchor:
            named = tag.find(lambda t: t.name == "a" and (t.get("id") or t.get("name")))
            anchor = (named.get("id") or named.get("name")) if named else ""
        if not anchor:
            base = slugify(text)
            anchor, n = base, 2
            while anchor in self.anchors:
                anchor, n = f"{base}-{n}", n + 1
        self.anchors.add(anchor)
        self._start_section(text, anchor, HEADINGS[tag.name])

    def _start_section(self, heading: str, anchor: str, level: int) -> None:
        self._flush()
        if self.paragraphs:
            self.sections.append(Section(heading=self.heading, anchor=self.anchor,
                                         text="\n\n".join(self.paragraphs), level=self.level))
        self.heading, self.anchor, self.level = heading, anchor, level
        self.paragraphs = []
