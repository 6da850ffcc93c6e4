"""The sentence that gives the question's name as a name.

"Hvornår begyndte I at kalde jer Balance Danmark?" asks when that name was taken. Its words find
"Balance Danmark startede i 2014 under navnet Danmark på Vippen …" first ("begyndte" is "startede",
"kalde" reaches "navnet"), but that sentence gives another name; the one that gives the name asked
("… som i slutningen af 2018 ændrede navn til Balance Danmark.") tells when, in the next paragraph.
A name is given where a name word is followed by it: "navn til X", "under navnet X", "navn er X".
"""
from __future__ import annotations

import re

from ..index.bm25 import Index
from ..language.word_runs import folded_text
from .sentence_neighbours import MAX_ANSWER_SENTENCES, Candidate, section_beside

# A name word, then the name: capitalised words, with the small words a Danish name holds inside
# ("Danmark på Vippen", "Oprør fra Udkanten", "Staten i hele Danmark").
_GIVEN = re.compile(
    r"\b(?:navn(?:et)?|hedder|hed|kaldes|kaldtes)\s+(?:er\s+|(?P<to>til\s+))?"
    r"(?P<name>(?:[A-ZÆØÅ][\w&-]*)(?:\s+(?:[A-ZÆØÅ][\w&-]*|&|på|fra|i|hele|og|for|af))*)")
_TRAILING_SMALL = re.compile(r"(?:\s+(?:&|på|fra|i|hele|og|for|af))+$")
_NON_WORD = re.compile(r"[^\w&]+")
# A question that asks what a name is ("hvad hed I?", "hvilket navn", "what were you called?"), not when.
_ASKS_NAME = re.compile(r"\bhvad\s+(?:hed|hedder|hedde|kaldte|kalder)\b|\bhvilket\s+navn\b|\bwhat\s+name\b"
                        r"|\bwhat\s+(?:was|were|is|are)\s+(?:\w+\s+){0,3}?(?:called|named)\b", re.IGNORECASE)
# The word whose index term a naming question's words reach ("kalde", "hedde", "call", "name").
NAME_WORD = "navn"


def given_names(sentence: str) -> set[str]:
    """The names a sentence gives as names, folded as a question typed without æ/ø/å has them."""
    return {folded_text(_TRAILING_SMALL.sub("", m["name"])) for m in _GIVEN.finditer(sentence)}


def given_name_words(sentence: str) -> set[str]:
    """The words (case folded) of the names a sentence gives as names: "under navnet Danmark på
    Vippen" names what the sentence is about, not some other thing a which-question asks for."""
    return {w.casefold() for m in _GIVEN.finditer(sentence) for w in _NON_WORD.split(m["name"]) if w}


def changes_name(sentence: str) -> bool:
    """Whether the sentence tells a change of name ("ændrede navn til X"): it tells when the name changed,
    which is what any question of when a name was taken or left asks ("Hvornår holdt I op med at hedde
    Danmark på Vippen?" is not answered by the sentence that gives the old name)."""
    return any(m["to"] for m in _GIVEN.finditer(sentence))


def gives_asked_name(sentence: str, question: str) -> bool:
    """Whether the sentence gives a name the question writes (case and æ/ø/å spelling aside)."""
    asked = " " + folded_text(_NON_WORD.sub(" ", question)) + " "
    return any(f" {name} " in asked for name in given_names(sentence) if name)


def asks_naming(index: Index, groups) -> bool:
    """Whether one of the query's word groups reaches the word for a name ("kalde jer" → "navn")."""
    terms = set(index.analyzer.query_terms(NAME_WORD))
    return bool(terms) and any(terms & set(g.members) for g in groups)


def name_given_beside(index: Index, picks: list[Candidate], candidates: list[Candidate],
                      question: str, asks_time: bool, groups) -> list[Candidate]:
    """The sentence of the best passage's document that gives the name a "when did you take this
    name?" question writes, when no chosen sentence gives it: the time told there is the answer.

    A question that writes no name ("Navneskiftet hvornår?", "Hvornår begyndte I at hedde noget
    andet?", "Hvor længe har I heddet det, I hedder nu?") asks of the name change; where the chosen
    sentences give only another name ("startede i 2014 under navnet Danmark på Vippen"), the sentence
    that tells the change ("… ændrede navn til Balance Danmark") tells when, and both are told."""
    if not (asks_time and picks) or len(picks) >= MAX_ANSWER_SENTENCES or not asks_naming(index, groups):
        return []
    if any(gives_asked_name(c.sentence, question) or changes_name(c.sentence) for c in picks):
        return []
    found = _told_beside(index, picks, candidates, lambda sentence: gives_asked_name(sentence, question))
    # "… hvornår blev I startet, og hvad hed I dengang?" asks the name itself, which the chosen one gives.
    if found or _ASKS_NAME.search(question) or not any(given_names(c.sentence) for c in picks):
        return found
    return _told_beside(index, picks, candidates, changes_name)


def _told_beside(index: Index, picks: list[Candidate], candidates: list[Candidate], test) -> list[Candidate]:
    """The sentence passing `test` among the candidates of the lead's page, or else in the paragraph
    before or after the lead's in the same section."""
    lead = picks[0]
    chosen = {(c.hit.chunk_id, c.pos) for c in picks}
    rivals = [c for c in candidates if c.hit.chunk.url == lead.hit.chunk.url
              and (c.hit.chunk_id, c.pos) not in chosen and test(c.sentence)]
    if rivals:
        return [min(rivals, key=lambda c: (-c.weight, c.rank, c.pos))]
    # The next paragraph of the same section is often a passage of its own, which the decision need
    # not have passed: it continues the story the best passage begins.
    return section_beside(index, picks, test)
