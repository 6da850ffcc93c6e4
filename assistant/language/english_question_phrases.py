"""The noun of an English question phrase that names the answer's kind, not its topic.

"What year was the report published?" asks when, as "When was the report published?" does; the
noun "year" names the kind of answer (a year), and searched as "år" it is a word the answer need not
hold ("Udgivet af Foreningen Grønne Byer, Vejle, marts 2025"). A Danish "Hvilket år …?" leaves its
"år" unsearched so (asked_measure.deadline_terms); its English twin is read the same way.
"""
from __future__ import annotations

import re

# "What year …", "In which year …" opening the question: "each year" is searched, and so is a second
# question's "… and in which year?", which the answer must tell beside the first.
_KIND_NOUN = re.compile(r"^\W*(?:in\s+)?(?:what|which)\s+(year)s?\b", re.IGNORECASE)


def kind_nouns(question: str) -> frozenset[str]:
    """The English nouns of the question's "what/which …" phrase that name the answer's kind."""
    return frozenset(m[1].casefold() for m in _KIND_NOUN.finditer(question.strip()))
