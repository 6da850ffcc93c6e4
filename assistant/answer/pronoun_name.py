"""A follow-up whose pronoun stands for the organisation the previous question named, not for a thing its topic carries.

"Hvem kan være medlem af Balance Danmark?" – "hvornår blev den startet?": "den" does not agree with
"medlemmet" (neuter), and the organisation's name is too common in its own material for the topic to
carry it (topic.MIN_TOPIC_TERM_WEIGHT), so the follow-up was read with the topic's "medlem" and
declined. A pronoun that agrees with none of the things the topic carries stands for the name the
previous question gave; a name that common is what the whole material is about, so the follow-up
is answered as if asked alone ("hvornår blev den startet?" of the Om page is the organisation's
start). Putting the name in the pronoun's place instead was tried: the name's words then pull the
answer to the passage that gives the name ("Foreningens navn er …" for "hvor har den hjemsted?").
"""
from __future__ import annotations

import re

from ..index.bm25 import Index
from ..language import wordnet
from ..language.analysis import DANISH_STOPWORDS
from ..language.english import english_words
from ..language.english_forms import english_lemma
from .own_words import refers_back
from .pronoun_referent import may_stand_for, pronoun_in
from .reading import translator
from .scene import material_uses
from .topic import MIN_TOPIC_TERM_WEIGHT, carried_things, earlier_content

# A name: capitalised words in a row after a word of the sentence (the sentence's first word is
# capitalised anyway), not a genitive before its noun ("Danmarks reelle værdiskabelse": the pronoun
# may stand for the whole phrase). Danish "I" ("hvornår startede I?") is a stop word, no name.
_NAME = re.compile(r"(?<=[^\W\d_] )[A-ZÆØÅ][^\W\d_]+(?: [A-ZÆØÅ][^\W\d_]+)*(?![^\W\d_])")
_GENITIVE = re.compile(r"s [^\W\d_]")
# English pronouns of a thing, never of a person.
_NO_PERSON = frozenset({"it"})


def stands_for_organisation(index: Index, text: str, earlier: tuple[str, ...]) -> bool:
    """Whether the follow-up's pronoun stands for the one name the question before gave (or the
    question before a chain of pronoun follow-ups), a name too common in the material for the topic
    to carry, and agrees with none of the things the topic carries, of which there is one at least."""
    if not earlier or not refers_back(text, DANISH_STOPWORDS):
        return False
    # A chain of follow-ups by pronouns ("hvornår blev den startet?", "og hvad kæmper den for?") is
    # about the name the question before the chain gave.
    at = len(earlier) - 1
    while at > 0 and not _names(index, earlier[at]) and refers_back(earlier[at], DANISH_STOPWORDS):
        at -= 1
    previous = earlier[at]
    names = _names(index, previous)
    pronoun = pronoun_in(text)
    # The pronoun must pass over a thing the topic carries: with none ("hvad hed den dengang?" after
    # "Hvornår startede Balance Danmark?") the topic's words (the start) are what it leans on.
    things = carried_things(index, previous)
    if len(names) != 1 or pronoun is None or not things or (
            may_stand_for(pronoun, things) and not (pronoun in _NO_PERSON and persons_only(index, previous, things))):
        return False
    terms = {t for w in names.pop().split() for t in index.analyzer.query_terms(w)}
    return all(g.weight < MIN_TOPIC_TERM_WEIGHT for g in earlier_content(index, previous) if g.term in terms)


def persons_only(index: Index, previous: str, things: list[str]) -> bool:
    """Whether every thing the topic carries was, in the English question before, a noun for people
    (WordNet's noun.person in its commonest sense: "member", "founder"): English "it" stands for no
    person, so after "Who can become a member of Balance Danmark?" the "it" of "and when was it
    founded?" is the organisation. Danish pronouns agree by gender instead (pronoun_referent)."""
    net = wordnet.load()
    if net is None:
        return False
    sources = {danish.casefold(): t.english for t in translator(index).translate(english_words(previous))
               for danish in t.danish}
    english = [sources.get(thing.casefold()) for thing in things]
    return all(word and net.noun_lexicon(english_lemma(word)) == wordnet.PERSONS for word in english)


def _names(index: Index, question: str) -> set[str]:
    """The question's names the material uses (every word of them)."""
    found = (m for m in _NAME.finditer(question) if not _GENITIVE.match(question, m.end() - 1))
    return {m.group() for m in found
            if all(w.casefold() not in DANISH_STOPWORDS and material_uses(index, w) for w in m.group().split())}
