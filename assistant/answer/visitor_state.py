"""The visitor's own state, told with a copula before the question ("Jeg er ny her", "vi er lidt nye").

An everyday adjective after "jeg er"/"vi er" describes who asks, as "i går" dates the visit: searched,
"ny" pulls the material's "ny kommunal udligningsordning" or "nye erhvervsklynger" into a question that
asks what the organisation does. The same adjective before a noun ("en tom grund", "en ny lokalplan")
names the thing asked about and stays: only the predicative one, after the visitor's copula and any
degree adverbs, is left out. Everyday: at or above the scene's Zipf line (scene.SCENE_EVERYDAY_ZIPF).
"""
from __future__ import annotations

from ..language.folding import danish_letters
from ..language.word_zipf import zipf_frequency
from .word_class import adjective

# Closed classes: the first person, the copulas and the Danish degree adverbs before an adjective.
_SUBJECTS = frozenset({"jeg", "vi"})
_COPULAS = frozenset({"er", "var", "blev", "bliver"})
_DEGREE = frozenset("lidt ret helt så meget stadig også temmelig ganske forholdsvis nok rimelig".split())
EVERYDAY_ZIPF = 5.0


def visitor_state(words: list[str]) -> set[int]:
    """The places of the scene's everyday adjectives told of the visitor by a copula ("Jeg er ny")."""
    low = [danish_letters(w.casefold()) for w in words]
    out = set()
    for i in range(1, len(low)):
        if low[i] not in _COPULAS or low[i - 1] not in _SUBJECTS:
            continue
        at = i + 1
        while at < len(low) and low[at] in _DEGREE:
            at += 1
        if at < len(low) and adjective(words[at]) and zipf_frequency(low[at], "da") >= EVERYDAY_ZIPF:
            out.add(at)
    return out
