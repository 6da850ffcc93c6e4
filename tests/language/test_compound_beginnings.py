"""Candidate compounds whose beginning no material word can start are not looked up, and nothing is lost.

An English phrase's candidate compounds are stemmed and folded to skeletons only to find that almost
none is the material's. A beginning ("politisks") that neither test can pass is decided once for all
its candidates; the translations are the same as when every candidate is looked up.
"""
from __future__ import annotations

import itertools
import random
import re

import pytest
import wordfreq

from assistant.config import REPO_ROOT
from assistant.documents import read_corpus
from assistant.language.analysis import default_analyzer
from assistant.language.compound_beginnings import (
    CHANGEABLE_ENDS,
    FIRM_LETTERS,
    LETTERS,
    material_skeletons,
    unaccented,
)
from assistant.language.english import english_words
from assistant.language.english_compounds import LINKS, compound_words, danish_compound
from assistant.language.english_memo import RememberingEnglishToDanish
from assistant.language.scandinavian import SpeltAlike, skeletons
from assistant.language.word_runs import ascii_fold

# Every letter skeleton's folds look at or make, and a few they leave alone.
_FOLD_LETTERS = "aåæäøöeiouybcdfghjklmnpqrstvwxzé"


def _material_words() -> frozenset[str]:
    text = " ".join(f"{s.heading} {s.text}" for d in read_corpus(REPO_ROOT / "corpus") for s in d.sections)
    return frozenset(re.findall(r"\w+", text.casefold()))


def test_the_danish_stemmer_only_takes_letters_off_the_end_and_keeps_all_before_its_last_firm_letter():
    analyzer = default_analyzer()
    rng = random.Random(25)
    made_up = ["".join(rng.choice(LETTERS) for _ in range(rng.randint(1, 16))) for _ in range(50_000)]
    # Doubled consonants at the end, before an ending, and -ede (the analyser's own rule).
    made_up += ["fabrikk", "grammofonn", "stoppede", "oprettede", "slukkede", "skovvejss", "ekkoerne"]
    words = [w for w in wordfreq.top_n_list("da", 60_000) + sorted(_material_words()) + made_up
             if w and not w.strip(LETTERS)]
    assert len(words) > 75_000
    for word in words:
        folded = unaccented(ascii_fold(word))
        term = analyzer.document_term(folded)
        if term:
            assert folded.startswith(term), word
            last_firm = max(folded.rfind(c) for c in FIRM_LETTERS)
            assert len(term) >= last_firm, word
            # a, o, u and y are never taken off at all
            assert not set(folded[len(term):]) & set("aouy"), word


def _settled_skeleton_begins_every_longer_words(pairs: list[tuple[str, str]]) -> None:
    settled = [b.rstrip(CHANGEABLE_ENDS) for b, _ in pairs]
    kept = [(s, b + t) for s, (b, t) in zip(settled, pairs) if len(s) >= 2]
    for (s, word), head, whole in zip(kept, skeletons([s for s, _ in kept]), skeletons([w for _, w in kept])):
        base = whole[:-1] if whole.endswith("e") else whole
        assert whole.startswith(head) and base.startswith(head), (s, word, head, whole)


def test_a_beginnings_skeleton_up_to_its_last_settled_letter_begins_every_word_it_begins():
    # Every beginning of up to three letters before every letter, every two letters before every
    # one or two, and longer ones at random (runs of "a", "d", "t" and doubled letters among them).
    short = ["".join(p) for n in (1, 2, 3) for p in itertools.product(_FOLD_LETTERS, repeat=n)]
    pairs = [(b, t) for b in short for t in _FOLD_LETTERS]
    pairs += [(b, t) for b in short if len(b) <= 2 for t in short if len(t) == 2]
    rng = random.Random(25)
    pairs += [("".join(rng.choice(_FOLD_LETTERS) for _ in range(rng.randint(2, 9))),
               "".join(rng.choice(_FOLD_LETTERS) for _ in range(rng.randint(1, 6)))) for _ in range(50_000)]
    pairs += [(b, t) for b in ("haaa", "haaaa", "skatt", "grads", "hvid", "hv", "sc", "ph", "gj")
              for t in ("a", "aa", "s", "j", "k", "h", "e", "ed", "ds", "ig")]
    _settled_skeleton_begins_every_longer_words(pairs)


def test_the_materials_skeletons_are_those_its_spelling_table_looks_words_up_by():
    words = _material_words()
    _, exact, inflected = SpeltAlike(words)._tables[True]
    assert material_skeletons(words) == sorted({*exact, *inflected})


@pytest.fixture(scope="module")
def mapper() -> RememberingEnglishToDanish:
    return RememberingEnglishToDanish(_material_words())


def _english_phrases() -> list[str]:
    phrases: dict[str, None] = {}
    for path in sorted((REPO_ROOT / "tests" / "data" / "realistic").glob("om_dev*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if len(fields) == 4 and "english" in fields[3]:
                words = english_words(fields[0])
                phrases.update(dict.fromkeys([*words, *(" ".join(p) for p in zip(words, words[1:]))]))
    return list(phrases)


def test_an_english_phrases_compound_is_the_one_every_candidate_would_find(mapper):
    phrases = _english_phrases()
    assert len(phrases) > 500
    left_out = 0

    def counted(lefts, rights, links, left, right):
        nonlocal left_out
        fewer = mapper._compound_words(lefts, rights, links, left, right)
        left_out += len(list(compound_words(lefts, rights, links, left, right))) - len(fewer)
        return fewer

    for phrase in phrases:
        everyone = danish_compound(phrase, mapper._part_words, mapper._alike_found)
        assert danish_compound(phrase, mapper._part_words, mapper._alike_found, counted) == everyone, phrase
    assert left_out > 10_000, "most candidates are never looked up"


def test_a_candidate_the_material_holds_is_looked_up_whatever_its_beginning(mapper):
    # "xqz" begins no word of the material, but "xqzparti" is made one here.
    material = mapper.words | {"xqzparti"}
    spelt = RememberingEnglishToDanish(material)
    rights = ["parti", "fest", "side"]
    assert spelt._compound_words(["xqz"], rights, LINKS, "x", "y") == list(
        compound_words(["xqz"], rights, LINKS, "x", "y"))
    # Without it, only "side"'s are: a right part of letters the stemmer's endings have (s, i, d, e)
    # may be stemmed away whole.
    assert mapper._compound_words(["xqz"], rights, LINKS, "x", "y") == ["xqzside", "xqzsside", "xqzeside"]
