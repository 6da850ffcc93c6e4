"""What an English word stands for when no source maps it into the material.

A word no source maps keeps its best dictionary translation, or else itself, so a question about
something the material lacks still asks about it ("football" -> "fodbold"); the answer decision
then sees a word the material does not hold. english.py asks this last, after all its sources.

A translation the material holds only as the first part of its compounds is the better choice:
"mapping" is "landkort" in the Danish dictionaries, "kort" in the Swedish one, and the material
says "kortlægningen", "kortlagt", "kortdata". The search extends a word the index lacks into the
compounds it starts (analysis.expand_query), so "kort" finds them and "landkort" finds nothing.
Not where the dictionary's word ends compounds of the material: the search finds those by their
head already ("forsamling" in "generalforsamling", answer/retrieve.py). Where the likeliest word is in
neither, another table's word that ends compounds of the material is taken: "assembly" is the
Danish dictionary's "montage" (no compound has it) and the Norwegian one's "forsamling".

A word only the glossary translates keeps the glossary's word; one a dictionary translates too keeps
the dictionary's word where the material lacks both (the glossary's is the organisation's own term).

An indefinite pronoun or adverb ("someone", "somewhere", "anywhere", "everyone") the material has
no word for asks about nobody and no place in particular: it keeps no Danish word, as "anything" and
"something" are stopwords. Left in, "someone" stood for itself and "somewhere" for "nogensteds", words
the material lacks, which count against every answer ("Can someone else vote for me at the general
meeting?"; "Do you publish your recommendations somewhere?" was vetoed as asking for a rare word).
WordNet has them as a noun for a person and as adverbs, wordfreq as everyday words: no resource marks
the closed class, so it is listed (one found in the material, "anyone" -> "enhver", is kept).

A noun for a person no dictionary names falls back to the verb WordNet derives it from
(english_neighbours.Neighbours.with_doings: "founders" -> "found" -> "oprette"): a Danish word the
material lacks is still read as Danish, with its stand-ins (asked in Danish, "stifterne" finds the Om
page's "Bag initiativet stod …"), where the English word itself was a word nobody knows: the nine
alle-dev questions about the Om page's founders were declined.

A dictionary word the material holds only in another form is searched as that form, not left absent
(english_material_forms.py): an irregular inflection the stemmer does not join to it ("facts" ->
"faktum", the Om page's "fakta") and a short word the material has only as the head of its compounds
("data" -> "kortdata"), which the search does not look up by itself.

A word the dictionaries translate with a Danish function word among other words is one in that
sense: "become" is "blive" (or "ske"), "behind" is "efter" (or "bagom"), "across" is "over". Where
the material has none of its words it keeps no Danish word at all, as a stopword: its likeliest
content word ("ske", "bagom") would count against every answer ("Who can become a member?").
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from .analysis import DANISH_STOPWORDS
from .english_agents import agent_nouns, agent_words
from .english_material_forms import material_forms
from .english_pos import VERB, fitting
from .lemmas import lemma_of
from .prefix_runs import has_prefix, prefix_end

ABSENT = "absent"        # a Danish word the material does not use
UNMAPPED = "unmapped"    # no Danish word found: the English word stands for itself
GLOSSARY = "glossary"    # english.py's source name of the organisation's own terms
AGENT = "agent"          # a doer's noun made from its verb's Danish word (english_agents.py)


@dataclass(frozen=True)
class Translation:
    """An English word (or phrase) and the Danish words it stands for."""

    english: str
    danish: tuple[str, ...]
    source: str   # one of english.SOURCES, or ABSENT / UNMAPPED


# English indefinite pronouns and adverbs of person and place (see the module's docstring).
INDEFINITES = frozenset("""
someone somebody anyone anybody everyone everybody somewhere anywhere everywhere
""".split())
# A compound's first part and what follows it are words, not endings: "kort" + "data", never
# "kort" + "e" (an inflection), "by" + "er" or "best" + "yrelsen".
MIN_MODIFIER = 4
MIN_REST = 4
# A compound's head the search looks up by itself (answer/retrieve.py: compound_heads.MIN_HEAD).
MIN_HEAD = 5
# The letters Danish puts between a compound's parts ("beslutningskompetencer", "spørgeskema").
LINKING = "se"
# Another table's word taken as the head of the material's compounds is a long noun: shorter ones
# ("plan", "første", "analyse") end compounds of other meanings: on the dev sets "heading", "student"
# and "act" reached them and four questions were answered or declined wrongly.
LONG_HEAD = 8
# Words of the material read past a candidate's place in the sorted list, at most.
MAX_SCAN = 64


class MaterialParts:
    """The material's words sorted forwards and backwards: the compounds a word starts or ends."""

    def __init__(self, words: Iterable[str]):
        self._forwards = sorted(words)
        self._backwards = sorted(w[::-1] for w in self._forwards)

    def starts(self, danish: str) -> bool:
        """Whether the word (not itself the material's) starts a compound of the material."""
        if " " in danish or len(danish) < MIN_MODIFIER:
            return False
        i = bisect_left(self._forwards, danish)
        return not self._has(danish, i) and any(
            _a_word(w[len(danish):]) for w in self._forwards[i:self._run_end(danish, i)])

    def ends(self, danish: str) -> bool:
        """Whether the word ends a compound of the material and is long enough to be searched so."""
        key = danish[::-1]
        i = bisect_left(self._backwards, key)
        return len(danish) >= MIN_HEAD and i < len(self._backwards) and self._backwards[i].startswith(key)

    def starting(self, prefix: str) -> list[str]:
        """The material's words that begin with the letters, at most MAX_SCAN of them."""
        i = bisect_left(self._forwards, prefix)
        return self._forwards[i:self._run_end(prefix, i)]

    def ending(self, danish: str) -> list[str]:
        """The material's words that are the word or end with it ("planlæggere": "byplanlæggere")."""
        key = danish[::-1]
        i = bisect_left(self._backwards, key)
        out = []
        for w in self._backwards[i:i + MAX_SCAN]:
            if not w.startswith(key):
                break
            out.append(w[::-1])
        return out

    def has_prefix(self, prefix: str) -> bool:
        """Whether a word of the material begins with the letters ("opfølg": "opfølgning")."""
        return has_prefix(self._forwards, prefix)

    def _has(self, danish: str, i: int) -> bool:
        return i < len(self._forwards) and self._forwards[i] == danish

    def _run_end(self, prefix: str, i: int) -> int:
        return prefix_end(self._forwards, prefix, i, i + MAX_SCAN)


