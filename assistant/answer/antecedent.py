"""The sentence a chosen one points back to: "Målet skal skrives ind i planloven." after "Et bindende
grønt mål. Kommunerne skal sikre, at mindst 30 procent af arealet i nye lokalplaner er grønt."

Danish introduces a thing with the indefinite article ("et bindende grønt mål", "en plan") and refers
back to it in the definite ("Målet", "Planen"). A chosen sentence that opens with a definite noun the
passage introduced so just before speaks of what those sentences set out; quoted alone it says "the
goal" without the goal. The sentence before it is quoted too. A definite noun with no such
introduction before it is the thing itself, known to the reader, and stands alone: "Foreningen anslår
…", or "Kontingentet opkræves i marts." after "… skylder kontingent i over to måneder" (a mass noun
without an article introduces nothing); so does a statute's stk., a rule of its own.
"""
from __future__ import annotations

import re

from ..index.bm25 import Index
from ..language.lemmas import lemma_of
from .sentence_evidence import sentences
from .sentence_neighbours import MAX_ANSWER_SENTENCES, Candidate
from .word_class import THING, word_class

# The endings of a Danish noun's definite form: singular -en/-et (-n/-t after a vowel), plural -ne/-ene.
DEFINITE_ENDINGS = ("en", "et", "n", "t", "ne", "ene")
# How many sentences before the chosen one may name the thing first: the label's "Et bindende grønt
# mål." stands two before "Målet skal …", the sentence that sets the goal out between them.
REACH = 2
_WORD = re.compile(r"[^\W\d_]+")


def opening_definite(sentence: str) -> str:
    """The lemma of the definite noun a sentence opens with ("Målet skal …" -> "mål"); "" for any
    other opening (a pronoun, a name, an indefinite noun, a verb)."""
    words = _WORD.findall(sentence)
    if not words or not words[0][:1].isupper():
        return ""
    word = words[0].casefold()
    lemma = lemma_of(word)
    if not lemma or lemma == word or word_class(word) != THING:
        return ""
    return lemma if any(word == lemma + ending for ending in DEFINITE_ENDINGS) else ""


def antecedent_before(index: Index, best: Candidate, picks: list[Candidate]) -> list[Candidate]:
    """The sentence before the best one, when the best one opens with a definite noun that one of the
    REACH sentences before it introduces with "en"/"et" (up to three words between), and it is not
    chosen yet and there is room."""
    if best.pos == 0 or best.hit.chunk.paragraph or len(picks) >= MAX_ANSWER_SENTENCES:
        return []
    noun = opening_definite(best.sentence)
    if not noun or any(c.hit is best.hit and c.pos == best.pos - 1 for c in picks):
        return []
    said = sentences(index, best.hit.chunk_id)
    introduced = re.compile(rf"\b(?:en|et)\s+(?:[^\W\d_]+\s+){{0,3}}?{re.escape(noun)}\b", re.IGNORECASE)
    if not any(introduced.search(said[pos][0]) for pos in range(max(0, best.pos - REACH), best.pos)):
        return []
    return [Candidate(best.rank, best.pos - 1, best.hit, said[best.pos - 1][0], frozenset(), 0.0)]
