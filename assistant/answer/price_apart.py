"""Whether a question asks a price with words between "hvad" and the verb, and not only as a clause's topic.

"Hvad har kortlægningen kostet?" and "… vil gerne vide, hvad det koster for os at blive medlem" ask a price
(fact_kinds.asked_types), and so the money gates want a sum. But "Hvem bestemmer, hvad det koster at være
med?" asks who: the price is the topic of the who-question's object clause, and § 5, stk. 1 ("Kontingentet
fastsættes af den ordinære generalforsamling") answers it without a sum. A who-question asks a price only as a
question of its own, after "og" / "and" ("Hvem har betalt for kortlægningen, og hvad koster …?").
"""
from __future__ import annotations

import re

# "Who decides how much the membership costs?", "Hvem bestemmer, hvor meget det koster?" ask who: the price is
# only the topic of the question's clause.
ASKS_WHO_FIRST = re.compile(r"^\W*(?:who|hvem)\b")
# The price asked with words between "hvad" and the verb: in the perfect ("Hvad har kortlægningen kostet?")
# or as an indirect question ("… vil gerne vide, hvad det koster for os at blive medlem"), and after a verb of
# the future or a modal ("Hvad vil et grønt tag koste?", "Hvad kommer det til at koste?"), in the infinitive.
_ASKS_PRICE_APART = re.compile(r"\bhva?d? (?:[a-zæøå]+ ){1,3}kost(?:er|ede|et)\b"
                               r"|\bhva?d? (?:[a-zæøå]+ ){1,5}(?:at )?koste\b")
# What comes before a second question of the message: a joining word.
_SECOND_QUESTION = re.compile(r"\b(?:og|and|men|but)\W*$", re.IGNORECASE)
# A cleft question ("Er det bestyrelsen, der bestemmer, hvad det koster?") asks who or what: the price is its topic.
_CLEFT = re.compile(r"^\W*(?:er|var) det\b")


def price_asked_apart(text: str) -> bool:
    """Whether "hvad … koster" asks the price: not in a cleft, nor as a who-question's object clause."""
    text = text.casefold()
    found = _ASKS_PRICE_APART.search(text)
    return bool(found) and not _CLEFT.search(text) and not (
        ASKS_WHO_FIRST.search(text) and not _SECOND_QUESTION.search(text[:found.start()]))
