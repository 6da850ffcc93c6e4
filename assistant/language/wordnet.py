"""English synonyms from Princeton WordNet 3.0 (Debian's wordnet-base).

An English word the bilingual dictionaries lack often has a synonym they hold: "recommend" ->
"advise", "crowded" -> "packed", "expensive" -> "costly". WordNet groups words into synsets (one
sense each, the commonest first); a word's synonyms are the other words of its first senses (its
broader words, hypernyms, found neighbouring things and cost declines: docs/benchmarks.md). The
database's plain-text files are read as Debian installs them:
index.<pos> lists a word's synsets as byte offsets into data.<pos>, read through a memory map
(thread-safe, shared between processes, only the pages read are loaded).
"""
from __future__ import annotations

import logging
import mmap
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path

from . import table_cache

log = logging.getLogger(__name__)

WORDNET_DIR = Path("/usr/share/wordnet")
PARTS_OF_SPEECH = ("noun", "verb", "adj", "adv")
# The first senses of a word are its common ones; rarer senses bring words of other meanings.
SENSES = 1
# WordNet's lexicographer file of nouns for people (noun.person): "founder", "publisher".
PERSONS = "18"
# Synsets whose fields are kept: a new question reads each one ~2.5 times (its senses, their hypernyms,
# shared between its words), ~6 per question; ~6 KB each at most. Cleared whole when full.
FIELDS_MEMO_SIZE = 256


@dataclass(frozen=True)
class AdverbPhrases:
    """WordNet's phrases of two or more words that are adverbs (and perhaps adjectives), never nouns
    or verbs ("so far", "in advance", "each year"; not "good morning", "set up"), and their first two
    words: a question's pair of words is looked up once, its longer runs only after a pair that starts one."""

    phrases: frozenset[str]
    pairs: frozenset[str]


