"""The sentences beside a chosen one that belong in the answer: the one stating the measure, time,
actor or aim asked, the one that shares its time ("Samtidig …"), the one after a claim (its grounds,
or what stands out among what it sums up)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..index.bm25 import Index
from ..statutes.references import stk_spans
from .asked_measure import states_measure
from .retrieve import Hit
from .sentence_evidence import sentences
from .sentence_labels import LABEL_WORDS
from .word_guard import guarded

MAX_ANSWER_SENTENCES = 3
# How far from a chosen sentence the one holding the kind of fact asked may stand in its passage:
# the next but one ("startede i 2014 …" / "Bag initiativet stod …" / "Målet var at …").
NEIGHBOUR_REACH = 2


@dataclass(frozen=True)
class Candidate:
    """A sentence of a retrieved passage and the query terms it answers."""

    rank: int                 # the passage's rank among the hits
    pos: int                  # the sentence's position in the passage
    hit: Hit
    sentence: str
    own: frozenset[str]       # query terms in the sentence itself
    weight: float             # weight of `own` plus the terms of the passage's heading
    own_weight: float = 0.0   # weight of `own` alone
    # The query terms the sentence names in their own words, not as a phrase for the compound
    # asked: a sentence that names the compound still adds it to the answer.
    named: frozenset[str] = frozenset()


def measure_beside(index: Index, picks: list[Candidate], measure: str) -> list[Candidate]:
    """The sentence next to the best passage's chosen one that states the measure asked
    (asked_measure.py), when no chosen sentence does: "Lommeparker i alle bydele." is followed by
    "Ingen bolig bør ligge mere end 300 meter fra et grønt opholdssted.", which holds no word of
    "Hvor langt må der højst være til en park?" but is its answer."""
    return kind_beside(index, picks, lambda sentence: states_measure(sentence, measure)) if measure else []


def kind_beside(index: Index, picks: list[Candidate], test, same_stk: bool = False,
                weights: dict[int, float] | None = None) -> list[Candidate]:
    """The sentence next to one of the best passage's chosen ones that passes `test` (holds the kind
    of fact asked), when no chosen sentence does: the question's words find the sentence that names
    the event, and the one beside it tells when or by whom ("Balance Danmark startede i 2014 …"
    then "Bag initiativet stod Danske Andelskassers Bank …" for "Hvem stiftede det?").

    Within reach, the one that holds more of the question (`weights`: its query weight by position
    in the best passage) tells of the event asked, the nearer one only of the passage's other matters:
    "Anbefalingerne blev vedtaget af foreningens landsråd den 15. februar 2025." answers "When did the
    council approve the recommendations?", not the sentence between, whose "inden 2030" is a deadline."""
    if len(picks) >= MAX_ANSWER_SENTENCES or any(test(c.sentence) for c in picks):
        return []
    lead = picks[0]
    said = sentences(index, lead.hit.chunk_id)
    taken = {c.pos for c in picks if c.hit is lead.hit}
    found: list[tuple[float, int, int]] = []
    for step in range(1, NEIGHBOUR_REACH + 1):
        for c in (c for c in picks if c.hit is lead.hit):
            for pos in (c.pos + step, c.pos - step):
                if 0 <= pos < len(said) and pos not in taken and test(said[pos][0]) \
                        and not (same_stk and stk_of(lead.hit, said[pos][0]) != stk_of(c.hit, c.sentence)):
                    found.append((-(weights or {}).get(pos, 0.0), len(found), pos))
    if not found:
        return []
    pos = min(found)[2]
    return [Candidate(lead.rank, pos, lead.hit, said[pos][0], frozenset(), 0.0)]


def section_beside(index: Index, picks: list[Candidate], test) -> list[Candidate]:
    """The first sentence passing `test` in the paragraph after or else before the best passage's, in
    the same section, when no chosen sentence passes it. A section's paragraphs are often passages of
    their own, which the decision need not have passed: the story the best one tells goes on in the
    next ("I 2017 blev bevægelsen … en del af Danmark på Vippen" after "Målet var at få diskussionen …")."""
    if len(picks) >= MAX_ANSWER_SENTENCES or any(test(c.sentence) for c in picks):
        return []
    lead = picks[0]
    for chunk_id in (lead.hit.chunk_id + 1, lead.hit.chunk_id - 1):
        if not 0 <= chunk_id < index.n_chunks:
            continue
        chunk = index.chunk(chunk_id)
        if (chunk.url, chunk.heading) != (lead.hit.chunk.url, lead.hit.chunk.heading):
            continue
        for pos, (sentence, _terms) in enumerate(sentences(index, chunk_id)):
            if test(sentence):
                hit = Hit(chunk_id=chunk_id, score=0.0, chunk=chunk, matched=frozenset(), coverage=0.0)
                return [Candidate(lead.rank + 1, pos, hit, sentence, frozenset(), 0.0)]
    return []


