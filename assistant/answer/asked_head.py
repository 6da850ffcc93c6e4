"""Words of a question read by their grammar rather than their letters: the thing asked, the role asked.

Members name what the statutes regulate in their own compounds and time words: "hvornår skal
indbetalingen ske?" where the statutes say the fee "skal være betalt", "jeg har ikke betalt siden
nytår" where no text names the new year. The material holds neither word, and the thing-asked check
(`asked_thing`) declined such questions before the model could weigh the passage that answers them:

- a compound names a kind of its last part (its head): an "indbetaling" is a "betaling", which the
  statutes hold as "betalt". Whether the first part, which says which kind, matters is the
  compound-focus gate's question (`compound_focus.held_whole`), not a reason to find nothing;
- a word that tells a time by the calendar ("nytår", "årsskiftet", "kalenderåret") says when, as
  "dengang" does: it places the question, it is not what the question asks about (`asked_thing`
  skips it by `calendar_time.calendar_time`);
- a role asked for ("Hvad hedder foreningens formand?") is the noun phrase's head, "formand": the
  owner "foreningens" is held by § 1's "Foreningens navn er …", which names no chair.
"""
from __future__ import annotations

import re

from ..language.derivation import derived_terms, is_word, suffix_roots
from ..language.folding import danish_spelling
from ..language.related_terms import inflected_forms

# A head shorter than this is a syllable or a small word ("-ne", "-år"), not a thing of its own.
MIN_HEAD = 4
# A compound's first part shorter than this is no word of its own ("el-", "å-").
MIN_FIRST = 3
# The linking elements of Danish compounds (bestyrelse|s|medlem, lokal|e|forening).
_LINKS = ("s", "e")


def head_held(term: str, known, vocabulary) -> bool:
    """Whether a query term is a compound whose head the material holds in some form (itself, an
    inflection, or its root in another word class: "betaling" → "betalt") and whose first part is
    a Danish word ("ind", "lønnings", not "bet"). Terms are folded as the index's are ("ae" for
    "æ"); `known` is a set of the index's terms, `vocabulary` them sorted."""
    for cut in range(MIN_FIRST, len(term) - MIN_HEAD + 1):
        first, head = term[:cut], term[cut:]
        if not is_first_part(first):
            continue
        if not is_word(head):
            continue
        if head in known or inflected_forms(head, known) or derived_terms(head, vocabulary, known) \
                or _root_held(head, known):
            return True
    return False


def is_first_part(first: str) -> bool:
    """Whether a compound's first part (MIN_FIRST letters or more) is a Danish word, with or without a
    linking element: "kort" of "kortdata", "bestyrelses" of "bestyrelsesmedlem"."""
    return is_word(first) or first.endswith(_LINKS) and len(first) > MIN_FIRST and is_word(first[:-1])


def _root_held(head: str, known) -> bool:
    """Whether the material holds a derived head's root inflected: "betaling" → "betal" → "betalt"
    (`derived_terms` looks a whole word's root up only as it stands)."""
    return any(inflected_forms(root, known) for root in suffix_roots(head))


# Prepositions that end a role's noun phrase (a closed class of Danish grammar): "kasserer i
# foreningen", "formanden for foreningen".
# English's the same way ("the chairman of the board", "the highest authority in the association").
_PHRASE_ENDS = frozenset("for i af på hos til ved of in at on within".split())
# An English owner in the genitive ("the association's auditor") says whose role, like "foreningens".
_ENGLISH_OWNER = re.compile(r"[^\W\d_]+['’]s\b")


def role_head(role: str) -> list[str]:
    """The words of a role asked for that name the role itself, the noun phrase's head: an owner
    before it ("foreningens formand") or a phrase after it ("formanden for foreningen") says only
    whose role, and the association's name holds the owner, not the role."""
    words = re.findall(r"[^\W\d_]+", _ENGLISH_OWNER.sub(" ", role))
    # A preposition typed without Danish letters ends the phrase as its Danish spelling does ("paa").
    cut = next((i for i, w in enumerate(words) if i and danish_spelling(w.casefold()) in _PHRASE_ENDS), len(words))
    return [w for i, w in enumerate(words[:cut]) if not (w.endswith("s") and i + 1 < cut)] or words


# "hvor ofte", "hvor tit", "hvor længe": an adverb of frequency or duration after "hvor" is part of
# the question word, like "mange" in "hvor mange" (a closed class of Danish grammar).
_QUESTION_ADVERB = re.compile(r"\bhvor\s+(ofte|tit|længe|laenge)\b", re.IGNORECASE)


# "hvilken tid på året", "hvilket tidspunkt på dagen", "hvad tid på året": the noun after "hvilken"/"hvad" is
# the kind of fact asked, a time, as "ofte" in "hvor ofte" is: part of the question word, not a thing the answer
# speaks of (the season gate of gate_clock checks that a time is told). The span after "på" stays searched:
# "året" finds a rule's "hvert år" (measured: left out, "Hvornår på året ligger generalforsamlingen?" lost
# § 7, stk. 2).
_TIME_IN_SPAN = re.compile(r"\b(?:hvilke[nt]|hva[d]?)\s+(tid|tidspunkt)\s+(?:på|paa|i løbet af|i loebet af)\s+"
                           r"(?:året|aaret|dagen|døgnet|doegnet)\b", re.IGNORECASE)


def question_word_terms(analyzer, question: str) -> set[str]:
    """The query terms of the adverb in a "hvor ofte / tit / længe" question word: it asks for a
    frequency or a time, which the kind of fact asked checks (`fact_kinds`), and is not a word to
    look for; the thesaurus reads "tit" in another sense. So is the noun of time after "hvilken"/"hvad"
    before the span it is sought in ("tid" in "hvilken tid på året")."""
    words = [m[1] for m in _QUESTION_ADVERB.finditer(question)]
    words += [m[1] for m in _TIME_IN_SPAN.finditer(question)]
    return {t for w in words for t in analyzer.query_terms(w)}
