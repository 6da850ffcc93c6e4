"""Danish spellings an English word may have as a loanword or shared Latin word (analysis -> analyse).

Many words of an organisation's language came into Danish from Latin, French or English and differ
from English only by regular spelling changes. These rules propose Danish spellings; only those
the material itself uses are ever kept (english.to_danish checks them against its vocabulary).
"""
from __future__ import annotations

import re

# Word endings: English -> Danish. The longest matching ending is used.
SUFFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("izations", ("iseringer", "isationer")), ("isations", ("iseringer", "isationer")),
    ("ization", ("isering", "isation")), ("isation", ("isering", "isation")),
    ("ysis", ("yse",)), ("yses", ("yser",)),
    ("ities", ("iteter",)), ("ity", ("itet",)),
    ("izes", ("iserer",)), ("ises", ("iserer",)), ("ize", ("isere",)), ("ise", ("isere",)),
    ("ized", ("iseret",)), ("ised", ("iseret",)),
    ("ically", ("isk",)), ("ical", ("isk",)), ("ics", ("ik",)), ("ic", ("isk", "ik")),
    ("isms", ("ismer",)), ("ism", ("isme",)),
    ("ists", ("ister",)),
    ("tions", ("tioner",)), ("sions", ("sioner",)),
    ("icians", ("ikere",)), ("ician", ("iker",)),
    ("acies", ("atier",)), ("acy", ("ati",)),
    ("ies", ("ier",)), ("y", ("i", "ie")),
    ("ives", ("ive",)), ("ive", ("iv",)),
    ("ous", ("øs",)), ("ure", ("ur",)), ("ures", ("urer",)),
    ("ences", ("enser",)), ("ence", ("ens",)),
    ("ants", ("anter",)), ("ents", ("enter",)),
    ("ers", ("ere",)), ("ates", ("ater",)), ("ate", ("at", "ere")),
    ("als", ("aler",)), ("s", ("er", "")),
)

# Letters: English spelling -> Danish spelling, applied in this order.
LETTERS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile("ph"), "f"),
    (re.compile("th"), "t"),
    (re.compile("qu"), "kv"),
    (re.compile("ck"), "k"),
    (re.compile("x"), "ks"),
    (re.compile("z"), "s"),
    (re.compile("w"), "v"),
    (re.compile("c(?=[eiy])"), "s"),
    (re.compile("c"), "k"),
)


def _respell(word: str) -> str:
    for pattern, danish in LETTERS:
        word = pattern.sub(danish, word)
    return word


def danish_forms(word: str) -> list[str]:
    """Danish spellings the English word may have, most likely first; the word itself among them."""
    word = word.casefold()
    stems = [(word, "")]
    for ending, danish in SUFFIXES:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stems = [(word[:-len(ending)], d) for d in danish] + stems
            break
    out: list[str] = []
    for stem, ending in stems:
        for form in (stem + ending, _respell(stem) + ending):
            if form not in out:
                out.append(form)
    return out
