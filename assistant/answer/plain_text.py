"""An Answer as readable plain text for terminals (the `ask` command)."""
from __future__ import annotations

from .result import Answer, Citation


def citation_label(c: Citation) -> str:
    """'Title › Section' (or just the title when the section has no heading of its own)."""
    if c.heading and c.heading != c.title:
        return f"{c.title} › {c.heading}"
    return c.title


def answer_text(answer: Answer) -> str:
    """The answer, then its numbered sources with links."""
    lines = [answer.answer]
    if answer.citations:
        lines += ["", "Kilder:"]
        for c in answer.citations:
            lines.append(f"[{c.n}] {citation_label(c)}")
            lines.append(f"    {c.url}")
    return "\n".join(lines)
