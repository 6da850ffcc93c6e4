"""Hearsay put to the assistant to check: "Min nabo siger, at I er et parti. Passer det?".

A visitor often asks by repeating what someone said and asking whether it holds. The check itself
("passer det", "stemmer det", "is that true") asks nothing of its own: after the claim it is taken
off as a closing (wrappers.py). Before a question of its own the claim sets the scene ("Jeg har
hørt, at I hed noget andet. Hvad hed I?"), and who said it ("min svoger", "a friend") and how
("mener", "har læst", "reckons") only pull the search elsewhere: the reporting clause is taken off,
and a check joined to that question by "eller"/"or" ("Passer det, eller kan privatpersoner også være
med?") leaves the question. The verbs of saying, hearing and believing are a closed class of
reporting verbs; each form has a test.
"""
from __future__ import annotations

import re

from .hedges import compile_danish

_FLAGS = re.IGNORECASE

# Asking whether a claim holds: Danish "passer det", "stemmer det", "er det rigtigt", "holder det
# (stik)", "har han ret"; English "is that true", "is it right", "is that so".
CHECKS = (r"passer\s+det(?:\s+nu)?|stemmer\s+det(?:\s+nu)?|holder\s+det(?:\s+(?:nu|stik))*"
          r"|er\s+det\s+(?:nu\s+|virkelig\s+)?(?:rigtigt?|korrekt|sandt|sådan)"
          r"|har\s+(?:han|hun|de|den|vedkommende)\s+ret"
          r"|is\s+(?:that|this|it)\s+(?:really\s+)?(?:right|true|correct|so|the\s+case)")

# The check before a question of its own: "Passer det, eller kan …?", "Is that true, or what …?".
_CHECK_THEN_QUESTION = compile_danish(rf"(?:^|(?<=[.!?]\s))(?:{CHECKS})\s*[,?]?\s+(?:eller|or)\s+(?=\w)", _FLAGS)

# The reporting verbs, present or past, with the perfect's auxiliary; "told/fortalte" with whom.
DANISH_REPORTS = (r"(?:har\s+|havde\s+)?(?:hørt|læst|set|fået\s+at\s+vide)"
                   r"|(?:siger|sagde|mener|mente|påstår|påstod|hævder|hævdede|insisterer|insisterede|tror|troede|skriver|skrev"
                   r"|hørte|læste|fortæller|fortalte)(?:\s+(?:mig|os))?")
ENGLISH_REPORTS = (r"(?:have\s+|had\s+|'ve\s+)?(?:heard|read|seen)|(?:was|were|got|been)\s+told"
                    r"|(?:says|said|reckons|think|thinks|thought|claims|claimed|insists|insisted|believe|believes|reads|hears)"
                    r"|(?:tells|told)\s+(?:me|us)")
# Without "that" only the verbs that take a clause report a claim: "I read the statutes" read a text.
_ENGLISH_BARE_REPORTS = (r"(?:have\s+|had\s+|'ve\s+)?heard|(?:was|were|got|been)\s+told"
                         r"|(?:says|said|reckons|think|thinks|thought|claims|claimed|insists|insisted|believe|believes)"
                         r"|(?:tells|told)\s+(?:me|us)")
# Where the report heard it ("fra en ven", "på Facebook", "et sted", "from a friend", "somewhere",
# "online"): up to four words before "at"/"that".
_SOURCE = r"(?:\s+(?:fra|på|i|from|on|in)(?:\s+[^\W\d_]+){1,3}|\s+(?:et\s+sted|somewhere|online))?"
# Who reports: one to four words (the last may be hyphenated: "my sister-in-law"), not a question word
# nor a question that opens with its verb ("Har du hørt, at …?", "Do you think the cities …?": the
# visitor asks what the assistant holds).
_WHO = (r"(?!(?:hv|wh|how\b)\w*)(?!(?:har|havde|er|var|kan|vil|skal|do|does|did|have|has|had|is|are|can|could"
        r"|would|will)\b)(?:[^\W\d_]+\s+){0,3}?[^\W\d_]+(?:-[^\W\d_]+){0,2}")
# English leaves out "that" before a clause opening with its subject ("my colleague says you were").
_ENGLISH_SUBJECT = r"(?:you|the|it|they|there|we|this|these|those|all|only|most|members)\b"
_REPORT = compile_danish(
    rf"(?:^|(?<=[.!?]\s))(?:(?:så|og|men|so|well|and|but),?\s+)?{_WHO}\s+"
    rf"(?:(?:{DANISH_REPORTS}){_SOURCE},?\s+at\s+|(?:{ENGLISH_REPORTS}){_SOURCE},?\s+that\s+"
    rf"|(?:{_ENGLISH_BARE_REPORTS}){_SOURCE}\s+(?={_ENGLISH_SUBJECT}))",
    _FLAGS)


def without_hearsay(text: str) -> str:
    """The text without a check before a question of its own ("Passer det, eller kan …?" -> "kan
    …?") and, when a question follows the claim, without the reporting clause before it ("Jeg har
    hørt, at I hed noget andet. Hvad hed I?" -> "I hed noget andet. Hvad hed I?"). A claim that is
    all the message asks keeps who said it: without it, a claim the material does not bear out
    ("Aarhus har mistet flest træer") reads as a statement of the material's own words."""
    text = _CHECK_THEN_QUESTION.sub("", text)
    return _REPORT.sub(lambda m: "" if "?" in text[m.end():] else m.group(), text)
