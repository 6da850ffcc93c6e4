"""Whether a passage names the thing a question asks to be given ("Får bestyrelsen løn?").

A question with "få" asks whether someone receives a thing: a salary, a membership card, support
from the state, a discount. That thing is the question: a passage about the board, about joining or
about the state says nothing of it unless it names it. The model weighs it as one word among
several, and bridges let a passage hold it by something else: the thesaurus gives "løn" as
"indbringe" (§ 4's "Eksklusionen kan indbringes …"), and "medlemskort" is found as its first part
"medlem" in every statute on members. So the passage must hold the received thing in its own
forms, or in a compound that contains it whole ("nyhedsbrevet" for "nyhedsbrev").

The grammar read is Danish word order (closed classes only): after a finite "får" that opens the
question or follows its question word comes the subject ("Får bestyrelsen løn?", "Hvornår får jeg
…?"), after an infinitive or participle ("kan man få rabat", "har I fået penge") the object itself;
an article before the object is skipped. A question whose "få" takes no noun ("Får jeg noget
tilsendt?", "få lov til", "få at vide", "Hvad får man for kontingentet?") names no thing.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..index.bm25 import Index
from ..language.letter_runs import letter_runs
from .retrieve import TermGroup, passage_has
from .word_class import ACT, OTHER, THING, word_class

_WORD = re.compile(r"[^\W\d_]+")
_FINITE = frozenset("får faar fik".split())
_NON_FINITE = frozenset("få faa fået faaet".split())
_FAA = re.compile(r"\b(?:" + "|".join(sorted(_FINITE | _NON_FINITE)) + r")\b", re.IGNORECASE)
_QUESTION_WORDS = frozenset("hvornår hvornaar hvornar hvordan hvorfor hvor hvad hvilke hvilken hvilket hvem".split())
# The subject pronouns, the articles and possessives before a noun, and adverbs that stand between
# a verb and its object (closed classes of Danish grammar).
_PRONOUNS = frozenset("man jeg vi du i han hun vedkommende".split())
_ARTICLES = frozenset("en et mit min mine sit sin sine vores jeres deres dit din dine ens nogen nye ny".split())
_DETERMINERS = frozenset("hver hvert alle enhver ethvert de den det".split())
_ADVERBS = frozenset("også ogsaa ikke altid stadig så saa egentlig nogensinde allerede automatisk".split())
# Words after which "få" takes no received noun: a pronoun for an unnamed thing, a fixed phrase, a
# preposition or conjunction.
_NO_THING = frozenset("noget nogen lov at til for på paa med fra af om når naar hvis mere besked svar hjælp "
                      "hjaelp".split())


@lru_cache(maxsize=32)  # asked of one question once per weighed passage; no store of questions
def received_word(question: str) -> str:
    """The noun a "få" question asks to be received ("løn" in "Får bestyrelsen løn?"), "" if none."""
    # The sentence that holds "få", up to it: a question word there makes it a question for that
    # ("Hvem får foreningens penge …?" asks who, "Hvornår fik …?" when), not whether the thing is had.
    head = re.split(r"[.!?]", re.split(_FAA, question, maxsplit=1)[0])[-1] if _FAA.search(question) else ""
    words = letter_runs(question)
    lower = [w.casefold() for w in words]
    at = next((i for i, w in enumerate(lower) if w in _FINITE or w in _NON_FINITE), None)
    if at is None or any(w.casefold() in _QUESTION_WORDS for w in _WORD.findall(head)):
        return ""
    i = at + 1
    # A finite verb after its subject ("hvis man får rabat") is in a subordinate clause: the object
    # follows. In a main clause the subject follows the verb (Danish word order: "Får bestyrelsen
    # løn?", "Hvor mange stemmer får hvert medlem?").
    # "Hvem får …?" has its subject first, as a subordinate clause ("hvis man får rabat") has.
    if lower[at] in _FINITE and not (at and lower[at - 1] in _PRONOUNS | {"hvem"}):
        i = _after_subject(words, lower, i)
    # Before the noun: articles, adverbs, adjectives ("sit nuværende navn") and an owner
    # ("foreningens penge").
    while i + 1 < len(lower) and lower[i + 1] not in _NO_THING and lower[i] not in _DETERMINERS and (
            lower[i] in _ARTICLES or lower[i] in _ADVERBS or lower[i].endswith("s") or word_class(lower[i]) == OTHER):
        i += 1
    if i >= len(lower) or lower[i] in _NO_THING | _PRONOUNS | _QUESTION_WORDS | _DETERMINERS:
        return ""
    # "få sat igennem", "få tilsendt": a participle, no thing received.
    return "" if word_class(lower[i]) == ACT and lower[i].endswith("t") else lower[i]


def _after_subject(words: list[str], lower: list[str], i: int) -> int:
    """The position after the subject that follows a finite verb: a pronoun, a name of capitalised
    words ("Balance Danmark"), or one noun after its articles ("bestyrelsen", "hvert medlem")."""
    if i < len(lower) and lower[i] in _PRONOUNS:
        return i + 1
    while i < len(lower) and (lower[i] in _ARTICLES or lower[i] in _DETERMINERS):
        i += 1
    if i < len(words) and words[i][:1].isupper():
        while i < len(words) and words[i][:1].isupper():
            i += 1
        return i
    return i + 1


def holds_received(index: Index, chunk_id: int, groups: tuple[TermGroup, ...], word: str) -> bool:
    """Whether the passage holds the received thing in its own forms, inside a compound, or by a
    synonym that is a noun too ("penge" as "formue"): not by a verb the thesaurus links it to ("løn"
    as "indbringe"), nor by a part of it ("medlemskort" as "medlem"). A word the reading does not
    search for is not checked."""
    terms = set(index.analyzer.query_terms(word)) if word else set()
    asked = [g for g in groups if g.term in terms]
    if not asked:
        return True
    held = [m for g in asked for m in g.members if passage_has(index, chunk_id, m)]
    if any(m == g.term or m in g.other_stems or g.term in m for g in asked for m in held):
        return True
    others = {m for g in asked for m in held if not g.term.startswith(m)}
    return bool(others) and word_class(word) != ACT and any(
        word_class(w) == THING for w in _WORD.findall(index.chunk(chunk_id).text.casefold())
        if others & set(index.analyzer.query_terms(w)))
