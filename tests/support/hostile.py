"""Hostile responses for the fuzz story: odd charsets, broken gzip, binary, huge attributes, deep nesting.

Every body is made here from a seeded random generator, so a failure can be replayed by its index.
"""
from __future__ import annotations

import gzip
import random

from tests.support.crawl import Page, make_pdf

# Python codecs that are not text encodings, junk labels, and real but unusual web encodings.
CHARSET_LABELS = ["zlib", "base64", "bz2", "hex", "rot13", "uu", "quopri", "undefined",
                  "unicode_escape", "raw_unicode_escape", "punycode", "idna", "utf-7", "utf-16",
                  "utf-32", "mbcs", "x-user-defined", "iso-2022-kr", "replacement", "", "\"",
                  "utf-8", "latin1", "windows-1252", "shift_jis", "koi8-r", "gb18030",
                  "totally-bogus", "..", "a" * 300]
CONTENT_TYPES = ["text/html", "application/xhtml+xml", "application/pdf", "application/octet-stream",
                 "", "text/html;;;", "text/html; charset", "TEXT/HTML; CHARSET=\"zlib\""]
GOOD_TEXT = "Foreningen Grønne Byer planter træer i hele landet. § 3, stk. 2: Kontingent betales årligt."


def _html(rng: random.Random) -> str:
    title = "".join(rng.choice("Grønne Byer\x1b]0;hacked\x07\x00\x9b\u202e") for _ in range(30))
    return (f"<html><head><title>{title}</title></head><body><main><h1>Plantedag</h1>"
            f"<p>{GOOD_TEXT}</p></main></body></html>")


def _charset_page(rng: random.Random) -> Page:
    label = rng.choice(CHARSET_LABELS)
    body = _html(rng).encode(rng.choice(["utf-8", "utf-16", "latin-1"]), errors="replace")
    if rng.random() < 0.5:
        return Page(body=body, content_type=f"text/html; charset={label}")
    meta = f'<meta charset="{label}">'.encode("ascii", "replace")
    return Page(body=meta + body, content_type=rng.choice(["text/html", ""]))


def _gzip_page(rng: random.Random) -> Page:
    packed = gzip.compress(_html(rng).encode("utf-8"))
    cut = rng.randrange(1, len(packed))
    body = packed[:cut] if rng.random() < 0.7 else packed[:cut] + bytes(rng.randrange(256) for _ in range(40))
    return Page(body=body, content_type="text/html; charset=utf-8", headers={"Content-Encoding": "gzip"})


def _binary_page(rng: random.Random) -> Page:
    body = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 4000)))
    if rng.random() < 0.3:
        body = b"%PDF-1.7\n" + body
    return Page(body=body, content_type=rng.choice(CONTENT_TYPES))


def _huge_attribute_page(rng: random.Random) -> Page:
    value = rng.choice("x\"'<>&\x00") * rng.randrange(10_000, 300_000)
    body = (f'<html><body><main><div class="{value}" data-x="{value}">'
            f'<p title="{value}">{GOOD_TEXT}</p></div></main></body></html>')
    return Page(body=body.encode("utf-8", "replace"), content_type="text/html; charset=utf-8")


def _deep_page(rng: random.Random) -> Page:
    depth = rng.randrange(1000, 6000)
    tag = rng.choice(["div", "section", "b", "ul><li", "table><tr><td", "h2"])
    close = "</" + tag.split("><")[0] + ">"
    body = "<html><body><main>" + f"<{tag}>" * depth + GOOD_TEXT + close * (depth // 2)
    return Page(body=body.encode("utf-8"), content_type="text/html")


def _broken_pdf_page(rng: random.Random) -> Page:
    pdf = make_pdf([GOOD_TEXT])
    cut = rng.randrange(10, len(pdf))
    body = pdf[:cut] + bytes(rng.randrange(256) for _ in range(rng.randrange(0, 200)))
    return Page(body=body, content_type=rng.choice(["application/pdf", "application/octet-stream"]))


KINDS = [_charset_page, _gzip_page, _binary_page, _huge_attribute_page, _deep_page, _broken_pdf_page]


def hostile_pages(count: int, seed: int = 15) -> dict[str, Page]:
    """`count` hostile pages at /fuzz/<n>, the kinds taking turns so each is well represented."""
    rng = random.Random(seed)
    return {f"/fuzz/{n}": KINDS[n % len(KINDS)](rng) for n in range(count)}
