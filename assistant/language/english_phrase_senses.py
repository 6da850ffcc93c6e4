"""Which senses of an English phrasal verb are read: WordNet's sense counts (english_phrases.py).

WordNet orders a phrasal verb's senses by how often each was tagged in its sense-tagged corpus
(SemCor), and ships the counts (cntlist.rev: "put_out%2:41:00:: 1 2" is sense 1, tagged twice). Most
phrasal verbs have one clear commonest sense ("carry out": 21 of 40, "make up": 19 of 29), but some
have several seen about as often, where the first sense is no better a guess than the next: "put out"
is inconvenience (tagged twice; three other senses once each, "publish" is its ninth); "put up" is post
(4), provide (3) and erect (3). Read by its first sense only, "Who put out these recommendations?" searched
"forstyrre" (disturb) and "Who put up the money for the mapping?" "embede" (office): words the material
lacks, which counted against the answer. Where the material has none of the first sense's synonyms, a
phrase without a clear commonest sense keeps no Danish word, as a stopword: its first sense's words
are a guess at what was asked. One with a clear commonest sense keeps them ("set up": 17 against 10,
"stifte"), as they tell a question about something the material lacks. Reading the other senses too
was tried and dropped: "pull out" (4 and 4) found "draw" -> "tegnes" (the statutes' signing).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .wordnet import WORDNET_DIR

COUNTS_FILE = "cntlist.rev"
# A first sense tagged this many times as often as the second, and at least MIN_TAGGED times, is the
# phrase's clear commonest ("put out"'s 2 against 1 is no evidence).
CLEAR = 1.5
MIN_TAGGED = 3


@lru_cache(maxsize=1)
def phrasal_counts(directory: Path = WORDNET_DIR) -> dict[str, dict[int, int]]:
    """Each multi-word verb's tag count per sense number ("put out": {1: 2, 2: 1, 3: 1, 4: 1}); empty
    where the WordNet installation lacks the counts file."""
    path = directory / COUNTS_FILE
    out: dict[str, dict[int, int]] = {}
    if not path.exists():
        return out
    with open(path, encoding="utf-8") as f:
        for line in f:
            key, _, rest = line.partition(" ")
            lemma, _, kind = key.partition("%")
            if "_" not in lemma or not kind.startswith("2"):
                continue  # one word, or not a verb
            number, count = rest.split()[:2]
            out.setdefault(lemma.replace("_", " "), {})[int(number)] = int(count)
    return out


def clear_first_sense(phrase: str, counts: dict[str, dict[int, int]] | None = None) -> bool:
    """Whether the phrase's first sense was tagged at least CLEAR times as often as its second and
    MIN_TAGGED times (or is its only sense tagged, or no counts are known): its words then say what
    was asked."""
    tagged = (phrasal_counts() if counts is None else counts).get(phrase, {})
    first, second = tagged.get(1, 0), tagged.get(2, 0)
    return not tagged or not second or first >= max(CLEAR * second, MIN_TAGGED)
