"""Whether a passage that prices each group of payers apart prices the group a question asks about.

"Hvad betaler en arbejdsløs i kontingent?" was answered from § 5 ("Kontingentet er 250 kr. om året for
personlige medlemmer, 125 kr. for studerende og 1.000 kr. for foreninger og virksomheder"), and so was
"Hvad skal pensionister betale i kontingent?": the passage holds the fee and sums, and the money gates ask
for a sum, which it has. But it gives one sum for each group it names, and the asker's group is not among
them: the fee for the unemployed or for pensioners is not stated.

A question for an amount, a price or a discount ("hvad betaler …", "hvad koster …", "hvor meget …",
"rabat", "what does … pay", "discount") that names its payer – "en arbejdsløs" after "betaler", "for
pensionister", "som pensionist", "hvis jeg er pensionist", "for a family membership", "an honorary member"
before "pay" – is answered by a passage that prices groups apart (two sums or more, each "for" a group)
only where the passage holds the payer's word (or, for an English word, one of its Danish translations).
A passage with one price for all answers for every group, and one that prices no group is not read here.
"""
from __future__ import annotations

import re

from ..index.bm25 import Index
from ..language.analysis import DANISH_STOPWORDS
from ..language.english_forms import ENGLISH_STOPWORDS
from .fact_kinds import MONEY, asked_types, question_sentence, tells_time
from .one_space import one_space
from .ranked_passages import passage_has
from .reading import danish_terms_of_english
from .retrieve import Query
from .word_guard import guarded

# The gate's name where a decision's record lists the checks that declined a passage (decision_trace.py).
GROUP_PRICE_GATE = "group_priced"
# A price, a fee or a discount asked beside the quantity and price kinds asked_types reads: "rabat", "er
# det billigere for …", "what is the fee for …", "discount" (Danish with or without æ/ø/å, and English).
_ASKS_PRICE_OR_DISCOUNT = guarded(re.compile(r"\b(?:rabat\w*|nedsat\w*|billigere|discounts?|reduced|cheaper"
                                     r"|what(?:'s| is| are) the (?:\w+ )?(?:fee|fees|price|cost|rate)"
                                     r"|hva?d? er (?:prisen|kontingentet|gebyret))\b", re.IGNORECASE))
# The payer named in the asking sentence: after "for", "som", "as", "hvis jeg er" / "if I am" (or the
# clause of time that says the same, "når man er pensionist" / "when I am"), or as the
# subject of "betale" / "pay" / "koste" / "cost" ("hvad betaler en arbejdsløs", "skal pensionister
# betale", "does an honorary member pay"). Up to two words, the first possibly an adjective ("a family
# membership", "private persons").
_WORD = r"[^\W\d_]{3,}"
_PAYER = re.compile(
    rf"\b(?:for|som|as|(?:hvis|når|naar) (?:jeg|man|du|vi|de) er|(?:if|when) (?:i|we|you|they|he|she|one) (?:am|are|is)"
    rf"|(?:if|when) i'm|(?:if|when) we're)"
    rf"\s+(?:en |et |de |os |mig |a |an |the )?(?!at\b|to\b)(?P<a>{_WORD})(?:\s+(?P<b>{_WORD}))?"
    rf"|\b(?:betaler|betale|koster)\s+(?:en|et|de)\s+(?P<c>{_WORD})"
    rf"|\b(?:skal|må|maa|kan|skulle)\s+(?P<d>{_WORD})\s+(?:betale|give)\b"
    rf"|\b(?:does|do|would|will|should|must|did)\s+(?:an?|the)\s+(?P<e>{_WORD})(?:\s+(?P<f>{_WORD}))?"
    rf"\s+(?:pay|cost)\b", re.IGNORECASE)
# A sum for a group: "250 kr. om året for personlige medlemmer", "125 kr. for studerende".
PRICE_FOR = re.compile(rf"(?:{MONEY.pattern})\.?(?:\s+[^\W\d_]+){{0,2}}\s+for\s+(?!at\b)[^\W\d_]", re.IGNORECASE)


def asks_payers_price(question: str) -> bool:
    """Whether a question asks an amount, a price or a discount."""
    asked = asked_types(question)
    return asked.quantity or asked.price or bool(_ASKS_PRICE_OR_DISCOUNT.search(question))


def payer_words(question: str) -> list[str]:
    """The words naming the payer in the question's asking sentence (not a name, not a time)."""
    asking = question_sentence(one_space(question.strip()))
    words = [w for m in _PAYER.finditer(asking) for w in m.groups() if w]
    return [w for w in words if w.casefold() not in DANISH_STOPWORDS and w.casefold() not in ENGLISH_STOPWORDS
            and (not w[0].isupper() or asking.startswith(w))]


def _held(index: Index, chunk_id: int, query: Query, word: str) -> bool | None:
    """Whether the passage holds a word of the question (its terms, the query's stand-ins for them, or
    an English word's Danish translations); None for a word the query does not search for."""
    terms = set(index.analyzer.query_terms(word)) | danish_terms_of_english(index, word)
    searched = [g for g in query.groups if g.term in terms]
    if not searched or tells_time(word):
        return None
    # A word the index lacks ("pensionist") has no members: the passage cannot hold it.
    return any(passage_has(index, chunk_id, t) for g in searched for t in (g.term, *g.members))


def group_priced(index: Index, chunk_id: int, query: Query, question: str) -> bool:
    """Whether the passage prices the payer the question names (always, for a question that asks no
    price or names no payer, and for a passage that does not price groups apart)."""
    if not asks_payers_price(question) or len(PRICE_FOR.findall(index.chunk(chunk_id).text)) < 2:
        return True
    return all(_held(index, chunk_id, query, word) is not False for word in payer_words(question))
