"""Whether the question asks about someone its story named, through a pronoun of the third person.

"Jeg er gymnasielærer i Svendborg og har læst om Balance Danmark. Hvilke sager har de haft indflydelse
på?" and "I'm a Danish expat in Berlin and just read about Balance Danmark. What do they focus on?" name
the organisation in a sentence about the asker, and the question asks about it through "de" / "they".
The name gate (gate_name.py) took the story's names for who asks, so the other organisation's material
answered: "Balance Danmark" was never checked. A name the story places the asker in ("i Svendborg", "in
Berlin") is where the asker is, not what "de" stands for.

Danish "de" and "den" are also articles ("i de store byer", "den nye organisation"): a pronoun is the
subject of an inverted question, right after its finite verb ("hvad laver de", "hvornår blev den
startet"), and not before an adjective and a noun ("koster de grønne tage"). After a modal verb the
pronoun asks what such a one may do ("Kan de blive medlem?"), a rule about its kind that names no one.
"""
from __future__ import annotations

import re

from .word_class import ACT, THING, adjective, word_class

_WORD = re.compile(r"[^\W\d_]+")
# Pronouns that stand only for a person or a thing named before (Danish and English).
_ALWAYS = frozenset("dem deres they them their theirs".split())
# Pronouns that are also articles: read by the words around them.
_ALSO_ARTICLES = frozenset("de den".split())
_MODALS = frozenset("kan må maa kunne can could may might".split())
# Danish auxiliaries, whose irregular forms word_class's regular past tense does not recognise as verbs
# (a closed class of grammar words: "har de haft", "er de", "blev den").
_AUXILIARIES = frozenset("har havde er var bliver blev vil ville skal skulle".split())
# Prepositions that place the asker: the place in the story is where the asker is.
PLACE_PREPOSITIONS = frozenset("i på paa fra ved til omkring nær naer in on at from to near around".split())


def refers_back(sentence: str) -> bool:
    """Whether the sentence holds a pronoun of the third person standing for someone named before it:
    see the module's docstring."""
    words = [w.casefold() for w in _WORD.findall(sentence)]
    for i, word in enumerate(words):
        before = words[i - 1] if i else ""
        if before in _MODALS:
            continue
        if word in _ALWAYS:
            return True
        # The word's class is looked up only before "de"/"den" (word_class is the costly part).
        if word not in _ALSO_ARTICLES:
            continue
        verb_before = before in _AUXILIARIES or bool(before) and word_class(before) == ACT
        if verb_before and not _article(words[i + 1:i + 3]):
            return True
    return False


def _article(after: list[str]) -> bool:
    """Whether the two words after "de"/"den" are an adjective and a noun, as after an article."""
    return len(after) == 2 and adjective(after[0]) and word_class(after[1]) == THING
