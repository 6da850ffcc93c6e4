"""Whether a passage says that the one a "Er X medlem …?" / "Is X a member …?" question names is a member.

"Er Vejle Kommune selv medlem af foreningen?" and "Is the municipality of Vejle itself a member of the
association?" were answered with § 1's "Foreningens hjemsted er Vejle Kommune": the passage holds the
name, as the association's seat, and the model weighs the name as found. A name the material gives in
another role is no member: the question is answered only by a passage with a sentence that holds the
name and says it takes part – is a member, joined or became part of something ("Samtidig tilsluttede
foreningen Staten i hele Danmark sig den nye organisation"). A passage about membership that never names
it ("Som medlem kan optages enhver person, forening eller virksomhed …") does not say it either.

Only a question whose subject holds a capitalised name is read ("er dansk industri medlem" is gate_name's,
which declines a name the material never has), and not one about what may be ("Kan vores kommune blive
medlem?" asks a rule for the kind).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..index.bm25 import Index
from ..language.word_runs import folded_text
from .gate_concrete import near_sentences
from .retrieve import Query
from .word_guard import guarded

# The gate's name where a decision's record lists the checks that declined a passage (decision_trace.py).
MEMBER_GATE = "member_said"
# "Er/Var/Is/Was <subject> (selv/også/itself/also) (et/a) medlem/member": the subject is what is asked about.
_IS_MEMBER = guarded(re.compile(r"^\W*(?:er|var|is|was)\s+(?P<subject>.+?)\s+(?:(?:selv|også|ogsaa|itself|also|still|"
                                r"stadig)\s+)?(?:(?:et|a|one)\s+)?(?:medlem|member)\b", re.IGNORECASE))
# A capitalised word of the subject (not its first word, capitalised as the sentence's start).
_NAME_WORD = re.compile(r"\b[A-ZÆØÅ][\wæøå-]+")
# A sentence that says someone takes part: is a member, joined or became part of it (Danish and English
# words; gate_concrete._TAKES_PART reads the same for a question, and no resource groups them).
_TAKES_PART = re.compile(r"\b(?:medlem\w*|tilslut\w*|optag\w*|del af|members?|membership|joined|part of)\b",
                         re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.?!]\s")
_WORDS = re.compile(r"[^\W_]+")


@lru_cache(maxsize=32)  # asked of one question once per weighed passage; no store of questions
def member_asked(question: str) -> frozenset[str]:
    """The folded name words of the subject a "Er X medlem …?" question asks about; empty for any other."""
    last = _SENTENCE_END.split(question.strip())[-1]
    found = _IS_MEMBER.search(last)
    if not found:
        return frozenset()
    return frozenset(folded_text(w) for w in _NAME_WORD.findall(found["subject"]))


def member_said(index: Index, chunk_id: int, query: Query, question: str) -> bool:
    """Whether the passage may answer a question whether a named one is a member (always, for any
    other question): a sentence of it holds one of the name's words and says it takes part."""
    names = member_asked(question)
    if not names:
        return True
    _, found = near_sentences(index, chunk_id, query)
    # A passage none of whose sentences holds the question's words gives the decision nothing to read here.
    return not found or any(_TAKES_PART.search(sentence) and names.intersection(_WORDS.findall(folded_text(sentence)))
               for sentence, *_ in found)

