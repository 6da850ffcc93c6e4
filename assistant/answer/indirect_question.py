"""An indirect question in the direct order the kinds of fact asked are read from.

"Ved du, hvad kassereren hedder?", "Må jeg spørge, hvem formanden er?", "Kan du sige mig, hvem der er
næstformand?", "Do you know who the treasurer is?": a question put as a subordinate clause keeps the
Danish (and English) subordinate word order, the finite verb last, so the readers of the kind asked
(fact_kinds.asked_types), which read "hvad hedder …?" and "hvem er …?", did not see a name asked, and a
sentence with no name ("Foreningens navn er …") answered it. The clause is put back in main-clause order,
the verb second: "hvad kassereren hedder" → "hvad hedder kassereren". Only the copula and "hedde"/"be"
are moved: they are the verbs that ask who holds a role or what it is called.
"""
from __future__ import annotations

import re

from .word_guard import guarded

# A subordinate clause after the main clause that asks ("Ved du(,) …", "Må jeg spørge, …"): the interrogative,
# its subject (up to six words) and the verb last ("hvad formanden for Balance Danmark hedder?"). A subject
# question ("hvem der er formand") has "der" in the subject's place.
_VERB_LAST = guarded(re.compile(r"(?:^|(?<=[\s,:;]))(?P<wh>hvad|hva|hvem|who|what)\s+(?!der\b|som\b|that\b)"
                        r"(?P<subject>(?:[^\W\d_][\w'’-]*\s+){0,5}[^\W\d_][\w'’-]*)\s+"
                        r"(?P<verb>hedder|hed|er|var|is|was)\s*[?.!]*\s*$", re.IGNORECASE))
_SUBJECT_ASKED = re.compile(r"(?:^|(?<=[\s,:;]))(?P<wh>hvem|hvad)\s+der\s+(?P<verb>hedder|hed|er|var)\s+"
                            r"(?P<rest>[^,;:?.!]+?)\s*[?.!]*\s*$", re.IGNORECASE)
# A question word opening the main clause: "Hvem bestemmer, hvem der er formand?", "Hvor kan jeg se, hvem der
# er medlem?", "Who decides how much the fee is?" ask what their first word asks, the clause after it is its object.
_QUESTION_WORDS = frozenset("hvem hvad hva hvor hvornår hvornaar hvorfor hvordan hvilken hvilket hvilke "
                            "who what where when why which how".split())
# A clause after a preposition ("en oversigt over, hvem der er medlem") is the complement of a noun, which is
# what the question is about: only a clause the main verb takes ("ved du, hvem …") is the question's own.
_PREPOSITIONS = frozenset("over om på paa i af til med for fra ved about of on over for from".split())
# A subject that opens a clause of its own ("hvad det betyder, at man er") is no noun phrase: a main clause
# is never built from it.
_CLAUSE_WORDS = re.compile(r"\b(?:at|der|som|om|hvis|når|naar|fordi|that|if|when|because)\b", re.IGNORECASE)


def direct_order(question: str) -> str:
    """The question's asking clause in main-clause order when it is an indirect question ("Ved du, hvad
    kassereren hedder?" → "hvad hedder kassereren?"), else the question as it is."""
    text = question.strip()
    verb_last = _VERB_LAST.search(text)
    if verb_last and _embedded(text, verb_last.start()) and _noun_phrase(verb_last["subject"]):
        return f"{verb_last['wh']} {verb_last['verb']} {verb_last['subject']}?"
    subject_asked = _SUBJECT_ASKED.search(text)
    if subject_asked and _embedded(text, subject_asked.start()):
        return f"{subject_asked['wh']} {subject_asked['verb']} {subject_asked['rest']}?"
    return question


def _noun_phrase(subject: str) -> bool:
    """Whether a clause's subject can be a noun phrase: it opens no clause of its own ("hvad det betyder, at
    man er", "who decides how much the fee is")."""
    words = subject.casefold().split()
    return not _CLAUSE_WORDS.search(subject) and not any(w in _QUESTION_WORDS for w in words)


def _embedded(text: str, start: int) -> bool:
    """Whether the clause at `start` is the question's own: it opens the message (the wrapper before it
    taken away: "hvad formanden hedder?"), or the main clause before it in its sentence is no question of
    its own and no preposition takes the clause."""
    lead = re.split(r"[.!?]\s+", text[:start])[-1]
    words = re.findall(r"[^\W\d_]+", lead.casefold())
    return not words or words[0] not in _QUESTION_WORDS and words[-1] not in _PREPOSITIONS
