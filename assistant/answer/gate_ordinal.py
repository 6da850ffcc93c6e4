"""Whether a passage speaks of the one a question counts to ("det andet byregnskab", "the ninth recommendation").

"Hvornår udkommer det andet byregnskab?" was answered with "Det første byregnskab udkommer i 2026", "Hvad
går jeres niende anbefaling ud på?" with the summary of eight: the passage holds the thing and a time, and
the model weighs the ordinal as one word among several. A question that counts to the second or later of
something is answered only where the passage says that one: the same ordinal ("anden", "tredje", "second"
read as "anden") or its figure as a number or a label ("Anbefaling 2.", "2. Bestyrelsens beretning"), not
a stk. or a § of that number.

The ordinals are a closed class of Danish, Norwegian and English grammar. "Anden" and "andet" also mean
"other" ("en anden forening", "noget andet"): they count only after a definite or possessive word ("det
andet byregnskab", "årets anden generalforsamling", "for anden gang"). "Første" / "first" is left out:
the first of something is often told without the word ("startede i 2014 under navnet …").
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..index.bm25 import Index
from .asked_which import LIST_ITEM
from .checked_sentences import checked_texts
from .retrieve import Query
from .sentence_evidence import sentences

# The gate's name where a decision's record lists the checks that declined a passage (decision_trace.py).
ORDINAL_GATE = "ordinal_told"
# Each ordinal from the second to the tenth, by its number: Danish, Norwegian and English forms.
_ORDINALS = {2: ("anden", "andet", "annen", "annet", "second", "2nd"), 3: ("tredje", "third", "3rd"),
             4: ("fjerde", "fourth", "4th"), 5: ("femte", "fifth", "5th"), 6: ("sjette", "sixth", "6th"),
             7: ("syvende", "sjuende", "seventh", "7th"), 8: ("ottende", "åttende", "eighth", "8th"),
             9: ("niende", "ninth", "9th"), 10: ("tiende", "tenth", "10th")}
_NUMBER_OF = {form: n for n, forms in _ORDINALS.items() for form in forms}
# The words after which "anden" / "andet" count rather than mean "other": the definite article, a genitive
# ("årets", "foreningens"), a possessive pronoun, or "for" ("for anden gang").
_OTHER_SENSE = frozenset({"anden", "andet", "annen", "annet"})
_COUNTING_BEFORE = re.compile(r"^(?:den|det|de|for|jeres|vores|deres|sin|sit|hans|hendes|dens|dets|[^\W\d_]+s)$",
                              re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+")


@lru_cache(maxsize=32)  # asked of one question once per weighed passage; no store of questions
def asked_ordinal(question: str) -> int:
    """The number a question counts to ("det andet byregnskab": 2); 0 when it counts to none past the first."""
    words = _WORD.findall(question.casefold())
    for i, word in enumerate(words):
        n = _NUMBER_OF.get(word)
        if n and (word not in _OTHER_SENSE or (i and _COUNTING_BEFORE.match(words[i - 1]))):
            return n
    return 0


def _says_ordinal(text: str, n: int) -> bool:
    """Whether a text says the n-th: one of its ordinal words, or the figure n standing alone, not as the
    number of a stk. or a § ("Anbefaling 2." and "2. Valg af dirigent" do; "Stk. 2." does not)."""
    words = _WORD.findall(text.casefold())
    if any(_NUMBER_OF.get(word) == n and word not in _OTHER_SENSE for word in words):
        return True
    figure = re.compile(rf"(?<![\d.,§])(?<!stk\. )(?<!stk )(?<!§ ){n}(?![\d,]|\.\d)", re.IGNORECASE)
    return bool(figure.search(text))


def ordinal_told(index: Index, chunk_id: int, query: Query, question: str) -> bool:
    """Whether the passage speaks of the n-th thing where a question counts to it (always, for a question
    that counts to none): in the sentences holding the question or beside them (checked_sentences)."""
    n = asked_ordinal(question)
    if not n:
        return True
    texts = checked_texts(index, chunk_id, query)
    return any(_says_ordinal(text, n) for text in texts + _listed_after(index, chunk_id, texts))


def _listed_after(index: Index, chunk_id: int, texts: list[str]) -> list[str]:
    """The items of the lists that a checked sentence introduces ("Dagsordenen … skal mindst indeholde:"):
    "det andet punkt på dagsordenen" is the list's second item, however far from the sentence it stands."""
    found = [text for text, _ in sentences(index, chunk_id)]
    items = []
    for i, text in enumerate(found):
        if text.rstrip().endswith(":") and any(text in checked for checked in texts):
            # An item's mark may stand as a sentence of its own ("2.", then "Bestyrelsens beretning").
            j = i + 1
            while j < len(found) and (LIST_ITEM.match(found[j]) or LIST_ITEM.match(found[j - 1])):
                items.append(found[j])
                j += 1
    return items
