"""The noun of an English question phrase that names the answer's kind, not its topic.

"What year was the report published?" asks when, as "When was the report published?" does; the
noun "year" names the kind of answer (a year), and searched as "år" it is a word the answer need not
hold ("Udgivet af Foreningen Grønne Byer, Vejle, marts 2025"). A Danish "Hvilket år …?" leaves its
"år" unsearched so (asked_measure.deadline_terms); its English twin is read the same way.
"""
from __future__ import annotations

import re

# "What year …", "In which year …" opening the question: "each year" is searched, and so is a second
# question's "… and in which year?", which the answer must tell beside the first. A month, a season and
# a time of year name a time the same way: "What month was the report put out?" is answered by "marts 2025",
# which has no "måned"; "What time of year …?" by "i slutningen af 2018" or "inden udgangen af april",
# neither "gang" (the dictionary's "time") nor "år" (gate_clock reads the time of year asked for).
# A date or a day is not so read: it asks for a day of the month, which "udkommer i 2026" does not tell,
# and "dato" kept is what declines it.
_KIND_NOUN = re.compile(r"^\W*(?:in\s+)?(?:what|which)\s+(?:(year|month|season)s?|(time)\s+of\s+(?:the\s+)?(year))\b",
                        re.IGNORECASE)


def kind_nouns(question: str) -> frozenset[str]:
    """The English nouns of the question's "what/which …" phrase that name the answer's kind."""
    return frozenset(n.casefold() for m in _KIND_NOUN.finditer(question.strip()) for n in m.groups() if n)
