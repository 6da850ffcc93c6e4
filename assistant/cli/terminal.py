"""Text bound for a terminal, made inert: no control characters from crawled titles or text.

A page title such as "ESC ] 0 ; … BEL" would otherwise retitle the operator's terminal window, and
other escape sequences can move the cursor, hide lines or worse.
"""
from __future__ import annotations

import io
import re
from typing import TextIO

# C0 controls except tab and newline, DEL, C1 controls (0x9b is an 8-bit CSI), and the bidi
# controls that can make a line display in another order than it reads ("Trojan source").
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def strip_controls(text: str) -> str:
    """`text` without control characters; tabs and newlines stay."""
    return _CONTROLS.sub("", text)


class ControlFreeOutput(io.TextIOBase):
    """Wraps a text stream (stdout, stderr) so that nothing written through it carries controls."""

    def __init__(self, inner: TextIO):
        super().__init__()
        self.inner = inner

    def write(self, text: str) -> int:
        self.inner.write(strip_controls(text))
        return len(text)

    def flush(self) -> None:
        self.inner.flush()

    def isatty(self) -> bool:
        return self.inner.isatty()

    @property
    def encoding(self) -> str:
        return getattr(self.inner, "encoding", "utf-8")