class WordNet:
    """Synonyms of English words; build it once (load() keeps one per process)."""

    def __init__(self, directory: Path = WORDNET_DIR):
        self.index: dict[str, list[tuple[str, int]]] = {}
        for pos in PARTS_OF_SPEECH:
            with open(directory / f"index.{pos}", encoding="utf-8") as f:
                for line in f:
                    if line.startswith(" "):
                        continue  # the licence at the top of the file
                    fields = line.split()
                    count = int(fields[2])
                    self.index.setdefault(fields[0], []).extend(
                        (pos, int(offset)) for offset in fields[-count:])
        self._adverb_phrases = _adverb_phrases(self.index)
        # verb.exc: irregular verb forms and their base forms ("wound wind", "held hold"); none
        # where a WordNet lacks the file.
        exceptions = directory / "verb.exc"
        lines = exceptions.read_text(encoding="utf-8").splitlines() if exceptions.exists() else []
        self.verb_bases = {form: base for form, base, *_ in (line.split() for line in lines)}
        self._open(directory)

    def _open(self, directory: Path) -> None:
        self.directory = directory
        self._data: dict[str, mmap.mmap] = {}
        for pos in PARTS_OF_SPEECH:
            with open(directory / f"data.{pos}", "rb") as f:
                self._data[pos] = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        self._fields_memo: dict[tuple[str, int], tuple[str, ...]] = {}

    # For the table cache: the index is stored (1 s to read from the text files); the data files
    # are mapped afresh in each process.
    def __getstate__(self) -> dict:
        return {"index": self.index, "directory": self.directory, "adverb_phrases": self._adverb_phrases,
                "verb_bases": self.verb_bases}

    def __setstate__(self, state: dict) -> None:
        self.index = state["index"]
        self.verb_bases = state["verb_bases"]
        self._adverb_phrases = state["adverb_phrases"]
        self._open(state["directory"])

    def _fields(self, pos: str, offset: int) -> tuple[str, ...]:
        """A data line's fields before its gloss: offset, file, type, word count in hex, word and id
        pairs, then a pointer count and pointers of four fields (remembered: FIELDS_MEMO_SIZE)."""
        memo = self._fields_memo
        found = memo.get((pos, offset))
        if found is None:
            if len(memo) >= FIELDS_MEMO_SIZE:
                memo.clear()
            data = self._data[pos]
            line = data[offset:data.find(b"\n", offset)]
            found = memo[pos, offset] = tuple(line.partition(b" | ")[0].decode("utf-8").split())
        return found

    def _synset(self, pos: str, offset: int) -> list[str]:
        """A synset's words."""
        return _words(self._fields(pos, offset))

    def synonyms(self, word: str, senses: int = SENSES) -> list[str]:
        """The other words of the word's first senses (of each part of speech), commonest first."""
        key = word.casefold().replace(" ", "_")
        out: list[str] = []
        for pos in PARTS_OF_SPEECH:
            for p, offset in [s for s in self.index.get(key, ()) if s[0] == pos][:senses]:
                out += self._synset(p, offset)
        return [w for w in dict.fromkeys(out) if w != word.casefold()]

    def pertainyms(self, word: str) -> list[str]:
        """The nouns an adjective relates to ("urban" -> "city", "municipal" -> "municipality"):
        WordNet's pertainym pointers (\\) from the adjective's senses."""
        return self._lexical_pointers(word, "adj", "\\", "noun")

    def adverb_adjectives(self, word: str) -> list[str]:
        """The adjectives an adverb is derived from ("personally" -> "personal", "evenly" -> "even"):
        WordNet's pointers (\\) from the adverb's senses to an adjective."""
        return self._lexical_pointers(word, "adv", "\\", "adj")

    def derived_verbs(self, word: str) -> list[str]:
        """The verbs a noun for a person is derived from ("founder" -> "found", "publisher" ->
        "publish"): WordNet's derivation pointers (+) from the noun itself to a verb, in its senses
        filed as persons (the one who founds); not "proposal" -> "propose"."""
        return self._lexical_pointers(word, "noun", "+", "verb", PERSONS)

    def adjective_nouns(self, word: str) -> list[str]:
        """The nouns an adjective's commonest sense is derived from, through itself or its similar
        adjectives ("expensive" ~ "costly" -> "cost", "price"): WordNet's derivation pointers (+) from
        the sense's synset and its similar (&) satellites to nouns, each to the word it names."""
        out: list[str] = []
        for _, offset in [e for e in self._entries(word) if e[0] == "adj"][:SENSES]:
            synsets = [offset, *(int(target) for kind, target, _, _ in self._pointers("adj", offset)
                                 if kind == "&")]
            for synset in synsets:
                out += [self._synset("noun", int(target))[int(ends[2:], 16) - 1]
                        for kind, target, target_kind, ends in self._pointers("adj", synset)
                        if kind == "+" and target_kind == "n" and ends[2:] != "00"]
        return [w for w in dict.fromkeys(out) if " " not in w]

    def _pointers(self, pos: str, offset: int) -> list[tuple[str, ...]]:
        """A synset's pointers, each as symbol, target offset, part of speech and word numbers."""
        fields = self._fields(pos, offset)
        start = 5 + 2 * int(fields[3], 16)
        return [fields[i:i + 4] for i in range(start, start + 4 * int(fields[start - 1]), 4)]

    def _lexical_pointers(self, word: str, pos: str, symbol: str, target_pos: str,
                          lexicon: str | None = None) -> list[str]:
        """The words that pointers of one kind lead to from the word itself (not from its synonyms)
        in each of its senses as the part of speech (in one lexicographer file, if given). A data
        line holds the offset, the file number, the part of speech, the synset's words, then a
        pointer count and pointers of four fields: symbol, offset, part of speech, and the source
        and target word numbers in hex ("0102": the first word to the target's second)."""
        key = word.casefold().replace("_", " ")
        out: list[str] = []
        for found_pos, offset in self._entries(word):
            if found_pos != pos:
                continue
            fields = self._fields(pos, offset)
            if lexicon is not None and fields[1] != lexicon:
                continue
            words = _words(fields)
            start = 5 + 2 * len(words)
            pointers = [fields[i:i + 4] for i in range(start, start + 4 * int(fields[start - 1]), 4)]
            out += [self._synset(target_pos, int(target))[int(ends[2:], 16) - 1]
                    for kind, target, target_kind, ends in pointers
                    if kind == symbol and target_kind == target_pos[0] and ends[2:] != "00"
                    and words[int(ends[:2], 16) - 1] == key]
        return [w for w in dict.fromkeys(out) if w != word.casefold()]

    def _entries(self, phrase: str) -> tuple:
        """The (part of speech, offset) pairs WordNet lists for a word or phrase ("set up": "set_up")."""
        return self.index.get(phrase.casefold().replace(" ", "_"), ())

    def is_verb(self, phrase: str) -> bool:
        """Whether WordNet lists the word or phrase as a verb ("set up", "take part")."""
        return any(pos == "verb" for pos, _ in self._entries(phrase))

    def sense_count(self, phrase: str, pos: str) -> int:
        """How many senses WordNet lists for the word or phrase as the part of speech ("verb")."""
        return sum(p == pos for p, _ in self._entries(phrase))

    def noun_senses(self, word: str) -> list[int]:
        """The offsets of the word's noun senses, commonest first."""
        return [offset for pos, offset in self._entries(word) if pos == "noun"]

    def noun_synonyms(self, word: str, senses: int) -> list[list[str]]:
        """The other words of the word's first senses as a noun, one list per sense, commonest first."""
        return [[w for w in self._synset("noun", offset) if w != word.casefold()]
                for offset in self.noun_senses(word)[:senses]]

    def noun_file(self, offset: int) -> str:
        """The lexicographer file of a noun synset ("17", noun.object)."""
        return self._fields("noun", offset)[1]

    def broader_nouns(self, offset: int) -> Iterator[tuple[int, str, str]]:
        """A noun synset, then every synset above it through its (instance) hypernyms, once each:
        offset, first word and lexicographer file."""
        seen: set[int] = set()
        todo = [offset]
        while todo:
            at = todo.pop()
            if at in seen:
                continue
            seen.add(at)
            fields = self._fields("noun", at)
            yield at, fields[4], fields[1]
            todo += [int(target) for kind, target, _, _ in self._pointers("noun", at) if kind in ("@", "@i")]

    def noun_kin(self, phrase: str) -> list[str]:
        """The words of a noun's commonest sense and of the things that sense is made of (its part
        meronyms, "%p"): "solar panel" -> "solar array", "solar battery", "solar cell"."""
        senses = self.noun_senses(phrase)[:SENSES]
        parts = [int(target) for at in senses for kind, target, pos, _ in self._pointers("noun", at)
                 if kind == "%p" and pos == "n"]
        words = [w for at in (*senses, *parts) for w in self._synset("noun", at)]
        return [w for w in dict.fromkeys(words) if w != phrase.casefold()]

    def noun_lexicon(self, word: str) -> str:
        """The lexicographer file of the word's commonest noun sense ("15", noun.location, for
        "city"), or "" where WordNet has no noun of it."""
        senses = self.noun_senses(word)
        return self.noun_file(senses[0]) if senses else ""

    def mostly_verb(self, word: str) -> bool:
        """Whether WordNet has the word as a verb in at least as many senses as in any other part of
        speech ("establish", "resign"; not "action", "post")."""
        counted = [pos for pos, _ in self._entries(word)]
        return counted.count("verb") >= max(counted.count(p) for p in PARTS_OF_SPEECH) > 0

    def mostly_verb_or_adverb(self, word: str, ratio: float = 1.0) -> bool:
        """Whether WordNet has the word as a verb or an adverb in more than `ratio` times as many
        senses as a noun or an adjective ("shrink": 5 verb senses, 1 noun; "originally"; not
        "price", "motion", "online")."""
        counted = [pos for pos, _ in self._entries(word)]
        return max(counted.count("verb"), counted.count("adv")) > ratio * max(counted.count("noun"),
                                                                             counted.count("adj"))

    def verb_glosses(self, phrase: str) -> list[str]:
        """The definitions and examples of every sense of the word as a verb (the text after "|")."""
        data = self._data.get("verb")
        return [data[offset:data.find(b"\n", offset)].decode("utf-8").partition(" | ")[2]
                for p, offset in self._entries(phrase) if p == "verb"] if data is not None else []

    def adverb_phrases(self) -> AdverbPhrases:
        """The multi-word adverbs (english_adverbials.py), found once when the index is read."""
        return self._adverb_phrases

    def adverb_synonyms(self, phrase: str, senses: int) -> list[str]:
        """The other words of the phrase's first senses as an adverb, commonest sense first."""
        found = [self._synset(p, offset) for p, offset in self._entries(phrase) if p == "adv"][:senses]
        return [w for w in dict.fromkeys(w for words in found for w in words) if w != phrase.casefold()]

    def verb_senses(self, phrase: str, senses: int) -> list[list[str]]:
        """The other words of the verb's first senses, one list per sense, commonest sense first."""
        found = [self._synset(p, offset) for p, offset in self._entries(phrase) if p == "verb"]
        return [[w for w in words if w != phrase.casefold()] for words in found[:senses]]


