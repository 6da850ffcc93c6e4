"""Conversations: a follow-up ("og hvornår var det?") is read in the context of the questions before it.

Every channel asks through `ask(question, index, history)`: the widget and the API send the
conversation's earlier questions, Slack keeps them per thread (and per DM for a short while).

A question is read in context only when it leans on what came before: it points back ("det",
"den", "og …?", "hvad med …?"), holds no words of its own ("hvorfor?"), or has no answer alone. Even
then the earlier topic's terms count below the new question's own (CONTEXT_WEIGHT), and the context
reading must be an answer by the usual rules whose best passage holds the new question's own words;
otherwise the question is answered on its own. So a clear new question is never pulled onto the old
topic, and a follow-up about something the material does not hold is declined as it would be alone.

A follow-up that points back by a pronoun with a word or two of its own ("hvem beslutter det?")
is answered from the topic's passage when its own words find only a passage without the topic:
the material may say it in other words ("kan ekskluderes af bestyrelsen").

Without an answer in its topic, a follow-up that points back is answered alone only where the
passage found holds its own words, and a clear question whose most telling word its own passage
lacks but the topic's passage holds continues that topic and is declined. A context answer quotes
the sentences the question's own words pick, not the earlier answer again (follow_up_answer.py).
The figures per conversation set are in docs/benchmarks.md ("Samtaler") and
benchmarks/conversations_eval.py.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from ..errors import QuestionError
from ..index.bm25 import Index
from ..language.analysis import DANISH_STOPWORDS
from ..language.background import term_rarity
from .compose import (
    DEFAULT_CONTACT_URL,
    MAX_QUESTION_CHARS,
    answer_hits,
    clean_question,
    find_hits,
)
from .follow_up_answer import led_by_own, own_answered, supported
from .own_words import asks_what, own_groups, points_back, refers_back
from .reading import Reading as QuestionReading
from .reading import read_question
from .result import Answer
from .retrieve import Hit, Query, TermGroup, analyse_query, passage_has
from .small_talk import is_small_talk, small_talk_answer

MAX_HISTORY = 5
MAX_HISTORY_CHARS = MAX_QUESTION_CHARS
# The earlier topic's share in scoring and in the answer's term weight, relative to the new
# question's own words; a question before that (the topic the previous follow-up leaned on) counts
# this much less again. Chosen on the dev and dev2 conversations (benchmarks/conversations_eval.py;
# 0.35–0.7 and own shares 0.4–0.6 tried).
CONTEXT_WEIGHT = 0.5
OLDER_CONTEXT_DECAY = 0.5
# A context answer must hold this share of the new question's own term weight in its best passage:
# "og hvad kostede det?" must find "koste" there, not only the old topic.
MIN_OWN_SHARE = 0.5
# A follow-up that points back by a pronoun and has at most this many words of its own ("hvem
# beslutter det?") asks about the topic's passage, where the material may put it in other words
# ("ekskluderes af bestyrelsen"): it is answered there when the passage its own words find holds
# less than TOPIC_KEPT of the topic that passage holds (§ 8's "beslutter" after an exclusion).
# Chosen on dev-dev4 (benchmarks/conversations_eval.py: 0.75 and 1.0 equal, 0.5 one follow-up less;
# 2, 3 and any number of own words the same).
ANCHORED_OWN_WORDS = 2
TOPIC_KEPT = 0.75
# Topic terms this common (term weight below it: "Grønne Byer" in its own statutes) tell nothing
# about the topic and only make the context search slower; at most MAX_TOPIC_TERMS are carried.
MIN_TOPIC_TERM_WEIGHT = 0.1
MAX_TOPIC_TERMS = 6
# Earlier questions come back on every turn of a conversation: their analyses are kept (per index).
ANALYSED_HISTORY_KEPT = 512


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
        try:
            # Cleaned as a question is: the next turn may ask it again (previous_answer).
            cleaned.append(clean_question(item))
        except QuestionError:
            continue    # blank, or control characters only: nothing was asked
    return tuple(cleaned)


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
        content = [g for g in earlier_content(index, earlier)
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


def remembered(index: Index, name: str, key: str, compute):
    """compute(), kept per loaded index under key: a conversation re-sends its questions on every
    turn, so what is worked out from an earlier question is worked out once."""
    kept = index.memo.setdefault(f"conversation_{name}", {})
    if key not in kept:
        if len(kept) >= ANALYSED_HISTORY_KEPT:
            kept.clear()
        kept[key] = compute()
    return kept[key]


def earlier_content(index: Index, text: str) -> tuple[TermGroup, ...]:
    """An earlier question's own term groups."""
    return remembered(index, "earlier", text,
                      lambda: own_groups(index, analyse_query(index, text), text))


