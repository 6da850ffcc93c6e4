"""NorQuAD questions in other words: an everyday word of the question swapped for a synonym its article lacks.

NorQuAD's annotators wrote each question while reading its article, so a question shares most of its
words with the passage that answers it. Visitors do not read the page first: they say "lavet" where it
says "udarbejdet", "penge" where it says "midler". The answerability model learns from NorQuAD that a
question word the passage lacks means "no answer", which declines such paraphrases. Made here: the
question with one of its everyday words (not its most telling one) swapped for a synonym from the
Danish thesaurus (mythes-da) that general Norwegian knows about as well and that the article does not
hold in any form. Asked of a corpus with its article it stays answerable; without it, not – the same
labels as the questions they are made from (benchmarks/answerability_train.py, --paraphrased).
"""
from __future__ import annotations

import random
import re

import wordfreq

from assistant.language import thesaurus
from assistant.language.analysis import Analyzer, surface_words

LANG = "nb"
# An everyday word: at least this common in general Norwegian (Zipf), so the swap changes how the
# question is put and not what it asks; the question's most telling word is never swapped.
EVERYDAY_ZIPF = 3.0
# The synonym must be a word general Norwegian knows (else it would weigh as an unknown, rare word) and
# about as common as the word it replaces, within this many Zipf points.
SYNONYM_ZIPF = 2.5
SYNONYM_SPREAD = 1.5


def _zipf(word: str) -> float:
    return wordfreq.zipf_frequency(word, LANG)


def paraphrase_variant(question: str, article: str, analyzer: Analyzer, rng: random.Random,
                       synonyms=thesaurus.synonyms) -> str | None:
    """The question with one everyday word the article holds swapped for a one-word synonym the
    article lacks in every form, or None when no word has such a synonym."""
    article_terms = set(analyzer.query_terms(article))
    # Only words written in lower case: a name ("Sky", "Al") has no synonym, only a homograph.
    lower = set(re.findall(r"(?<![\w-])[^\W\d_A-ZÆØÅ][^\W\d_]{2,}(?![\w-])", question))
    words = [w for w in dict.fromkeys(surface_words(question))
             if w in lower and analyzer.query_terms(w)]
    held = [w for w in words if set(analyzer.query_terms(w)) <= article_terms]
    if len(held) < 2:
        return None
    focus = min(held, key=lambda w: (_zipf(w), -len(w)))
    choices = []
    for word in held:
        if word == focus or _zipf(word) < EVERYDAY_ZIPF:
            continue
        level = _zipf(word)
        for synonym in sorted(synonyms(word)):
            terms = analyzer.query_terms(synonym)
            if (" " not in synonym and synonym.isalpha() and terms and not set(terms) & article_terms
                    and _zipf(synonym) >= SYNONYM_ZIPF and abs(_zipf(synonym) - level) <= SYNONYM_SPREAD):
                choices.append((word, synonym))
    if not choices:
        return None
    word, synonym = rng.choice(choices)
    return re.sub(rf"(?i)\b{re.escape(word)}\b", synonym, question, count=1)
