"""A question's grammar words that search reads as content, left out where the decision weighs it.

"Hvad sparer kommunerne penge på ifølge rapporten?", "Hvad skaber ifølge foreningen den ægte rigdom?":
"ifølge" and the body it names say whose claim is asked for, the material's own ("rapporten" is the
publication asked, "foreningen" the organisation whose page it is), not what the claim is about; the
passage that answers holds neither, and the decision read the two as content words it lacked. So
too the adverbs that only colour a question: the discourse "så" ("hvad sker der så", "kan vi saa
også være med"), the intensifier "helt" before an adjective or adverb ("helt almindelige", "helt
præcist"), the modal "gerne" ("vil gerne vide"), a locative adverb before its place ("ude i landet",
"inde hos bestyrelsen"), "imod" (the preposition "mod", which the analyser already leaves out) and the
pronoun "det hele" ("hvem startede det hele?"). These are closed classes of Danish
grammar, not a material's words: the few members are listed here, each with its test. Search still
uses them; only the decision (decision_terms.weighed_query) leaves their terms out.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..language.analysis import Analyzer
from ..language.folding import danish_letters
from .document_self import definite_form

# "ifølge" (also "ifolge" typed without ø) and the source after it: a definite noun ("rapporten",
# "undersøgelsen", "foreningen"), after an optional demonstrative or possessive. A noun that a
# relative clause picks out ("ifølge den fond, der betalte") is another body, and stays content.
_ACCORDING = re.compile(r"\bif(?:ø|o)lge\s+(?:(?:den|det|de|denne|dette|jeres|deres)\s+)?"
                        r"(\w+)\b(?!\s*,?\s*(?:der|som)\b)")
# The discourse particle "så" ("hvad sker der så?", "kan vi så også være med?"), not the past tense of
# "se", which comes first or after the question word, before its subject ("hvad så I?", "så du det?"),
# nor the conjunction after a comma ("…, så byerne tåler skybrud").
_SO = re.compile(r"(?:^|(\w+)|(,))\s*så\b\s*(\w*)")
_SUBJECTS = frozenset({"jeg", "du", "han", "hun", "vi", "i", "de", "man", "den", "det"})
_INTERROGATIVES = frozenset({"hvad", "hvem", "hvor", "hvornår", "hvordan", "hvorfor", "hvilken", "hvilket", "hvilke"})
# The intensifier "helt" before another word ("helt almindelige", "helt præcist"), not "det hele".
_QUITE = re.compile(r"\bhelt\s+(?=\w)")
# The modal adverb "gerne" ("vil gerne vide", "må man gerne stemme"): a wish or a permission.
_GLADLY = re.compile(r"\bgerne\b")
# "præcis"/"præcist" after "helt" or a question word ("helt præcist", "hvor præcist"): an intensifier.
_EXACTLY = re.compile(r"\b(?:helt|hvor|hvad|hvem|hvornår)\s+(præcist?)\b")
# "imod" is the preposition "mod", which the analyser already leaves out as grammar.
_AGAINST = re.compile(r"\bimod\b")
# A locative adverb before the place it locates ("ude i landet", "inde på siden"): the place is asked.
_LOCATIVE = re.compile(r"\b(ude|inde|oppe|nede)\s+(?=(?:i|på|ved|hos)\b)")
# "det hele" ("hvem startede det hele?"): a pronoun for everything, not the adjective of "hele landet".
_WHOLE = re.compile(r"\bdet\s+(hele)\b")
# Questions whose words, read once, are the same a few times over (decision and training).
MEMO_SIZE = 256


@lru_cache(maxsize=MEMO_SIZE)
def grammar_words(question: str) -> tuple[str, ...]:
    """The question's words that are grammar, not content: "ifølge" with the definite noun it names
    as the source, the discourse "så", the intensifiers "helt" and "præcist", "gerne", a locative
    adverb before its place, "imod" and "det hele" (also typed without æ/ø/å)."""
    text = danish_letters(question.casefold())
    found: list[str] = []
    for match in _ACCORDING.finditer(text):
        found.append("ifølge")
        if definite_form(match.group(1)):
            found.append(match.group(1))
    found += ["så"] * any(_particle(before, comma, after) for before, comma, after in _SO.findall(text))
    found += ["helt"] * bool(_QUITE.search(text))
    found += ["gerne"] * bool(_GLADLY.search(text))
    found += ["imod"] * bool(_AGAINST.search(text))
    for pattern in (_EXACTLY, _LOCATIVE, _WHOLE):
        found += [m.group(1) for m in pattern.finditer(text)]
    return tuple(found)


def _particle(before: str, comma: str, after: str) -> bool:
    """Whether a "så" between `before` and `after` is the discourse particle."""
    verb = after in _SUBJECTS and (not before or before in _INTERROGATIVES)
    return not comma and not verb


def grammar_terms(analyzer: Analyzer, question: str) -> frozenset[str]:
    """The query terms of grammar_words (the analyser reads "ifølge" and "ifolge" apart)."""
    words = grammar_words(question)
    spellings = {*words, *("ifolge" for w in words if w == "ifølge")}
    return frozenset(t for w in spellings for t in analyzer.query_terms(w))
