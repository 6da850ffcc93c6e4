"""Whether a passage states the sum of money a "how much did … pay / spend / save?" question asks for.

"How much did the municipalities pay to get Danmark på Vippen started?" was answered with "Balance
Danmark startede i 2014 under navnet Danmark på Vippen …": the question asks an amount, and the year
2014 is a figure, which is all the model's quantity signal asks for; the price signal (fact_kinds) reads
"what does it cost" and a fee, not what someone paid, spent or saves. "How much will the municipalities
save on sewers?" was answered with "Til gengæld sparer kommunerne penge på kloakering …", which says
they save, not how much.

A question for how much (Danish "hvor meget", "hvor mange penge", "hvor mange kroner"; English "how
much") whose verb is one of paying, spending, saving, costing or giving money is answered only where a
sentence holding the question, or one beside it, states a sum of money (fact_kinds.MONEY: a figure
with its currency, "450 millioner kroner", "250 kr.").
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..index.bm25 import Index
from ..index.chunking import split_sentences
from ..language.lemmas import lemma_of, related
from .checked_sentences import checked_texts
from .fact_kinds import MONEY
from .retrieve import Query

# The gate's name where a decision's record lists the checks that declined a passage (decision_trace.py).
PAID_GATE = "sum_stated"
_ASKS_HOW_MUCH = re.compile(r"\b(?:hvor\s+meget|hvor\s+mange\s+(?:penge|kroner|kr)|how\s+much)\b", re.IGNORECASE)
# The verbs of moving money, Danish and English, in their inflected forms (a closed set: pay, spend, save,
# cost, give, contribute, invest, fund; betale, bruge, spare, koste, give, bidrage, investere, støtte).
_MONEY_VERB = re.compile(r"\b(?:betal\w*|brug(?:e|er|te|t)|spar(?:e|er|ede|et)|kost(?:e|er|ede|et)|"
                         r"giv(?:e|er)|gav|bidr(?:ag|og)\w*|investe\w*|pay|pays|paid|paying|spend|spends|spent|"
                         r"spending|save|saves|saved|saving|cost|costs|costing|give|gives|gave|given|"
                         r"contribut\w*|invest\w*|fund|funds|funded|donat\w*)\b", re.IGNORECASE)

# Money said without a sum: the bare nouns for it (Danish and English).
_BARE_MONEY = re.compile(r"\b(?:penge|pengene|midler|money|funds)\b", re.IGNORECASE)

# What may follow "how much" when it asks for money: the clause's verb, an auxiliary or its subject
# (closed classes of Danish and English), or money itself. A noun after it is what is measured: "How much
# notice do I need to give?" asks a time, "hvor meget varsel" too.
_THEN = re.compile(r"\s*(?:do|does|did|will|would|is|are|was|were|has|have|had|should|must|can|could|shall|"
                   r"money|cash|skal|skulle|har|havde|er|var|vil|ville|kan|kunne|må|maa|det|de|man|jeg|du|i|vi|"
                   r"den|penge|kroner|kr)\b", re.IGNORECASE)


@lru_cache(maxsize=32)  # asked of one question once per weighed passage; no store of questions
def asks_sum(question: str) -> bool:
    """Whether a question asks how much money someone pays, spends, saves or gives ("How much did the
    municipalities pay?", "Hvor meget koster det?"; not "How much notice do I need to give?")."""
    found = _ASKS_HOW_MUCH.search(question)
    if not found:
        return False
    rest = question[found.end():]
    return bool(_MONEY_VERB.search(rest)) and bool(_THEN.match(rest) or _MONEY_VERB.match(rest.lstrip()))


def sum_stated(index: Index, chunk_id: int, query: Query, question: str) -> bool:
    """Whether the sentences answering a "how much … pay?" question state a sum of money (always, for
    any other question)."""
    if not asks_sum(question):
        return True
    texts = checked_texts(index, chunk_id, query)
    return any(MONEY.search(text) for text in texts) and not _money_unsaid(question, texts)


def _money_unsaid(question: str, texts: list[str]) -> bool:
    """Whether the sentences say the question's own verb of money with money but no sum ("Til gengæld sparer
    kommunerne penge på kloakering …" for "Hvor mange kroner sparer kommunerne …?") and none says it with
    one: the sum beside it ("Den største post er den nationale træplan med 450 millioner kroner") is of
    another thing."""
    verbs = {_lemma(v) for v in _MONEY_VERB.findall(question)}
    if not verbs:
        return False
    # One verb's forms by lemmas that begin alike: the lemmatiser reads the infinitive "spare" as itself
    # but the present "sparer" as "spar", so equal lemmas alone missed "Hvor meget vil kommunerne spare …?".
    with_verb = [s for text in texts for s in split_sentences(text)
                 if any(related(v, _lemma(w)) for v in verbs for w in _MONEY_VERB.findall(s))]
    return not any(MONEY.search(s) for s in with_verb) and any(_BARE_MONEY.search(s) for s in with_verb)


def _lemma(word: str) -> str:
    folded = word.casefold()
    return lemma_of(folded) or folded
