"""Whether a passage counts the group a "hvor mange af X …?" / "how many of the X …?" question takes a part of.

"Hvor mange af medlemmerne er studerende?" was answered with § 5, stk. 2's "Kontingentet er 250 kr. om
året for personlige medlemmer, 125 kr. for studerende …", "How many of the volunteers measured the
temperatures?" with "… målte de frivillige op til 4 grader": the count gate takes any figure that is not a
year, a date or a span of time, and it reads "hvor mange af …" as a share that names nothing to count
(counted_thing.counted_word). A question for how many of a group asks for a part of it counted or a share
of it. Where the sentences answering it mention the group (its index terms), one of them or a neighbour
must count it ("blandt 1.412 medlemmer", "fem til syv medlemmer") or take a share of it ("to tredjedele
af de afgivne stemmer", "halvdelen af dens medlemmer"): counted_thing.counts_it, the check the count gate
makes of "hvor mange X?". A sentence that mentions the group only beside a price or a measure counts no
part of it. Where one answering sentence (any the sentence choice may quote) does not mention the group ("I
spørgeskemaundersøgelsen svarer 81 procent …") or says a share of something ("halvdelen af dens medlemmer"
for "hvor mange af bestyrelsen …"), there is no verdict: the count gate decides.
"""
from __future__ import annotations

import re

from ..index.bm25 import Index
from ..language.analysis import DANISH_STOPWORDS
from .checked_sentences import NEAR_BEST
from .counted_thing import counts_it
from .fact_kinds import neighbourhood, sentence_weights
from .figures import counted_head
from .reading import danish_terms_of_english
from .retrieve import Query
from .sentence_evidence import shared_query_terms

# The gate's name where a decision's record lists the checks that declined a passage (decision_trace.py).
SUBGROUP_GATE = "subgroup_counted"
# "hvor mange af (de) X", "how many of (the) X": the group, after a determiner or a possessive (closed
# classes of Danish and English grammar). Norwegian "av" too: the answerability model is measured on NorQuAD.
_PART_OF = re.compile(r"\b(?:hvor\s+mange\s+(?:af|av)|how\s+many\s+of)\s+"
                      r"(?:(?:de|dem|den|det|jeres|dine|deres|vores|disse|the|your|their|our|these|those)\s+)?"
                      r"(?P<whole>[^\W\d_]{3,})(?:\s+(?P<next>[^\W\d_]+))?", re.IGNORECASE)
# A share said of something in the sentence ("mindst halvdelen af dens medlemmer", "70 procent af
# beboerne"): Danish, Norwegian and English words of proportion, a closed class, before "af"/"av"/"of". A
# figure with a per cent sign in a table the sentence runs into ("Store byer 26 % 21 %") is no share of it.
_SHARE = re.compile(r"\b(?:procent|prosent|pct|percent|(?:halv|tredje|fjerde|femte|tiende)del\w*|andel\w*|"
                    r"flertal\w*|mindretal\w*|half|third|quarter|majority)\s+(?:af|av|of)\b", re.IGNORECASE)
# A definite noun's genitive ("bestyrelsens", "foreningens", "medlemmernes") owns the group, which follows it.
_GENITIVE = re.compile(r"(?:en|et|ne)s$", re.IGNORECASE)


def whole_asked(question: str) -> str:
    """The group a "hvor mange af …?" question counts a part of ("medlemmerne"), or "": the noun after a
    genitive ("bestyrelsens medlemmer"), and in English a compound's last word before the verb or a grammar
    word ("the board members are …": "members"), as the count gate reads "how many X"."""
    found = _PART_OF.search(question)
    if not found:
        return ""
    if found["whole"].isascii() and question[found.start():found.start() + 3].casefold() == "how":
        return counted_head("how many " + question[found.start("whole"):], before_past=True)
    after = (found["next"] or "").casefold()
    if _GENITIVE.search(found["whole"]) and after and after not in DANISH_STOPWORDS:
        return after
    return found["whole"].casefold()


def _whole_members(index: Index, query: Query, whole: str) -> frozenset[str]:
    """The query's index terms that stand for the group: an English word by its Danish translations."""
    terms = danish_terms_of_english(index, whole) or set(index.analyzer.query_terms(whole))
    return frozenset(m for g in query.groups if g.term in terms for m in g.members)


def _answering(index: Index, chunk_id: int, query: Query) -> list[tuple[str, str]]:
    """The passage's sentences holding at least NEAR_BEST of what the best one holds of the question, each
    alone and with its neighbours: the sentence choice may quote any of them."""
    weights, found = sentence_weights(index, chunk_id, shared_query_terms(query.groups,
                                                                          [g.weight for g in query.groups]))
    top = max(weights, default=0.0)
    return [(found[i][0], neighbourhood(found, i)) for i, weight in enumerate(weights)
            if top and weight >= NEAR_BEST * top]


def subgroup_counted(index: Index, chunk_id: int, query: Query, question: str) -> bool:
    """Whether the passage counts the group, or a share of it, where its answering sentences mention the
    group a "hvor mange af …?" question counts a part of (always, for any other question)."""
    whole = whole_asked(query.put or question)
    members = _whole_members(index, query, whole) if whole else frozenset()
    if not members:
        return True
    answering = _answering(index, chunk_id, query)
    return not answering or any(_SHARE.search(sentence) or counts_it(index.analyzer, [sentence], [near], members)
                                for sentence, near in answering)