def same_time(index: Index, picks: list[Candidate], asks_time: bool, question: str) -> list[Candidate]:
    """The sentence that shares its time with the best one ("… som i slutningen af 2018 ændrede navn til
    Balance Danmark. Samtidig tilsluttede foreningen Staten i hele Danmark sig …"): the one before a
    "Samtidig …" sentence (the time is told there, and without it "Samtidig" points at nothing: "Which
    other groups joined you?" is answered by both); the "Samtidig …" sentence after the best one, when
    the question asks what happened at the time of something else ("Hvilken forening kom med, da I
    skiftede navn?")."""
    if len(picks) >= MAX_ANSWER_SENTENCES:
        return []
    lead = picks[0]
    said = sentences(index, lead.hit.chunk_id)
    taken = {c.pos for c in picks if c.hit is lead.hit}
    if _SAME_TIME.match(lead.sentence) and (asks_time or _told_then(lead.sentence)):
        pos = lead.pos - 1
    elif not asks_time and (_AT_THE_TIME_OF.search(question) or _AT_THE_TIME_OF_NAME.search(question)
                            or _AT_THAT_TIME.search(question)):
        # The event may be told by a chosen sentence of another passage of the page ("Hvem kom til, da
        # Danmark på Vippen blev til Balance Danmark?": the name change stands in the next paragraph); after
        # a sentence other than the best, only a "Samtidig …" that tells an event ("Samtidig siger 8 ud af 10
        # …" adds a finding, no event at the time asked).
        for c in picks:
            told = sentences(index, c.hit.chunk_id)
            after = c.pos + 1
            if after < len(told) and _SAME_TIME.match(told[after][0]) \
                    and (c is lead or _told_then(told[after][0])) \
                    and not any(p.hit is c.hit and p.pos == after for p in picks):
                return [Candidate(c.rank, after, c.hit, told[after][0], frozenset(), 0.0)]
        return []
    else:
        return []
    if 0 <= pos < len(said) and pos not in taken:
        return [Candidate(lead.rank, pos, lead.hit, said[pos][0], frozenset(), 0.0)]
    return []


# Words that open a sentence by placing it at the time of the one before.
_SAME_TIME = re.compile(r"(?:samtidig|samtidigt|dengang|samme år|at the same time)\b", re.IGNORECASE)
# The finite verb after the opening: a Danish present tense ends in "r" ("siger", "er"), or is a modal.
_OPENING_VERB = re.compile(r"^\W*(?:samtidig|samtidigt|dengang|samme år)\s+([^\W\d_]+)", re.IGNORECASE)
_MODALS = frozenset({"kan", "skal", "vil", "må", "bør", "tør"})


def _told_then(sentence: str) -> bool:
    """Whether a "Samtidig …" sentence tells an event in the past ("Samtidig tilsluttede foreningen …",
    "Samtidig kom …"), whose time is the sentence before's; in the present ("Samtidig siger 8 ud af 10
    …") it only adds a finding beside the one before, and stands alone."""
    verb = _OPENING_VERB.match(sentence)
    return bool(verb) and not (verb[1].casefold().endswith("r") or verb[1].casefold() in _MODALS)
# A clause of the question that places what it asks at the time of something else: "…, da I skiftede
# navn?", "… when it changed its name?" (after the question's first word: not "When did …?").
# "… when the name was changed?" puts the event's noun after "when"; "samtidig med at I skiftede navn",
# "at the same time as you changed …" say the same with the conjunction of simultaneity.
_AT_THE_TIME_OF = guarded(re.compile(r"\S\s.*\b(?:da|when|samtidig med at|samtidigt med at|på samme tid som"
                                     r"|at the same time as)\s+(?:i|vi|de|den|det|it|they|you|we|the)\s+\w+",
                                     re.IGNORECASE))


# The same clause with a name for its subject: "…, da Danmark på Vippen blev til Balance Danmark?", "… when
# Oprør fra Udkanten joined?" (a capital letter after the conjunction, read case-sensitively).
_AT_THE_TIME_OF_NAME = guarded(re.compile(r"\S\s.*\b(?:da|when)\s+[A-ZÆØÅ][\w-]*\s+\w+"))


# "… Og hvem kom med samtidig?", "Who joined at the same time?": the adverb of simultaneity closing the
# question places what it asks at the time of the event the message has just named.
_AT_THAT_TIME = re.compile(r"\b(?:samtidig|samtidigt|på samme tid|paa samme tid|at the same time)\W*$",
                           re.IGNORECASE)


def asks_how_soon(question: str) -> bool:
    """Whether a question asks how soon something happens ("Hvor hurtigt skal mødet holdes?", "How soon
    …?"): a time limit answers it ("senest fire uger efter kravet"), as a time answers "hvornår?"."""
    return bool(_HOW_SOON.search(question))


# The degree phrases of speed and earliness: the question's grammar, read casefolded.
_HOW_SOON = re.compile(r"\bhvor (?:hurtigt|hurtig|snart|tidligt)\b|\bhow (?:soon|quickly|fast|early)\b",
                       re.IGNORECASE)


def asks_goal(question: str) -> bool:
    """Whether a question asks what someone wants or wanted to achieve ("Hvad ville I opnå, da I
    startede?", "What was it trying to achieve?"), not what was achieved ("What has it achieved?")."""
    return bool(_ASKS_GOAL.search(question))


