"""Whether a passage gives the reason a "hvorfor …?" / "why …?" question asks for.

A why-question is about a fact the material states, and asks what lies behind it: "Hvorfor skal
forslag sendes ind 14 dage før generalforsamlingen?" is answered, word for word, by the stk. that
sets the deadline, and the model, weighing how much of the question a passage holds, answers it at
0.9. The rule gives no reason, so there is nothing to cite. The sentence that holds the question
best, or one beside it (the grounds of a claim stand next to it: "Derfor er kampen …"), must give one.

Danish, Norwegian and English grammar give a reason by closed classes of words: a causal
conjunction or adverb ("fordi", "derfor", "idet", "eftersom", ", da …", "because", "since"), a causal
phrase ("på grund af", "som følge af", "førte til", "skyldes", "årsagen", "due to"), a purpose
clause ("for at", ", så børn kan lege", "so that", "in order to"), a goal stated ("Målet var at …"),
a contrast that pays ("Til gengæld sparer kommunerne …"), a stance against something ("som et oprør
mod …"), or a clause of circumstance on the thing itself (", hvor nybyggeri har erstattet haver").
A question why something *can* happen ("Hvorfor kan man blive smidt ud?") asks for its condition,
which a rule gives in a relative clause on its subject ("Et medlem, der handler groft imod
foreningens formål, kan ekskluderes"). A sentence that only restates the question ("Forslag … skal
være indsendt senest 14 dage før generalforsamlingen", "Vedtaget …, senest ændret 4. maj 2023")
gives none.
"""
from __future__ import annotations

import re

from ..index.bm25 import Index
from .checked_sentences import checked_texts
from .retrieve import Query
from .word_guard import guarded

# The gate's name where a decision's record lists the checks that declined a passage (decision_trace.py).
REASON_GATE = "reason_told"
# "Hvad var grunden til, at …?" and "what was the reason for …?" ask why in a noun phrase.
# "Hvad fik jer til at …?", "Hvad førte til …?", "What made them want to …?", "What led to …?" ask for
# the cause with a verb of causing (a closed set of Danish and English causal frames); "få tiden til at
# gå" is the fixed expression for spending one's time ("Hvad får I tiden til at gå med?"), no cause.
ASKS_REASON = guarded(re.compile(r"\b(?:hvorfor|hvordan kan det være|why|how come"
                                 r"|(?:grunden|årsagen|aarsagen|baggrunden)\s+(?:til|for)"
                                 r"|the (?:reason|cause)s?\s+(?:for|why|behind)"
                                 r"|(?:af|av|of|for) (?:hvilken|hvilke|hvilket|what|which) (?:grunde?|årsag(?:er)?"
                                 r"|aarsag(?:er)?|grunn(?:er)?|reasons?|causes?)"
                                 r"|hvad (?:fik|får|faar)\b(?![^?.!]*\btiden til at)[^?.!]*\btil at"
                                 r"|hvad (?:førte|foerte|fører|foerer) til"
                                 r"|what (?:made|makes|led|leads|prompted|caused|drove)\b(?!\s+(?:of|up|out)\b))\b",
                                 re.IGNORECASE))
# "Hvorfor kan …?", "why can …?", "how come a member can …?" (English puts the subject first after
# "how come"): the condition that makes it possible is the reason asked.
_ASKS_CONDITION = re.compile(r"\b(?:(?:hvorfor|why)\s+|how come\s+(?:[^\W\d_]+\s+){1,3})"
                             r"(?:kan|kunne|må|can|could|may|might)\b", re.IGNORECASE)
GIVES_REASON = re.compile(
    r"\b(?:fordi|derfor|idet|eftersom|ettersom|siden\s+(?:det|de|den|vi|man|der)|på grund af|paa grund af"
    r"|på grunn av|grunnet|som følge af|som følge av|førte til|fører til|gør at|gjorde at|gjør at"
    r"|skyldes|skyldtes|årsag(?:en)?|grunden|for at|for å|således at|slik at|med henblik på|til gavn"
    r"|(?:for)?målet (?:var|er)|formålet (?:var|er)|til gengæld|(?:oprør|opgør|protest|kamp) mod"
    r"|because|therefore|due to|in order to|so that|since|the (?:reason|aim|goal|purpose) (?:is|was))\b"
    # ", så byerne bedre tåler skybrud": "så" after a comma opens a clause of purpose or result.
    r"|,\s*(?:så|saa|so)\b"
    # ", da de var bekymret for …": "da" after a comma gives the cause, in Danish and Norwegian alike.
    r"|,\s*da\s+(?:de|den|det|han|hun|vi|man|der|[^\W\d_]+(?:en|et|ne)\b)"
    # ", hvor nybyggeri har erstattet haver": a clause of circumstance on the thing the sentence is about.
    r"|,\s*hvor\s+(?!mange\b|meget\b|længe\b|ofte\b)[^\W\d_]+",
    re.IGNORECASE)
# A relative clause on the subject: "Et medlem, der er i restance …, slettes".
_CONDITION = re.compile(r"[^\W\d_],\s*(?:der|som|who|which|that)\s+[^\W\d_]+", re.IGNORECASE)


def asks_reason(question: str) -> bool:
    """Whether a question asks why ("Hvorfor …?", "Why …?", "How come …?", "Hvad var grunden til …?")."""
    return bool(ASKS_REASON.search(question))


def gives_reason(sentence: str, condition: bool = False) -> bool:
    """Whether a sentence gives a reason by the grammar above; with `condition`, a relative clause on
    a noun (the condition a "hvorfor kan …?" question asks for) gives one too."""
    return bool(GIVES_REASON.search(sentence) or condition and _CONDITION.search(sentence))


def reason_told(index: Index, chunk_id: int, query: Query, question: str) -> bool:
    """Whether a why-question's answering sentence in the passage (the one holding most of `query`,
    as the model's kind checks find it), or the sentence after it, gives a reason (always, for a
    question that does not ask why)."""
    if not asks_reason(question):
        return True
    condition = bool(_ASKS_CONDITION.search(question))
    # The claim is the sentence that holds the question best; its grounds stand in it or beside it (as the
    # model's kind checks read it, fact_kinds.neighbourhood: "… et rigere Danmark. … Derfor er kampen …
    # Det handler i sidste ende om hele Danmarks økonomi"). A sentence that holds nearly as much of the
    # question may give them itself (checked_sentences.NEAR_BEST).
    return any(gives_reason(text, condition) for text in checked_texts(index, chunk_id, query))
