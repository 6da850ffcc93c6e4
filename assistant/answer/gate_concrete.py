"""Whether a passage names the members a "which ones, concretely?" question asks for.

"Hvilke lokalforeninger er helt konkret med i foreningen?" was answered with § 3a's "Lokalforeninger med
eget formål og egne vedtægter kan optages som kollektive medlemmer", "Which companies are members today,
specifically?" with "Balance Danmarks medlemmer består af kommuner, virksomheder, organisationer og
privatpersoner", "Hvilke uddannelser har I konkret fået flyttet ud …?" with "… fået behovet for flere
decentrale uddannelser højt på den politiske dagsorden": the passage speaks of the kind asked about, or
describes it, and names none of its members. The which-gate (asked_which.which_named) takes a description
for an answer ("decentrale uddannelser" says which kind), as it should for a plain "hvilke uddannelser?";
a question that asks for them concretely, specifically or by name asks for the members themselves. So
does one that asks which of them take part – are members, work with, do something together with or support
someone ("Hvilke kommuner
er med i Balance Danmark?", "Which universities do you work with?"): each of those is someone, and "i
samarbejde med kommunerne" or "medlemmer består af kommuner, virksomheder, …" names none. Which ones may
take part ("Hvilke lokalforeninger kan blive medlem?") asks a condition, which a description answers.

A request to name them ("Kan I nævne de byer, der er med i undersøgelsen?", "Can you name the towns …?")
asks for the members as "helt konkret" does.

Such a question is answered only where a sentence that mentions the asked things (one holding much of
the question, or beside one) names one of them – a name, a capitalised word the question and the
document's title do not hold ("Bag initiativet stod Danske Andelskassers Bank, …", "Vejle Kommune") – or
a list follows it ("… bygger på tre kilder …" and "1. En spørgeskemaundersøgelse …"). A sentence that
only counts them ("en række kommuner") names none, whatever names stand beside them. A passage that never
mentions the asked things by their word may name them without it ("Hvilke poster …?" and "formand,
næstformand og kasserer"): no verdict.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..index.bm25 import Index
from ..language.word_runs import folded_text
from .asked_which import LIST_ITEM, names_which
from .checked_sentences import NEAR_BEST
from .fact_kinds import asked_types, neighbours, sentence_weights
from .gate_person import known_words
from .reading import danish_terms_of_english
from .retrieve import Query
from .sentence_evidence import shared_query_terms
from .word_guard import guarded

# The gate's name where a decision's record lists the checks that declined a passage (decision_trace.py).
CONCRETE_GATE = "members_named"
# The words that ask for the members themselves rather than their kind (Danish and English adverbs).
_CONCRETELY = guarded(re.compile(r"\b(?:konkret|konkrete|specifikt|præcist|praecist|concretely|specifically|exactly|"
                         r"in particular|by name|ved navn)\b", re.IGNORECASE))
# Which ones take part, are members, work with or support someone: asked of things that are each someone
# (municipalities, companies, parties), answered by naming them. A passage that says the kind takes part
# ("i samarbejde med kommunerne", "medlemmer består af kommuner, virksomheder, …") names none. Danish and
# English verbs of taking part; no dictionary at hand groups them.
_TAKES_PART = guarded(re.compile(r"\b(?:er med|var med|med i|medlem|medlemmer|members?|part of|samarbejder|"
                                 r"samarbejdede|sammen med|together with|"
                         r"work with|works with|working with|worked with|støtter|støttede|støttet|supports?|"
                         r"supported|endorsed?|endorses|deltager|deltog|deltaget|took part|take part|takes part|"
                         r"participated?|participates)\b", re.IGNORECASE))
# Which ones may take part asks a condition, which a description answers ("Hvilke lokalforeninger kan blive
# medlem?": "Lokalforeninger med eget formål …"): the modal verbs of Danish and English.
MAY = re.compile(r"\b(?:kan|kunne|må|maa|can|could|may|might)\b", re.IGNORECASE)
# A name: a capitalised word after a word in lower case or a comma. Not a sentence's first word, and not
# a table's cell after a figure ("2024 Store byer 26 % 21 % Mellemstore byer …"), which is capitalised
# as a row's start, not as a name.
NAME = re.compile(r"(?<=[a-zæøå,]\s)[A-ZÆØÅ][\wæøå-]+")
_WORD = re.compile(r"[^\W_]+")
# A sentence's capitalised first word alone, with the space after it.
_AFTER_FIRST = re.compile(r"\s*[A-ZÆØÅ][\wæøå-]*\s")


# A request to name or list the things, or one of them ("Kan I nævne de byer, der …?", "Kan I nævne en af de
# kommuner, …?", "Can you name the towns …?", "list all the members"): the members themselves are asked
# for, as by "helt konkret".
_NAME_THEM = guarded(re.compile(r"\b(?:nævne|naevne|nævn|naevn|opremse|remse\s+op|name|list)\s+"
                                r"(?:(?:en|et|one)\s+(?:af|of)\s+)?(?:de|alle|dem|the|all"
                                r"(?:\s+the)?|some\s+of\s+the|nogle\s+af\s+de)\s+(?:\d+\s+)?(?P<noun>[^\W\d_]+)",
                                re.IGNORECASE))


@lru_cache(maxsize=32)  # asked of one question once per weighed passage; no store of questions
def asked_members(question: str) -> str:
    """The noun of a which-question that asks for its members concretely ("Hvilke byer …, helt konkret?":
    "byer") or which of them take part ("Hvilke kommuner er med i …?", "Which universities do you work
    with?", not which may: "Hvilke lokalforeninger kan blive medlem?"), or of a request to name them
    ("Kan I nævne de byer, der …?": "byer"); "" for any other question."""
    named = _NAME_THEM.search(question)
    if named:
        return named["noun"]
    return asked_types(question).named if _CONCRETELY.search(question) or takes_part(question) else ""


def kind_members(index: Index, query: Query, noun: str) -> frozenset[str]:
    """The query's index terms for the asked noun by its own word (Danish, or the Danish of an English
    noun): a stand-in the search found ("konstituerer" for "poster") is another word, in a sentence that
    may name them ("… konstituerer sig selv med formand, næstformand og kasserer")."""
    own = set(index.analyzer.query_terms(noun)) | danish_terms_of_english(index, noun)
    return frozenset(m for g in query.groups if g.term in own for m in g.members if m in own)


def takes_part(question: str) -> bool:
    """Whether a question asks which ones take part, not which may ("Hvilke kommuner er med i …?")."""
    return bool(_TAKES_PART.search(question)) and not MAY.search(question)


def members_named(index: Index, chunk_id: int, query: Query, question: str) -> bool:
    """Whether the passage names one of the things a "which ones, concretely?" question asks for (always,
    for a question that asks no such thing, and for a passage that never mentions them by their word)."""
    noun = asked_members(question)
    if not noun:
        return True
    members = kind_members(index, query, noun)
    if not members:
        return True
    near, found = near_sentences(index, chunk_id, query)
    if not found:
        return True
    mentioning = [i for i in near if _mentions(index, found[i][0], members)]
    known = known_words(index, chunk_id, question)
    return not mentioning or any(list_follows(found, i) or names_which(index.analyzer, found[i][0], members)
                                 and names_one(found[i][0], known) for i in mentioning)


def near_sentences(index: Index, chunk_id: int, query: Query) -> tuple[list[int], tuple]:
    """The passage's sentences (fact_kinds.sentence_weights' found) and, in order, those that hold at
    least NEAR_BEST of what the best holds of the query, with their neighbours; none where no sentence
    holds any of it."""
    terms = shared_query_terms(query.groups, [g.weight for g in query.groups])
    weights, found = sentence_weights(index, chunk_id, terms)
    top = max(weights, default=0.0)
    if not top:
        return [], ()
    near = {i for i, weight in enumerate(weights) if weight >= NEAR_BEST * top}
    near |= {j for i in near for j in neighbours(found, i) if j is not None}
    return sorted(near), found


def _mentions(index: Index, sentence: str, members: frozenset[str]) -> bool:
    """Whether a sentence holds one of the asked things' index terms."""
    return any(members.intersection(index.analyzer.document_terms(w)) for w in _WORD.findall(sentence))


def names_one(sentence: str, known: set[str]) -> bool:
    """Whether a sentence holds a name that is not one of `known` (folded words; a genitive's -s apart)."""
    return bool(name_matches(sentence, known))


def name_matches(sentence: str, known: set[str]) -> list[re.Match]:
    """The sentence's names that are not one of `known` (folded words; a genitive's -s apart). The word
    after a capitalised first word is left out: a heading the splitter leaves at a sentence's start
    ("Sammenfatning Danske byer bliver tættere") capitalises the sentence's real first word."""
    return [m for m in NAME.finditer(sentence) if folded_text(m[0]) not in known
            and folded_text(m[0]).removesuffix("s") not in known and not _AFTER_FIRST.fullmatch(sentence[:m.start()])]


def list_follows(found: tuple, at: int) -> bool:
    """Whether a list starts right after the sentence, which is not itself one of the list's items."""
    return at + 1 < len(found) and bool(LIST_ITEM.match(found[at + 1][0])) and not LIST_ITEM.match(found[at][0])
