"""Words of a question that, with their neighbours, make an adverbial: when, where or how much, not
a thing it asks about.

"Hvad laver I til daglig?" asks what the organisation does; "til daglig" says how often, and the Om
page, which never writes "daglig", answers it. "Hvor bliver eksporten lavet henne?" asks where the
export is made; "henne" belongs to the question word ("hvor … henne"). "Skal magten flyttes tættere
på regionerne?" asks about moving power; "tættere på" says in which direction. The step that reads
the thing asked (asked_thing) took these for things the material must mention and declined.

Each is told by Danish grammar and the lemmatiser's forms (simplemma), and one closed class of phrases:

- a preposition takes a noun phrase, so a word right after one that simplemma knows only as a verb's
  form ("i hænde": "hænde" is "happen" to it) makes an adverbial with it, when it stands in its
  dictionary form and nothing follows that it could modify (`word_class`). An adjective there is not
  enough: "på engelsk" asks about the language, and simplemma gives names ("i Oslo", "på Venus") no
  definite forms either, so they look like adjectives to the class test;
- "til daglig" and "til hverdag" say how things usually are, as "dengang" says when (asked_thing's
  deictic time words): habitual time adverbials, a closed class no Danish resource at hand tags
  (mythes-da and FreeDict list neither phrase);
- "henne" after "hvor" completes the question word (Danish splits "hvor … henne" around its clause);
- a comparative of a degree word ("tættere" of "tæt", "længere" of "lang") before a preposition says
  how near or far, as the degree words after "hvor" do in asked_thing.
"""
from __future__ import annotations

from collections.abc import Collection

from ..language.analysis import DANISH_STOPWORDS
from ..language.lemmas import lemma_of
from .word_class import ACT, word_class

# Danish prepositions (a closed class of the grammar).
PREPOSITIONS = frozenset("ad af efter for fra hos i med mod om over på til under uden ved".split())
# Habitual time adverbials: a preposition and the word after it (each tested in test_asked_adverbials).
HABITUAL = frozenset((("til", "daglig"), ("til", "hverdag")))
# The particle that completes "hvor" when the clause stands between them ("hvor ligger det henne?").
_WHERE, _WHERE_PARTICLE = "hvor", "henne"


def adverbial_positions(words: list[str], degree: Collection[str],
                        capital_i: dict[int, bool] | None = None) -> set[int]:
    """The positions of the (case-folded) `words` that are part of an adverbial rather than a thing
    asked about; `degree`: the dictionary forms of the degree words ("tæt", "lang"); `capital_i`:
    the positions where the question writes "I", the pronoun, which is no preposition."""
    capital_i = capital_i or {}
    out: set[int] = set()
    for i, word in enumerate(words):
        follows = words[i + 1] if i + 1 < len(words) else ""
        ends_phrase = not follows or follows in DANISH_STOPWORDS
        if i and (words[i - 1], word) in HABITUAL:
            out.add(i)
        elif i and words[i - 1] in PREPOSITIONS and not capital_i.get(i - 1) and ends_phrase \
                and word not in DANISH_STOPWORDS and lemma_of(word) == word and word_class(word) == ACT:
            out.add(i)
        elif word == _WHERE_PARTICLE and _WHERE in words[:i]:
            out.add(i)
        elif follows in PREPOSITIONS and (lemma := lemma_of(word)) in degree and lemma != word:
            out.add(i)
    return out
