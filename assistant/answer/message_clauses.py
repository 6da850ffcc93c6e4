"""A message's clauses: the one it asks as a question, and the statements around it that set the scene.

"Jeg bor i en almen bolig. Hvad anbefaler I …?", "hvad hedder revisoren? skal bruge navnet til en
ansøgning": the visitor's situation or purpose, before or after the question, is no part of what is
asked. Read from the message's punctuation and Danish word order (V2, a question's verb before its
subject), after the wrappers (wrappers.py) are off.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .hedges import compile_danish as _compile

_FLAGS = re.IGNORECASE

# How a Danish or English question opens: a question word, or a verb first ("Kan jeg …",
# "Er der …", "Can I …"); a statement opens with its subject ("Jeg bor …", "Vi har …").
_ASKING_VERBS = (r"kan|kunne|må|skal|skulle|vil|ville|er|var|har|havde|får|bliver|gælder|findes|can|could|may|must"
                 r"|shall|should|will|would|is|are|was|were|do|does|did|has|have")
_QUESTION_OPENING = _compile(rf"^(?:hv\w*|om|{_ASKING_VERBS}|what\w*|who\w*|when|where|why|how|which|whether)\b",
                             re.IGNORECASE)
# A question put after a remark with "men"/"but" ("Jeg har hørt, at I …, men hvor mange er ansat?",
# "I read that you …, but what …?") opens with a question word (not "hvis": a condition goes on), or
# a verb with its subject after it ("men kan jeg …"); a verb without one goes on the remark ("Jeg
# meldte mig ind, men har ikke betalt").
_QUESTION_AFTER_BUT = (r"(?:hv(?!is\b)\w*|what\w*|who\w*|when|where|why|how|which|whether)\b"
                       rf"|(?:{_ASKING_VERBS})\s+(?:jeg|du|vi|i|man|de|den|det|der|han|hun|you|we|it|they|there|he|she)\b")
# Where one sentence or clause of a message ends and the next begins: a full stop, "!" or "?"
# before a new word, a dash between spaces (an en or em dash, or a hyphen), a colon ("Et hurtigt
# spørgsmål: hvem …"), or the "men"/"but" before a question (the conjunction belongs to neither).
_CLAUSE_END = _compile(rf"(?<=[.!?])\s+(?=\S)|\s+[–—-]+\s+|:\s+|,\s*(?:men|but)\s+(?={_QUESTION_AFTER_BUT})",
                       re.IGNORECASE)


# Danish and English abbreviations written with a full stop ("pr. år", "ca. 30", "fx. en park"):
# the stop ends no sentence when a small letter or a digit follows, as Danish sentences begin with
# a capital and chat messages put a question mark, not a stop, between their clauses.
_ABBREVIATION = re.compile(r"(?<![\w.])(?:pr|ca|kr|fx|f\.eks|bl\.a|dvs|mht|iht|nr|stk|jf|evt|inkl|ekskl"
                           r"|osv|mv|mio|mia|etc|e\.g|i\.e|approx|vs)\.$", _FLAGS)


# A direct question begun inside a message typed without punctuation ("vi er nogle stykker der vil
# have en ekstraordinær generalforsamling hvor mange skal vi være"): Danish puts the finite verb
# straight after the question word and before the subject (V2), where an embedded question keeps
# the subject first ("… hvor mange vi skal være"); only the direct one starts a new clause.
_DEGREE = r"(?:mange|meget|længe|tit|ofte|langt?|stor[te]?)"
_PRONOUN = r"(?:jeg|du|vi|i|man|de|den|det|der|han|hun)"
_FINITE = r"(?:skal|skulle|kan|kunne|må|er|var|har|havde|får|bliver|blev|gør|vil|bør|sker|koster)"
_DIRECT_QUESTION = _compile(
    r"\s(?=hv(?:ad|em|or|ornår|orfor|ordan|ilke[nt]?)(?:\s+(?:mange|meget|længe|tit|ofte|langt?|stor[te]?))?"
    rf"\s+{_FINITE}\s+{_PRONOUN}\b"
    # The question word as the subject: a direct question puts the verb straight after it ("hvem
    # kan stemme"), an embedded one needs "der" ("… hvem der kan stemme").
    rf"|(?:hvem|hvad|(?:hvilke[nt]?|hvor\s+mange)\s+(?!{_PRONOUN}\b)\w+)\s+{_FINITE}\b"
    # Any other question word: the verb straight after it, whatever the subject ("hvornår skal
    # kontingentet …"), or a verb of its own before a pronoun subject ("hvornår startede I").
    rf"|hv(?:or|ornår|orfor|ordan)(?:\s+{_DEGREE})?\s+{_FINITE}\b"
    rf"|hv(?:or|ornår|orfor|ordan)\s+(?!(?:{_PRONOUN}|{_DEGREE})\b)\w+\s+{_PRONOUN}\b)", _FLAGS)


# An ordinal's full stop ("1. marts", "9. klasse", "§ 5, stk. 3"): a date or a grade, no sentence end
# when a small letter follows.
_ORDINAL = re.compile(r"(?<![\w.])\d{1,3}\.$")


def _clauses(message: str) -> list[str]:
    """The message's sentences and clauses, an abbreviation's full stop not ending one."""
    if not _CLAUSE_END.search(message):
        parts = _DIRECT_QUESTION.split(message, maxsplit=1)
        # One word before the question ("og hvad gør?", "men hvem …") is a follow-up's conjunction,
        # no statement of its own.
        return parts if len(parts) < 2 or len(parts[0].split()) > 1 else [message]
    out, start = [], 0
    for end in _CLAUSE_END.finditer(message):
        before, after = message[start:end.start()], message[end.end():end.end() + 1]
        if (_ABBREVIATION.search(before) and not after.isupper()) or (_ORDINAL.search(before) and after.islower()):
            continue
        out.append(before)
        start = end.end()
    return [*out, message[start:]]


@lru_cache(maxsize=32)  # asked of one message by its reading, its scene's words and what it asks about
def split_context(question: str) -> tuple[str, str]:
    """(context, question): what a message tells around the question it asks, and the question.

    "Jeg bor i en almen bolig. Hvad anbefaler I …?", "Jeg er lidt bagud med betalingen - hvad
    sker der, hvis …?", "Hvad koster det samlet? Jeg kan ikke finde tallet": statements before or
    after the question set the scene; the question is the one clause put as one (ends in "?" or
    opens with a question word or a verb). A message of one clause, or with no such clause, or
    that asks several, is all question.
    """
    clauses = [c.strip() for c in _clauses(question.strip()) if re.search(r"\w", c)]
    asked = [c for c in clauses if _is_question(c)]
    if len(clauses) < 2 or len(asked) != 1:
        return "", question
    return " ".join(c for c in clauses if c is not asked[0]), asked[0]


# A statement whose subject is left out, as chat drops "jeg" ("… ? skal bruge det til min opgave",
# "har ikke betalt endnu"): the finite verb is followed by an infinitive (Danish infinitives end in
# -e) or an adverb of the verb phrase, not by the subject a question puts after its verb ("skal jeg").
_SUBJECTLESS = _compile(rf"^(?:{_ASKING_VERBS})\s+(?!{_PRONOUN}\b)"
                        r"(?:ikke|aldrig|bare|lige|også|gerne|nok|allerede|altid|[^\W\d_]+e)\b", _FLAGS)


def _is_question(clause: str) -> bool:
    """Put as a question: ends in "?", or opens as one and is no statement whose subject was dropped."""
    return clause.endswith("?") or bool(_QUESTION_OPENING.match(clause) and not _SUBJECTLESS.match(clause))