def _adverb_phrases(index: dict[str, list[tuple[str, int]]]) -> AdverbPhrases:
    phrases = frozenset(key.replace("_", " ") for key, entries in index.items() if "_" in key
                        and {pos for pos, _ in entries} & {"adv", "noun", "verb"} == {"adv"})
    return AdverbPhrases(phrases, frozenset(" ".join(p.split()[:2]) for p in phrases))


def _words(fields: tuple[str, ...]) -> list[str]:
    """The words of a data line's fields, in lower case with spaces ("set_up(a)" -> "set up")."""
    return [fields[4 + 2 * i].split("(")[0].replace("_", " ").casefold() for i in range(int(fields[3], 16))]


@lru_cache(maxsize=1)
def load(directory: Path = WORDNET_DIR) -> WordNet | None:
    """WordNet, read once; None (one log line) when Debian's wordnet-base is missing."""
    files = [directory / f"{kind}.{pos}" for kind in ("index", "data") for pos in PARTS_OF_SPEECH]
    files += [f for f in (directory / "verb.exc",) if f.exists()]  # irregular verbs, if installed
    try:
        return table_cache.cached("wordnet", partial(WordNet, directory), sources=files)
    except (OSError, ValueError, IndexError) as error:
        log.warning("WordNet kunne ikke læses (%s); engelske synonymer bruges ikke. "
                    "Installér Debian-pakken wordnet-base.", error)
        return None
