"""Whether a passage names whoever holds the role a question asks the name of, or says who leads.

"Hvad hedder lederen af Balance Danmark?" was answered with the vision ("… i publikationen Balancemål"):
the model's role check (fact_kinds.names_role) takes any capitalised word in the neighbourhood for the
holder's name, the question's own "Danmark" among them. "Who heads the national council that adopted the
recommendations?" was answered with "Anbefalingerne blev vedtaget af foreningens landsråd …": the agent
gate (gate_agent.py) takes the council, which adopted something, for the one who acts, while the question
asks who leads it.

Two forms are checked:
- a question that asks what a role's holder is called ("Hvad hedder formanden …?", "What is the chair
  called?", "What's the name of the director …?") is answered only where a sentence of the passage that
  says the role (its own words, the stand-ins the search found for them, or an English role's Danish
  translation: gate_role.role_words) holds a name the question does not: a capitalised word after a
  word in lower case or a comma ("… i publikationen Balancemål", "Foreningens navn er Foreningen Grønne
  Byer"), or, by the role's own words, says what the role is ("Generalforsamlingen er foreningens øverste
  myndighed": what a body is called may be a term, not a name);
- a question for who leads, heads or chairs something ("Hvem leder landsrådet?", "Who chairs the
  board right now?", "Hvem står i spidsen for …?") is answered only where such a sentence says that
  something is led or has a leader ("Foreningen ledes af en bestyrelse", "formand, næstformand").
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..index.bm25 import Index
from ..language.analysis import DANISH_STOPWORDS
from ..language.word_runs import folded_text
from .asked_head import role_head
from .checked_sentences import checked_texts
from .fact_kinds import asked_types
from .gate_concrete import NAME
from .gate_role import role_words
from .retrieve import Query
from .sentence_evidence import sentences

# The gates' names where a decision's record lists the checks that declined a passage (decision_trace.py).
HOLDER_GATE = "holder_named"
LEADER_GATE = "leader_told"
# A question for the name itself: Danish "hvad hedder / hvad er navnet på", English "called", "name of".
_ASKS_NAME = re.compile(r"\b(?:hvad\s+hedder|hvad\s+hed|hvad\s+er\s+navnet\s+på|hvad\s+er\s+navnet\s+paa|"
                        r"what(?:'s|\s+is|\s+was)\s+(?:the\s+)?name\s+of|what(?:'s|\s+is|\s+was)\s+.+\s+called)\b",
                        re.IGNORECASE)
# Who leads: the present-tense verbs of leading in Danish and English, written out (a closed set: lede,
# stå i spidsen, head, chair, lead). WordNet and the Danish thesaurus give "lede" and "lead" many senses (a
# road leads somewhere, "lede efter"); only "who" + the verb reads as the leader. Left out: "styrer" ("hvem
# styrer mødet?" asks for a meeting's chair), "run" ("Who ran the analysis?": who carried it out), "in
# charge" ("of the accounts": who keeps them) and the past ("Who led the initiative?" asks who was behind a
# past undertaking, which "Bag initiativet stod …" answers without a word of leading).
_ASKS_LEADER = re.compile(r"\b(?:hvem\s+(?:leder|står\s+i\s+spidsen|staar\s+i\s+spidsen|er\s+leder|er\s+chef)|"
                          r"who(?:'s|\s+is)?\s+(?:currently\s+|now\s+)?(?:leads|heads|chairs|at\s+the\s+head|"
                          r"the\s+head|head))\b", re.IGNORECASE)
# A sentence that says something is led or has a leader: the Danish words of leading and of the leading
# roles the material's kind of organisation has (chair, director, head, a meeting's "dirigent").
_TELLS_LEADER = re.compile(r"\b(?:led(?:es|er|et|ede|ere|erne|eren|else|elsen|ende)|formand\w*|forperson\w*|"
                           r"direktør\w*|direktor\w*|chef\w*|dirigent\w*|spidsen|styres)\b", re.IGNORECASE)
# A copula: "Generalforsamlingen er foreningens øverste myndighed" says what the role is called, a term
# rather than a name ("Hvad hedder foreningens øverste myndighed?").
_COPULA = re.compile(r"\b(?:er|var|is|was)\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+")


# "lede efter" is to look for: the particle, a word or two after the verb, makes it another verb.
_LOOKS_FOR = re.compile(r"\bled\w*\s+(?:[^\W\d_]+\s+){0,2}efter\b", re.IGNORECASE)


@lru_cache(maxsize=32)  # asked of one question once per weighed passage; no store of questions
def asks_leader(question: str) -> bool:
    """Whether a question asks who leads, heads, chairs or runs something ("Hvem leder landsrådet?";
    not "Hvem leder man efter?")."""
    return bool(_ASKS_LEADER.search(question)) and not _LOOKS_FOR.search(question)


@lru_cache(maxsize=32)  # asked of one question once per weighed passage; no store of questions
def asked_holder(question: str) -> str:
    """The role whose holder's name a question asks ("Hvad hedder lederen af …?": "lederen af …"); ""
    for any other question, and for a pronoun ("hvad hed den dengang?": the thing a follow-up points back
    at, whose name the conversation's earlier question holds)."""
    role = asked_types(question).role if _ASKS_NAME.search(question) else ""
    head = role_head(role) if role else []
    return role if head and head[0].casefold() not in DANISH_STOPWORDS else ""


def names_holder(sentence: str, words, role_terms: set[str], asked: set[str]) -> bool:
    """Whether a sentence (its index terms `words`) says the role (one of `role_terms`) and holds a name
    not among `asked` (the question's folded words): the name stands by the role."""
    if not role_terms.intersection(words):
        return False
    # A name of two words that opens a sentence ("Karen Holm er formand") is found by its second.
    return any(folded_text(n) not in asked and folded_text(n).removesuffix("s") not in asked
               for n in NAME.findall(sentence))


def leader_told(index: Index, chunk_id: int, query: Query, question: str) -> bool:
    """Whether the sentences answering a who-leads question say who leads (always, for any other)."""
    if not asks_leader(question):
        return True
    return any(_TELLS_LEADER.search(t) for t in checked_texts(index, chunk_id, query))


def holder_named(index: Index, chunk_id: int, query: Query, question: str) -> bool:
    """Whether the passage names the holder of the role a question asks the name of (always, for any
    other question)."""
    role = asked_holder(question)
    if not role:
        return True
    words, _ = role_words(index, query.groups, role)
    own = {t for w in words for t in index.analyzer.query_terms(w)}
    # The role as the reading found it: its own terms and the stand-ins the search found for them
    # ("skrift" → "publikation": "Hvad hedder det skrift, hvor I har samlet jeres forslag?").
    role_terms = own | {m for g in query.groups if g.term in own for m in g.members}
    if not role_terms:
        return True
    asked = set(_WORD.findall(folded_text(question)))
    return any(names_holder(sentence, terms, role_terms, asked) or own.intersection(terms) and _COPULA.search(sentence)
               for sentence, terms in sentences(index, chunk_id))