def states_goal(sentence: str) -> bool:
    """Whether a sentence names an aim: "Målet var at …", "Foreningens formål er at …", "en vision om …"."""
    return bool(_GOAL.search(sentence))


# Wanting, trying or hoping to achieve ("What were you hoping to achieve?") asks for the aim; so does
# what someone wanted to do back then ("What did the founders want to put at the top of the agenda?"),
# whose own verb names the aim only in other words ("Målet var at få diskussionen … helt op øverst …").
# What one wants now asks a thing ("What do you want to give local bodies?"), which the sentence found tells.
# What one wanted to get out of it ("Hvad ville stifterne have ud af det?") is the aim in an everyday idiom.
# The one wanting may be named at length ("Hvad ville folkene bag Danmark på Vippen opnå?", "What did the
# people behind Danmark på Vippen want to …?"), but not through a means: "Hvad vil I gøre for at opnå …?"
# asks how. "Hvad var meningen med oprøret?" asks the aim in the noun of purpose.
# English verbs of intending ask the aim by themselves: "What were they aiming for …?", "What did you set
# out to do?", "What was it meant to achieve?" (the verb with its particle: "aim" alone may be the noun).
_ASKS_GOAL = guarded(re.compile(r"\b(?:vil|ville|want|wants|wanted|trying|tried|hope|hoped|hoping|håber|håbede"
                        r"|drømmer om at|ønsker at)\s+(?:(?!(?:at|for|to|med|så|by)\b)\w+\s+){0,5}?"
                        r"(?:at\s+|to\s+)?(?:opnå|opnaa|achieve|have ud af|få ud af|faa ud af)\b"
                        r"|\b(?:målet|maalet|formålet|meningen med|meningen var|goal|aim)\b"
                        r"|\bwhat\s+did\s+(?:\w+\s+){1,7}?want\s+to\b"
                        r"|\b(?:aim|aims|aimed|aiming)\s+(?:for|at|to)\b|\bset(?:ting)?\s+out\s+to\b"
                        r"|\b(?:meant|intended)\s+to\s+achieve\b",
                        re.IGNORECASE))
_GOAL = re.compile(r"\b(?:mål|målet|formål|formålet|vision|visionen)\s+(?:var|er|om)\b", re.IGNORECASE)


def stk_of(hit: Hit, sentence: str) -> str:
    """The stk. of a statute paragraph the sentence stands in ("" outside one)."""
    position = hit.chunk.text.find(sentence)
    return next((n for n, a, b in stk_spans(hit.chunk) if a <= position <= b), "")


def names_actor(sentence: str) -> bool:
    """Whether a sentence says who did or does something by its grammar, not by a capital letter:
    a passive's agent ("revideres af en revisor", "blev vedtaget af foreningens landsråd", "er
    finansieret af Fonden for Bynatur") or who stood behind it ("Bag initiativet stod …")."""
    return bool(AGENT.search(sentence) or _PARTICIPLE_AGENT.search(sentence) or _BEHIND.search(sentence))


# A passive's agent in rules: "revideres af en revisor", "ekskluderes af bestyrelsen", also after the
# subject it is inverted with ("Ved køb … tegnes foreningen af den samlede bestyrelse").
AGENT = re.compile(r"\b[^\W\d_]{3,}e?s (?:[^\W\d_]+ )?af\b", re.IGNORECASE)
# A perfect or past passive's agent: the auxiliary, then the participle and "af" ("blev vedtaget af",
# "er udarbejdet af"); the auxiliary keeps "et af" out, and degree words are no participles ("er
# meget af det").
_PARTICIPLE_AGENT = re.compile(r"\b(?:blev|bliver|er|var|være|været)\s+(?:\w+\s+){0,2}?"
                               r"(?!(?:meget|lidt|godt|mest|slet)\b)[^\W\d_]{3,}t\s+af\b", re.IGNORECASE)
# "Bag initiativet stod …", "… stod bag": the Danish idiom for who started or backed something.
_BEHIND = re.compile(r"\bbag\s+(?:\w+\s+){1,3}stod\b|\bstod\s+(?:\w+\s+){0,3}?bag\b", re.IGNORECASE)


def next_is(index: Index, best: Candidate, test) -> bool:
    """Whether the sentence after the best one passes a test."""
    said = sentences(index, best.hit.chunk_id)
    return best.pos + 1 < len(said) and test(said[best.pos + 1][0])


def following(index: Index, best: Candidate, picks: list[Candidate]) -> list[Candidate]:
    """The sentence after the best one, when it is not chosen yet and there is room for it; not a label
    ("Anbefaling 7."), which opens the next point instead of going on with this one (sentence_labels.py)."""
    said = sentences(index, best.hit.chunk_id)
    if best.pos + 1 >= len(said) or len(picks) >= MAX_ANSWER_SENTENCES or best.hit.chunk.paragraph \
            or any(c.rank == best.rank and c.pos == best.pos + 1 for c in picks) \
            or len(said[best.pos + 1][0].split()) <= LABEL_WORDS:
        return []
    return [Candidate(best.rank, best.pos + 1, best.hit, said[best.pos + 1][0], frozenset(), 0.0)]
