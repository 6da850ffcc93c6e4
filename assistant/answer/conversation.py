"""Conversations: a follow-up ("og hvornår var det?") is read in the context of the questions before it.

Every channel asks through `ask(question, index, history)`: the widget and the API send the
conversation's earlier questions, Slack keeps them per thread (and per DM for a short while).

A question is read in context only when it leans on what came before: it points back ("det",
"den", "og …?", "hvad med …?"), holds no words of its own ("hvorfor?"), or has no answer alone. Even
then the earlier topic's terms count below the new question's own (CONTEXT_WEIGHT), and the context
reading must be an answer by the usual rules whose best passage holds the new question's own words;
otherwise the question is answered on its own. So a clear new question is never pulled onto the old
topic, and a follow-up about something the material does not hold is declined as it would be alone.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..errors import QuestionError
from ..index.bm25 import Index
from .compose import DEFAULT_CONTACT_URL, MAX_QUESTION_CHARS, answer_hits, clean_question, find_hits
from .reading import Reading as QuestionReading
from .reading import read_question
from .result import Answer
from .retrieve import Hit, Query, TermGroup, analyse_query
from .small_talk import is_small_talk, small_talk_answer

MAX_HISTORY = 5
MAX_HISTORY_CHARS = MAX_QUESTION_CHARS
# The earlier topic's share in scoring and in the answer's term weight, relative to the new
# question's own words; a question before that (the topic the previous follow-up leaned on) counts
# this much less again. Chosen on the dev conversations (benchmarks/conversations_eval.py).
CONTEXT_WEIGHT = 0.5
OLDER_CONTEXT_DECAY = 0.5
# A context answer must hold this share of the new question's own term weight in its best passage:
# "og hvad kostede det?" must find "koste" there, not only the old topic.
MIN_OWN_SHARE = 0.5
# Topic terms this common (term weight below it: "Grønne Byer" in its own statutes) tell nothing
# about the topic and only make the context search slower; at most MAX_TOPIC_TERMS are carried.
MIN_TOPIC_TERM_WEIGHT = 0.1
MAX_TOPIC_TERMS = 6
# Earlier questions come back on every turn of a conversation: their analyses are kept (per index).
ANALYSED_HISTORY_KEPT = 512
# Words that open a question leaning on the one before, and words that point back to its topic.
OPENERS = ("og", "men", "eller", "så", "også", "hvad med", "hvad så", "hvordan med", "hvad nu med",
           "hvad angår", "and", "but", "what about", "how about")
POINTERS = frozenset("""det den de dem dette denne disse deres dets dens dengang derfor dér deri
    derom dertil herom hertil så sådan han hun hans hendes it that they them those there then""".split())
# Words that carry no topic of their own in a follow-up ("hvornår kom den med?", "hvad skal der stå
# på dagsordenen?", "med hvor lang varsel?"). They are left out of a follow-up only where the index
# does not hold them; a word of real content the material lacks ("koster", "revisoren") still
# counts in full, so a follow-up about it is declined.
LIGHT_WORDS = frozenset("""kom komme kommer kommet stå står stod stået sige siger sagt skrive skriver
    holde holder holdes holdt gå går gik gøre gør gjorde lave laver lavet ske sker lang længe""".split())


@dataclass(frozen=True)
class Reading:
    """One way to read the question: its query, the passages found and the answer they give."""

    query: Query
    hits: list[Hit]
    answer: Answer


def clean_history(history: object) -> tuple[str, ...]:
    """Validate the earlier questions (newest last): a list of at most MAX_HISTORY short texts."""
    if history is None:
        return ()
    if not isinstance(history, (list, tuple)):
        raise QuestionError('Feltet "history" skal være en liste med de tidligere spørgsmål '
                            '(nyeste sidst).')
    if len(history) > MAX_HISTORY:
        raise QuestionError(f'Feltet "history" må højst have {MAX_HISTORY} tidligere spørgsmål.')
    cleaned = []
    for item in history:
        if not isinstance(item, str):
            raise QuestionError('Hvert tidligere spørgsmål i "history" skal være tekst.')
        if len(item) > MAX_HISTORY_CHARS:
            raise QuestionError(f'Et tidligere spørgsmål i "history" er for langt: højst '
                                f'{MAX_HISTORY_CHARS} tegn.')
        text = re.sub(r"\s+", " ", item).strip()
        if text:
            cleaned.append(text)
    return tuple(cleaned)


def points_back(text: str) -> bool:
    """Whether a question leans on an earlier one by its words: an opener or a pointing word."""
    lowered = text.casefold().strip()
    if any(re.match(rf"{re.escape(o)}\b", lowered) for o in OPENERS):
        return True
    return any(w in POINTERS for w in re.findall(r"\w+", lowered))


def own_groups(index: Index, query: Query) -> tuple[TermGroup, ...]:
    """The question's own content: its term groups without the words that only point back, and
    without light words the index does not hold."""
    pointers, light = analysed(index, "pointers", POINTERS), analysed(index, "light", LIGHT_WORDS)
    return tuple(g for g in query.groups
                 if g.term not in pointers and (g.members or g.term not in light))


def analysed(index: Index, name: str, words: frozenset[str]) -> frozenset[str]:
    """A word list as the index's analyser reads it, computed once per loaded index."""
    key = f"conversation_{name}"
    if key not in index.memo:
        index.memo[key] = frozenset(index.analyzer.query_terms(" ".join(sorted(words))))
    return index.memo[key]


