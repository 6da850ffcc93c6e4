"""What kinds of fact a question asks for, as named fields (fact_kinds.asked_types reads them).

Nine kinds read by several steps (the gates, sentence choice, follow-ups): named fields, so that a
new kind is one more field instead of one more position every reader must count to.
"""
from __future__ import annotations

import re
from typing import NamedTuple

# "Hvad skal jeg betale …?", "hvad betaler en kommune …?", "What do I pay to join?": what is paid
# asks for an amount, as "hvor meget" does, though the question word is "hvad". Not what one pays
# with or for ("Hvad kan jeg betale med?"), which is a means or a thing. The payer is no thing priced
# (round sixteen: "how much would I pay as a student?"), so it is a quantity, not a price.
ASKS_WHAT_PAID = re.compile(r"\b(?:hva?d? (?:[^\W\d_]+ ){0,3}betale?r?|what (?:do|does|did|would|will|should|must|"
                            r"can|could|shall) (?:[a-z']+ ){1,3}pay)\b(?! (?:med|with|by)\b| for\b(?! at\b))")


class AskedTypes(NamedTuple):
    time: bool  # "hvornår …?"
    quantity: bool  # "hvor mange …?"
    person: bool  # "hvem …?"
    price: bool  # "hvad koster …?" (a kind of quantity)
    role: str  # the role whose holder is asked for ("formand"), or ""
    named: str  # the things asked to have named ("hvilke kommuner"), or ""
    place: bool  # "hvor …?" of a place
    time_kind: str  # an hour or a next date (gate_clock), or "" for any time
    counted: str = ""  # the noun "hvor mange X?" / "how many X?" asks to have counted, or ""

    def either(self, other: AskedTypes) -> AskedTypes:
        """Each kind this reading or the other asks for: a question as read (English in Danish
        words) and as put."""
        return AskedTypes(*(a or b for a, b in zip(self, other)))


# No kind asked: a reading whose fact kinds are not weighed.
NOTHING_ASKED = AskedTypes(False, False, False, False, "", "", False, "")
