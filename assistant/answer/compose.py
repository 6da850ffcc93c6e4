"""Compose an Answer: decide if the passages answer, pick their sentences or the named §, and format it."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache, partial

from ..index.bm25 import Index
from ..language.background import term_rarity, unknown_term_rarity
from .answerability import AnswerabilityModel, asked_types, load_model, name_terms
from .asked_kinds import NOTHING_ASKED
from .asked_thing import holds_every_thing, lacks_asked_thing
from .decision_bridges import bridged_hits
from .decision_terms import weighed_query
from .decision_trace import ANSWERED, ASKED_THING, DECLINED, NO_HITS, NO_SENTENCES, REFERENCE, DecisionTrace
from .definitions import definition_first
from .fallback import anchored_lead, clears, lacks_only_the_figure, leading
from .formatting import declined, formatted, reference_answer, reference_missing
from .own_words import english_degree_terms
from .passage_gates import figure_below, passage_gates, priced_signals
from .passage_words import Profile, may_be_alike, split_words
from .question_text import MAX_QUESTION_CHARS as MAX_QUESTION_CHARS  # callers check the length by it
from .question_text import clean_question as clean_question
from .rank_kinds import kind_first
from .reading import Reading, read_question
from .result import Answer, in_english
from .retrieve import Hit, Query, analyse_query, search_query
from .self_definition import self_definition_first
from .sentence_choice import pick_sentences

MAX_CITED_PASSAGES = 3
CANDIDATES = 8
# Further passages are cited only when they score close to the best one.
RELATIVE_SCORE = 0.5
# Passages this similar (word-shingle Jaccard) are one passage said twice: keep the better one.
NEAR_DUPLICATE = 0.8
# Passages whose shingles a loaded index keeps for the near-duplicate test (~15 KB each, the
# largest per-passage memo: 1,024 hold the candidates of a few hundred recent questions).
SHINGLE_MEMO_SIZE = 1024
DEFAULT_CONTACT_URL = "https://balance-danmark.dk/"


def _shingles(text: str, n: int = 3) -> frozenset[tuple[str, ...]]:
    return _word_shingles(split_words(text), n)


def _word_shingles(words: list[str], n: int = 3) -> frozenset[tuple[str, ...]]:
    if len(words) < n:
        return frozenset((tuple(words),))
    # zip over staggered views builds the tuples in C (a passage's first shingling ~25 % cheaper).
    return frozenset(zip(*(words[i:] for i in range(n))))


def _similarity(a: frozenset, b: frozenset) -> float:
    """Jaccard similarity; |a ∪ b| is counted from the intersection instead of built."""
    if not a or not b:
        return 0.0
    common = len(a & b)
    return common / (len(a) + len(b) - common)


def _near_duplicate(a: frozenset, b: frozenset) -> bool:
    # Jaccard is at most min/max of the sizes: passages of unlike length are never near-duplicates.
    small, large = len(a), len(b)
    if small > large:
        small, large = large, small
    return bool(large) and small / large >= NEAR_DUPLICATE and _similarity(a, b) >= NEAR_DUPLICATE


def chunk_shingles(index: Index, chunk_id: int) -> frozenset[tuple[str, ...]]:
    """A passage's word shingles, computed once per loaded index (least recently used dropped)."""
    return shingle_memo(index)(int(chunk_id))


def shingle_memo(index: Index) -> Callable[[int], frozenset[tuple[str, ...]]]:
    """The loaded index's memo of passages' shingles (made by the warm-up: most questions never
    shingle a passage, and the first that does adds nothing to the index's memo)."""
    shingled = index.memo.get("shingles")
    if shingled is None:
        shingled = index.memo.setdefault("shingles", lru_cache(SHINGLE_MEMO_SIZE)(
            partial(_passage_shingles, index)))
    return shingled


def _passage_shingles(index: Index, chunk_id: int) -> frozenset[tuple[str, ...]]:
    # From the warm-up's numbered words where it holds the passage (passage_words.py).
    table = index.memo.get("passage_words")
    words = None if table is None else table.words(chunk_id)
    return _shingles(index.chunk(chunk_id).text) if words is None else _word_shingles(words)


def distinct_hits(index: Index, hits: list[Hit]) -> list[Hit]:
    """Hits with duplicates and near-duplicates (the same text on two pages) merged into the best.

    Only a pair whose shingle profiles (passage_words.py) allow a near-duplicate is compared: a
    first question's candidates are then mostly never shingled.
    """
    table = index.memo.get("passage_words")
    profiles = table.profiles([hit.chunk_id for hit in hits]) if table is not None and len(hits) > 1 \
        else [None] * len(hits)
    kept: list[tuple[Hit, Profile | None]] = []
    for hit, profile in zip(hits, profiles):
        if not any(may_be_alike(profile, other_profile, NEAR_DUPLICATE)
                   and _near_duplicate(chunk_shingles(index, hit.chunk_id), chunk_shingles(index, other.chunk_id))
                   for other, other_profile in kept):
            kept.append((hit, profile))
    return [hit for hit, _ in kept]


