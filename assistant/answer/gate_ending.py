"""A finer question of the time gate: when something ended ("Hvornår stoppede banken med at støtte jer?").

"Hvornår stoppede …", "holdt op med", "ophørte", "gik af", "When did X stop …?" ask for the end of
something, and a year near its start does not tell it: "Bag initiativet stod Danske Andelskassers
Bank" beside "startede i 2014" says who backed the start, not when the backing stopped. The answer
must tell an end: a word of ending ("ophører", "udløber", "afslutningen"), a change that ends what
was before ("ændrede navn"), a time up to which something lasts ("til udgangen af et kvartal",
"indtil", "mellem september 2024 og januar 2025") or a period of the calendar ("følger
kalenderåret", calendar_time).

The words of ending are mythes-da's synonyms of "ophøre" (a thing ends) and of "fratræde" (someone
leaves a post: "gå af"), and of "ophør" and "ændre" for the answer's side; an English verb asks
for an ending when FreeDict's Danish-English dictionary gives it for one of those Danish words, or
gives one of its first WordNet synonyms ("quit": "stop"). Without the resources only the headwords
themselves ("ophørte", "fratrådte") read as asking for an ending.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..language import dictd, thesaurus, wordnet
from ..language.english_forms import english_lemma
from ..language.lemmas import lemma_of
from ..language.letter_runs import letter_runs
from ..language.particle_verbs import PARTICLES, joined_forms
from .calendar_time import calendar_time

# The mythes-da headwords whose synonyms are the verbs of ending: a thing ends; someone leaves a post.
ENDING_HEADWORDS = ("ophøre", "fratræde")
# What an answer tells an end with besides those: the noun of ending, and a change of what was before.
TOLD_HEADWORDS = ("ophør", "ændre")
# A time up to which something lasts: "til udgangen af", "indtil", "frem til", "mellem … og …" of
# two times (closed classes of Danish grammar; a month, a year or a unit of time after them).
_TIME = (r"(?:\d{4}|januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december"
         r"|udgangen|slutningen|dag|dagen|uge|ugen|måned|måneden|kvartal|kvartalet|år|året)")
_UP_TO = re.compile(rf"\b(?:indtil|frem til|til)\s+(?:\w+\s+){{0,2}}{_TIME}\b"
                    rf"|\bmellem\s+(?:\w+\s+){{0,2}}{_TIME}\s+og\s+(?:\w+\s+){{0,2}}{_TIME}\b", re.IGNORECASE)
_WORDS = re.compile(r"[^\W\d_]+")
# The reflexive pronouns: "sig" is only that; "mig", "dig", "os", "jer" are objects too ("støtte jer"),
# reflexive right after the verb or its subject ("sluttede I jer til").
_REFLEXIVE = frozenset("mig dig os jer".split())


@lru_cache(maxsize=1)
def ending_words() -> frozenset[str]:
    """The Danish verbs of ending (lemmas and particle verbs, "holde op", "gå af")."""
    return frozenset(w for h in ENDING_HEADWORDS for w in {h} | thesaurus.synonyms(h))


@lru_cache(maxsize=1)
def _told_words() -> frozenset[str]:
    return ending_words() | frozenset(w for h in TOLD_HEADWORDS for w in {h} | thesaurus.synonyms(h))


@lru_cache(maxsize=1)
def _danish_for_english() -> dict[str, list[str]]:
    """FreeDict's Danish-English dictionary read backwards: each English word's Danish words."""
    return dictd.inverted(dictd.load(dictd.DANISH_ENGLISH))


def prepare_ending_tables() -> None:
    """Build the tables a question about an end reads (the verbs of ending and telling, the Danish-
    English dictionary read backwards: ~2 ms) once per process, not inside the first such question."""
    _told_words()
    _danish_for_english()


@lru_cache(maxsize=2048)
def english_ending(word: str) -> bool:
    """Whether an English verb asks for an end: the dictionary gives it, or one of its first WordNet
    synonyms, for a Danish verb of ending ("stop", "cease", "end"; "quit" through "stop")."""
    lemma = english_lemma(word.casefold())
    net = wordnet.load()
    near = [lemma] + ([w for sense in net.verb_senses(lemma, 1) for w in sense] if net else [])
    table = _danish_for_english()
    return any(set(table.get(w, ())) & ending_words() for w in near)


def asks_ending(question: str) -> bool:
    """Whether a question (that asks "hvornår?") asks when something ended: a Danish verb of ending,
    with its particle after it ("holdt … op", "gik … af") or in front ("ophørte"), or an English one."""
    words = letter_runs(question.casefold())
    endings = ending_words()
    # A reflexive verb is another verb ("sluttede sig til" joined, it did not end), and so is a verb with
    # a particle that is no verb of ending ("ender op med" is a result).
    joined = joined_forms(question)
    other = {verb for verb, whole in joined if f"{lemma_of(verb) or verb} {whole[:-len(verb)]}" not in endings}
    lemmas = [w if _reflexive(words, i) or w in other else lemma_of(w) or w for i, w in enumerate(words)]
    if any(lemma in endings for lemma in lemmas):
        return True
    if any(lemma_of(whole) in endings for _, whole in joined):
        return True
    # The particle may stand after the subject: "Hvornår holdt Danmark på Vippen op med …".
    if any(f"{lemma} {p}" in endings for i, lemma in enumerate(lemmas) for p in words[i + 1:] if p in PARTICLES):
        return True
    # English only after "when": the Danish "end" is "than".
    return "when" in words and any(english_ending(w) for w in words if w.isascii() and len(w) > 2)


def _reflexive(words: list[str], i: int) -> bool:
    return "sig" in words[i + 1:] or bool(_REFLEXIVE.intersection(words[i + 1:i + 3]))


def tells_ending(text: str) -> bool:
    """Whether a text tells an end: a word of ending or of change, a time up to which something
    lasts, or a period of the calendar."""
    told = _told_words()
    return (any((lemma_of(w) or w) in told for w in _WORDS.findall(text.casefold()))
            or bool(_UP_TO.search(text)) or calendar_time(text))
