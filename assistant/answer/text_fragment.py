"""Links that open a source at the very words cited: URL text fragments (`#anchor:~:text=…`).

Browsers that support text fragments (Chromium, Safari, Firefox 131+) scroll to and highlight
the words; others ignore the directive and still land on the section's anchor. PDFs keep their
`#page=N` link: PDF viewers do not search text fragments, and older ones misread the page.
The directive's syntax and encoding follow the WICG Text Fragments spec
(wicg.github.io/scroll-to-text-fragment).
"""
from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

# A longer quote is linked by its first and last words (`textStart,textEnd`): a shorter link
# that still highlights the whole range.
MAX_EXACT_WORDS = 10
RANGE_WORDS = 4
# Sentence punctuation at the end need not match the page exactly.
_TRAILING = re.compile(r"[\s.!?:;,]+$")


def encode_term(text: str) -> str:
    """Percent-encode a directive term: the spec's syntax characters `&`, `-` and `,` too."""
    return quote(text, safe="").replace("-", "%2D")


def text_directive(quoted: str) -> str:
    """`text=start` or `text=start,end` for the quoted words ('' when there are none)."""
    words = _TRAILING.sub("", " ".join(quoted.split())).split(" ")
    words = [w for w in words if w]
    if not words:
        return ""
    if len(words) <= MAX_EXACT_WORDS:
        return "text=" + encode_term(" ".join(words))
    start, end = " ".join(words[:RANGE_WORDS]), " ".join(words[-RANGE_WORDS:])
    return f"text={encode_term(start)},{encode_term(end)}"


def fragment_url(url: str, quoted: str) -> str:
    """The source URL with a text fragment of the quoted words; other URLs are left as they are."""
    directive = text_directive(quoted)
    parts = urlsplit(url)
    if (not directive or parts.scheme not in ("http", "https") or ":~:" in url
            or parts.path.lower().endswith(".pdf") or parts.fragment.startswith("page=")):
        return url
    base, _, anchor = url.partition("#")
    return f"{base}#{anchor}:~:{directive}"
