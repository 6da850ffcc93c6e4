"""Word formation: one root as verb, noun and adjective ("beslutte" / "beslutning" / "beslutningsdygtig").

Statutes put a rule in nouns ("Foreningens opløsning kræver …", "Eksklusionen kan indbringes …")
where a member asks with the verb ("hvad skal der til for at opløse foreningen?", "kan de
ekskludere mig?"), and the other way round. Danish makes such nouns and adjectives from a verb's
stem with a small, closed set of derivational suffixes; Snowball's Danish stemmer strips a few of
them ("-else": "udmeldelse" and "udmelde" share "udmeld"), but not these. A derived form counts
only when the lemmatiser's word list (simplemma's Danish data) knows it as a word, so a stem that
happens to go on with the same letters ("lav" + "ning") is never taken for its derivation, and
only terms the index holds are returned: no list of word pairs.
"""
from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from functools import lru_cache

from .prefix_runs import prefix_end
from .related_terms import inflected_forms

# Danish derivational suffixes the stemmer leaves on (a closed class of Danish grammar, each with a
# test in tests/language/test_language_derivation.py): verbal nouns "-ning" (beslut|ning, opløs|ning)
# and "-ing" (betal|ing); Latin nouns "-sion"/"-tion"/"-ation" (revi|sion of revid|ere, where the
# stem's -d- becomes -s-: eksklud|ere → eksklu|sion); adjectives "-bar", "-som". ("-lig" and
# "-else" the stemmer strips itself.)
SUFFIXES = ("ning", "ing", "ation", "sion", "tion", "bar", "som")
# A root shorter than this is a syllable, not a word ("be" + "ning").
MIN_ROOT = 4
# Index terms looked at per derived form (its compounds and inflections follow it in sorted order).
MAX_SCAN = 50
MAX_DERIVED = 4
# Adjectives made from nouns in "-ik" or "-i" (a closed class of Danish word formation, each with a
# test): "-isk" replaces the noun's "k" ("politi|k" → "politi|sk", "teknik" → "teknisk") or follows its
# "-i" ("økonomi" → "økonomisk"). Visitors ask with the noun ("hvad fik I politikerne til …") where the
# material says the adjective ("politisk indflydelse"), or the other way round. ("-al" was tried and
# left out: "kommune" / "kommunal" answered "Hvilke kommuner er med?" with a sentence on a municipal
# scheme, and "kvarter" / "kvartal" are other words; docs/benchmarks.md, runde femogtredive.)
ADJECTIVE_ISK = "isk"
# Latin verbs in -ere lose their stem's -d/-t before -sion ("revidere" → "revision").
_LATIN_STEM_ENDS = ("d", "t")
# Terms are ascii-folded; the lemmatiser reads Danish letters.
_UNFOLD = {"ae": ("ae", "æ"), "oe": ("oe", "ø"), "aa": ("aa", "å")}


def _spellings(folded: str) -> list[str]:
    """A folded word form in each of its spellings with æ/ø/å; none when there are too many to try."""
    parts = []
    rest = folded
    while rest:
        pair = rest[:2]
        if pair in _UNFOLD:
            parts.append(_UNFOLD[pair])
            rest = rest[2:]
        else:
            parts.append((rest[0],))
            rest = rest[1:]
    if sum(len(p) > 1 for p in parts) > 4:  # too many spellings to try; treat as unknown
        return []
    return ["".join(spelling) for spelling in itertools.product(*parts)]


@lru_cache(maxsize=16384)
def is_word(folded: str) -> bool:
    """Whether a folded word form is a Danish word the lemmatiser knows, in some spelling with æ/ø/å."""
    from .lemmas import lemma_of  # lemmas reads the analyser, which expands queries through here
    return any(lemma_of(spelling) is not None for spelling in _spellings(folded))


@lru_cache(maxsize=16384)
def lemmas_of(folded: str) -> frozenset[str]:
    """The lemmas of a folded word form in each of its spellings ("traeer" -> "træ"); empty for a
    word the lemmatiser does not know."""
    from .lemmas import lemma_of
    return frozenset(lemma for spelling in _spellings(folded) if (lemma := lemma_of(spelling)) is not None)


def _derived_bases(term: str) -> list[str]:
    """The term's possible derived forms: "beslut" → "beslutning", "eksklud" → "eksklusion", and the
    adjective of a noun: "politik" → "politisk"."""
    stems = [term, term[:-1]] if term.endswith(_LATIN_STEM_ENDS) else [term]
    return [stem + suffix for stem in stems for suffix in SUFFIXES if len(stem) >= MIN_ROOT - 1] + _adjectives(term)