def best_passage(index: Index, text: str, hits: list[Hit] | None = None) -> int | None:
    """The passage a question finds first when asked alone (given its hits if they are known)."""
    def search() -> int | None:
        found = hits if hits is not None else find_hits(index, analyse_query(index, text))
        return found[0].chunk_id if found else None
    return remembered(index, "best", text, search)


def own_in_context(index: Index, topic: Topic, text: str, own: tuple[TermGroup, ...]
                   ) -> tuple[TermGroup, ...]:
    """The question's own terms as they read after the topic: "og hvad koster det?" after a
    question about membership means the membership fee, as "hvad koster det at være medlem?"."""
    if not own:
        return own
    joint = {g.term: g for g in analyse_query(index, " ".join((*topic.texts, text))).groups}
    return tuple(joint.get(g.term, g) for g in own)


def own_share(hit: Hit, own: tuple[TermGroup, ...]) -> float:
    """The share of the question's own term weight a passage holds in the material's words: a
    word found only through the thesaurus's stand-ins ("løn" -> "indbringe") is not held."""
    return share_held(hit, tuple(g for g in own if g.scale == 1.0), sum(g.weight for g in own))


def share_held(hit: Hit, groups: tuple[TermGroup, ...], total: float | None = None) -> float:
    """The share of the groups' term weight (or of total) a passage holds (1 when it is 0)."""
    total = sum(g.weight for g in groups) if total is None else total
    return sum(g.weight for g in groups if g.term in hit.matched) / total if total > 0 else 1.0


def in_context(index: Index, text: str, query: Query, own: tuple[TermGroup, ...],
               earlier: tuple[str, ...], contact_url: str,
               question: QuestionReading | None = None) -> Answer | None:
    """The answer read in the conversation's topic, if that reading answers with the question's
    own words; None otherwise."""
    topic = topic_of(index, earlier, own)
    if not topic.groups:
        return None
    searched = question.text if question else text
    own = own_in_context(index, topic, searched, own)
    query = Query(groups=own + topic.groups, reference=query.reference)
    hits = find_hits(index, query)
    held = topic_passage(index, text, own, topic, earlier, hits)
    if held is not None:
        # No own-word checks here: the passage answers in its words, not the question's; the
        # answerability model and the kind of fact asked ("hvor mange penge gav de?") still decide.
        answer = answer_hits(index, text, query, [held, *(h for h in hits if h is not held)],
                             contact_url, question)
        return answer if answer.answered else None
    if not hits or own_share(hits[0], own) < MIN_OWN_SHARE:
        return None
    if query.reference is not None or not own:
        answer = answer_hits(index, text, query, hits, contact_url, question)
    else:
        answer = led_by_own(index, text, query, hits, own, topic.groups,
                            previous_answer(index, earlier, contact_url), contact_url, question)
    if not answer.answered or own and not own_answered(index, searched, text, own, hits):
        return None
    if not supported(index, answer, own):
        # The topic's passage found again, its quote without the question's own words: "hvor
        # meget gav banken?" after "Bag initiativet stod Danske Andelskassers Bank …" asks for what
        # that sentence lacks. (Once only where the quote repeated the earlier answer; required
        # of every context answer it costs no follow-up on dev-dev4 and guards the declines.)
        return None
    return answer


def topic_passage(index: Index, text: str, own: tuple[TermGroup, ...], topic: Topic,
                  earlier: tuple[str, ...], hits: list[Hit]) -> Hit | None:
    """The topic's passage among the context reading's hits, when a follow-up that points back by
    a pronoun should be answered there rather than from the passage its few own words find."""
    # Its own words must be the material's (no thesaurus stand-in: "løn" is not "indbringe").
    if not own or len(own) > ANCHORED_OWN_WORDS or \
            not all(g.members and g.scale == 1.0 for g in own) or \
            not asks_what(text) or not refers_back(text, DANISH_STOPWORDS) or not hits:
        return None
    asked = topic_question(index, earlier)
    chunk_id = best_passage(index, asked) if asked else None
    held = next((h for h in hits[1:] if h.chunk_id == chunk_id), None)
    if held is None or share_held(hits[0], topic.groups) >= TOPIC_KEPT * share_held(held, topic.groups):
        return None
    return held


def topic_question(index: Index, earlier: tuple[str, ...]) -> str | None:
    """The newest earlier question with words of its own: the one whose passage holds the topic."""
    return next((e for e in reversed(earlier) if earlier_content(index, e)), None)


