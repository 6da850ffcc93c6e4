"""Whether a passage says what a name is, where a question asks which kind of thing the name is.

"Hvilken branche er Ove & Myrthu i?", "What kind of company is Ove & Myrthu?" and "Hvilken bank er Jøp en
del af?" were answered with "Bag initiativet stod Danske Andelskassers Bank, Jøp, Ove & Myrthu og en række
kommuner": the passage holds the name, and the model weighs it as found. The question asks what the named
one is – its kind, its trade, what it belongs to – and a name that stands only as an item of a list
(after a comma or before "og"/"eller", with no noun before it that types it, as in "bevægelsen Oprør fra
Udkanten", and no clause after it that describes it, as in "Fonden for Bynatur, som …") tells nothing of
it but that it is one of the list. A comma before a run in lower case with no "og"/"eller" in it opens an
apposition, no next item ("Atle Nesje, professor i geologi ved …", "MDMA, kjent som ecstasy" in NorQuAD's
news): the run tells what the name is.

The question's shape is a which-question whose noun is followed by a form of "to be" and the name ("Hvilken
X er/var NAME …", "Which/What (kind of) X is/was NAME …", "Hvad er NAME for en/et …"), or one for what the
name does ("Hvad laver NAME?", "What does NAME do?"). The name is its run
of capitalised words (with "&" and small words between them), or, typed in lower case, of words the
material writes only with a capital (material_names.py). A passage where every sentence that holds the name
holds it as a bare list item fails; one that never holds it, or holds it otherwise, passes: no verdict.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..index.bm25 import Index
from ..language.analysis import DANISH_STOPWORDS
from .material_names import capitalised_names
from .name_kind import noun_before
from .retrieve import Query
from .sentence_evidence import sentences
from .word_guard import guarded

# The gate's name where a decision's record lists the checks that declined a passage (decision_trace.py).
LISTED_NAME_GATE = "listed_name"
# "Hvilken X er NAME", "Hvilken slags X var NAME", "Which (kind of) X is NAME", "What sort of X was NAME",
# "Hvad er NAME for en/et": the rest after the verb is where the name starts.
_ASKS_WHAT_NAME_IS = guarded(re.compile(
    r"\b(?:(?:hvilken|hvilket|hvilke|hvad\s+for\s+(?:en|et|nogle))\s+(?:(?:slags|type|art)\s+)?[^\W\d_]+\s+"
    r"(?:er|var)|(?:which|what)\s+(?:(?:kind|sort|type)\s+of\s+)?[^\W\d_]+\s+(?:is|was|are|were)|"
    r"hvad\s+(?:er|var)(?=\s+.+\s+for\s+(?:en|et|nogle)\b))\s+(?P<rest>.+)", re.IGNORECASE))
# "Hvad laver NAME?", "Hvad arbejder NAME med?", "What does NAME do?": what the named one does is what it is,
# as a trade ("Jøp, Ove & Myrthu" in the list of backers says neither).
_ASKS_WHAT_NAME_DOES = guarded(re.compile(
    r"\b(?:hvad\s+(?:laver|lavede|arbejder|arbejdede|beskæftiger|beskaeftiger)|what\s+(?:does|did))\s+"
    r"(?P<rest>.+)", re.IGNORECASE))
_TOKEN = re.compile(r"[^\W_]+|&")
# Words that open a clause describing the name right after it ("Fonden for Bynatur, som ikke har …").
# or an apposition ("Jøp, en rådgivningsvirksomhed, …").
_DESCRIBED_AFTER = re.compile(r"\s*(?:,?\s*(?:som|der|hvis|which|who|that)\b|\(|,\s*(?:en|et|a|an|the)\b)",
                              re.IGNORECASE)
# An apposition without an article after the comma ("Atle Nesje, professor i geologi ved …", "MDMA, kjent som
# ecstasy", "Rakim Mayers, kjent under artistnavnet …"): a word in lower case that no joint of a list opens,
# running to the next comma or the sentence's end with no joint in it. A list's next item is a name or a
# determined kind ("Jøp, Ove & Myrthu og en række kommuner"); a lower-case run without "og"/"eller" is no item.
_APPOSITION = re.compile(r"\s*,\s*(?!(?:og|eller|and|or)\b)[a-zæøå][^,.;:!?]*(?=[,.;:!?]|$)")
_JOINT = re.compile(r"\b(?:og|eller|and|or)\b", re.IGNORECASE)
# A list's joints on either side of an item.
_JOINED_BEFORE = re.compile(r"(?:,|\b(?:og|eller|and|or))\s*$", re.IGNORECASE)
_JOINED_AFTER = re.compile(r"\s*(?:,|\b(?:og|eller|and|or)\b)", re.IGNORECASE)
_ENDS = re.compile(r"\s*(?:[.!?;:]|$)")


@lru_cache(maxsize=32)  # asked of one question once per weighed passage; no store of questions
def _asked_rest(question: str) -> str:
    """What follows the verb of a question asking what a name is, "" for any other question."""
    found = _ASKS_WHAT_NAME_IS.search(question) or _ASKS_WHAT_NAME_DOES.search(question)
    return found["rest"] if found else ""


def asked_name(index: Index, question: str) -> str:
    """The name a question asks what it is ("Hvilken branche er Ove & Myrthu i?": "Ove & Myrthu"), "" where
    it asks no such thing or the words after its verb are no name."""
    rest = _asked_rest(question)
    if not rest:
        return ""
    known = capitalised_names(index)
    tokens = list(_TOKEN.finditer(rest))
    end, gap = 0, 0
    for at, token in enumerate(tokens):
        word = token[0]
        if word[:1].isupper() or word.casefold() in known:
            end, gap = token.end(), 0
            continue
        # "&" or a small word (and one more) between two words of the name: "Staten i hele Danmark".
        joins = word == "&" or word.casefold() in DANISH_STOPWORDS or gap == 1
        ahead = [t[0] for t in tokens[at + 1:at + 3 - gap]]
        if not (end and joins and any(w[:1].isupper() or w.casefold() in known for w in ahead)):
            break
        gap += 1
    return rest[:end]


def listed_name(index: Index, chunk_id: int, query: Query, question: str) -> bool:
    """Whether the passage may answer a question for what a name is (always, for any other question and
    for a passage that never holds the name): see the module's docstring."""
    name = asked_name(index, question)
    if not name:
        return True
    said = re.compile(r"(?<![\w&])" + re.escape(name) + r"(?![\w&])", re.IGNORECASE)
    places = [(text, found) for text, _ in sentences(index, chunk_id) for found in said.finditer(text)]
    return not places or not all(_bare_item(text, found) for text, found in places)


def _bare_item(text: str, found: re.Match) -> bool:
    """Whether the name at `found` stands as an item of a list and nothing types or describes it."""
    before, after = text[:found.start()], text[found.end():]
    # Joined to the next item, or the last item after a joint: "…, Jøp, Ove & Myrthu og en række kommuner".
    listed = bool(_JOINED_AFTER.match(after)) or bool(_JOINED_BEFORE.search(before)) and _ENDS.match(after)
    return listed and not noun_before(text, found.start()) and not _DESCRIBED_AFTER.match(after) \
        and not _apposition(after)


def _apposition(after: str) -> bool:
    """Whether the text after a name opens with an apposition: a comma, then a lower-case run with no joint."""
    found = _APPOSITION.match(after)
    return bool(found) and not _JOINT.search(found[0])
