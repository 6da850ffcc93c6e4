"""An English noun of being something, "-ship", as the Danish noun of that thing, "-skab", or the thing.

English makes the state or office of a person with "-ship" ("membership", "partnership", "ownership",
"leadership"), Danish mostly with "-skab" ("medlemskab", "partnerskab", "ejerskab", "lederskab"). No
Danish dictionary here holds "membership", and the Om page says only "medlemmer": "Is membership open
to regular citizens?" and "Who makes up the membership?" searched an unknown English word, which the
decision took for a thing the page never mentions, and declined. A "-ship" noun no source maps is
looked up as its person noun: the material's "-skab" noun of that word's Danish word where it has
one, else the Danish word itself (being a member is asked about where the page names its members).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from .english_fallback import Translation
from .english_forms import english_forms
from .lemmas import lemma_of

SHIP_ENDINGS = ("ship", "ships")
DANISH_ENDING = "skab"
# The person noun left once "-ship" is off is a word of its own ("member", "owner"), not "s" or "wor".
MIN_BASE = 3


def ship_noun(word: str, lookup: Callable[[str, Sequence[str]], Translation | None],
              found: Callable[[Iterable[str]], tuple[str, ...]]) -> Translation | None:
    """The material's words for a "-ship" noun no source maps: lookup(english, forms) maps a word into
    the material (english.EnglishToDanish.lookup), found(danish) keeps the Danish words it has."""
    ending = next((e for e in SHIP_ENDINGS[::-1] if word.endswith(e)), "")
    base = word[:-len(ending)] if ending else ""
    if len(base) < MIN_BASE or not (person := lookup(base, english_forms(base))):
        return None
    # The material's form of the person's word ("medlemmer") goes back to its dictionary form first.
    state = found((lemma_of(d) or d) + DANISH_ENDING for d in person.danish if " " not in d)
    return Translation(word, state or person.danish, person.source)
