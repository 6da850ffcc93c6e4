"""A remark in parentheses after the question: the visitor's aside, not part of what is asked.

"Hvornår udkom de, og hvem udgav dem? (skal bruge det til en kildeliste)", "Hvor mange svarede? Og
hvornår blev det lavet? (skriver speciale)", "… simple majority? (asking for our local group)": set
off by the question mark before it and by its brackets, the remark tells why or for whom the visitor
asks. Read with the question it glues a second question to a remark, so the message is not read as
two questions (two_questions.py), and its words ("kildeliste", "speciale") are weighed as the
question's. A qualification of the question stands inside it ("Hvad koster det for studerende?") or
before its question mark, and is kept.
"""
from __future__ import annotations

import re

# The message's last question mark, then one parenthesised remark (no question of its own) and
# nothing after it but a full stop, "!" or a smiley's end.
_ASIDE = re.compile(r"(?<=\?)\s*\(([^()?]*)\)[\s.!]*$")


def without_aside(message: str) -> str:
    """The message without a remark in parentheses after its question; unchanged without one."""
    return _ASIDE.sub("", message)
