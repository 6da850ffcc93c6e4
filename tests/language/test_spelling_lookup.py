"""A typo is looked up in a sifted SymSpell table and finds exactly what symspellpy's own look-up finds."""
from __future__ import annotations

import random

import pytest
from symspellpy import SymSpell, Verbosity
from symspellpy.editdistance import DistanceAlgorithm, EditDistance

from assistant.language.spelling import MAX_DISTANCE, PREFIX_LENGTH, SpellingCorrector
from assistant.language.spelling_lookup import BucketSieve, closest

# Words of one beginning, as a material about town planning has them ("lands…", "by…"): the long
# buckets a look-up of a word with that beginning walks.
STEMS = ["lands", "landsby", "land", "bytræ", "byrå", "byggeri", "frivil", "forening", "forsamling"]
ENDINGS = ["", "e", "en", "er", "et", "erne", "s", "ens", "del", "dele", "råd", "rådet", "plan",
           "planer", "strategi", "område", "områder", "arealer", "udvikling", "lige", "hed", "heder"]


def _words() -> dict[str, int]:
    rng = random.Random(11)
    words = {stem + ending: rng.randrange(1, 500) for stem in STEMS for ending in ENDINGS}
    for _ in range(1500):   # other words, so that buckets are long and mixed
        words["".join(rng.choice("abdefgiklmnoprstuvæøå") for _ in range(rng.randrange(4, 15)))] = rng.randrange(1, 50)
    return words


def _symspell(words: dict[str, int]) -> SymSpell:
    table = SymSpell(MAX_DISTANCE, PREFIX_LENGTH, distance_comparer=EditDistance(DistanceAlgorithm.DAMERAU_OSA_FAST))
    for word, count in words.items():
        table.create_dictionary_entry(word, count)
    return table


def _typo(rng: random.Random, word: str) -> str:
    for _ in range(rng.choice((1, 1, 2, 3))):
        i = rng.randrange(len(word) + 1)
        edit = rng.randrange(4)
        if edit == 0 and len(word) > 1:
            word = word[:i] + word[i + 1:]
        elif edit == 1:
            word = word[:i] + rng.choice("aeilnrstæøå") + word[i:]
        elif edit == 2 and i < len(word):
            word = word[:i] + rng.choice("aeilnrstæøå") + word[i + 1:]
        elif i + 1 < len(word):
            word = word[:i] + word[i + 1] + word[i] + word[i + 2:]
    return word


@pytest.fixture(scope="module")
def table() -> tuple[dict[str, int], SymSpell]:
    words = _words()
    return words, _symspell(words)


@pytest.mark.parametrize("min_size", [1, 16, 64])
def test_a_sifted_lookup_finds_what_symspellpy_finds_in_its_order(table, min_size):
    words, symspell = table
    sieve = BucketSieve(symspell._deletes, min_size=min_size)
    assert len(sieve) > 0
    rng = random.Random(min_size)
    asked = [_typo(rng, rng.choice(sorted(words))) for _ in range(800)] + sorted(words)[:200]
    asked += ["landsraadet", "landsraad", "bytraeer", "frivilige", "byraadet", "forsamlinegr"]
    for word in asked:
        for distance in (0, 1, 2):
            expected = symspell.lookup(word, Verbosity.CLOSEST, max_edit_distance=distance)
            found = closest(symspell, sieve, word, distance)
            assert [(s.term, s.distance, s.count) for s in found] == \
                   [(s.term, s.distance, s.count) for s in expected], (word, distance)


def test_the_sieve_leaves_out_words_before_the_loop(table):
    # "landsraadet": of the bucket "lan" (two letters of "lands" deleted) only words ending in "t"
    # and long enough are walked, and words more than two letters shorter or longer never.
    _, symspell = table
    sieve = BucketSieve(symspell._deletes, min_size=1)
    bucket = symspell._deletes["lan"]
    kept = sieve.sifted("lan", bucket, "landsraadet", 2, 3, PREFIX_LENGTH + 1)
    assert 0 < len(kept) < len(bucket) / 4
    assert all(abs(len(w) - len("landsraadet")) <= 2 and w.endswith("t") for w in kept)
    assert kept == [w for w in bucket if w in kept]   # the bucket's order


def test_a_too_large_distance_is_refused_as_symspellpy_refuses_it(table):
    _, symspell = table
    with pytest.raises(ValueError):
        closest(symspell, BucketSieve(symspell._deletes), "landsraad", MAX_DISTANCE + 1)


def test_the_corrector_still_corrects_a_long_typo_of_a_common_beginning():
    corrector = SpellingCorrector(_words())
    assert corrector.correct("landsbyplannr") == "landsbyplaner"
    assert corrector.correct("frivilige") == "frivillige"


def test_a_bucket_with_a_word_too_long_for_the_code_is_walked_whole():
    # A length over 255 letters has no 16-bit code: its buckets keep every word, and the look-up
    # is still symspellpy's.
    words = {**_words(), "landsplan" + "e" * 300: 3}
    symspell = _symspell(words)
    sieve = BucketSieve(symspell._deletes, min_size=1)
    assert "lands" not in sieve._spans and "bygg" in sieve._spans
    for word in ("landsplanee", "landsplan" + "e" * 299, "byggerii"):
        assert [(s.term, s.distance) for s in closest(symspell, sieve, word, 2)] == \
               [(s.term, s.distance) for s in symspell.lookup(word, Verbosity.CLOSEST, max_edit_distance=2)]
