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
# Other prepositions open the phrase as "in" does ("Between which months …", "By which month …"), and
# after one that spans a time a plural is the same kind ("months" was searched as "måneds"). "When in the
# year …?" and "What part of the year …?" ask the time of year as "What time of year …?" does: "year"
# searched as "år" reached § 5, stk. 1's "for et år ad gangen", not stk. 3's "opkræves i januar".
_PREPOSITION = r"(?:(?:in|between|during|by|from|until|till|before|after)\s+)?"
_OF_YEAR = r"\s+of\s+(?:the\s+)?(years?)"
# A plural only after a preposition that spans a time ("Between which months …", "During which years …"):
# "What years do the maps of the towns cover?" asks which years a thing covers, and with "years" unsearched the
# Om page answered it with a sentence about towns (other_material +1).
_BETWEEN = r"(?:between|during|from|in)\s+"
_KIND_NOUN = re.compile(r"^\W*(?:" + _PREPOSITION + r"(?:what|which)\s+(?:(year|month|season)\b|(time|part|point)"
                        + _OF_YEAR + r")|" + _BETWEEN + r"(?:what|which)\s+((?:year|month|season)s)\b"
                        + r"|when\s+in\s+(?:the\s+)?(year)\b)", re.IGNORECASE)
# "How come …?" asks why ("hvordan kan det være"): its "come" is the phrase's, not a verb of the topic, and
# searched as "komme" it would count against every reason the material gives.
_HOW_COME = re.compile(r"^\W*how\s+(come)\b", re.IGNORECASE)
# Openings that only put the question, not its topic: "Is it true that …?" asks whether what follows
# holds ("true" searched as "egentlig", a word no material has, counted against every answer); "What's
# the deal with …?" asks about what follows ("deal": "aftale"); "Do you happen to know …?" asks what
# follows ("happen": "sker", a word of the statutes). The closed set of English words for "true" in
# this frame and of the nouns in "what's the … with" is listed: no resource marks the frame.
_SHAPE = re.compile(r"^\W*(?:(?:is|isn't|was|wasn't)\s+it\s+(true|right|correct|so)\s+that\b"
                    r"|what(?:'s|\u2019s|\s+is)\s+the\s+(deal|story|score|situation)\s+(?:with|about)\b"
                    r"|(?:do|does|did)\s+(?:you|anyone|anybody)\s+(happen)\s+to\s+know\b"
                    r"|(?:any|got\s+any)\s+(idea)s?\b)", re.IGNORECASE)


def kind_nouns(question: str) -> frozenset[str]:
    """The English words of the question's opening phrase that name the answer's kind ("what/which
    month", "when in the year", "how come") or only put it ("is it true that", "what's the deal with"):
    not searched."""
    question = question.strip()
    return frozenset(n.casefold() for pattern in (_KIND_NOUN, _HOW_COME, _SHAPE) for m in pattern.finditer(question)
                     for n in m.groups() if n)
