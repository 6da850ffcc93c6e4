"""Turning source files (HTML, PDF, Markdown, text) into Documents: shared decoding and text tidying."""
from __future__ import annotations

import codecs
import re

import webencodings

from ...errors import ExtractionError

# Bytes at the start of a file that settle its encoding whatever a header claims.
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
# Old Danish pages without a charset are Windows-1252 (a superset of Latin-1's printable range).
FALLBACK_ENCODING = "windows-1252"
_SPACE = re.compile(r"[^\S\n]+")
# Invisible characters, and control characters (C0 but whitespace, DEL, C1): a page's escape
# sequences and bidi overrides never reach the corpus, the answers or a terminal.
_INVISIBLE = dict.fromkeys([*map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), *range(0x00, 0x09),
                            *range(0x0e, 0x20), *range(0x7f, 0xa0), *range(0x202a, 0x202f),
                            *range(0x2066, 0x206a)])
_LINE_ITEM = re.compile(r"^(?:[•▪◦·\-–*]\s|\d{1,3}[.)]\s|[a-zæøå][.)]\s|§\s*\d|stk\.\s*\d)",
                        re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?:…»\"”)]$")
_HYPHEN_KEEPERS = frozenset({"og", "eller", "samt", "til", "som", "men"})


class UnreadableSource(ExtractionError):
    """A file that cannot be turned into text; `reason` is a short Danish label for summaries."""

    def __init__(self, message: str, reason: str):
        super().__init__(message)
        self.reason = reason


def failure_reason(exc: Exception) -> str:
    """The Danish summary label for why one page or file could not be turned into a Document."""
    if isinstance(exc, UnreadableSource):
        return exc.reason
    if isinstance(exc, ExtractionError):
        return exc.message
    return f"kunne ikke læses ({type(exc).__name__})"


def decode_bytes(content: bytes | str, declared: str | None = None) -> str:
    """Text of a file whose declared charset may be missing or wrong.

    A byte-order mark wins; valid non-ASCII UTF-8 is UTF-8 whatever was declared (Latin-1 text is
    practically never valid UTF-8); otherwise the declared charset if it is a web encoding, then
    Windows-1252. Never raises: a hostile label cannot stop a crawl.
    """
    if isinstance(content, str):
        return content
    for bom, encoding in _BOMS:
        if content.startswith(bom):
            return content.decode(encoding, errors="replace")
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        pass
    codec = web_codec(declared)
    if codec is not None:
        try:
            return codec.decode(content)[0]
        except UnicodeError:
            pass
    return content.decode(FALLBACK_ENCODING, errors="replace")


def web_codec(label: str | None) -> codecs.CodecInfo | None:
    """The Python codec for a charset label as browsers read it, or None for junk or UTF-8/Latin-1.

    Only the WHATWG Encoding Standard's labels count (the `webencodings` table): a page may not
    choose a Python codec such as `zlib`, `base64`, `undefined` or `unicode_escape`. Latin-1 as
    declared on the web means Windows-1252, which is the fallback anyway.
    """
    encoding = webencodings.lookup(label.strip().strip("\"'")) if label else None
    if encoding is None or encoding.name in ("utf-8", "windows-1252", "replacement"):
        return None
    return encoding.codec_info


def charset_of(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type header, if any."""
    match = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", content_type or "", re.IGNORECASE)
    return match.group(1) if match else None


def clean_inline(text: str) -> str:
    """Collapse whitespace (NBSP included) to single spaces and drop invisible characters."""
    return _SPACE.sub(" ", text.translate(_INVISIBLE)).strip()


def reflow(lines: list[str]) -> str:
    """Hard-wrapped lines into paragraphs ("\\n\\n") and items ("\\n"); hyphenated words rejoined.

    A line break is kept where a new item or § starts, and a paragraph ends at a blank line or where
    a clearly short line closes a sentence; other breaks were only the layout's line width.
    """
    cleaned = [clean_inline(line) for line in lines]
    width = max((len(line) for line in cleaned), default=0)
    paragraphs: list[str] = []
    current = ""
    previous = ""
    for line in cleaned:
        if not line:
            if current:
                paragraphs.append(current)
            current = previous = ""
            continue
        if not current:
            current = line
        elif _LINE_ITEM.match(line):
            current += "\n" + line
        elif _SENTENCE_END.search(previous) and len(previous) < 0.7 * width:
            paragraphs.append(current)
            current = line
        elif (re.search(r"\w-$", current) and line[:1].islower()
              and line.split(" ", 1)[0].casefold() not in _HYPHEN_KEEPERS):
            current = current[:-1] + line
        else:
            current += " " + line
        previous = line
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs)
