"""The conversation's topic: the earlier questions a follow-up leans on, their terms at reduced
weight, and the passage that holds them.

Worked out per loaded index and kept (`remembered`): a conversation re-sends its questions on every
turn. The conversation core (conversation.py) reads a follow-up with these terms added.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from ..index.bm25 import Index
from ..language.analysis import DANISH_STOPWORDS
from ..language.background import term_rarity
from .asked_adverbials import start_frames
from .compose import find_hits
from .fact_kinds import asked_types
from .own_words import asks_what, points_back, reading_own_groups, refers_back, words_of
from .pronoun_referent import may_stand_for, pronoun_in
from .reading import Reading as QuestionReading
from .reading import read_question
from .retrieve import Hit, Query, TermGroup, analyse_query, passage_has
from .sentence_evidence import sentences
from .sentence_kinds import kind_test
from .word_class import ACT, THING, word_class

# The earlier topic's share in scoring and in the answer's term weight, relative to the new
# question's own words; a question before that (the topic the previous follow-up leaned on) counts
# this much less again. Chosen on the dev and dev2 conversations (benchmarks/conversations_eval.py;
# 0.35–0.7 and own shares 0.4–0.6 tried).
CONTEXT_WEIGHT = 0.5
OLDER_CONTEXT_DECAY = 0.5
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
    texts, groups = remembered(index, "topic", "\n".join(history), lambda: history_topic(index, history))
    # The question's own words are left out before the strongest are chosen, as if never carried.
    taken = {g.term for g in own}
    groups = [g for g in groups if g.term not in taken]
    strongest = sorted(groups, key=lambda g: -g.weight)[:MAX_TOPIC_TERMS]
    return Topic(texts, tuple(g for g in groups if g in strongest))


def history_topic(index: Index, history: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[TermGroup, ...]]:
    """The earlier questions the topic is taken from and all their weighted terms, each term once
    (the newest question's weight): the same for every turn that sends this history."""
    taken: set[str] = set()
    texts: list[str] = []
    groups: list[TermGroup] = []
    scale = CONTEXT_WEIGHT
    thing_asked_later = False
    for at in range(len(history) - 1, -1, -1):
        earlier = history[at]
        content = [g for g in earlier_content(index, earlier)
                   if g.members and g.weight >= MIN_TOPIC_TERM_WEIGHT]
        if not content:
            continue
        texts.insert(0, earlier)
        asked_about = pronouns_thing_before(index, earlier, content, history[:at])
        # Of the question whose thing a later pronoun stood for, the thing is carried, not what was
        # asked about it: its verbs ("holdes", which § 8's "afholdes" holds) are left out.
        acts = verb_terms(index, earlier, content) if thing_asked_later else set()
        for g in content:
            if g.term not in taken and g.term not in acts:
                taken.add(g.term)
                # What a follow-up asked about its pronoun's thing ("indkaldes") is no part of the
                # thing: it counts as the older part of the topic does.
                part = scale * OLDER_CONTEXT_DECAY if asked_about else scale
                groups.append(replace(g, weight=g.weight * part, scale=part * g.scale))
        if not points_back(earlier):
            break
        if not asked_about:
            scale *= OLDER_CONTEXT_DECAY
        thing_asked_later = asked_about
    return tuple(texts), tuple(groups)


def verb_terms(index: Index, earlier: str, content: list[TermGroup]) -> set[str]:
    """The terms an earlier question's verbs were analysed into ("hold" from "holdes")."""
    text = earlier_reading(index, earlier)[0].text
    return {g.term for g in content
            if (words := words_of(index, text, (g,))) and all(word_class(w) == ACT for w in words)}


def pronouns_thing_before(index: Index, earlier: str, content: list[TermGroup],
                          before: tuple[str, ...]) -> bool:
    """Whether an earlier question points back by a pronoun and names no thing of its own ("hvordan
    indkaldes den?" after "Hvornår holdes den ordinære generalforsamling?"): its pronoun stands for
    the question before's thing, which the conversation is still about, and its own words only say
    what was asked about it. A later follow-up ("og hvad skal der stå på dagsordenen?") asks about
    that thing, not about the earlier verb (§ 8's "indkaldes")."""
    if not refers_back(earlier, DANISH_STOPWORDS):
        return False
    reading = earlier_reading(index, earlier)[0]
    words = words_of(index, reading.text, tuple(content))
    if not words or any(word_class(w) == THING for w in words):
        return False
    # The pronoun must agree with a thing the question before names ("den" – "generalforsamlingen",
    # not "medlemmet"): else it stands for something else, and that question is no thing of it.
    previous = next((e for e in reversed(before) if earlier_content(index, e)), None)
    if previous is None:
        return False
    return stands_for_carried_thing(index, pronoun_in(earlier), previous)


def stands_for_carried_thing(index: Index, pronoun: str | None, previous: str) -> bool:
    """Whether the pronoun agrees with a thing the topic carries of the previous question. Only the
    things carried: "den" after "Hvem kan være medlem af Balance Danmark?" is the organisation, whose
    name is too common in its own material to be carried, not "medlemmet"."""
    return may_stand_for(pronoun, carried_things(index, previous))


def carried_things(index: Index, previous: str) -> list[str]:
    """The nouns of the previous question whose terms the topic carries."""
    carried = tuple(g for g in earlier_content(index, previous) if g.weight >= MIN_TOPIC_TERM_WEIGHT)
    return [w for w in words_of(index, earlier_reading(index, previous)[0].text, carried)
            if word_class(w) == THING]


def remembered(index: Index, name: str, key: str, compute):
    """compute(), kept per loaded index under key: a conversation re-sends its questions on every
    turn, so what is worked out from an earlier question is worked out once."""
    kept = index.memo.setdefault(f"conversation_{name}", {})
    if key not in kept:
        if len(kept) >= ANALYSED_HISTORY_KEPT:
            kept.clear()
        kept[key] = compute()
    return kept[key]


def earlier_reading(index: Index, text: str) -> tuple[QuestionReading, Query]:
    """An earlier question read and analysed as it was when asked alone: an English one through the
    English mapping ("What is the vision?" -> "vision"), a typo corrected."""
    def read() -> tuple[QuestionReading, Query]:
        reading = read_question(index, text)
        return reading, analyse_query(index, reading.text, reading.alternatives, reading.put)
    return remembered(index, "reading", text, read)


def earlier_content(index: Index, text: str) -> tuple[TermGroup, ...]:
    """An earlier question's own term groups."""
    def content() -> tuple[TermGroup, ...]:
        reading, query = earlier_reading(index, text)
        return reading_own_groups(index, query, reading)
    return remembered(index, "earlier", text, content)


def best_passage(index: Index, text: str, hits: list[Hit] | None = None) -> int | None:
    """The passage a question finds first when asked alone (given its hits if they are known)."""
    def search() -> int | None:
        found = hits if hits is not None else find_hits(index, earlier_reading(index, text)[1])
        return found[0].chunk_id if found else None
    return remembered(index, "best", text, search)


def own_in_context(index: Index, topic: Topic, text: str, own: tuple[TermGroup, ...],
                   alternatives: tuple[tuple[str, ...], ...] = ()) -> tuple[TermGroup, ...]:
    """The question's own terms as they read after the topic: "og hvad koster det?" after a
    question about membership means the membership fee, as "hvad koster det at være medlem?"."""
    if not own:
        return own
    readings = [earlier_reading(index, t)[0] for t in topic.texts]
    joint = {g.term: g for g in analyse_query(
        index, " ".join((*(r.text for r in readings), text)),
        (*(a for r in readings for a in r.alternatives), *alternatives)).groups}
    return tuple(joint.get(g.term, g) for g in own)


def share_held(hit: Hit, groups: tuple[TermGroup, ...], total: float | None = None) -> float:
    """The share of the groups' term weight (or of total) a passage holds (1 when it is 0)."""
    total = sum(g.weight for g in groups) if total is None else total
    return sum(g.weight for g in groups if g.term in hit.matched) / total if total > 0 else 1.0


def topic_passage(index: Index, text: str, own: tuple[TermGroup, ...], topic: Topic,
                  earlier: tuple[str, ...], hits: list[Hit]) -> Hit | None:
    """The topic's passage among the context reading's hits, when a follow-up that points back by
    a pronoun should be answered there rather than from the passage its few own words find."""
    # Its own words must be the material's (no thesaurus stand-in: "løn" is not "indbringe").
    if not own or len(own) > ANCHORED_OWN_WORDS or \
            not all(g.members and g.scale == 1.0 for g in own) or \
            not asks_what(text) or not refers_back(text, DANISH_STOPWORDS) or not hits:
        return None
    time, quantity = asked_types(text)[:2]
    if time or quantity:
        # A time or a figure answers the words it stands beside: in the topic's passage those are
        # the topic's ("tre ugers varsel"), not the follow-up's ("hvor mange deltager i den?").
        return None
    asked = topic_question(index, earlier)
    chunk_id = best_passage(index, asked) if asked else None
    if hits[0].chunk_id == chunk_id:
        # The topic's passage ranks first without any of the follow-up's words: it says it in
        # other words ("where is it produced?": "Den eksport og produktion … ligger i …").
        return hits[0] if not share_held(hits[0], own) else None
    held = next((h for h in hits[1:] if h.chunk_id == chunk_id), None)
    if held is None or share_held(hits[0], topic.groups) >= TOPIC_KEPT * share_held(held, topic.groups):
        return None
    return held


def topic_first(index: Index, text: str, hits: list[Hit], own: tuple[TermGroup, ...],
                earlier: tuple[str, ...]) -> list[Hit]:
    """The context reading's hits with the topic's passage first, where it holds every one of the
    follow-up's own words, as the passage ranked first does: "hvornår skal det betales?" after
    the personal members' fee asks of § 5 (the fee), not of § 3 ("… kontingentet er betalt"),
    which the topic's words "medlem" and "person" rank first. The topic's passage is the one its
    first clear question found alone: a follow-up's own passage alone is often another's."""
    asked = clear_topic_question(index, earlier)
    chunk_id = best_passage(index, asked) if asked and own and hits else None
    if chunk_id is None or hits[0].chunk_id == chunk_id:
        return hits
    held = next((h for h in hits[1:] if h.chunk_id == chunk_id), None)
    if held is None or share_held(held, own) < 1.0:
        return hits
    holds = kind_test(text)
    if asks_a_kind(text) and not any(holds(s) for s, _ in sentences(index, chunk_id)):
        # The kind of fact asked is not in it: "og hvad koster det?" after who may join is
        # answered where a price stands (§ 5), not from § 3's "kontingentet er betalt".
        return hits
    return [held, *(h for h in hits if h is not held)]


def asks_a_kind(text: str) -> bool:
    """Whether a question asks a kind of fact a sentence can be tested for (a time, a figure, a
    price, a person)."""
    return any(asked_types(text)[:4])


def clear_topic_question(index: Index, earlier: tuple[str, ...]) -> str | None:
    """The newest earlier question with words of its own that does not lean on another: the one
    whose passage alone is the topic's (a follow-up's own passage alone is often another's)."""
    return next((e for e in reversed(earlier) if earlier_content(index, e) and not points_back(e)),
                None)


def topic_question(index: Index, earlier: tuple[str, ...]) -> str | None:
    """The newest earlier question with words of its own: the one whose passage holds the topic."""
    return next((e for e in reversed(earlier) if earlier_content(index, e)), None)


def in_topics_passage(index: Index, hits: list[Hit], earlier: tuple[str, ...]) -> bool:
    """Whether a question finds first the passage its topic's question found alone."""
    topic = topic_question(index, earlier)
    return bool(hits) and topic is not None and best_passage(index, topic) == hits[0].chunk_id


def continues_topic(index: Index, text: str, own: tuple[TermGroup, ...], hits: list[Hit],
                    earlier: tuple[str, ...], english: bool = False) -> bool:
    """Whether the passage a question finds alone lacks its most telling word (telling in the
    material and in general language: "revisoren", not "hedder"), and the topic's passage holds it,
    or the material lacks it and that passage is the topic's."""
    if not hits or all(g.term in hits[0].matched for g in own):
        return False
    telling = telling_word(index, text, own)
    if telling.term in hits[0].matched:
        return False
    topic = topic_question(index, earlier)
    chunk_id = best_passage(index, topic) if topic else None
    if not telling.members:
        # A word the material never uses, asked of the topic's own passage ("hvilke kommuner har
        # plantet flest?" after the trees planted): the topic goes on, without that fact. Not an
        # English word: there the gap may be the mapping's ("Who was behind …?": "bagom").
        return not english and chunk_id == hits[0].chunk_id
    return chunk_id is not None and any(passage_has(index, chunk_id, m) for m in telling.members)


def telling_word(index: Index, text: str, own: tuple[TermGroup, ...]) -> TermGroup:
    """The question's most telling own word: rare in the material and in general language
    ("formanden", "revisoren", not "hedder"); not one that only says when ("i starten")."""
    rarity, framed = term_rarity(index.analyzer, text), set(index.analyzer.query_terms(" ".join(start_frames(text))))
    return max(own, key=lambda g: (g.term not in framed, g.weight * rarity.get(g.term, 1.0)))
