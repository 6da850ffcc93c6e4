"""Whether a passage says who did the thing a "hvem …?" / "who …?" question asks about.

"Hvem tæller stemmerne op på generalforsamlingen?" was answered with § 7, stk. 5's "Stemmeret på
generalforsamlingen har alle medlemmer, …", "Hvem har skrevet foreningens vedtægter?" with "Målet skal
skrives ind i planloven", "Who wrote your analyses …?" with "Vi bidrager … ved at udarbejde … analyser":
the passage holds what was done, or the thing it was done to, and says nothing of who did it. The model's
check for a person takes any capitalised word, and a passage on the thing asked about has plenty.

A question that asks who acts ("hvem" / "who" before a verb that is not a copula, a modal or "få") is
answered only where a sentence holding the question, or one beside it, says who acts, as Danish grammar
says it:
  - a passive or a participle with its agent: "indkaldes af bestyrelsen", "blev vedtaget af foreningens
    landsråd", "er finansieret af Fonden for Bynatur", "tegnes foreningen af den samlede bestyrelse"
    (not "i slutningen af 2018", "halvdelen af dens medlemmer": no passive stands before "af");
  - the one behind it: "Bag initiativet stod …", "står bag", "står for";
  - the question's own verb, said of its subject: "Foreningen hæfter kun med sin formue" for "Hvem hæfter
    for gælden?", "indkaldes med 14 dages varsel" for "Hvem indkalder …?" (the verb's stem, as the index
    has it).
A question about who is something or who may do it ("Hvem er formand?", "Hvem kan blive medlem?", "Hvem
får nyhedsbrevet?") asks a role, a condition or a receiver: the role gate and the model weigh those.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..index.bm25 import Index
from ..language.analysis import DANISH_STOPWORDS
from ..language.english import english_words
from ..language.word_runs import ascii_fold, folded_text
from .checked_sentences import checked_texts
from .reading import translator
from .retrieve import Query
from .sentence_evidence import sentences
from .word_class import OTHER, THING, word_class
from .word_guard import guarded

# The gate's name where a decision's record lists the checks that declined a passage (decision_trace.py).
AGENT_GATE = "agent_told"
# English "who" opens the question's clause ("Hi! Who …", "…, who …"); after a noun it is a relative
# pronoun ("a member who joined last month"), which asks nothing.
_ASKS_WHO = guarded(re.compile(r"(?:\bhvem|(?:^|[.!?:;,]|\b(?:and|but|so))\s*(?P<who>who))"
                       r"\s+(?P<verb>[^\W\d_]+)(?:\s+(?P<next>[^\W\d_]+))?", re.IGNORECASE))
# Danish, Norwegian and English copulas, modals and "get"/"få" (closed classes): after "hvem" they ask a
# role, a condition or a receiver, not who acts.
_NOT_ACTING = frozenset(ascii_fold(w) for w in "er var være været bliver blive ble blir sidder hedder heter kan kunne "
                        "må måtte vil ville skal skulle bør burde får fik fikk fået is are was were be been can "
                        "could may might will would shall should must gets got get".split())
# Auxiliaries before the verb that says the act ("Hvem har skrevet …?", "Who did write …?").
_AUXILIARIES = frozenset("har havde has have had did does do".split())
_PRONOUNS = frozenset("i you we they he she it jeg du vi de han hun man dig jer".split())
_ENGLISH_PREPOSITIONS = frozenset("in of from at among on for with by".split())
# A passive ("-es", a word apart at most: "tegnes foreningen af …") or a participle ("-et", "-t", right
# before it) with "af" and its agent, which is not a figure ("af 2018"); "mindst halvdelen af" is none.
# Norwegian says "av" for "af" (NorQuAD's questions and passages: "ble grunnlagt av …").
_PASSIVE_AGENT = re.compile(r"\b(?:[^\W\d_]+es\b(?:\s+[^\W\d_]+)?|[^\W\d_]+t)\s+a[fv]\s+(?!\d)[^\W\d_]",
                            re.IGNORECASE)
# "Hvem står for at plante …?" asks who does the act after "at": a recommendation says so of its subject
# ("Staten og kommunerne bør i fællesskab plante …"), with the act's own verb and without "står for".
_IN_CHARGE_OF_ACT = re.compile(r"\bhvem\s+(?:står|stod|stå|sørger|sørgede)\s+for\s*,?\s+at\s+(?P<verb>[^\W\d_]+)",
                               re.IGNORECASE)
# The one behind it, and what a body is made of ("Balance Danmarks medlemmer består af kommuner, …").
_BEHIND = re.compile(r"\b(?:bag|bak|står for|stod for|stå for|består af|bestod af|består av|bestod av)\b",
                     re.IGNORECASE)
# A name of two or more capitalised words ("Staten i hele Danmark", "Danske Andelskassers Bank"): one the
# question does not name, and not the document's own (its title's), names who acts ("Samtidig tilsluttede
# foreningen Staten i hele Danmark sig …" for "Who joined …?").
_NAME = re.compile(r"(?<![\w.])[A-ZÆØÅ][\wæøå]+(?:(?:\s+[a-zæøå]{1,4}){0,2}\s+[A-ZÆØÅ][\wæøå]+)+")


@lru_cache(maxsize=32)  # asked of one question once per weighed passage; no store of questions
def asked_act(question: str) -> tuple[str, bool]:
    """The verb a who-question asks the actor of ("hvem tæller …" → "tæller", "hvem har skrevet …" →
    "skrevet", "hvem står for at plante …" → "plante"), or "" where it asks none: no "hvem"/"who", or a
    copula, modal, "få", preposition or pronoun after it; and whether the question is English."""
    found = _ASKS_WHO.search(question)
    if not found:
        return "", False
    charged = _IN_CHARGE_OF_ACT.search(question)
    if charged:
        return charged["verb"].casefold(), False
    english = bool(found["who"])
    verb, after = found["verb"].casefold(), (found["next"] or "").casefold()
    if verb in _AUXILIARIES:
        # "Hvem har ansvaret …?" holds a noun after "har": a holder, not an actor, is asked; "Who do you
        # want to …?", "Hvem har I …?" a pronoun: "who" is the object, and the one acting is the asker's.
        verb = after if after and after not in _PRONOUNS and (english or word_class(after) != THING) else ""
    # A preposition or a pronoun after "hvem" ("Hvem i foreningen …", "who of you …"): where the verb
    # stands is not read. Compared folded, as a question typed without æ/ø/å has them ("hvem faar …").
    if ascii_fold(verb) in _NOT_ACTING or verb in DANISH_STOPWORDS or verb in _ENGLISH_PREPOSITIONS:
        return "", english
    return verb, english


def tells_agent(text: str, verb_terms: frozenset[str], terms_of, known: str) -> bool:
    """Whether a text says who acts: a passive with its agent, the one behind it, a name not in `known`
    (the question and the document's title, folded), or the asked verb itself (its index terms,
    `terms_of` giving a text's)."""
    if _PASSIVE_AGENT.search(text) or _BEHIND.search(text):
        return True
    if any(folded_text(name) not in known for name in _NAME.findall(text)):
        return True
    return bool(verb_terms) and bool(verb_terms & set(terms_of(text)))


def agent_told(index: Index, chunk_id: int, query: Query, question: str) -> bool:
    """Whether the passage says who acts where a question asks who did something (always, for a
    question that asks no such thing). An English question's verb is read in Danish words the
    dictionary chose, which may miss the sentence that tells ("Who backed …?" and "Bag initiativet
    stod …"): every sentence of the passage is read for it, the verb in the Danish words the dictionary
    gives ("reports": "Bestyrelsens beretning"). A Danish verb
    counts with the words the search took for it ("bestemmer": "beslutning")."""
    verb, english = asked_act(question)
    if not verb:
        return True
    known = folded_text(question + " " + index.chunk(chunk_id).title)
    if english:
        # The verb's Danish words, not one the dictionary gives as an adjective ("heads" → "første").
        danish = [d for t in translator(index).translate(english_words(verb)) for d in t.danish
                  if word_class(d) != OTHER]
        verb_terms = frozenset(t for d in danish for t in index.analyzer.document_terms(d))
        return any(tells_agent(text, verb_terms, index.analyzer.document_terms, known)
                   for text, _ in sentences(index, chunk_id))
    own = set(index.analyzer.query_terms(verb))
    verb_terms = frozenset(own.union(*(g.members for g in query.groups if g.term in own)))
    return any(tells_agent(text, verb_terms, index.analyzer.document_terms, known)
               for text in checked_texts(index, chunk_id, query))
