"""Question idioms: fixed phrases whose nouns say how something is asked, not a thing asked about.

"Hvad er pointen med al den snak om balance?" asks what the talk of balance is for; "pointen" is
part of the question's frame ("hvad er meningen / idéen / pointen med …"), and the Om page, which
never writes "pointe", answers it in its own words ("fordi det vil sikre et rigere Danmark"). "Hvor
meget kommer hele herligheden til at koste?" asks the total; "hele herligheden" is "all of it".
"Who got the ball rolling?" asks who started it. "Hvornår er sidste chance for at betale?" asks when
the payment is due; "chance" frames the time (an ordinal of time, a noun and an infinitive). The
step that reads the thing asked (asked_thing, asked_thing_english) took these nouns for things the
material must mention and declined.

WordNet lists some English idioms as multi-word verbs and adverbs ("keep an eye on", "on board", "be
due"), and asked_thing_english asks it first (english_phrase_positions). Neither mythes-da nor
FreeDict nor WordNet lists these question frames and set phrases, so they are a closed table here,
each entry tested (tests/answer/test_asked_idioms.py). An entry is a phrase whose every word is
grammar, an everyday word or a noun that only frames the question; the noun it covers never names
what the material must hold. Nouns that name a kind of fact that may be missing ("ulempen",
"the catch", "the risk") are deliberately left out: their absence still declines. So are phrases
whose noun the search needs to find the passage ("holde øje med", "på det punkt", "gå i minus"):
read as frames on the dev sets, they turned declines into answers from the wrong passage.
"""
from __future__ import annotations

from collections.abc import Sequence

from ..language.english_forms import english_lemma
from ..language.folding import danish_letters

# The nouns of "hvad er N med / ved / bag …", "what's the N of / behind / with …": what something is
# for or why it is done (the answer is the material's purpose or reason, in its own words).
_DA_PURPOSE = frozenset("meningen pointen idéen ideen formålet hensigten tanken fidusen humlen".split())
_DA_ABOUT = frozenset("med ved bag".split())
_EN_PURPOSE = frozenset("point idea purpose story deal".split())
_EN_ABOUT = frozenset("of behind with in".split())

# Set phrases: each word's alternatives, and "!" on the words that name no thing. Danish words are
# matched without their accents and Danish letters (_bare): "fik ideen", "fik idéen".
Phrase = tuple[tuple[frozenset[str], bool], ...]


def _parsed(phrase: str) -> Phrase:
    """A phrase written "word|alternative:! word": each word's alternatives, and whether it is
    covered ("!": it names no thing)."""
    parts = (part.partition(":") for part in phrase.split())
    return tuple((frozenset(alternatives.split("|")), mark == "!") for alternatives, _, mark in parts)


_DA_PHRASES: tuple[Phrase, ...] = tuple(_parsed(phrase) for phrase in (
        "få|får|fik|fået:! idéen|ideen:!",               # "Hvem fik idéen til …?": who started it
        "hele herligheden|molevitten|balladen|baduljen|pakken:!",  # "hele herligheden", "hele pakken": all of it
        "helt|rent konkret|praktisk:!",                  # "helt konkret", "rent praktisk": in practice
        "i praksis:!",                                   # "i praksis": in practice, as "konkret" says
    ))
_EN_PHRASES: tuple[Phrase, ...] = tuple(_parsed(phrase) for phrase in (
        "get|set|start ball:! rolling:!",   # "who got the ball rolling": who started it
        "in few words:!",                   # "in a few words": briefly
        "whole package|shebang|caboodle:!",  # "the whole package": all of it, as "hele pakken"
    ))
# "Hvornår er sidste chance for at betale?", "when is the first opportunity to vote?": in a question
# of when, an ordinal or superlative of time before a noun and an infinitive asks when the infinitive's
# act can be done; the noun frames it (the material says "senest 1. marts"). Without "hvornår" /
# "when" the noun is what is asked ("Hvad er sidste frist for at …?" asks for the deadline itself).
# A closed class of Danish and English grammar; the noun is any.
_DA_FIRST_LAST = frozenset("sidste første seneste tidligste".split())
_EN_FIRST_LAST = frozenset("last first latest earliest".split())
_DA_WHEN, _EN_WHEN = "hvornar", "when"
_EN_SKIPPED = frozenset(("the", "a", "an"))   # articles inside an English phrase ("get the ball rolling")


def _bare(word: str) -> str:
    """A Danish word without its accents and Danish letters, however typed: "idéen", "ideen"; "hele", "haele"."""
    return danish_letters(word).replace("æ", "a").replace("ø", "o").replace("å", "a").replace("é", "e")


_DA_FIRST_BARE = frozenset(_bare(w) for w in _DA_FIRST_LAST)
_DA_BARE = tuple(tuple((frozenset(_bare(a) for a in alts), cover) for alts, cover in p) for p in _DA_PHRASES)


def danish_idiom_positions(words: Sequence[str]) -> set[int]:
    """The positions of the (case-folded) words of a Danish question that belong to a question
    idiom's frame: the noun of "hvad er meningen / pointen / idéen … med" and the covered words of
    the set phrases (_DA_PHRASES)."""
    bare = [_bare(w) for w in words]
    out: set[int] = set()
    for i in range(len(words) - 3):
        if words[i] == "hvad" and words[i + 1] == "er" and words[i + 2] in _DA_PURPOSE and words[i + 3] in _DA_ABOUT:
            out.add(i + 2)
    out |= _phrase_positions(bare, _DA_BARE, frozenset())
    out |= {i + 1 for i in range(len(words) - 3) if bare[i] in _DA_FIRST_BARE and bare[i + 2:i + 4] == ["for", "at"]
            and _DA_WHEN in bare[:i]}
    return out


def english_idiom_positions(words: Sequence[str]) -> set[int]:
    """The positions of the (case-folded) words of an English question that belong to a question
    idiom's frame: the noun of "what's / what is the point / idea … of", and the covered words of
    the set phrases (_EN_PHRASES); the articles inside a phrase are passed over."""
    out: set[int] = set()
    for i, word in enumerate(words):
        frame = (word == "what's" and 1) or (word == "what" and i + 1 < len(words)
                                             and words[i + 1] in ("is", "was") and 2)
        if frame and i + frame + 2 < len(words) and words[i + frame] == "the" \
                and words[i + frame + 1] in _EN_PURPOSE and words[i + frame + 2] in _EN_ABOUT:
            out.add(i + frame + 1)
    out |= {i + 1 for i in range(len(words) - 2) if words[i] in _EN_FIRST_LAST and words[i + 2] == "to"
            and _EN_WHEN in words[:i]}
    lemmas = [english_lemma(w) if w not in _EN_SKIPPED else w for w in words]
    return out | _phrase_positions(words, _EN_PHRASES, _EN_SKIPPED, lemmas)


def _phrase_positions(words: Sequence[str], phrases, skipped: frozenset[str],
                      lemmas: Sequence[str] | None = None) -> set[int]:
    """The covered positions of every phrase of `phrases` found in `words` (a word or its lemma
    matches), passing over the `skipped` words between the phrase's words."""
    out: set[int] = set()
    for start in range(len(words)):
        for phrase in phrases:
            found, j = [], start
            for alternatives, covered in phrase:
                while found and j < len(words) and words[j] in skipped:
                    j += 1
                if j >= len(words) or not (words[j] in alternatives or (lemmas and lemmas[j] in alternatives)):
                    break
                found.append((j, covered))
                j += 1
            else:
                out.update(k for k, covered in found if covered)
    return out
