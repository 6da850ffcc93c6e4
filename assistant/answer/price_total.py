"""A price asked for the whole: the quantifier of totality is no thing priced.

"Hvad vil det hele koste samlet set?", "What would the whole package cost?", "How expensive would all
eight proposals be altogether?": the question asks the total sum, and the passage that answers states it
("… de otte anbefalinger tilsammen vil koste 1,2 milliarder kroner …") without "hele", "samlet" or
"whole". Weighed as content, the quantifier was the question's rarest word the material holds (by a
synonym: "hel" reaches "giver" through the thesaurus), so the money gate took it for the thing priced
(fact_kinds.prices_the_thing) and found it in no sentence with a sum; or it was a word no passage
holds, and the model's coverage fell below its threshold. Totality is a closed class of the grammar
of both languages (quantifiers and adverbials: "hele", "samlet", "tilsammen", "i alt", "whole",
"entire", "total", "overall", "combined", "altogether"), not a word of any material; no Danish
resource at hand tags it. In a price question its terms are left out of the decision
(decision_terms.weighed_query), and the money gate still asks the answering sentence for a sum.

Left out only, the question was a bare "koste" and a noun the material may lack ("package", "thing"),
and the model stayed below its threshold on the very passage that states the total. So the whole is
weighed once more, as one group held where a sentence states a sum together with a word of totality
("tilsammen vil koste 1,2 milliarder kroner"), as a distance is held where a passage states a length
(measure_told.py): a sum of one part ("Den største post er … 450 millioner kroner") is no total.
"""
from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from ..index.chunking import split_sentences
from ..language.analysis import Analyzer
from ..language.folding import danish_letters
from .fact_kinds import MONEY, asked_types
from .measure_told import held_where_stated
from .retrieve import Hit, TermGroup

# The quantifiers and adverbials of totality, Danish and English: "det hele", "hele planen", "samlet
# (set)", "den samlede pris", "tilsammen", "sammenlagt", "i alt", "total(t)"; "the whole", "entire",
# "total", "overall", "combined", "altogether", "in total". Read on the casefolded question with
# ae/oe/aa read as æ/ø/å.
_TOTAL = re.compile(r"\b(?:hele|helt|samlet(?: set)?|samlede|tilsammen|sammenlagt|i alt|total[et]?"
                    r"|whole|entire|overall|combined|altogether|in total)\b")


def total_words(question: str) -> list[str]:
    """The words of a price question that ask for the whole ("det hele", "samlet set", "the whole");
    none where the question asks no price, or none of them."""
    if not asked_types(question).price:
        return []
    text = danish_letters(question.casefold())
    return [w for m in _TOTAL.finditer(text) for w in m.group(0).split() if w not in ("i", "in")]


def total_terms(analyzer: Analyzer, question: str, terms: Collection[str]) -> frozenset[str]:
    """The query terms (among `terms`) of the words that ask a price for the whole. An English question
    reaches the query as its Danish words ("whole" → "hel"), so a Danish form of the class counts where
    the question has any word of it."""
    words = total_words(question)
    if not words:
        return frozenset()
    own = {t for w in words for t in analyzer.query_terms(w)}
    danish = {t for w in ("hele", "samlet", "total") for t in analyzer.query_terms(w)}
    return frozenset((own | danish) & set(terms))


def told_total(analyzer: Analyzer, groups: Sequence[TermGroup], dropped: Collection[str],
               hits: Sequence[Hit]) -> tuple[TermGroup | None, frozenset[int]]:
    """The group a price question's whole is weighed as (its heaviest left-out group, with the words of
    totality the stating passages use as members) and the passages (`hits`) with a sentence that states
    a sum and a word of totality; (None, none) where the question asks no total or no passage states one."""
    return held_where_stated(analyzer, groups, dropped, hits, _totals_stated)


def _totals_stated(text: str) -> set[str]:
    """The words of totality in the text's sentences that state a sum ("tilsammen" in "… tilsammen vil
    koste 1,2 milliarder kroner …")."""
    return {w for sentence in split_sentences(text) if MONEY.search(sentence)
            for m in _TOTAL.finditer(danish_letters(sentence.casefold())) for w in m.group(0).split()}
