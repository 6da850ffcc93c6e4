"""Whether a passage names the person a "hvilken person …?" / "which person …?" question asks for.

"Hvem grundlagde Balance Danmark – altså hvilken person?" was answered with "Bag initiativet stod Danske
Andelskassers Bank, Jøp, Ove & Myrthu og en række kommuner": the agent gate (gate_agent.py) takes any
one behind it for who acted, as it should for a plain "hvem grundlagde …?", and an organisation may found
another. A question that asks which person asks for one person's name.

Such a question is answered only where a sentence holding the question, or one beside it, names a person:
two or more capitalised words in a row ("Mette Kjærgaard") that the question and the document's title do
not hold, the last of which is not a common noun the Danish lemmatiser knows – a bank, a municipality, a
fund ("Danske Andelskassers Bank", "Vejle Kommune") names an organisation or a place. A name joined by
small words ("Oprør fra Udkanten", "Fonden for Bynatur") is an organisation's. Only the singular asks for
one person: "Which people can become members?" asks who may, which "enhver person" answers.
"""
from __future__ import annotations

import re

from ..index.bm25 import Index
from ..language.lemmas import lemma_of
from ..language.word_runs import folded_text
from .checked_sentences import checked_texts
from .retrieve import Query
from .word_class import THING, word_class
from .word_guard import guarded

# The gate's name where a decision's record lists the checks that declined a passage (decision_trace.py).
PERSON_GATE = "person_named"
# Or the one person as the definite subject of the name or who asked ("Hvad hedder den person, der ledede
# undersøgelsen?", "Hvem er personen bag …?", "What is the name of the person who …?"): definite and singular.
_ASKS_PERSON = guarded(re.compile(r"\b(?:hvilken|which|what)\s+(?:person|individual)\b"
                                  r"|\b(?:hva?d? (?:hedder|hed)|hvem (?:er|var)|who (?:is|was)|what(?:'s| is| was) "
                                  r"the name of)\s+(?:den person|personen|the (?:person|individual))\b", re.IGNORECASE))
# Two or more capitalised words in a row, nothing between them but a space.
_RUN = re.compile(r"[A-ZÆØÅ][\wæøå-]+(?:\s+[A-ZÆØÅ][\wæøå-]+)+")
_WORD = re.compile(r"[^\W_]+")


def asks_person(question: str) -> bool:
    """Whether a question asks which one person ("… altså hvilken person?", "Which person …?", "Hvad
    hedder den person, der …?")."""
    return bool(_ASKS_PERSON.search(question))


def names_person(text: str, known: set[str]) -> bool:
    """Whether a text names a person: a run of capitalised words none of which is one of `known`
    (folded words), ending in a word that is not a known common noun."""
    for run in _RUN.findall(text):
        words = run.split()
        last = words[-1].casefold()
        if any(folded_text(w) in known for w in words):
            continue
        if lemma_of(last) is None or word_class(last) != THING:
            return True
    return False


def person_named(index: Index, chunk_id: int, query: Query, question: str) -> bool:
    """Whether the passage names a person where a question asks which person (always, for any other)."""
    if not asks_person(question):
        return True
    known = known_words(index, chunk_id, question)
    return any(names_person(text, known) for text in checked_texts(index, chunk_id, query))


def known_words(index: Index, chunk_id: int, question: str) -> set[str]:
    """The folded words of the question and the passage's document title: a name among them is what
    was asked about or whose page it is, not a name the answer gives (here and in gate_concrete.py)."""
    return set(_WORD.findall(folded_text(f"{question} {index.chunk(chunk_id).title}")))
