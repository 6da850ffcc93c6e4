"""What asking returns: an Answer with its numbered Citations, and the Danish (or English) decline."""
from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field, fields, replace

from .text_fragment import fragment_url

# An answer's id as the channels hand it back (feedback, Slack buttons): uuid4().hex, see Answer.id.
ANSWER_ID = re.compile(r"[0-9a-f]{32}")


@dataclass(frozen=True)
class Citation:
    """A numbered source of an answer."""

    n: int
    title: str
    heading: str
    url: str
    snippet: str
    score: float
    paragraph: str = ""
    stk: str = ""
    published: str | None = None
    quoted: str = ""          # the source's words the answer quotes (for the link's text fragment)


@dataclass(frozen=True)
class Answer:
    """What every channel renders: the answer text, whether it is one, and its numbered sources."""

    question: str
    answered: bool
    answer: str
    citations: tuple[Citation, ...] = ()
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    top_score: float = 0.0
    # Whether the conversation's earlier questions shaped the answer (a follow-up read in context).
    context_used: bool = False
    # A greeting, thanks or "hvem er du?": answered with a short reply, logged apart from questions.
    small_talk: bool = False

    def to_json(self) -> dict:
        """The answer as every channel's JSON (API, `ask --json`); each citation's `link` opens
        its source at the very words quoted (a text fragment)."""
        # Every field is a plain value but the citations, so a shallow copy per dataclass does
        # what asdict's recursive deep copy did, at a third of the cost per request.
        data = _fields_of(self)
        data["citations"] = [{**_fields_of(c), "link": fragment_url(c.url, c.quoted)}
                             for c in self.citations]
        return data


def _fields_of(obj) -> dict:
    return {f.name: getattr(obj, f.name) for f in fields(obj)}


def decline_text(contact_url: str) -> str:
    return ("Det kan jeg desværre ikke finde et svar på i Balance Danmarks materiale. "
            f"Kontakt sekretariatet, så hjælper de dig videre: {contact_url}")


# An English question is answered with the Danish sentences (the material is Danish), introduced
# by one English line; a decline is in English.
ENGLISH_INTRO = "From Balance Danmark's Danish material:"


def english_decline_text(contact_url: str) -> str:
    return ("Sorry, I cannot find an answer to that in Balance Danmark's material. "
            f"Please contact the secretariat, who will help you further: {contact_url}")


def in_english(answer: Answer, contact_url: str) -> Answer:
    """The answer to an English question: the Danish quotes under an English line, or an English decline."""
    if answer.answered:
        return replace(answer, answer=f"{ENGLISH_INTRO}\n{answer.answer}")
    return replace(answer, answer=english_decline_text(contact_url))


def is_answer_id(value: object) -> bool:
    """Whether a value from outside (a feedback body, a Slack button) can be an answer's id."""
    return isinstance(value, str) and ANSWER_ID.fullmatch(value) is not None
