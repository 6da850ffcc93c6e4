"""Telling text from binary junk before a body is decoded, parsed and indexed."""
from __future__ import annotations

import codecs
import re

# Control characters that never occur in real text (tab, newlines and form feed do), DEL, the C1
# range, and the replacement character that marks bytes no charset could decode.
_ODD = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")
# Real pages have practically none of these; random bytes give about one in eight.
MAX_ODD_SHARE = 0.05


def looks_like_text(data: bytes) -> bool:
    """False for a body that is binary (a NUL byte, or too many control or undecodable characters).

    UTF-16 with a byte-order mark is text despite its NUL bytes. A body that is not UTF-8 is judged
    as Windows-1252, the decoder's own fallback, so old Latin-1 pages pass.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
    elif b"\x00" in data:
        return False
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("windows-1252", errors="replace")
    return len(_ODD.findall(text)) <= MAX_ODD_SHARE * len(text)