def _a_lemma(part: str, link_first: bool) -> bool:
    """Whether a compound's part is a word of Danish (simplemma's lemmas), also without the linking s or
    e it carries: first on what follows a first part ("s|kompetencerne"), last on a first part
    ("beslutning|s")."""
    link, bare = (part[0], part[1:]) if link_first else (part[-1], part[:-1])
    return lemma_of(part) is not None or (link in LINKING and lemma_of(bare) is not None)


def _a_word(rest: str) -> bool:
    """Whether what follows a compound's first part is a word of Danish, after a linking s or e:
    "kort|data", "beslutning|s|kompetencerne"; not "best|yrelsen"."""
    return len(rest) >= MIN_REST and _a_lemma(rest, link_first=True)


def _heads_a_compound(danish: str, parts: MaterialParts) -> bool:
    """Whether the word ends a compound of the material whose first part is a Danish word
    ("general|forsamling"), not only a longer word ("be|handling")."""
    firsts = (w[:len(w) - len(danish)] for w in parts.ending(danish) if w != danish)
    return any(len(first) >= MIN_MODIFIER and _a_lemma(first, link_first=False) for first in firsts)


def _not_ruled_out(danish: list[str], use: str, parts: MaterialParts | None) -> list[str]:
    """The Danish words but those of the material the part of speech used rules out."""
    if not use or parts is None:
        return danish
    kept = set(fitting(danish, use))
    return [d for d in danish if d in kept or d not in parts.starting(d)]