def previous_answer(index: Index, earlier: tuple[str, ...], contact_url: str) -> Answer:
    """The answer the newest earlier question got in its own conversation (worked out once: the
    conversation re-sends its questions on every turn)."""
    return remembered(index, "answer", conversation_key(earlier),
                      lambda: ask(earlier[-1], index, earlier[:-1], contact_url))


def ask(question: object, index: Index, history: object = (),
        contact_url: str = DEFAULT_CONTACT_URL) -> Answer:
    """Answer a question in its conversation: earlier questions (newest last) as context."""
    text = clean_question(question)
    earlier = clean_history(history)
    answer = in_conversation(index, text, earlier, contact_url)
    # The next turn compares its answer with this one (previous_answer): kept, not re-asked.
    kept = index.memo.setdefault("conversation_answer", {})
    if len(kept) >= ANALYSED_HISTORY_KEPT:
        kept.clear()
    kept[conversation_key((*earlier, text))] = answer
    return answer


def conversation_key(questions: tuple[str, ...]) -> str:
    return "\n".join(questions)


def in_conversation(index: Index, text: str, earlier: tuple[str, ...], contact_url: str) -> Answer:
    """The answer to a cleaned question after the cleaned earlier ones."""
    if is_small_talk(index, text):
        return small_talk_answer(index, text, contact_url)
    # English mapped to the material's Danish words, typos corrected (assistant/answer/reading.py).
    question_reading = read_question(index, text)
    query = analyse_query(index, question_reading.text)
    own = own_groups(index, query, question_reading.text)
    leans = bool(earlier) and (points_back(text) or not own)
    if leans:
        return follow_up(index, text, query, own, earlier, contact_url, question_reading)
    hits = find_hits(index, query)
    alone = answer_hits(index, text, query, hits, contact_url, question_reading)
    if question_reading.text == text:
        best_passage(index, text, hits)     # the next turn's topic, found already
    if not earlier:
        return alone
    if not alone.answered:
        # A clear question with no answer alone may still have one in the conversation's topic.
        answer = in_context(index, text, query, own, earlier, contact_url, question_reading)
        return alone if answer is None else replace(answer, context_used=True)
    if continues_topic(index, question_reading.text, own, hits, earlier) and \
            in_context(index, text, query, own, earlier, contact_url, question_reading) is None:
        # The question continues the topic ("hvad hedder revisoren?" after the auditor was named),
        # which has no answer to it: it is declined as it would be in its context. A clear
        # question is never moved onto the old topic: with an answer there it is answered alone.
        return answer_hits(index, text, query, [], contact_url, question_reading)
    return alone


def continues_topic(index: Index, text: str, own: tuple[TermGroup, ...], hits: list[Hit],
                    earlier: tuple[str, ...]) -> bool:
    """Whether the passage a question finds alone lacks its most telling word (telling in the
    material and in general language: "revisoren", not "hedder"), and the topic's passage holds it.
    """
    if not hits or all(g.term in hits[0].matched or not g.members for g in own):
        return False
    rarity = term_rarity(index.analyzer, text)
    telling = max(own, key=lambda g: g.weight * rarity.get(g.term, 1.0))
    if not telling.members or telling.term in hits[0].matched:
        return False
    topic = topic_question(index, earlier)
    chunk_id = best_passage(index, topic) if topic else None
    return chunk_id is not None and any(passage_has(index, chunk_id, m) for m in telling.members)


def follow_up(index: Index, text: str, query: Query, own: tuple[TermGroup, ...],
              earlier: tuple[str, ...], contact_url: str, question: QuestionReading) -> Answer:
    """A question that leans back by its words, or holds no words of its own, read in context
    first: a follow-up then costs about one question, not two (benchmarks/conversation_latency.py).
    """
    answer = in_context(index, text, query, own, earlier, contact_url, question)
    if answer is not None:
        return replace(answer, context_used=True)
    if not own:
        # Nothing of its own to search for ("og hvorfor?") and no answer in its topic.
        return answer_hits(index, text, query, [], contact_url, question)
    # With no answer in its topic it is answered alone only where the passage found holds its own
    # words: "får de løn for det?" must not be answered from a passage on "handler".
    hits = find_hits(index, query)
    alone = answer_hits(index, text, query, hits, contact_url, question)
    if alone.answered and hits and own_share(hits[0], own) < MIN_OWN_SHARE:
        return answer_hits(index, text, query, [], contact_url, question)
    return alone