@dataclass(frozen=True)
class Topic:
    """What a follow-up leans on: the earlier questions it continues and their weighted terms."""

    texts: tuple[str, ...]
    groups: tuple[TermGroup, ...]


def topic_of(index: Index, history: tuple[str, ...], own: tuple[TermGroup, ...]) -> Topic:
    """The conversation's topic, its terms at reduced weight.

    The topic is the newest earlier question with words of its own ("tak" and "hvorfor?" hold
    none); if that one leaned on its predecessor, the predecessor's words count too, at less.
    Words the index does not hold are left out: they were not found before, and would only make a
    follow-up look unanswerable.
    """
    taken = {g.term for g in own}
    texts: list[str] = []
    groups: list[TermGroup] = []
    scale = CONTEXT_WEIGHT
    for earlier in reversed(history):
        content = [g for g in own_groups(index, analysed_question(index, earlier))
                   if g.members and g.weight >= MIN_TOPIC_TERM_WEIGHT]
        if not content:
            continue
        texts.insert(0, earlier)
        for g in content:
            if g.term not in taken:
                taken.add(g.term)
                groups.append(replace(g, weight=g.weight * scale, scale=scale * g.scale))
        if not points_back(earlier):
            break
        scale *= OLDER_CONTEXT_DECAY
    strongest = sorted(groups, key=lambda g: -g.weight)[:MAX_TOPIC_TERMS]
    return Topic(tuple(texts), tuple(g for g in groups if g in strongest))


def analysed_question(index: Index, text: str) -> Query:
    """analyse_query, remembered for the loaded index (a conversation re-sends its questions)."""
    kept = index.memo.setdefault("conversation_analysed", {})
    query = kept.get(text)
    if query is None:
        if len(kept) >= ANALYSED_HISTORY_KEPT:
            kept.clear()
        query = kept[text] = analyse_query(index, text)
    return query


def own_in_context(index: Index, topic: Topic, text: str, own: tuple[TermGroup, ...]
                   ) -> tuple[TermGroup, ...]:
    """The question's own terms as they read after the topic: "og hvad koster det?" after a
    question about membership means the membership fee, as "hvad koster det at være medlem?"."""
    if not own:
        return own
    joint = {g.term: g for g in analyse_query(index, " ".join((*topic.texts, text))).groups}
    return tuple(joint.get(g.term, g) for g in own)


def read(index: Index, text: str, query: Query, contact_url: str,
         question: QuestionReading | None = None) -> Reading:
    hits = find_hits(index, query)
    return Reading(query, hits, answer_hits(index, text, query, hits, contact_url, question))


def own_share(hit: Hit, own: tuple[TermGroup, ...]) -> float:
    """The share of the new question's own term weight a passage holds (1 when it has none)."""
    total = sum(g.weight for g in own)
    return sum(g.weight for g in own if g.term in hit.matched) / total if total > 0 else 1.0


def top_url(answer: Answer) -> str | None:
    return answer.citations[0].url if answer.citations else None


def in_context(index: Index, text: str, query: Query, own: tuple[TermGroup, ...],
               earlier: tuple[str, ...], contact_url: str,
               question: QuestionReading | None = None) -> Answer | None:
    """The answer read in the conversation's topic, if that reading answers with the question's
    own words; None otherwise."""
    topic = topic_of(index, earlier, own)
    if not topic.groups:
        return None
    own = own_in_context(index, topic, question.text if question else text, own)
    reading = read(index, text, Query(groups=own + topic.groups, reference=query.reference),
                   contact_url, question)
    if not reading.answer.answered or not reading.hits:
        return None
    if own_share(reading.hits[0], own) < MIN_OWN_SHARE:
        return None
    return reading.answer


def ask(question: object, index: Index, history: object = (),
        contact_url: str = DEFAULT_CONTACT_URL) -> Answer:
    """Answer a question in its conversation: earlier questions (newest last) as context."""
    text = clean_question(question)
    earlier = clean_history(history)
    if is_small_talk(index, text):
        return small_talk_answer(index, text, contact_url)
    # English mapped to the material's Danish words, typos corrected (assistant/answer/reading.py).
    question_reading = read_question(index, text)
    query = analyse_query(index, question_reading.text)
    own = own_groups(index, query)
    leans = bool(earlier) and (points_back(text) or not own)
    if not leans:
        # A clear question is answered alone when it can be; only one with no answer alone is
        # then read in context too.
        alone = answer_hits(index, text, query, find_hits(index, query), contact_url,
                            question_reading)
        if not earlier or alone.answered:
            return alone
    # A question that leans back by its words, or holds no words of its own, is read in context
    # first: a follow-up then costs about one question, not two (benchmarks/conversation_latency.py).
    answer = in_context(index, text, query, own, earlier, contact_url, question_reading)
    if answer is not None:
        return replace(answer, context_used=True)
    return alone if not leans else answer_hits(index, text, query, find_hits(index, query),
                                               contact_url, question_reading)