def weighed_hits(hits: list[Hit]) -> list[Hit]:
    """The hits whose answerability is weighed: the best and those that score close to it."""
    top_score = hits[0].score if hits else 0.0
    # In a tiny corpus BM25Okapi's epsilon idf can make every score negative: then the model alone decides.
    floor = RELATIVE_SCORE * top_score if top_score > 0 else float("-inf")
    return [hit for rank, hit in enumerate(hits[:MAX_CITED_PASSAGES]) if not rank or hit.score >= floor]


def decision_query(index: Index, question: str, query: Query, hits: list[Hit],
                   rarity: dict[str, float], message: str = "") -> tuple[Query, list[Hit]]:
    """The query and hits as the decision weighs them (here and in the model's training): without
    the words of a degree phrase ("hvor længe": the kind gates check its fact), and with an everyday
    word a passage says with a synonym counted as held ("lavet" / "udarbejdet")."""
    weighed, weighed_found = weighed_query(index.analyzer, question, query, hits,
                                           english_degree_terms(index, query.put), message)
    return weighed, bridged_hits(index, question, weighed, weighed_found, rarity)


def answerable_hits(index: Index, question: str, query: Query, hits: list[Hit],
                    model: AnswerabilityModel, asked: str | None = None,
                    fact_kinds: bool = True, fallback: bool = False,
                    anchor: Callable[[Hit], bool] | None = None, trace: DecisionTrace | None = None) -> list[Hit]:
    """The hits that answer the question by the answerability model; empty when none does.

    Only passages that score close to the best one are weighed. With `fallback`, a passage below
    the best answers in its stead when the model declines the best (fallback.leading);
    without it, the best passage alone decides whether there is an answer. Without
    `fact_kinds` the kind of fact asked (a time, a sum, a name) is not checked: for a caller that
    has checked it on a fuller reading of the same passages. A `trace` is filled with each weighed
    passage's signals and judgement and with what took the answer (decision_trace.py).
    """
    if not hits:
        return []
    rarity = term_rarity(index.analyzer, question)
    names = name_terms(index.analyzer, question)
    unknown = unknown_term_rarity(index.analyzer, question)
    # What kind of fact is asked for shows in the question as put (English or Danish).
    asks = asked_types(question).either(asked_types(asked or question)) if fact_kinds else NOTHING_ASKED
    near = weighed_hits(hits)
    weighed, weighed_hits_ = decision_query(index, question, query, hits, rarity, asked or question)
    judged, found = [], []
    focus = "focus_whole" in model.gates
    told = passage_gates(index, near, weighed, asked or question) if fact_kinds else [()] * len(near)
    for rank in range(len(near)):
        found.append(priced_signals(index, weighed, weighed_hits_, rank, rarity, names, asks, unknown, focus))
        probability, gated = model.judged(found[-1])
        # The passage must say the kind of thing asked (passage_gates.py), whatever the model says.
        judged.append((probability, gated or bool(told[rank])))
        if not fallback and not clears(judged[0], model.threshold):
            return []
    # Only the figure is missing from the best passage: one below about the same thing may hold it (fallback.py).
    below = figure_below(index, weighed, asks, near) if fallback and judged[0][1] and lacks_only_the_figure(
        model.failed_gates(found[0]) + told[0]) else None
    lead = leading(judged, model.threshold, figure_below=below) if fallback else 0
    how = "best" if not lead else "fallback"
    if lead is None and anchor is not None:
        # A passage that holds every thing asked about (fallback.anchored_lead)
        lead = anchored_lead(judged, lambda rank: anchor(near[rank]))
        how = "anchor" if not lead else "anchor_below"
    if trace is not None:
        trace.signals, trace.judged = tuple(found), tuple(judged)
        trace.gates_failed = tuple(model.failed_gates(f) + failed for f, failed in zip(found, told))
        trace.lead, trace.answered_by = lead, how if lead is not None else ""
    if lead is None:
        return []
    return [near[lead]] + [hit for hit, j in zip(near[lead + 1:], judged[lead + 1:])
                           if clears(j, model.threshold)]


