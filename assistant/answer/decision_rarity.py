"""How rare a question word the passage lacks is, read by its lemma where its own form is unlisted.

wordfreq's Danish list stops at Zipf 3.0, while the Norwegian one the model is trained on goes down to
1.0. An everyday word's inflected form below the Danish floor ("stedfortræderne", "kontingentet",
"anbefalingerne", "opfølgningen") is therefore unknown and weighed as a word no one knows (rarity 1.0),
where NorQuAD's like forms keep their own value ("anbefalingene" 2.77). A passage lacking such a form was
declined as if the question were about something rare it never mentions: "Hvor mange stedfortrædere har
bestyrelsen?" of "Desuden vælges to suppleanter".

Read here instead by its lemma's frequency (simplemma's lemma, the list's value for it), and only where
the passage lacks the word (answerability_signals weighs a missing word by this): a form the passage
holds keeps its own weight, since the material's own words in a definite form ("anbefalingerne") are
what a question shares with its answer; lowering them too (round thirty-three, docs/benchmarks.md) made
the model decline its own material's words. A listed form keeps its value: only the list's gap is read
otherwise. Danish questions only; NorQuAD's Norwegian ones are weighed as the model was trained.
"""
from __future__ import annotations

from functools import lru_cache

from ..language.analysis import Analyzer, surface_words
from ..language.background import rarity_of, zipf
from ..language.lemmas import question_word

# Questions whose words, read once, are weighed for several passages (and again by the training).
MEMO_SIZE = 256


@lru_cache(maxsize=MEMO_SIZE)
def missing_rarity(analyzer: Analyzer, question: str) -> dict[str, float]:
    """Query term -> the rarity of its question word's lemma, for the words whose own form the Danish
    list lacks but whose lemma it holds ("stedfortrædere" → "stedfortræder", Zipf 3.51). The other
    terms are absent: their rarity is their form's."""
    out: dict[str, float] = {}
    for word in surface_words(question):
        if not word.isalpha() or zipf(word) > 0.0:
            continue
        lemma, terms = question_word(analyzer, word)
        level = zipf(lemma) if lemma and lemma != word else 0.0
        if level <= 0.0:
            continue  # a typo, a name or a word the list lacks in every form: as rare as it reads
        for term in terms:
            out[term] = max(out.get(term, 0.0), rarity_of(level))
    return out