def fallback(english: str, forms: Sequence[str], sources: Sequence[str],
             senses: Callable[[str, str, Sequence[str]], list[str]],
             parts: MaterialParts | None = None, tables: Sequence[Mapping[str, Sequence[str]]] = (),
             use: str = "") -> Translation:
    """The first dictionary's likeliest Danish word for the first form it holds, else the word itself;
    before either, the first word of the tables (every sense) that starts a compound of the material.

    senses(source, form, forms): a dictionary's Danish words for a form, the likeliest first. use: the part
    of speech the question uses the word in (english_pos.used_as): a verb's Danish word heads no compound.
    A word the material lacks keeps the dictionary's likeliest word whatever the part of speech: absent
    either way, it is what the answer decision was tuned on ("need" in "do I need to" stays "behov"; as
    "behøve", two alle-dev questions more were declined); one the material has is not taken where the
    part of speech rules it out (english_pos.fitting: "finale" for "the final say").
    """
    if english in INDEFINITES:
        return Translation(english, (), ABSENT)
    dictionaries = tables[:len(sources)]
    if parts is not None and not any(form in table for form in agent_nouns(forms) for table in dictionaries):
        # A doer's noun no dictionary holds, as the material's Danish doer of its verb ("planners"); one
        # a dictionary holds keeps the dictionary's word below ("gardener": gartner, not "haver").
        doers = tuple(dict.fromkeys(w for noun in forms for w in agent_words(
            noun, forms, lambda verb: [d for table in dictionaries for d in table.get(verb, ())], parts.ending)))
        if doers:
            return Translation(english, doers, AGENT)
    found = Translation(english, (english,), UNMAPPED)
    # The first tables are the dictionaries' own (english.py passes the sources' tables first): their
    # words as they stand, every sense, unranked.
    for form in forms:
        translations = {d for table in tables[:len(sources)] for d in table.get(form, ())}
        if translations & DANISH_STOPWORDS and translations - DANISH_STOPWORDS:
            return Translation(english, (), ABSENT)  # a function word in one of its senses
    # The glossary names the organisation's own terms ("based": hjemsted); on a material without the
    # term, a general dictionary's word stands better for what was asked: the search looked for
    # "hjemsted"'s thesaurus synonyms, and answered "Where is Balance Danmark based?" with "kunne bo".
    for source in sorted(sources, key=lambda s: s == GLOSSARY):
        danish = next((d for form in forms if (d := _not_ruled_out(senses(source, form, forms), use, parts))), None)
        if danish:
            # A one-word translation searches best: "football" -> fodbold, not a phrase.
            found = Translation(english, (min(danish, key=lambda d: " " in d),), ABSENT)
            break
    if parts is None:
        return found
    if found.source == ABSENT and (other := material_forms(found.danish[0], parts, use == VERB)):
        return Translation(english, other[1], other[0])
    if found.source == ABSENT and parts.ends(found.danish[0]):
        return found
    start = next((d for table in tables for form in forms for d in table.get(form, ()) if parts.starts(d)), None)
    if start:
        return Translation(english, (start,), ABSENT)
    # Another table's word that ends compounds of the material names the thing as the material's
    # compound does: "assembly" is the Danish dictionary's "montage", the Norwegian one's "forsamling",
    # and the statutes say "generalforsamling" ("extraordinary assembly": "Ekstraordinær generalforsamling").
    head = None if use == VERB else next((d for table in tables for form in forms for d in table.get(form, ())
                                          if len(d) >= LONG_HEAD and _heads_a_compound(d, parts)), None)
    return Translation(english, (head,), ABSENT) if head else found
