"""Two questions in one message, each answered and cited, or the message answered as one.

"Hvad hed I oprindeligt, og hvornår skiftede I navn?", "Er I et parti? Og hvem står bag?", "what's it
called and when's the first one out?": a visitor who asks two things expects both answered, each with
its source, and the first first. Searched as one query, the two questions' words pull towards one
passage, and the gates ask that passage for both kinds of fact at once (a price and a payer), so the
message is declined or answered with the passage that only one of them asks for.

The message is split where a second question begins: after a question mark, or after ", og" / "and"
when the second part opens with a question word ("hvem", "hvornår", "when's") or a verb asking yes or
no with its subject ("kan jeg", "er der", "can I"). Each part is answered alone; when both are
answered, the answer is the first part's followed by the second's, with the second's citations
numbered on. The second is read as a follow-up to the first (conversation.py): "…, og hvem leder dem?"
asks about the first part's thing, not about anything led. When either part is declined, the message
is answered as one, as before: the second question is often the one the material has no answer to,
and the first answer alone would read as the whole one (docs/answering.md says why not a partial
answer with a note).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .asides import without_aside
from .result import ENGLISH_INTRO, Answer, Citation

# The words that open a question, Danish and English: the question words and the finite verbs that
# open a yes/no question, each followed by its subject for the latter (below).
_DANISH_QUESTION_WORDS = r"hvad|hvem|hvor|hvornår|hvornaar|hvordan|hvorfor|hvilken|hvilket|hvilke"
_ENGLISH_QUESTION_WORDS = r"what(?:'s)?|who(?:'s)?|when(?:'s)?|where(?:'s)?|why|how(?:'s)?|which"
_YES_NO_VERBS = (r"kan|må|maa|skal|er|har|bliver|får|faar|gør|vil|findes|"
                 r"can|could|do|does|did|is|are|was|were|will|should|may")
_SUBJECTS = r"jeg|vi|i|man|der|de|den|det|han|hun|du|I|you|we|they|it|he|she|there"
_OPENING = re.compile(
    rf"(?:{_DANISH_QUESTION_WORDS}|{_ENGLISH_QUESTION_WORDS})\b|(?:{_YES_NO_VERBS})\s+(?:{_SUBJECTS})\b",
    re.IGNORECASE)
# Where a second question may begin: after a question mark (and an optional "Og"/"And"), or after a
# comma and "og" / "and", or after a bare "and" in English ("what's it called and when's …").
_JOINT = re.compile(r"\?\s+(?:(?:og|and|og så|and also)\s+)?|,\s*(?:og|and)\s+|\s+(?:og|and)\s+", re.IGNORECASE)
# A part this short is no question of its own ("og hvem?" after a full one is read with it).
MIN_PART_WORDS = 3
_MARKER = re.compile(r"\[(\d+)\]")


def question_parts(text: str) -> tuple[str, str] | None:
    """The two questions of a message that asks two, or None.

    The first part must itself ask (a question word or a verb asking yes or no in it), and the second
    must open with one; each keeps at least MIN_PART_WORDS words. A remark in parentheses after the
    second ("… og hvem udgav dem? (skal bruge det til en kildeliste)") is the visitor's aside, no part
    of either question (asides.py)."""
    text = without_aside(text)
    for joint in _JOINT.finditer(text):
        first, second = text[:joint.start()].strip(), text[joint.end():].strip()
        if not _OPENING.match(second) or not _OPENING.search(first):
            continue
        if min(len(first.split()), len(second.split())) < MIN_PART_WORDS or "?" in second.rstrip("?"):
            continue
        return first.rstrip("?,. ") + "?", second[0].upper() + second[1:].rstrip("?. ") + "?"
    return None


def asked_in_parts(text: str, whole: Callable[[], Answer],
                   answer_one: Callable[[str, tuple[str, ...]], Answer]) -> Answer:
    """The answer to a message: its two questions answered one by one, else `whole()`, the message
    answered as one (asked only then: with the parts' answers it would be three to compute).
    `answer_one(question, before)` answers one question after the message's questions before it: the
    second is read as a follow-up to the first ("…, og hvem leder dem?")."""
    parts = question_parts(text)
    if parts is None:
        return whole()
    first = answer_one(parts[0], ())
    if not first.answered:
        return whole()
    second = answer_one(parts[1], (parts[0],))
    if not second.answered or not set(_documents(second)) <= set(_documents(first)):
        # Two questions of one message ask about one thing, which one document tells: a second answer
        # from another document ("Hvad koster anbefalingerne? og hvem skal betale?" answered by the
        # statutes' fee) is the second question read without the first's subject.
        return whole()
    return replace(joined(first, second), question=text)


def joined(first: Answer, second: Answer) -> Answer:
    """The first answer followed by the second's text; the second's citations numbered after the
    first's, a passage both cite keeping the first's number. A second answer that adds nothing (its
    sources and quotes the first's already) is left out."""
    known = {_source(c): c.n for c in first.citations}
    if all(_source(c) in known for c in second.citations) and _body(second.answer) in first.answer:
        return first
    numbers: dict[int, int] = {}
    added: list[Citation] = []
    for citation in second.citations:
        if _source(citation) in known:
            numbers[citation.n] = known[_source(citation)]
        else:
            numbers[citation.n] = len(first.citations) + len(added) + 1
            added.append(replace(citation, n=numbers[citation.n]))
    text = _MARKER.sub(lambda m: f"[{numbers.get(int(m.group(1)), int(m.group(1)))}]", _body(second.answer))
    return replace(first, answer=f"{first.answer}\n\n{text}", citations=(*first.citations, *added),
                   top_score=max(first.top_score, second.top_score))


def _source(citation: Citation) -> tuple[str, str, str]:
    """The passage a citation points at: two answers quoting one passage cite it under one number."""
    return citation.url, citation.paragraph, citation.stk


def _documents(answer: Answer) -> list[str]:
    return [citation.url.split("#")[0] for citation in answer.citations]


def _body(answer: str) -> str:
    """An answer's text without the English line the second of two English answers would repeat."""
    return answer.removeprefix(ENGLISH_INTRO).strip()
