"""Small talk ("hej", "tak for hjælpen", "hvem er du?"): a short friendly reply, never a decline.

A message is small talk when it holds a greeting, thanks or a word about the assistant itself and
nothing else of substance: "hej, hvornår blev I stiftet?" still holds "stiftet", so it is a question.
The reply says what the assistant answers from and offers two example questions drawn from the
index in use, each one checked to be answerable by `answer.ask`.
"""
from __future__ import annotations

import re

from ..index.bm25 import Index
from .compose import ask
from .greetings import GREETINGS
from .hedges import EMOJI
from .result import Answer

# "mange" and "tusind" thank only beside "tak" ("mange tak"): alone they count ("hvor mange er de?").
THANKS = frozenset("tak takker thanks thank cheers thx tnx thanx".split())
# Words about the assistant and its use ("hvad kan du?", "kan du hjælpe mig?").
ABOUT_ME = frozenset("du dig din dine assistent assistenten bot robot hjælp hjælpe hjælpen you".split())
# Words that go with the above without adding a topic ("god morgen", "tak for hjælpen", "super").
FILLERS = frozenset("""god godt gode rigtig meget super fint fin dejligt perfekt flot skønt nice ok okay
    svar svaret svarene lave gøre spørge spørg svare går hvordan hvem hvad med mig os også
    for til kære venlig venligst hilsen mvh mange tusind forhånd
    good there a lot so much many very how are
    fedt sejt hjalp hjælper hjælpsom brugbart nyttigt præcis""".split())
# The line before the last: how a reply is thanked for in a chat ("fedt, tak", "det hjalp").
# The last line: the rest of the English greetings and thanks the wrappers know ("Good morning",
# "Hi there!", "Thanks a lot", "Thank you so much", "How are you?") and Danish "på forhånd tak".
SMALL_TALK_WORDS = GREETINGS | THANKS | ABOUT_ME | FILLERS
_REACTION = re.compile(rf"\s*(?:(?:{EMOJI}|[:;]-?[()DPp])[\s!.]*)+")
EXAMPLES = 2
# Passages tried (spread over the index) when looking for example questions.
EXAMPLE_CANDIDATES = 24
MAX_EXAMPLE_HEADING_CHARS = 60


def is_small_talk(index: Index, text: str) -> bool:
    """Whether a message is only greeting, thanks or talk about the assistant."""
    words = re.findall(r"\w+", text.casefold())
    if not words and _REACTION.fullmatch(text):
        return True      # a thumbs-up or a smiley alone: a reaction, not a question
    if not any(w in GREETINGS or w in THANKS or w in ABOUT_ME for w in words):
        return False
    return set(index.analyzer.query_terms(text)) <= small_talk_terms(index)


def small_talk_terms(index: Index) -> frozenset[str]:
    terms = index.memo.get("small_talk_terms")
    if terms is None:
        terms = index.memo["small_talk_terms"] = frozenset(
            index.analyzer.query_terms(" ".join(SMALL_TALK_WORDS)))
    return terms


def opening(text: str) -> str:
    words = set(re.findall(r"\w+", text.casefold()))
    if words & THANKS:
        return "Selv tak!"
    if words & GREETINGS:
        return "Hej!"
    return "Jeg er en assistent, der svarer på spørgsmål."


def sources_phrase(index: Index) -> str:
    titles = [d.get("title") or d.get("url", "") for d in index.documents]
    named = ", ".join(f"»{t}«" for t in titles[:3])
    more = len(titles) - 3
    return named + (f" og {more} andre dokumenter" if more > 0 else "")


def example_question(heading: str, statute: bool) -> str:
    """A question a visitor could ask about a passage, from its heading ("Vores vision" → …)."""
    words = re.sub(r"^§\s*\w+\.?\s*", "", heading).strip().rstrip(".:").split()
    if words and words[0].casefold() in ("vores", "vor", "vort"):
        words[0] = "jeres"
    topic = " ".join(words)
    topic = topic[:1].lower() + topic[1:]
    return f"Hvad siger vedtægterne om {topic}?" if statute else f"Hvad er {topic}?"


def example_questions(index: Index) -> tuple[str, ...]:
    """Up to EXAMPLES questions about different passages that the index answers from that passage."""
    cached = index.memo.get("small_talk_examples")
    if cached is not None:
        return cached
    found: list[str] = []
    seen: set[str] = set()
    step = max(1, index.n_chunks // EXAMPLE_CANDIDATES)
    for chunk_id in range(0, index.n_chunks, step):
        chunk = index.chunk(chunk_id)
        heading = chunk.paragraph_title or chunk.heading
        if not heading or heading == chunk.title or len(heading) > MAX_EXAMPLE_HEADING_CHARS:
            continue
        question = example_question(heading, bool(chunk.paragraph))
        if question in seen:
            continue
        seen.add(question)
        answer = ask(question, index)
        if answer.answered and answer.citations and answer.citations[0].url == chunk.url:
            found.append(question)
            if len(found) == EXAMPLES:
                break
    index.memo["small_talk_examples"] = tuple(found)
    return index.memo["small_talk_examples"]


def small_talk_answer(index: Index, text: str, contact_url: str) -> Answer:
    """The friendly reply to small talk: what the assistant answers from, and what to ask."""
    parts = [opening(text),
             f"Jeg svarer ud fra materialet {sources_phrase(index)} og viser altid, "
             "hvor svaret står."]
    examples = example_questions(index)
    if examples:
        parts.append("Du kan fx spørge: " + " eller ".join(f"»{q}«" for q in examples))
    else:
        parts.append(f"Stil et spørgsmål, eller kontakt sekretariatet: {contact_url}")
    return Answer(question=text, answered=False, answer=" ".join(parts), small_talk=True)
