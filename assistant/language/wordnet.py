"""English synonyms and broader words from Princeton WordNet 3.0 (Debian's wordnet-base).

An English word the bilingual dictionaries lack often has a synonym they hold: "recommend" ->
"advise", "crowded" -> "packed", "expensive" -> "costly". WordNet groups words into synsets (one
sense each, the commonest first); a word's synonyms are the other words of its first senses, and,
where those do not reach the material, the words of the broader synset (hypernym) or, for an
adjective, of its similar ones. The database's plain-text files are read as Debian installs them:
index.<pos> lists a word's synsets as byte offsets into data.<pos>, read through a memory map
(thread-safe, shared between processes, only the pages read are loaded).
"""
from __future__ import annotations

import logging
import mmap
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)

WORDNET_DIR = Path("/usr/share/wordnet")
PARTS_OF_SPEECH = ("noun", "verb", "adj", "adv")
_POS_LETTER = {"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}
# Pointers to the broader words: a hypernym (noun, verb) or an instance's class; an adjective's
# similar adjectives.
BROADER = frozenset({"@", "@i", "&"})
# The first senses of a word are its common ones; rarer senses bring words of other meanings.
SENSES = 1


class WordNet:
    """Synonyms of English words; build it once (load() keeps one per process)."""

    def __init__(self, directory: Path = WORDNET_DIR):
        self.index: dict[str, list[tuple[str, int]]] = {}
        self._data: dict[str, mmap.mmap] = {}
        for pos in PARTS_OF_SPEECH:
            with open(directory / f"index.{pos}", encoding="utf-8") as f:
                for line in f:
                    if line.startswith(" "):
                        continue  # the licence at the top of the file
                    fields = line.split()
                    count = int(fields[2])
                    self.index.setdefault(fields[0], []).extend(
                        (pos, int(offset)) for offset in fields[-count:])
            with open(directory / f"data.{pos}", "rb") as f:
                self._data[pos] = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)

    def _synset(self, pos: str, offset: int) -> tuple[list[str], list[tuple[str, str, int]]]:
        """A synset's words and its pointers (symbol, part of speech, offset)."""
        data = self._data[pos]
        fields = data[offset:data.find(b"\n", offset)].decode("utf-8").split(" | ")[0].split()
        count = int(fields[3], 16)
        words = [fields[4 + 2 * i].split("(")[0].replace("_", " ").casefold() for i in range(count)]
        at = 4 + 2 * count
        pointers = [(fields[at + 1 + 4 * i], _POS_LETTER[fields[at + 3 + 4 * i]], int(fields[at + 2 + 4 * i]))
                    for i in range(int(fields[at]))]
        return words, pointers

    def synonyms(self, word: str, senses: int = SENSES) -> list[str]:
        """The other words of the word's first senses (of each part of speech), commonest first."""
        return self._words(word, senses, broader=False)

    def broader(self, word: str, senses: int = SENSES) -> list[str]:
        """The words of the broader or similar synsets of the word's first senses."""
        return self._words(word, senses, broader=True)

    def _words(self, word: str, senses: int, broader: bool) -> list[str]:
        key = word.casefold().replace(" ", "_")
        out: list[str] = []
        for pos in PARTS_OF_SPEECH:
            for p, offset in [s for s in self.index.get(key, ()) if s[0] == pos][:senses]:
                words, pointers = self._synset(p, offset)
                if not broader:
                    out += words
                    continue
                for symbol, other_pos, other in pointers:
                    if symbol in BROADER:
                        out += self._synset(other_pos, other)[0]
        return [w for w in dict.fromkeys(out) if w != word.casefold()]


@lru_cache(maxsize=1)
def load(directory: Path = WORDNET_DIR) -> WordNet | None:
    """WordNet, read once; None (one log line) when Debian's wordnet-base is missing."""
    try:
        return WordNet(directory)
    except (OSError, ValueError, IndexError) as error:
        log.warning("WordNet kunne ikke læses (%s); engelske synonymer bruges ikke. "
                    "Installér Debian-pakken wordnet-base.", error)
        return None