def _adjectives(noun: str) -> list[str]:
    """The adjective a noun's term may make (ADJECTIVE_ISK): "politik" → "politisk"."""
    if len(noun) < MIN_ROOT + 1:
        return []
    if noun.endswith("ik"):
        return [noun[:-1] + "sk"]
    # "politi" + "sk" is the adjective of "politik", not of the police.
    return [noun + "sk"] if noun.endswith("i") and not is_word(noun + "k") else []


def _adjective_roots(term: str) -> list[str]:
    """The noun root of an adjective's term: "politisk" → "politik", and "oekonomisk" → "oekonomi"
    only where "-ik" makes no word ("politi" is another word)."""
    if term.endswith(ADJECTIVE_ISK) and len(term) >= MIN_ROOT + 3:
        in_ik = term[:-2] + "k"
        return [in_ik] if is_word(in_ik) else [term[:-2]]
    return []


def derived_candidates(term: str) -> list[str]:
    """The term's possible derived forms, words or not ("dyrk" → "dyrkning", "dyrkelse", …): a compound
    may have one as its head where the material never uses the form alone ("fællesdyrkning" for a
    visitor's "dyrke"). The caller asks `is_word` of those it finds in use: asking the lemmatiser
    first, for every suffix, cost more than the rest of the question's reading."""
    if not term.isalpha() or len(term) < MIN_ROOT:
        return []
    return _derived_bases(term)


def suffix_roots(term: str) -> list[str]:
    """The roots left when a derivational suffix is cut off a term, each of MIN_ROOT letters or more
    ("betaling" → "betal", "opkrævning" → "opkræv")."""
    return [term[:-len(suffix)] for suffix in SUFFIXES if term.endswith(suffix) and len(term) - len(suffix) >= MIN_ROOT]


def _roots(term: str) -> list[str]:
    """The possible roots of a derived term: "oploesning" → "oploes", "eksklusion" → "eksklud"."""
    out = []
    for suffix in SUFFIXES:
        root = term[:-len(suffix)]
        if term.endswith(suffix) and len(root) >= MIN_ROOT - 1:
            out.append(root)
            if suffix in ("sion", "tion"):
                out += [(root[:-1] if root.endswith("s") else root) + end for end in _LATIN_STEM_ENDS]
    return out + _adjective_roots(term)


def _held(root: str, known) -> list[str]:
    # The root may stand in the index only inflected ("betaling" → "betalt").
    return [root] if root in known else inflected_forms(root, known)


def derived_terms(term: str, vocabulary: Sequence[str], known) -> list[str]:
    """Index terms of the term's root in another word class: its derivations and their compounds
    ("beslut" → "beslutning", "beslutningsdyg"), or the root of a derivation ("beslutning" →
    "beslut", "betaling" → "betalt"). `vocabulary` is the index's sorted terms, `known` a set of
    them. The index is looked at first and the lemmatiser (0.1 ms a word) only for what it holds."""
    if not term.isalpha() or len(term) < MIN_ROOT:
        return []
    out: list[str] = []
    for base in _derived_bases(term):
        start = bisect.bisect_left(vocabulary, base)
        # Most bases stand nowhere in the index: the first term at their place tells, before a scan.
        if start == len(vocabulary) or not vocabulary[start].startswith(base):
            continue
        found = list(vocabulary[start:prefix_end(vocabulary, base, start, start + MAX_SCAN)])
        if is_word(base):
            out += found
    # A derived word's root itself; only a compound's part (below) is looked for inflected too:
    # "betaling" in "får de betaling?" is no "betalt" in "skal være betalt".
    held = [root for root in _roots(term) if root in known]
    if held and is_word(term):
        out += held
    if not out and term not in known:
        out = _part_roots(term, known)
    return list(dict.fromkeys(t for t in out if t != term))[:MAX_DERIVED]


def _part_roots(term: str, known) -> list[str]:
    """The roots of a compound's derived first part ("betalingsfrist" → "betaling" → "betalt")."""
    for i in range(len(term) - MIN_ROOT, MIN_ROOT, -1):
        left = term[:i]
        for part in (left[:-1], left) if left.endswith("s") else (left,):
            held = [t for root in _roots(part) for t in _held(root, known)]
            if held and is_word(part):
                return held
    return []
