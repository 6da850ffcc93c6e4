"""What a visitor says they already know before asking ("Jeg ved godt, at I startede i 2014. Men hvad
skete der så i 2017?").

The known clause tells the visitor's starting point, not what is asked: its nouns may say what the
question is about ("Jeg ved, at kontingentet er 250 kr. Hvornår skal det betales?" asks about the
fee), but its figure and its verb are the very fact the visitor has ("250 kr", "startede i 2014").
Searched, they pull the passage and the sentence that state it, and the answer repeats what the
visitor just said. The known clause is opened by the first person's verb of knowing (a closed set
of Danish and English phrases: "jeg ved (godt/jo/allerede), at", "vi ved, at", "jeg er klar over,
at", "I know (that)", "I'm aware (that)"); "at"/"that" may be left out in chat ("jeg ved godt i
startede i 2014").
"""
from __future__ import annotations

import re

from .pronoun_referent import pronoun_in
from .word_class import ACT, word_class

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# The frame of knowing and, where written, its "at"/"that"; the clause runs to the sentence's end.
_KNOWN = re.compile(
    r"\b(?:(?:jeg|vi)\s+ved(?:\s+(?:godt|jo|allerede|udmærket|udmaerket|godt\s+nok))*"
    r"|(?:jeg|vi)\s+er\s+(?:godt\s+)?klar\s+over|i\s+know|we\s+know|i(?:'m|\s+am)\s+aware)"
    r"(?:,?\s+(?:already|that|at))*,?\s+"
    # Not knowing, or knowing an embedded question, tells no fact: "Jeg ved ikke, om …", "I know what …".
    r"(?!(?:ikke|ik|not|nothing|hv\w*|om|if|whether|wh\w*|how)\b)(?=\S)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?;](?=\s|$)")   # not the stop inside "1.000"
# A numeral, or a measure written after one ("250 kr", "31 procent", "to år" keeps "år" out only
# after a digit): the quantity the visitor knows.
_DIGITS = re.compile(r"\d")
NUMBER = re.compile(r"\b\d[\d.,]*\b")


def known_clause(scene: str) -> tuple[int, int] | None:
    """(first, end) places among the scene's words of the clause told as already known, or None."""
    found = _KNOWN.search(scene)
    if not found:
        return None
    stop = _SENTENCE_END.search(scene, found.end())
    end_char = stop.start() if stop else len(scene)
    first = len(_WORD.findall(scene[:found.end()]))
    return first, first + len(_WORD.findall(scene[found.end():end_char]))


def known_values(words: list[str], scene: str, asked: str = "") -> set[int]:
    """The places of the known clause's words that state the fact the visitor has: its figures (and
    the measure right after a figure) and its verbs. Its nouns stay: they may be what a pronoun of
    the question stands for ("Hvornår skal det betales?"); so do its verbs when the question has a
    pronoun that may point back at the event ("… at I startede som Danmark på Vippen. Og hvem var med
    til at sætte det i gang?")."""
    verbs = pronoun_in(asked) is None
    span = known_clause(scene)
    if span is None:
        return set()
    out = set()
    for i in range(*span):
        if i >= len(words):
            break
        word = words[i]
        if _DIGITS.search(word) or (i - 1 in out and _DIGITS.search(words[i - 1]) and word.islower()):
            out.add(i)
        elif verbs and word_class(word) == ACT:
            out.add(i)
    return out


def _english_past(word: str) -> bool:
    """Whether an English word is a verb's regular past ("started", "joined"): it ends in -ed and a
    base form of it is a verb in WordNet. An adjective in -ed WordNet lists itself ("based") is kept."""
    from ..language.english_forms import english_forms
    from ..language.english_things import _wordnet

    net = _wordnet(True)
    low = word.casefold()
    if net is None or not low.endswith("ed") or net.sense_count(low, "adj"):
        return False
    return any(form != low and net.is_verb(form) for form in english_forms(low))


def without_known_values(scene: str, asked: str = "") -> str:
    """An English scene without the figures and past verbs of the clause told as known (as
    known_values), for the English reading, which searches the scene's text."""
    words = _WORD.findall(scene)
    span = known_clause(scene)
    if span is None:
        return scene
    verbs = pronoun_in(asked) is None
    drop = {
        i for i in range(*span) if i < len(words) and (
            _DIGITS.search(words[i]) or (verbs and _english_past(words[i]))
            or (i - 1 >= span[0] and _DIGITS.search(words[i - 1]) and words[i].islower()))}
    spans = [m.span() for m in _WORD.finditer(scene)]
    for i in sorted(drop, reverse=True):
        start, end = spans[i]
        scene = scene[:start] + scene[end:]
    return scene


def known_figures(message: str) -> set[str]:
    """The figures of the clause told as known ("I know you started in 2014." -> {"2014"}), written
    as a reading finds a question's numbers."""
    found = _KNOWN.search(message)
    if not found:
        return set()
    stop = _SENTENCE_END.search(message, found.end())
    return set(NUMBER.findall(message[found.end():stop.start() if stop else len(message)]))


def english_scene_before(question: str, scene: str, asked: str) -> tuple[str, set[str]]:
    """An English message's scene before its question (scene.scene_before) without the figures and
    verbs of what it says is known, and those figures, which the question's numbers leave out."""
    from .scene import scene_before

    told = scene_before(question, scene, asked)
    return without_known_values(told, asked), known_figures(told)
