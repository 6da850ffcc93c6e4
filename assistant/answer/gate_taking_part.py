"""Whether a passage names someone, where a question asks which ones of a kind the material never has take part.

"Which universities do you work with?" and "Which university do you work with on your analyses?" were
answered with the Om page's "Vi bidrager … ved at udarbejde løsningsorienterede analyser …": the passage
holds what they would take part in, and the model weighs the kind asked for as one word among several.
Which ones take part – are members, work with, support or do something together with someone – asks for
each one's name (gate_concrete.py reads the question). Where the material mentions the kind, gate_concrete
checks the sentences that do; where it has the kind in no form (gate_name.held: its words, its stems, an
English word's Danish translations), no sentence can say which of them, and only a name can answer: the
passage answers only where a sentence it answers with, or one beside it, names someone the question and
the document's title do not (gate_kind.names_someone: "Bag initiativet stod Danske Andelskassers Bank, …";
not a common noun capitalised alone, "Vi har fokus på Viden. Analyse."), or a list follows one ("Hvilke
punkter skal helt konkret på dagsordenen?"). A kind of a kind asks for a description. A question for one of them
("Hvilket universitet samarbejder I med …?") is read as gate_one_named reads "hvilken X".
"""
from __future__ import annotations

from ..index.bm25 import Index
from ..language.word_runs import folded_text
from .gate_concrete import asked_members, kind_members, list_follows, near_sentences, takes_part
from .gate_kind import KIND_OF, kind_held, names_someone
from .gate_one_named import asked_one
from .gate_person import known_words
from .retrieve import Query
from .word_class import THING, word_class

# The gate's name where a decision's record lists the checks that declined a passage (decision_trace.py).
TAKING_PART_GATE = "taker_named"


# A kind of a kind ("Hvilke slags medlemmer har I?") asks for a description; the material has the kind
# in some form as gate_kind reads it (kind_held).
def taker_named(index: Index, chunk_id: int, query: Query, question: str) -> bool:
    """Whether the passage may answer which ones of a kind take part (always, for any other question and
    where the material has the kind): a sentence near the answer names someone."""
    noun = asked_members(question) or (asked_one(question) if takes_part(question) else "")
    # A grammar word where the noun would stand ("hvilke andre slags …") names no kind.
    if not noun or noun.casefold() in KIND_OF or word_class(noun) != THING or kind_members(index, query, noun) \
            or kind_held(index, noun, bool(query.put)):
        return True
    known = known_words(index, chunk_id, question) | {folded_text(noun)}
    near, found = near_sentences(index, chunk_id, query)
    return any(names_someone(found[i][0], known) or list_follows(found, i) for i in near)
