"""The scene a visitor sets around a question, kept only in the words the material uses.

"Jeg er ny i bestyrelsen - hvem bestemmer, hvem der bliver formand?": the statement before the
question tells who asks and why (wrappers.split_context); some of its words say what the question is
about, the others can only count against the answer.
"""
from __future__ import annotations

import re

from ..index.bm25 import Index
from .wrappers import split_context

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


# Danish negations and conditional conjunctions, closed word classes: "Jeg har ikke betalt …",
# "Hvis jeg melder mig ud …". They are stop words, never searched, but they turn the situation
# around, and the decision and the choice of sentence read the question's small words.
SCENE_POLARITY = frozenset({"ikke", "aldrig", "ingen", "intet", "hverken", "uden", "hvis", "medmindre"})


def without_scene(index: Index, question: str) -> str:
    """The question with only those words of the scene set before it that the material uses.

    "Jeg hørte om jer i radioen i går - hvad har I gjort for at flytte statslige job?": the
    statement before the question tells who asks and why; its words the material never uses
    ("radioen", "hørte") can only count against the answer, while those it does ("Jeg er ny i
    bestyrelsen - …") may say what the question is about.
    """
    scene, asked = split_context(question)
    if not scene:
        return question
    kept = [w for w in _WORD.findall(scene) if material_uses(index, w) or w.casefold() in SCENE_POLARITY]
    return " ".join([*kept, asked])


def material_uses(index: Index, word: str) -> bool:
    """Whether the material uses the word (in some form); stopwords are not words it uses."""
    terms = index.analyzer.query_terms(word)
    return bool(terms) and all(t in index.term_ids for t in terms)