def compose(index: Index, question: str, query: Query, hits: list[Hit], contact_url: str,
            model: AnswerabilityModel | None = None, searched: str | None = None,
            english: bool = False, trace: DecisionTrace | None = None) -> Answer:
    """Build the Answer from ranked hits (pure: no search, no I/O).

    `searched` is the Danish text the query was analysed from, when it is not the question itself
    (an English question's Danish words, a question with its typos corrected). A `trace` records
    the step that declined the question or what answered it (decision_trace.py).
    """
    # The steps are noted on a throwaway record when no caller asked for one; answerable_hits gets
    # only a caller's, so a plain question does not pay for each passage's gate names.
    record = DecisionTrace() if trace is None else trace
    hits, definition = definition_first(index, question, distinct_hits(index, hits))
    # A yes/no question about the organisation itself ("Er I et politisk parti?") is led by the
    # sentence defining it (self_definition.py); it answers a question the decision declines only
    # when the material knows every word of the question (`sure`).
    hits, prefer, sure = (hits, definition, True) if definition else self_definition_first(index, question, query, hits)
    record.hits, record.step = tuple(hits), NO_HITS if not hits else ASKED_THING
    top_score = hits[0].score if hits else 0.0
    # A sentence that defines what a definitional question names is the thing it asks for.
    if hits and not definition and lacks_asked_thing(index, searched or question, query, question, english, hits):
        return declined(question, contact_url, top_score)
    answerable = answerable_hits(index, searched or question, query, hits, model or load_model(),
                                 asked=question, fallback=True, anchor=lambda hit: holds_every_thing(
                                     index, searched or question, query, hit.chunk_id, question, english),
                                 trace=trace)
    if prefer and sure and (not answerable or answerable[0].chunk_id != hits[0].chunk_id):
        # The sentence that defines what the question asks about is its answer, even when the
        # question adds words ("Er X et politisk parti?") that the definition puts otherwise, and
        # the decision declines or leads with a passage that only shares them ("Folketingets partier").
        answerable = [hits[0], *(hit for hit in answerable if hit.chunk_id != hits[0].chunk_id)]
        record.lead, record.answered_by = 0, "definition"
    if not answerable:
        record.step = NO_HITS if not hits else DECLINED
        return declined(question, contact_url, top_score)
    chosen = pick_sentences(index, query, answerable[:MAX_CITED_PASSAGES], prefer, asked=question)
    record.step = ANSWERED if chosen else NO_SENTENCES
    if not chosen:
        return declined(question, contact_url, top_score)
    return formatted(question, chosen, top_score, contact_url, answerable,
                     lambda hit: pick_sentences(index, query, [hit], asked=question), MAX_CITED_PASSAGES)


def ask(question: object, index: Index, contact_url: str = DEFAULT_CONTACT_URL,
        trace: DecisionTrace | None = None) -> Answer:
    """Answer a question from the index, or say plainly that the material holds no answer; a
    `trace` records how the decision went (decision_trace.py)."""
    text = clean_question(question)
    reading = read_question(index, text)
    query = analyse_query(index, reading.text, reading.alternatives, reading.put, reading.asked)
    return answer_hits(index, text, query, find_hits(index, query), contact_url, reading, trace)


def find_hits(index: Index, query: Query) -> list[Hit]:
    """The candidate passages an answer is composed from."""
    return kind_first(index, query, search_query(index, query, CANDIDATES)) if query.groups else []


def answer_hits(index: Index, text: str, query: Query, hits: list[Hit], contact_url: str,
                reading: Reading | None = None, trace: DecisionTrace | None = None) -> Answer:
    """The Answer to an analysed question from its retrieved passages.

    `reading` says how the question was read (read_question): an English one is answered in
    English around the Danish quotes, and the words searched for are those of its reading.
    """
    english = reading is not None and reading.english
    searched = reading.text if reading else None
    # The one fork: a question naming a § is answered by quoting it; any other by its words.
    if query.reference is None:
        if reading is not None and reading.asked:
            # A Danish question is weighed as meant (wrappers off, typos corrected) and answered as put.
            answer = compose(index, reading.asked, query, hits, contact_url, searched=searched, trace=trace)
            return replace(answer, question=text)
        # An English question is weighed without its wrappers and frame too, and answered as put.
        asked = reading.original if english and reading.original else text
        answer = compose(index, asked, query, hits, contact_url, searched=searched, english=english, trace=trace)
        answer = replace(answer, question=text) if asked != text else answer
        return in_english(answer, contact_url) if english else answer
    return _answer_reference(index, text, query, hits, contact_url, searched, english, trace)


def _answer_reference(index: Index, text: str, query: Query, hits: list[Hit], contact_url: str,
                      searched: str | None, english: bool, trace: DecisionTrace | None = None) -> Answer:
    """A question naming a §: the § quoted when the hits are of it (retrieve looked it up);
    otherwise its words are answered like any question's, and a Danish decline names the §."""
    ref = query.reference
    if hits and hits[0].chunk.paragraph == ref.paragraph:
        if trace is not None:
            trace.step, trace.hits = REFERENCE, tuple(hits)
        answer = reference_answer(text, ref, hits)
        # A named stk. that does not exist is said in Danish, beside the Danish § it quotes.
        return in_english(answer, contact_url) if english and answer.answered else answer
    answer = compose(index, text, query, hits, contact_url, searched=searched, english=english, trace=trace)
    if english:
        return in_english(answer, contact_url)
    return answer if answer.answered else reference_missing(answer, ref)
